// Validates xAPI statements with @learninglocker/xapi-validation.
// Usage: node validate-statements.js < statements.json  (a JSON array of statements)
// Prints one line per problem as "statement[i]: ..."; exits 1 when any statement is invalid, 2 on unreadable input.
'use strict';
const validate = require('@learninglocker/xapi-validation').default;
const rulr = require('rulr');

function describe(warning) {
  const path = warning.path.join('.');
  if (warning instanceof rulr.RequiredWarning) return `missing required value in '${path}'`;
  if (warning instanceof rulr.RestrictedKeysWarning) return `unknown keys (${warning.keys.join(', ')}) in '${path}'`;
  const expected = warning.typeName || (warning.type && warning.type.name);
  return `problem in '${path}'${expected ? ` (expected ${expected})` : ''}: ${JSON.stringify(warning.data)}`;
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  let statements;
  try {
    statements = JSON.parse(input);
  } catch (e) {
    console.log('unreadable input: ' + e.message);
    process.exit(2);
  }
  if (!Array.isArray(statements) || statements.length === 0) {
    console.log('expected a non-empty JSON array of statements');
    process.exit(2);
  }
  let invalid = 0;
  statements.forEach((statement, i) => {
    const warnings = validate(statement);
    if (warnings.length > 0) invalid++;
    warnings.forEach((warning) => console.log(`statement[${i}]: ${describe(warning)}`));
  });
  process.exit(invalid > 0 ? 1 : 0);
});
