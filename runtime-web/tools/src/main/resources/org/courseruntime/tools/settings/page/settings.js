// The publish settings page: fills the form from the saved settings (never the password), checks every field as it is
// typed with course-check.js (the publisher's own check, its words), checks the LRS and publishes through the tools'
// server. No inline script: the page runs under script-src 'self'.
(function () {
  'use strict';
  var STATEMENTS = ['started', 'progressed', 'experienced', 'answered', 'mastered', 'passed', 'failed'];
  // Where each problem of the settings is shown, by the start of its location.
  var FIELDS = [['lrs.endpoint', 'endpoint'], ['lrs.login', 'login'], ['lrs.password', 'password'], ['lrs', 'endpoint'],
    ['statements', 'statements'], ['login', 'sign-in']];
  var hasPassword = false;
  var savedEndpoint = '';
  var busy = false;
  var keptStatements = STATEMENTS.slice();

  function byId(id) { return document.getElementById(id); }

  function checkedStatements() {
    return [].filter.call(document.querySelectorAll('input[name=statement]'), function (box) { return box.checked; })
      .map(function (box) { return box.value; });
  }

  function signIn() {
    var chosen = document.querySelector('input[name=sign-in]:checked');
    return chosen ? chosen.value : 'none';
  }

  // What the page sends: the fields as typed; an empty password keeps the saved one.
  function fields() {
    return {
      endpoint: byId('endpoint').value.trim(),
      login: byId('login').value.trim(),
      password: byId('password').value,
      statements: byId('tracking').checked ? checkedStatements() : [],
      signIn: signIn()
    };
  }

  function origin(url) {
    var match = /^(https?):\/\/([^\/?#]+)/i.exec(url || '');
    if (!match) return null;
    var scheme = match[1].toLowerCase();
    var host = match[2].toLowerCase().replace(/^[^@]*@/, '');
    if (!/:\d+$/.test(host) || /\]$/.test(host)) host += scheme === 'https' ? ':443' : ':80';
    return scheme + '://' + host;
  }

  // The server keeps the saved password only with a login and for an LRS of the saved one's origin, never sending the
  // secret to another host: the page says so.
  function keepsSavedPassword(given) {
    return hasPassword && !!given.login && origin(given.endpoint) !== null && origin(given.endpoint) === origin(savedEndpoint);
  }

  // The settings file these fields make, for the check: a saved password stands in for an empty field.
  function settingsText(given) {
    var lrs = { endpoint: given.endpoint };
    var password = given.password || (keepsSavedPassword(given) ? 'saved' : '');
    if (given.login || password) {
      lrs.login = given.login;
      lrs.password = password;
    }
    return JSON.stringify({ lrs: lrs, statements: given.statements, login: given.signIn });
  }

  function show(field, messages) {
    var problem = byId(field + '-problem');
    var text = messages.join(' ');
    if (problem.textContent !== text) problem.textContent = text; // an alert is announced when it changes only
    var input = byId(field);
    if (input.tagName === 'INPUT') input.setAttribute('aria-invalid', messages.length ? 'true' : 'false');
  }

  // Every problem under its field, in the publisher's words without the location; true when there is none.
  function check() {
    if (!window.CourseCheck) { // fail closed: nothing is checked, so nothing is sent
      byId('publish-status').textContent = 'The page\'s checker (course-check.js) did not load: reload the page.';
      byId('check-lrs').disabled = byId('publish').disabled = true;
      return false;
    }
    var given = fields();
    byId('password').placeholder = keepsSavedPassword(given) ? 'Saved: leave empty to keep it' : '';
    var problems = CourseCheck.checkPublishSettings(settingsText(given));
    var byField = { endpoint: [], login: [], password: [], statements: [], 'sign-in': [] };
    problems.forEach(function (problem) {
      for (var i = 0; i < FIELDS.length; i++) {
        var prefix = FIELDS[i][0];
        if (problem.indexOf(prefix + ':') === 0 || problem.indexOf(prefix + '.') === 0 || problem.indexOf(prefix + '[') === 0) {
          byField[FIELDS[i][1]].push(problem.slice(problem.indexOf(': ') + 2));
          return;
        }
      }
      byField.endpoint.push(problem);
    });
    Object.keys(byField).forEach(function (field) { show(field, byField[field]); });
    byId('check-lrs').disabled = busy || problems.length > 0;
    byId('publish').disabled = busy || problems.length > 0;
    return problems.length === 0;
  }

  // One request at a time: the buttons wait for the answer.
  function post(path, body, done) {
    busy = true;
    check();
    var finish = function (status, answer) {
      busy = false;
      check();
      done(status, answer);
    };
    var request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('X-Course-Tools', '1');
    request.onload = function () {
      var answer = null;
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = { problems: [request.responseText] }; }
      finish(request.status, answer);
    };
    request.onerror = function () { finish(0, { problems: ['The course tools do not answer: is course-tools settings still running?'] }); };
    request.send(JSON.stringify(body));
  }

  function list(id, items, render) {
    var element = byId(id);
    element.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      render(li, item);
      element.appendChild(li);
    });
  }

  function checkLrs() {
    if (!check()) return;
    var body = fields();
    body.origin = byId('origin').value.trim();
    byId('check-status').textContent = 'Checking the LRS…';
    list('check-results', [], null);
    post('api/check-lrs', body, function (status, answer) {
      if (!answer.points) {
        byId('check-status').textContent = 'Not checked: ' + (answer.problems || []).join(' ');
        return;
      }
      var count = function (outcome) { return answer.points.filter(function (point) { return point.outcome === outcome; }).length; };
      var passed = count('passed');
      byId('check-status').textContent = (passed === answer.points.length ? 'Every point passed.'
        : passed + ' of ' + answer.points.length + ' points passed.')
        + (count('failed') ? ' Learners would meet what failed: fix it before publishing.' : '');
      list('check-results', answer.points, function (li, point) {
        li.setAttribute('data-outcome', point.outcome);
        var name = document.createElement('strong');
        name.textContent = point.point + ': ';
        li.appendChild(name);
        li.appendChild(document.createTextNode(point.finding));
        if (point.fix) {
          var fix = document.createElement('span');
          fix.className = 'fix';
          fix.textContent = 'Fix: ' + point.fix;
          li.appendChild(fix);
        }
      });
    });
  }

  function publish() {
    if (!check()) return;
    byId('publish-status').textContent = 'Publishing…';
    list('publish-problems', [], null);
    list('publish-changes', [], null);
    byId('download').hidden = true;
    post('api/publish', fields(), function (status, answer) {
      if (status !== 200) {
        byId('publish-status').textContent = 'Not published:';
        list('publish-problems', answer.problems || [], function (li, problem) { li.textContent = problem; });
        return;
      }
      var sent = fields();
      hasPassword = !!sent.login && (!!sent.password || keepsSavedPassword(sent));
      savedEndpoint = sent.endpoint;
      byId('password').value = '';
      check();
      byId('publish-status').textContent = 'Published into ' + answer.exported + ' and ' + answer.zip + '.';
      list('publish-changes', answer.changes, function (li, change) { li.textContent = change; });
      byId('download-link').textContent = 'Download ' + answer.zip;
      byId('download').hidden = false;
      byId('download-link').focus();
    });
  }

  function tracking() {
    var on = byId('tracking').checked;
    if (!on) keptStatements = checkedStatements();
    [].forEach.call(document.querySelectorAll('input[name=statement]'), function (box) {
      if (on) box.checked = keptStatements.indexOf(box.value) >= 0;
    });
    byId('statements').disabled = !on;
    check();
  }

  function fill(saved) {
    byId('endpoint').value = saved.endpoint || '';
    byId('login').value = saved.login || '';
    hasPassword = saved.hasPassword;
    savedEndpoint = saved.endpoint || '';
    var statements = saved.exists && saved.statements ? saved.statements : STATEMENTS;
    if (statements.length) keptStatements = statements;
    byId('tracking').checked = statements.length > 0;
    [].forEach.call(document.querySelectorAll('input[name=statement]'), function (box) {
      box.checked = keptStatements.indexOf(box.value) >= 0;
    });
    byId('statements').disabled = statements.length === 0;
    var choice = document.querySelector('input[name=sign-in][value="' + (saved.signIn || 'none') + '"]');
    (choice || document.querySelector('input[name=sign-in][value=none]')).checked = true;
    check();
  }

  var form = byId('settings');
  form.addEventListener('input', check);
  form.addEventListener('change', check);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  byId('tracking').addEventListener('change', tracking);
  byId('check-lrs').addEventListener('click', checkLrs);
  byId('publish').addEventListener('click', publish);
  var load = new XMLHttpRequest();
  load.open('GET', 'api/settings');
  load.onload = function () {
    var answer = null;
    try { answer = JSON.parse(load.responseText); } catch (e) { answer = { problems: [load.responseText] }; }
    if (load.status === 200) {
      fill(answer);
    } else {
      byId('publish-status').textContent = 'The saved settings cannot be read: ' + (answer.problems || []).join(' ');
      byId('check-lrs').disabled = byId('publish').disabled = true;
    }
  };
  load.onerror = function () {
    byId('publish-status').textContent = 'The course tools do not answer: is course-tools settings still running?';
    byId('check-lrs').disabled = byId('publish').disabled = true;
  };
  load.send();
}());
