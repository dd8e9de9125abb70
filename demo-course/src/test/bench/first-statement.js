// Page load to the first statement leaving the browser: the library and its adapter load as a course's scripts
// do, the adapter sends one statement to the stand-in LRS right away, and the figure is when the browser began
// that request (Resource Timing requestStart, in ms since the navigation started).
(function () {
  'use strict';

  var name = Bench.param('library');
  Bench.load([name], function () {
    Bench.libraries[name].sendOne();
    Bench.whenStatementSent(function (entry) {
      Bench.report({ millis: entry.requestStart || entry.startTime });
    });
  });
}());
