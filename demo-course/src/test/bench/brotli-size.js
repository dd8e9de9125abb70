// Prints the brotli size in bytes of each file named on the command line, one a line, at quality 11 (what a
// server precompressing static files uses). The benchmark harness runs it because the JDK has no brotli.
'use strict';

const fs = require('fs');
const zlib = require('zlib');

for (const file of process.argv.slice(2)) {
  const compressed = zlib.brotliCompressSync(fs.readFileSync(file), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 }
  });
  console.log(compressed.length);
}
