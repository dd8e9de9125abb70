// xAPIWrapper (npm xapiwrapper, ADL): statements built with ADL.XAPIStatement (Agent, Verb, Activity), sent with
// ADL.XAPIWrapper.sendStatement, which adds the id, serializes with JSON.stringify and POSTs one statement per
// request. The timestamp is set by the course code, as the wrapper leaves it to the LRS.
(function () {
  'use strict';

  var callback = function () {};

  function connect() {
    ADL.XAPIWrapper.changeConfig({ endpoint: Bench.endpoint, user: Bench.login, password: Bench.password });
  }

  function statement(parts) {
    var built = new ADL.XAPIStatement(parts.actor, parts.verb, new ADL.XAPIStatement.Activity(parts.object));
    if (parts.result) built.result = parts.result;
    built.context = parts.context;
    built.timestamp = new Date().toISOString();
    return built;
  }

  Bench.register('xapiwrapper', {
    sendOne: function () {
      connect();
      ADL.XAPIWrapper.sendStatement(statement(AnsweredQuestion.attemptedParts(ADL.ruuid())), callback);
    },

    prepare: function (done) {
      connect();
      done();
    },

    sendAnswered: function (count) {
      var registration = ADL.ruuid();
      for (var i = 0; i < count; i++) {
        ADL.XAPIWrapper.sendStatement(statement(AnsweredQuestion.answeredParts(registration)), callback);
      }
    }
  });
}());
