#!/usr/bin/env node
// Lints every .bpmn model of the repository with bpmnlint and the root .bpmnlintrc.
//
// bpmnlint takes file paths and fails when given none, so this script finds the models itself
// (under bpmn/ and src/test/resources/, or the paths given as arguments), passes when there is nothing to lint, and otherwise runs
// the bpmnlint CLI from the repository root so that .bpmnlintrc and the plugin are found.
// Exit code: bpmnlint's (non-zero on any error; warnings and infos are printed, not fatal).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const MODEL_DIRS = ['bpmn', path.join('src', 'test', 'resources')];
const SKIPPED_DIRS = new Set(['node_modules', 'target', '.git']);

function findModels(dir) {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return SKIPPED_DIRS.has(entry.name) ? [] : findModels(full);
    }
    return entry.isFile() && entry.name.endsWith('.bpmn') ? [full] : [];
  });
}

// explicit paths (npm run lint:bpmn -- some.bpmn) replace the search, e.g. to try one model
const requested = process.argv.slice(2).map((file) => path.resolve(process.env.INIT_CWD || process.cwd(), file));
const models = (requested.length ? requested : MODEL_DIRS.flatMap((dir) => findModels(path.join(ROOT, dir))))
  .map((file) => (file.startsWith(ROOT + path.sep) ? path.relative(ROOT, file) : file))
  .sort();

if (models.length === 0) {
  console.log(`bpmnlint: nothing to lint (no .bpmn file under ${MODEL_DIRS.join('/ or ')}/)`);
  process.exit(0);
}

console.log(`bpmnlint: linting ${models.length} model(s):`);
models.forEach((model) => console.log(`  ${model}`));

const cli = path.join(path.dirname(require.resolve('bpmnlint/package.json')), 'bin', 'bpmnlint.js');
const result = spawnSync(process.execPath, [cli, ...models], { cwd: ROOT, stdio: 'inherit' });

if (result.error) {
  console.error(`bpmnlint: could not run ${cli}: ${result.error.message}`);
  process.exit(1);
}
if (result.status === 0) {
  console.log(`bpmnlint: ${models.length} model(s) passed`);
}
process.exit(result.status === null ? 1 : result.status);
