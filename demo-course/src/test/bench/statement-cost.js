// Statement cost: each library in turn reports `count` answered statements, built, serialized and handed to the
// transport (no-op-transport.js), timed from the first call until the event loop has run all the work those
// calls queued. All libraries run in this one page, one after the other, each after a full GC, in the order the
// harness gives (it rotates the order from one page load to the next).
(function () {
  'use strict';

  var count = Number(Bench.param('count'));
  var runs = Bench.param('runs').split(',');
  var results = {};

  function run(index) {
    if (index === runs.length) {
      Bench.report(results);
      return;
    }
    var name = runs[index];
    var library = Bench.libraries[name];
    library.prepare(function () {
      Bench.collectGarbage();
      NoOpTransport.install();
      var start = performance.now();
      library.sendAnswered(count);
      Bench.idle(function () {
        var millis = performance.now() - start;
        var handed = NoOpTransport.restore();
        var first = JSON.parse(handed.first);
        results[name] = { millis: millis, requests: handed.requests, characters: handed.characters,
          charactersPerStatement: handed.first.length / (Array.isArray(first) ? first.length : 1),
          kept: library.finish ? library.finish() : null };
        run(index + 1);
      });
    });
  }

  Bench.load(Bench.param('libraries').split(','), function () { run(0); });
}());
