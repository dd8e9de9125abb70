// Outbox cost as it grows (ours only): the browser goes offline (the runtime listens to the window's offline
// event), so nothing drains; the outbox is filled until `queued` statements wait, then each sample times one
// more runtime.answer(): judge, build, serialize, write to localStorage, schedule the send. One sample per turn
// of the event loop, so each is timed alone. A warm-up runtime answers first, so that the JIT has compiled the
// path at every size alike; its statements are then removed from storage before the measured runtime launches.
(function () {
  'use strict';

  var WARM_UP_ANSWERS = 2000;
  var queued = Number(Bench.param('queued'));
  var samples = Number(Bench.param('samples'));

  function storageCharacters() {
    var total = 0;
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      total += key.length + localStorage.getItem(key).length;
    }
    return total;
  }

  /** A runtime on an empty localStorage that has sent "started" and then heard that the browser went offline. */
  function offlineRuntime(done) {
    var ours = Bench.libraries.ours;
    ours.prepare(function () {
      window.dispatchEvent(new Event('offline'));
      done(ours.runtime());
    });
  }

  function measure(runtime) {
    var ours = Bench.libraries.ours;
    while (runtime.status().queued < queued) {
      runtime.answer('q-verbs', AnsweredQuestion.response());
    }
    var before = ours.finish();
    var millis = [];
    Bench.idle(function sample() {
      if (millis.length === samples) {
        Bench.report({ queued: before.statements, stored: before.stored, persistent: before.persistent,
          storageCharacters: storageCharacters(), millis: millis, isolated: window.crossOriginIsolated });
        return;
      }
      var start = performance.now();
      runtime.answer('q-verbs', AnsweredQuestion.response());
      millis.push(performance.now() - start);
      Bench.idle(sample);
    });
  }

  Bench.load(['ours'], function () {
    offlineRuntime(function (warmUp) {
      for (var i = 0; i < WARM_UP_ANSWERS; i++) {
        warmUp.answer('q-verbs', AnsweredQuestion.response());
      }
      Bench.idle(function () { offlineRuntime(measure); }); // prepare() clears the warm-up's statements away
    });
  });
}());
