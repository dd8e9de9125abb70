// Parse and evaluate one library: its text, fetched first and not timed, runs as an inline script, which the
// browser compiles and evaluates synchronously when it is inserted. A comment unique to this page load keeps V8
// from reusing its compilation of an earlier load (its in-memory cache is keyed by the source text).
// Then its footprint: the JS heap it adds, after a GC, once its adapter has sent one statement.
(function () {
  'use strict';

  var name = Bench.param('library');
  var request = new XMLHttpRequest();
  request.open('GET', Bench.param(name));
  request.onload = function () {
    var script = document.createElement('script');
    script.textContent = request.responseText + '\n// benchmark page load ' + Math.random();
    var heapBefore = Bench.heapBytes();
    var start = performance.now();
    document.head.appendChild(script);
    var millis = performance.now() - start;

    var adapter = document.createElement('script');
    adapter.src = 'libraries/' + name + '.js';
    adapter.onload = function () {
      Bench.libraries[name].sendOne();
      Bench.whenStatementSent(function () {
        Bench.report({ millis: millis, heapAddedBytes: Bench.heapBytes() - heapBefore });
      });
    };
    document.head.appendChild(adapter);
  };
  request.onerror = function () { Bench.fail('cannot load ' + Bench.param(name)); };
  request.send();
}());
