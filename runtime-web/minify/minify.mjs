// Runs terser on TeaVM's outputs (course-runtime.js, course-check.js) and replaces each file in place; the
// runtime-web build calls it in process-classes, after TeaVM and before the size print (docs/decisions.md says why,
// and why these options).
//
//   node minify.mjs <runtime.minifying> <file.js>...
//
// With runtime.minifying=false it does nothing, so TeaVM's readable output stays as it is. Otherwise it first
// installs terser with `npm ci` from the committed lock file when node_modules is missing or was installed from
// another lock. Any failure exits non-zero with the reason, which fails the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TERSER_OPTIONS } from './terser-options.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function fail(message) {
  console.error(`minify.mjs: ${message}`);
  process.exit(1);
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

function ensureTerserInstalled() {
  const lockHash = sha256(readFileSync(join(here, 'package-lock.json')));
  const stamp = join(here, 'node_modules', '.installed-from-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash) {
    return;
  }
  console.log(`minify.mjs: npm ci in ${here}`);
  const npm = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (npm.error) {
    fail(`could not run npm ci: ${npm.error.message}`);
  }
  if (npm.status !== 0) {
    fail(`npm ci in ${here} failed (exit ${npm.status})`);
  }
  writeFileSync(stamp, lockHash);
}

const [minifying, ...files] = process.argv.slice(2);
if (!minifying || files.length === 0) {
  fail('usage: node minify.mjs <runtime.minifying> <file.js>...');
}
if (minifying !== 'true') {
  console.log(`minify.mjs: runtime.minifying=${minifying}, terser skipped: ${files.join(', ')} stay readable`);
  process.exit(0);
}

ensureTerserInstalled();
let minify;
try {
  ({ minify } = await import('terser'));
} catch (error) {
  fail(`cannot load terser from ${here}/node_modules (delete it to reinstall): ${error.message}`);
}
for (const file of files) {
  const source = readFileSync(file);
  let result;
  try {
    result = await minify(source.toString('utf8'), TERSER_OPTIONS);
  } catch (error) {
    const where = error.line !== undefined ? ` at line ${error.line}, column ${error.col}` : '';
    fail(`terser failed on ${file}${where}: ${error.message}`);
  }
  const minified = Buffer.from(result.code, 'utf8');
  const temporary = `${file}.terser-tmp`;
  writeFileSync(temporary, minified);
  renameSync(temporary, file);
  console.log(`minify.mjs: terser ${file}: ${source.length} -> ${minified.length} B raw`);
}
