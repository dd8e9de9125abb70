// The preview LRS's page: polls the stored statements and shows, for the author, the attempts with their course,
// filters by course, learner and verb, a course's results (attempts, pass rate, scores, each question's share of
// right answers, drawn here without any network), exports, and every statement with its raw JSON.
// Statements come from courses: everything is shown with textContent, never as markup.
(function () {
  'use strict';
  var PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
  var statements = null; // none received yet: the first answer, even empty, is shown
  var exportUrls = {};

  function byId(id) { return document.getElementById(id); }

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

  // Who the learner is, as xAPI identifies an agent (the name is only shown).
  function learnerKey(actor) {
    if (!actor) return '';
    if (actor.mbox) return actor.mbox;
    if (actor.account) return actor.account.homePage + '|' + actor.account.name;
    return actor.openid || actor.mbox_sha1sum || actorName(actor);
  }

  function verbName(statement) {
    return first(statement.verb && statement.verb.display) || (statement.verb && statement.verb.id) || '';
  }

  function objectName(statement) {
    var object = statement.object || {};
    return first(object.definition && object.definition.name) || object.id || '';
  }

  function time(statement) {
    return (statement.timestamp || '').replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, '');
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

  // ---- the attempts: one per registration, its course from its first statement about a course (no parent) ----

  function attemptsOf(all) {
    var byRegistration = {};
    var attempts = [];
    all.slice().reverse().forEach(function (statement) { // oldest first
      var registration = (statement.context && statement.context.registration) || 'no registration';
      var attempt = byRegistration[registration];
      if (!attempt) {
        attempt = byRegistration[registration] = { registration: registration, statements: [], course: null,
          learner: learnerKey(statement.actor), learnerName: actorName(statement.actor), outcome: null, scaled: null, progress: null };
        attempts.push(attempt);
      }
      attempt.statements.push(statement);
      var activities = statement.context && statement.context.contextActivities;
      if (!attempt.course && statement.object && !(activities && activities.parent)) {
        attempt.course = { id: statement.object.id, name: objectName(statement) };
      }
      var verb = verbName(statement);
      var result = statement.result || {};
      if (verb === 'passed' || verb === 'failed') {
        attempt.outcome = verb;
        attempt.scaled = result.score && result.score.scaled !== undefined ? result.score.scaled : null;
      }
      if (result.extensions && result.extensions[PROGRESS] !== undefined) attempt.progress = result.extensions[PROGRESS];
    });
    attempts.forEach(function (attempt) {
      if (!attempt.course) {
        var grouping = ((attempt.statements[0].context || {}).contextActivities || {}).grouping || [];
        var id = grouping.length ? grouping[0].id : (attempt.statements[0].object || {}).id;
        attempt.course = { id: id || '', name: id || '' };
      }
    });
    return attempts.reverse(); // newest attempt first
  }

  // ---- filters ----

  function filters() {
    return { course: byId('filter-course').value, learner: byId('filter-learner').value, verb: byId('filter-verb').value };
  }

  function fillSelect(select, options) {
    var chosen = select.value;
    while (select.options.length > 1) select.remove(1);
    options.forEach(function (option) {
      var item = el('option', '', option[1]);
      item.value = option[0];
      select.appendChild(item);
    });
    select.value = options.some(function (option) { return option[0] === chosen; }) ? chosen : '';
  }

  function distinct(items, key, label) {
    var seen = {};
    var options = [];
    items.forEach(function (item) {
      var value = key(item);
      if (value && !seen[value]) {
        seen[value] = true;
        options.push([value, label(item)]);
      }
    });
    return options;
  }

  // ---- a course's results ----

  function renderSummary(attempts, courseName) {
    var summary = byId('summary');
    summary.hidden = attempts.length === 0 || !courseName;
    if (summary.hidden) return;
    byId('summary-course').textContent = courseName;
    byId('summary-attempts').textContent = String(attempts.length);
    var finished = attempts.filter(function (attempt) { return attempt.outcome; });
    var passed = finished.filter(function (attempt) { return attempt.outcome === 'passed'; });
    byId('summary-pass-rate').textContent = finished.length === 0 ? 'no attempt finished yet'
      : Math.round(passed.length * 100 / finished.length) + '% (' + passed.length + ' of ' + finished.length + ' finished attempts passed)';

    var buckets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    finished.forEach(function (attempt) {
      if (attempt.scaled !== null) buckets[Math.max(0, Math.min(9, Math.floor(attempt.scaled * 10)))]++;
    });
    var most = Math.max.apply(null, buckets.concat([1]));
    var chart = byId('score-chart');
    chart.textContent = '';
    buckets.forEach(function (count, index) {
      var column = el('div', 'column');
      column.setAttribute('data-count', String(count));
      column.title = (index * 10) + '–' + (index === 9 ? 100 : index * 10 + 9) + '%: ' + count + ' attempt(s)';
      var bar = el('div', 'bar');
      bar.style.height = (count * 100 / most) + '%';
      column.appendChild(el('span', 'count', count ? String(count) : ''));
      column.appendChild(bar);
      column.appendChild(el('span', 'label', String(index * 10)));
      chart.appendChild(column);
    });
    chart.setAttribute('aria-label', buckets.map(function (count, index) { return (index * 10) + '%: ' + count; }).join(', '));

    // Each question's latest answer per attempt, judged ones only.
    var questions = [];
    var byQuestion = {};
    attempts.slice().reverse().forEach(function (attempt) {
      var latest = {};
      attempt.statements.forEach(function (statement) {
        if (verbName(statement) === 'answered' && statement.object) latest[statement.object.id] = statement;
      });
      Object.keys(latest).forEach(function (id) {
        var success = (latest[id].result || {}).success;
        if (success === undefined) return;
        var question = byQuestion[id];
        if (!question) {
          question = byQuestion[id] = { name: objectName(latest[id]), right: 0, judged: 0 };
          questions.push(question);
        }
        question.judged++;
        if (success) question.right++;
      });
    });
    var list = byId('question-chart');
    list.textContent = '';
    questions.forEach(function (question) {
      var share = Math.round(question.right * 100 / question.judged);
      var item = el('li');
      item.setAttribute('data-share', String(share));
      item.appendChild(el('span', 'name', question.name));
      var track = el('span', 'track');
      var bar = el('span', 'bar');
      bar.style.width = share + '%';
      track.appendChild(bar);
      item.appendChild(track);
      item.appendChild(el('span', 'share', share + '% (' + question.right + ' of ' + question.judged + ')'));
      list.appendChild(item);
    });
  }

  function renderAttempts(attempts) {
    var list = byId('attempts');
    list.textContent = '';
    attempts.forEach(function (attempt) {
      var item = el('li');
      item.setAttribute('data-registration', attempt.registration);
      item.appendChild(el('span', 'course', attempt.course.name));
      item.appendChild(el('span', 'who', attempt.learnerName));
      item.appendChild(el('span', 'when', time(attempt.statements[0])));
      var track = el('span', 'track');
      attempt.statements.forEach(function (statement) {
        var m = mark(statement);
        if (m) {
          m.title = verbName(statement) + ' ' + objectName(statement);
          track.appendChild(m);
        }
      });
      item.appendChild(track);
      if (attempt.progress !== null) item.appendChild(el('span', 'progress', attempt.progress + '% done'));
      list.appendChild(item);
    });
  }

  // Each statement a row, its raw JSON a row of its own below it, at the table's full width.
  function renderStatements(shown) {
    var body = byId('statements');
    body.textContent = '';
    shown.forEach(function (statement, index) {
      var row = el('tr', 'statement');
      row.appendChild(el('td', '', time(statement)));
      row.appendChild(el('td', '', actorName(statement.actor)));
      row.appendChild(el('td', 'verb', verbName(statement)));
      row.appendChild(el('td', '', objectName(statement)));
      row.appendChild(el('td', '', resultText(statement.result)));
      var rawCell = el('td');
      var toggle = el('button', 'raw-toggle', 'JSON');
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-controls', 'raw-' + index);
      rawCell.appendChild(toggle);
      row.appendChild(rawCell);
      var raw = el('tr', 'raw');
      raw.id = 'raw-' + index;
      raw.hidden = true;
      var cell = el('td');
      cell.colSpan = 6;
      cell.appendChild(el('pre', '', JSON.stringify(statement, null, 2)));
      raw.appendChild(cell);
      toggle.addEventListener('click', function () {
        raw.hidden = !raw.hidden;
        toggle.setAttribute('aria-expanded', String(!raw.hidden));
      });
      body.appendChild(row);
      body.appendChild(raw);
    });
  }

  // ---- exports: links to what is shown, made again with every change ----

  function exportLink(id, text, type) {
    if (exportUrls[id]) URL.revokeObjectURL(exportUrls[id]);
    exportUrls[id] = URL.createObjectURL(new Blob([text], { type: type }));
    byId(id).href = exportUrls[id];
  }

  // A CSV cell; one that a spreadsheet would run as a formula (=, +, -, @) is kept as text.
  function cell(value) {
    var text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csv(attempts) {
    var lines = [['course', 'course id', 'learner', 'registration', 'started', 'last statement', 'result', 'score %', 'progress %']];
    attempts.forEach(function (attempt) {
      lines.push([attempt.course.name, attempt.course.id, attempt.learnerName, attempt.registration,
        time(attempt.statements[0]), time(attempt.statements[attempt.statements.length - 1]), attempt.outcome || 'unfinished',
        attempt.scaled === null ? '' : Math.round(attempt.scaled * 100), attempt.progress === null ? '' : attempt.progress]);
    });
    return lines.map(function (line) { return line.map(cell).join(','); }).join('\r\n') + '\r\n';
  }

  // ---- putting it together ----

  function render() {
    var chosen = filters();
    var attempts = attemptsOf(statements);
    fillSelect(byId('filter-course'), distinct(attempts, function (a) { return a.course.id; }, function (a) { return a.course.name; }));
    fillSelect(byId('filter-learner'), distinct(attempts, function (a) { return a.learner; }, function (a) { return a.learnerName; }));
    fillSelect(byId('filter-verb'), distinct(statements, verbName, verbName));
    chosen = filters();
    var courses = byId('filter-course').options.length - 1;
    var shownAttempts = attempts.filter(function (attempt) {
      return (!chosen.course || attempt.course.id === chosen.course) && (!chosen.learner || attempt.learner === chosen.learner);
    });
    var inShownAttempts = {};
    shownAttempts.forEach(function (attempt) { inShownAttempts[attempt.registration] = true; });
    var shownStatements = statements.filter(function (statement) {
      var registration = (statement.context && statement.context.registration) || 'no registration';
      return inShownAttempts[registration] && (!chosen.verb || verbName(statement) === chosen.verb);
    });
    var course = chosen.course ? shownAttempts.length && shownAttempts[0].course.name : courses === 1 ? attempts[0].course.name : '';
    renderSummary(course ? shownAttempts : [], course);
    renderAttempts(shownAttempts);
    renderStatements(shownStatements);
    exportLink('export-json', JSON.stringify(shownStatements, null, 2), 'application/json');
    exportLink('export-csv', csv(shownAttempts), 'text/csv');
    byId('export-json').hidden = byId('export-csv').hidden = false;
  }

  function refresh() {
    var request = new XMLHttpRequest();
    request.open('GET', '/viewer/statements');
    request.onload = function () {
      var received = null;
      try { received = request.status === 200 ? JSON.parse(request.responseText) : null; } catch (e) { received = null; }
      if (received) {
        if (statements === null || received.length !== statements.length) { // re-render only on change, so open JSON stays open
          statements = received;
          byId('count').textContent = statements.length + ' statement(s) received. This page updates by itself.';
          render();
        }
      }
      setTimeout(refresh, 1500);
    };
    request.onerror = function () { setTimeout(refresh, 3000); };
    request.send();
  }

  ['filter-course', 'filter-learner', 'filter-verb'].forEach(function (id) { byId(id).addEventListener('change', render); });
  refresh();
}());
