"""Checks generated Python snippets for tst_codegenerator.

    check_python_snippet.py SNIPPET TEXT_FILE [SNIPPET TEXT_FILE ...]

A snippet passes when it compiles (py_compile, as `python3 -m py_compile` does) and holds the
text of its TEXT_FILE (UTF-8) as one string constant, so the request it sends carries exactly
that text. Prints one line per snippet that fails, "SNIPPET: why", and exits 1 if any did.
One process checks them all: starting Python once per snippet would take most of the test.
"""

import ast
import os
import py_compile
import sys
import tempfile


def check(path, text_path, scratch):
    with open(text_path, encoding="utf-8", newline="") as f:
        text = f.read()
    try:
        py_compile.compile(path, cfile=os.path.join(scratch, "snippet.pyc"), doraise=True)
    except py_compile.PyCompileError as error:
        return "does not compile: " + error.msg
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    strings = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    if text not in strings:
        return "no string constant equals the text"
    return None


def main():
    arguments = sys.argv[1:]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        for path, text_path in zip(arguments[0::2], arguments[1::2]):
            problem = check(path, text_path, scratch)
            if problem:
                print("%s: %s" % (path, problem))
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
