// course-runtime.js, driven through its public API (docs/js-api.md) exactly as a course page drives it.
(function () {
  'use strict';

  var OUTBOX_PREFIX = 'courseruntime.outbox.';
  var runtime;

  /**
   * The page of a published course carries the publisher's stamp of its texts (stamp.js has the bench site's); with
   * unstamped=true the page is that of a course edited after publishing, which loads course-check.js first.
   */
  function launch() {
    if (window.BenchStamp && Bench.param('unstamped') !== 'true'
        && !document.querySelector('meta[name="course-runtime-stamp"]')) {
      var meta = document.createElement('meta');
      meta.name = 'course-runtime-stamp';
      meta.content = window.BenchStamp;
      document.head.appendChild(meta);
    }
    return CourseRuntime.launch(AnsweredQuestion.courseDefinition(), AnsweredQuestion.publishSettings());
  }

  function whenSaved(done) {
    (function check() {
      if (runtime.status().state === 'saved') done();
      else setTimeout(check, 5);
    }());
  }

  function storedStatements() {
    var count = 0;
    for (var i = 0; i < localStorage.length; i++) {
      if (localStorage.key(i).lastIndexOf(OUTBOX_PREFIX, 0) === 0) count++;
    }
    return count;
  }

  var ours = {
    /** Launch and start: "started" (verb attempted) goes out at once. */
    sendOne: function () {
      runtime = launch();
      runtime.start();
    },

    /** A fresh outbox; "started" is sent and confirmed before anything is timed. */
    prepare: function (done) {
      localStorage.clear();
      runtime = launch();
      runtime.start();
      whenSaved(done);
    },

    /**
     * The learner answers the question count times: each answer() judges the response, builds the answered
     * statement with the full interaction definition, serializes it and writes it to localStorage before
     * scheduling the send (the first answer also sends progressed and mastered).
     */
    sendAnswered: function (count) {
      for (var i = 0; i < count; i++) {
        runtime.answer('q-verbs', AnsweredQuestion.response());
      }
    },

    /** What was kept: statements in the outbox, how many of them in localStorage, and whether it still persists. */
    finish: function () {
      var status = runtime.status();
      return { statements: status.queued + status.sending, stored: storedStatements(), persistent: status.persistent };
    },

    /** The runtime the last prepare() launched. */
    runtime: function () {
      return runtime;
    }
  };
  Bench.register('ours', ours);

  // The same, with storage refused from the start (full, blocked, private mode): the outbox lives in memory, as the
  // peers keep nothing at all. This is build + serialize + enqueue without the localStorage write.
  var realSetItem = Storage.prototype.setItem;
  Bench.register('ours-in-memory', {
    prepare: function (done) {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      ours.prepare(done);
    },
    sendAnswered: ours.sendAnswered,
    finish: function () {
      Storage.prototype.setItem = realSetItem;
      return ours.finish();
    }
  });
}());
