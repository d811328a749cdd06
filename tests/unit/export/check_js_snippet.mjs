// Checks the syntax of generated openai-js snippets for tst_codegenerator, all in one process
// (`node --check` takes one file, and starting Node per snippet would take most of the test).
//
//     node check_js_snippet.mjs SNIPPET...
//
// A snippet is an ES module: its one import line is left out and the rest is compiled as the
// body of an async function, which accepts the same top-level await. Prints "SNIPPET: error"
// for each that does not compile and exits 1 if any did.
import { readFileSync } from "node:fs";

const AsyncFunction = (async () => {}).constructor;
let failed = false;
for (const path of process.argv.slice(2)) {
  const source = readFileSync(path, "utf8");
  const body = source.replace(/^import OpenAI from "openai";$/m, "");
  if (body === source) {
    console.log(`${path}: no import of the openai package`);
    failed = true;
    continue;
  }
  try {
    new AsyncFunction("OpenAI", `"use strict";\n${body}`);
  } catch (error) {
    console.log(`${path}: ${error.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
