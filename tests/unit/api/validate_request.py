#!/usr/bin/env python3
"""Validate JSON request bodies against one component schema of an OpenAPI document.

usage: validate_request.py SCHEMA.json COMPONENT BODY.json [BODY.json ...]

Exit status: 0 when every body is valid, 1 when one is not (the errors go to stdout),
2 when the tool itself cannot run (bad arguments, unreadable files, jsonschema missing).
"""

import json
import sys


def main(argv):
    if len(argv) < 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError as error:
        print(f"jsonschema is not installed: {error}", file=sys.stderr)
        return 2

    schema_path, component, bodies = argv[1], argv[2], argv[3:]
    try:
        with open(schema_path, encoding="utf-8") as f:
            document = json.load(f)
    except (OSError, ValueError) as error:
        print(f"cannot read schema {schema_path}: {error}", file=sys.stderr)
        return 2
    if component not in document.get("components", {}).get("schemas", {}):
        print(f"no component schema named {component}", file=sys.stderr)
        return 2

    # The whole document is the root, so every "#/components/schemas/..." $ref resolves in it.
    # Its OpenAPI keys (openapi, info, components...) are unknown keywords, which JSON Schema
    # ignores. OpenAPI 3.1 schemas are JSON Schema 2020-12.
    root = dict(document)
    root["$ref"] = f"#/components/schemas/{component}"
    root.pop("$schema", None)
    validator_class = jsonschema.validators.validator_for(
        document, default=jsonschema.Draft202012Validator)
    validator = validator_class(root)

    invalid = 0
    for path in bodies:
        try:
            with open(path, encoding="utf-8") as f:
                body = json.load(f)
        except (OSError, ValueError) as error:
            print(f"cannot read body {path}: {error}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
        if errors:
            invalid += 1
            print(f"{path}: INVALID against {component}")
            for error in errors:
                where = "/".join(str(p) for p in error.absolute_path) or "(root)"
                print(f"  at {where}: {error.message[:500]}")
                for sub in (error.context or [])[:6]:
                    subwhere = "/".join(str(p) for p in sub.absolute_path) or "(root)"
                    print(f"    - at {subwhere}: {sub.message[:300]}")
        else:
            print(f"{path}: valid")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
