// @xapi/xapi: statements are plain objects (its TypeScript types describe them), sent with XAPI#sendStatement
// through its default adapter, axios, which serializes with JSON.stringify and POSTs one statement per request.
// It generates no id or timestamp, so the course code adds both, as ours and the other peers do.
(function () {
  'use strict';

  var xapi;

  function connect() {
    xapi = new XAPI({ endpoint: Bench.endpoint, auth: XAPI.toBasicAuth(Bench.login, Bench.password) });
  }

  function statement(parts) {
    return { id: crypto.randomUUID(), timestamp: new Date().toISOString(), actor: parts.actor, verb: parts.verb,
      object: parts.object, result: parts.result, context: parts.context };
  }

  Bench.register('xapi', {
    sendOne: function () {
      connect();
      xapi.sendStatement({ statement: statement(AnsweredQuestion.attemptedParts(crypto.randomUUID())) });
    },

    prepare: function (done) {
      connect();
      done();
    },

    sendAnswered: function (count) {
      var registration = crypto.randomUUID();
      for (var i = 0; i < count; i++) {
        xapi.sendStatement({ statement: statement(AnsweredQuestion.answeredParts(registration)) });
      }
    }
  });
}());
