// TinCanJS (npm tincanjs): statements built as TinCan.Statement objects, sent with TinCan.LRS#saveStatement, which
// stamps the id and timestamp, serializes with asVersion + JSON.stringify and PUTs one statement per request.
(function () {
  'use strict';

  var lrs;
  var callback = function () {};

  function connect() {
    lrs = new TinCan.LRS({ endpoint: Bench.endpoint, username: Bench.login, password: Bench.password, allowFail: false });
  }

  function statement(parts) {
    return new TinCan.Statement({ actor: parts.actor, verb: parts.verb, target: parts.object, result: parts.result,
      context: parts.context });
  }

  Bench.register('tincanjs', {
    sendOne: function () {
      connect();
      lrs.saveStatement(statement(AnsweredQuestion.attemptedParts(TinCan.Utils.getUUID())), { callback: callback });
    },

    prepare: function (done) {
      connect();
      done();
    },

    sendAnswered: function (count) {
      var registration = TinCan.Utils.getUUID();
      for (var i = 0; i < count; i++) {
        lrs.saveStatement(statement(AnsweredQuestion.answeredParts(registration)), { callback: callback });
      }
    }
  });
}());
