// @xapi/cmi5: an assignable unit launched by an LMS. initialize() fetches the auth token (the launch's fetch URL),
// reads LMS.LaunchData from the State API and the learner preferences, then sends "initialized": that handshake is
// its load-and-send. Statements are built by its interaction methods (interactionChoice: the full definition, the
// response and success, with cmi5's context template; it takes no score) and POSTed one per request through its
// bundled @xapi/xapi and axios.
(function () {
  'use strict';

  var cmi5;

  function launch() {
    var Cmi5Class = window.Cmi5.default || window.Cmi5;
    cmi5 = new Cmi5Class({
      endpoint: Bench.endpoint,
      fetch: location.origin + '/cmi5/fetch',
      actor: AnsweredQuestion.learner(),
      registration: crypto.randomUUID(),
      activityId: AnsweredQuestion.course
    });
    return cmi5.initialize();
  }

  Bench.register('cmi5', {
    sendOne: function () {
      launch();
    },

    prepare: function (done) {
      launch().then(function () { done(); }, Bench.fail);
    },

    sendAnswered: function (count) {
      var q = AnsweredQuestion.question;
      for (var i = 0; i < count; i++) {
        var choices = q.choices.map(function (id) { return { id: id, description: { 'en-US': id } }; });
        cmi5.interactionChoice('bench', q.id, AnsweredQuestion.response(), q.correct.slice(), choices,
          { 'en-US': q.title }, { 'en-US': q.prompt }, true);
      }
    }
  });
}());
