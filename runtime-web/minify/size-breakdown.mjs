// Where the gzip bytes of course-runtime.js go: a guide for work on the runtime's size (issue 7). It prints
//
//   1. for the minified file the build makes, its gzip size and what the string pool costs in it (the messages,
//      member names and IRIs the runtime holds: the gzip size with every pooled string emptied);
//   2. for a readable build of the same code, what each package of the source costs (or each group named on the
//      command line: class-name prefixes joined by commas, such as ocp_PublishSettingsReader,occ_CourseDefinitionReader):
//      the minified gzip size of the whole file less that of the file with the group's definitions emptied (its code
//      only: its strings stay in the pool, and TeaVM's metadata still names its classes, so each figure is a lower
//      bound; they do not add up).
//
//   mvn -B -DskipTests package -pl runtime-web -am
//   cp runtime-web/target/classes/org/courseruntime/web/course-runtime.js /tmp/minified.js
//   mvn -B -DskipTests package -pl runtime-web -am -Druntime.minifying=false
//   node runtime-web/minify/size-breakdown.mjs /tmp/minified.js runtime-web/target/classes/org/courseruntime/web/course-runtime.js [group...]
//
// gzip at zlib's default level, as RuntimeSizeBudgetTest counts (java.util.zip's default is the same level).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { TERSER_OPTIONS } from './terser-options.mjs';

const gzipSize = (code) => gzipSync(code).length;

// TeaVM fills its string pool with one call whose argument is an array literal of every string constant; the array
// is the longest run of string literals in the file (in either quotes: terser picks the one with fewer escapes).
function emptyStringPool(code) {
  const literal = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/y;
  let best = { start: -1, end: -1, count: 0 };
  for (let start = code.indexOf('["'); start >= 0; start = code.indexOf('["', start + 1)) {
    let at = start + 1;
    let count = 0;
    for (;;) {
      literal.lastIndex = at;
      if (!literal.test(code)) break;
      count++;
      at = literal.lastIndex;
      if (code[at] !== ',') break;
      at++;
    }
    if (code[at] === ']' && count > best.count) {
      best = { start, end: at + 1, count };
    }
  }
  if (best.count === 0) {
    throw new Error('no string pool found: is this a TeaVM build?');
  }
  return code.slice(0, best.start) + '[' + new Array(best.count).fill('""').join(',') + ']' + code.slice(best.end);
}

// A readable TeaVM build defines each method and class at the start of a line: `name = ...,` in a chain of `let`s,
// or `function name() {`. A definition runs until the next one starts.
const DEFINITION = /^(let |function )?([A-Za-z_$][\w$]*)( = |\()/;

function definitions(code) {
  const found = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = DEFINITION.exec(lines[i]);
    if (match) {
      found.push({ line: i, keyword: match[1] || '', name: match[2], declaration: match[1] === 'function ' });
    }
  }
  return { lines, found };
}

// The file with the definitions whose name starts with one of `prefixes` emptied: `name = 0` with the chain's `,`
// or `;` kept, or an empty function.
function without({ lines, found }, prefixes) {
  const out = [];
  let from = 0;
  found.forEach((definition, k) => {
    const end = k + 1 < found.length ? found[k + 1].line : lines.length;
    if (!prefixes.some((prefix) => definition.name.startsWith(prefix))) {
      return;
    }
    out.push(...lines.slice(from, definition.line));
    const last = lines.slice(definition.line, end).join('\n').trimEnd();
    out.push(definition.declaration
      ? `function ${definition.name}() {}`
      : `${definition.keyword}${definition.name} = 0${last.endsWith(';') ? ';' : ','}`);
    from = end;
  });
  out.push(...lines.slice(from));
  return out.join('\n');
}

async function minifiedGzip(code) {
  return gzipSize((await minify(code, TERSER_OPTIONS)).code);
}

const [minifiedFile, readableFile, ...groups] = process.argv.slice(2);
if (!minifiedFile) {
  console.error('usage: node size-breakdown.mjs <minified course-runtime.js> [<readable course-runtime.js> [group...]]');
  process.exit(1);
}
const minified = readFileSync(minifiedFile, 'utf8');
const total = gzipSize(minified);
const withoutStrings = gzipSize(emptyStringPool(minified));
console.log(`${minifiedFile}: ${Buffer.byteLength(minified)} B raw, ${total} B gzip`);
console.log(`  string pool: ${total - withoutStrings} B gzip (the file is ${withoutStrings} B gzip with every pooled string empty)`);

if (readableFile) {
  const readable = definitions(readFileSync(readableFile, 'utf8'));
  const whole = await minifiedGzip(readable.lines.join('\n'));
  const packages = [...new Set(readable.found.map((d) => d.name.split('_')[0]))].filter((p) => !p.startsWith('$'));
  const rows = [];
  for (const group of groups.length > 0 ? groups : packages.map((pkg) => `${pkg}_`)) {
    rows.push([group, whole - (await minifiedGzip(without(readable, group.split(','))))]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`${readableFile}, minified here: ${whole} B gzip; code of each group (TeaVM's short names: ocd_ = `
    + 'org.courseruntime.delivery, jl_ = java.lang, ...), B gzip:');
  for (const [group, bytes] of rows) {
    console.log(`  ${String(bytes).padStart(6)}  ${group}`);
  }
}
