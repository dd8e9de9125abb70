// The preview LRS's page: polls the stored statements and shows them, newest first, and one line per attempt.
// Statements come from courses: everything is shown with textContent, never as markup.
(function () {
  'use strict';
  var PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
  var lastCount = -1;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function first(map) {
    if (!map) return '';
    var keys = Object.keys(map);
    return keys.length ? String(map[keys[0]]) : '';
  }

  function actorName(actor) {
    if (!actor) return '';
    if (actor.name) return actor.name;
    if (actor.mbox) return actor.mbox.replace(/^mailto:/, '');
    return actor.account ? actor.account.name : '';
  }

  function verbName(statement) {
    return first(statement.verb && statement.verb.display) || (statement.verb && statement.verb.id) || '';
  }

  function objectName(statement) {
    var object = statement.object || {};
    return first(object.definition && object.definition.name) || object.id || '';
  }

  function resultText(result) {
    if (!result) return '';
    var parts = [];
    if (result.score && result.score.scaled !== undefined) {
      parts.push('score ' + Math.round(result.score.scaled * 100) + '%' +
        (result.score.max !== undefined ? ' (' + result.score.raw + '/' + result.score.max + ')' : ''));
    }
    if (result.success !== undefined) parts.push(result.success ? 'success' : 'no success');
    if (result.completion) parts.push('completed');
    if (result.response !== undefined) parts.push('response "' + result.response + '"');
    if (result.extensions && result.extensions[PROGRESS] !== undefined) parts.push('progress ' + result.extensions[PROGRESS] + '%');
    if (result.duration) parts.push(result.duration);
    return parts.join(', ');
  }

  function mark(statement) {
    var verb = verbName(statement);
    var result = statement.result || {};
    if (verb === 'started') return el('span', 'mark', '▶');
    if (verb === 'experienced') return el('span', 'mark', '●');
    if (verb === 'answered') {
      return el('span', 'mark ' + (result.success === true ? 'right' : result.success === false ? 'wrong' : ''),
        result.success === true ? '✓' : result.success === false ? '✗' : '?');
    }
    if (verb === 'mastered') return el('span', 'mark mastered', '★');
    if (verb === 'passed' || verb === 'failed') return el('span', 'mark ' + verb, verb.toUpperCase());
    return null;
  }

  function renderAttempts(statements) {
    var byRegistration = {};
    var order = [];
    statements.slice().reverse().forEach(function (statement) {
      var registration = (statement.context && statement.context.registration) || 'no registration';
      if (!byRegistration[registration]) {
        byRegistration[registration] = [];
        order.push(registration);
      }
      byRegistration[registration].push(statement);
    });
    var list = document.getElementById('attempts');
    list.textContent = '';
    order.reverse().forEach(function (registration) {
      var attempt = byRegistration[registration];
      var item = el('li');
      item.setAttribute('data-registration', registration);
      item.appendChild(el('span', 'who', actorName(attempt[0].actor)));
      item.appendChild(el('span', 'when', (attempt[0].timestamp || '').replace('T', ' ').replace(/\.\d+Z$/, '')));
      var track = el('span', 'track');
      var progress = null;
      attempt.forEach(function (statement) {
        var m = mark(statement);
        if (m) {
          m.title = verbName(statement) + ' ' + objectName(statement);
          track.appendChild(m);
        }
        var extensions = statement.result && statement.result.extensions;
        if (extensions && extensions[PROGRESS] !== undefined) progress = extensions[PROGRESS];
      });
      item.appendChild(track);
      if (progress !== null) item.appendChild(el('span', 'progress', progress + '% done'));
      list.appendChild(item);
    });
  }

  function renderStatements(statements) {
    var body = document.getElementById('statements');
    body.textContent = '';
    statements.forEach(function (statement) {
      var row = el('tr');
      row.appendChild(el('td', '', (statement.timestamp || '').replace('T', ' ').replace('Z', '')));
      row.appendChild(el('td', '', actorName(statement.actor)));
      row.appendChild(el('td', 'verb', verbName(statement)));
      row.appendChild(el('td', '', objectName(statement)));
      row.appendChild(el('td', '', resultText(statement.result)));
      var raw = el('td');
      var details = el('details');
      details.appendChild(el('summary', '', 'JSON'));
      details.appendChild(el('pre', '', JSON.stringify(statement, null, 2)));
      raw.appendChild(details);
      row.appendChild(raw);
      body.appendChild(row);
    });
  }

  function refresh() {
    var request = new XMLHttpRequest();
    request.open('GET', '/viewer/statements');
    request.onload = function () {
      if (request.status === 200) {
        var statements = JSON.parse(request.responseText);
        if (statements.length !== lastCount) { // re-render only on change, so open JSON details stay open
          lastCount = statements.length;
          document.getElementById('count').textContent = statements.length + ' statement(s) received. This page updates by itself.';
          renderAttempts(statements);
          renderStatements(statements);
        }
      }
      setTimeout(refresh, 1500);
    };
    request.onerror = function () { setTimeout(refresh, 3000); };
    request.send();
  }

  refresh();
}());
