// The terser options of the build (minify.mjs), shared with size-breakdown.mjs.
// TeaVM writes ES2015 (let, arrow functions): ecma 2015 lets terser keep that syntax and introduce nothing newer,
// which HtmlUnit's engine and the browsers the runtime supports all read. No unsafe* option: each of these only
// switches a safe transform on or off, chosen by measuring the gzip size.
export const TERSER_OPTIONS = {
  ecma: 2015,
  compress: {
    passes: 2, // a third pass made the gzip size larger, not smaller
    hoist_funs: true, // function declarations together at the top of their scope: gzip finds more repeats
    collapse_vars: false, // TeaVM's single-use temporaries, left alone, repeat better than inlined expressions
    loops: false, // TeaVM's while loops, left alone, compress better than terser's for(;...) rewrites
  },
  mangle: true,
};
