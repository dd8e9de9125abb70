// The standard course player's script: renders course.json page by page, reports what the learner does to the runtime,
// and shows the tracking state. Course text is always set with textContent, never parsed as HTML.
(function () {
  'use strict';

  var STATE_TEXT = {
    saved: 'All saved',
    rejected: 'Saved, except a part that could not be recorded',
    sending: 'Saving…',
    retrying: 'saved on this device, will be sent when the record store answers',
    offline: 'saved on this device, will be sent when the connection is back',
    'auth-refused': 'Saved on this device, not sent yet',
    'endpoint-refused': 'Saved on this device, not sent yet',
    connecting: 'Connecting…',
    misconfigured: 'Results are not recorded'
  };
  // What the learner reads when something is wrong: what it means for them, never the technical problem, which is
  // in the console and under "Details for the course's author".
  var KEPT = 'Your progress is saved on this device, but it cannot be sent yet. You can go on: nothing is lost.'
    + ' Please tell the person who gave you this course.';
  var LEARNER_PROBLEM = {
    rejected: 'A part of your progress could not be recorded. You can go on; the course\'s author can see what happened.',
    'auth-refused': KEPT,
    'endpoint-refused': KEPT,
    misconfigured: 'Your results cannot be recorded in this course. You can still go through it; please tell the'
      + ' person who gave you this course.'
  };
  var RESULTS = '#results';

  var runtime;
  var course;
  var pages = [];        // every page of every section, then the results page
  var current = 0;

  function load(url, done) {
    var request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = function () { done(request.status === 200 ? request.responseText : null); };
    request.onerror = function () { done(null); };
    request.send();
  }

  function text(map) {
    if (!map) return '';
    if (typeof map === 'string') return map;
    return map[course.language] || map[Object.keys(map)[0]] || '';
  }

  function element(tag, attributes, content) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // ---- tracking indicator and progress -------------------------------------------------------------------

  function showStatus(status) {
    var line = document.getElementById('tracking-status');
    if (!line) return; // the page is being left
    var waiting = status.queued + status.sending;
    line.dataset.state = status.state;
    line.textContent = status.state === 'retrying' || status.state === 'offline'
      ? waiting + ' ' + STATE_TEXT[status.state]
      : STATE_TEXT[status.state] + (waiting > 0 && status.state !== 'sending' ? ' (' + waiting + ' waiting)' : '');
    document.getElementById('tracking-problem').hidden = !status.problem;
    document.getElementById('tracking-problem-text').textContent = status.problem
      ? LEARNER_PROBLEM[status.state] || 'Something went wrong while your progress was recorded. You can go on.' : '';
    document.getElementById('tracking-problem-detail').textContent = status.problem || '';
    showProgress(); // the course opens (or resumes) while the first page shows: its progress follows
  }

  function showProgress() {
    var percent = runtime.progress();
    document.getElementById('progress').setAttribute('value', percent);
    document.getElementById('progress-text').textContent = percent + '% complete';
  }

  // ---- questions -------------------------------------------------------------------------------------------

  function option(type, name, value, label) {
    var wrapper = element('label', { 'class': 'option' });
    var input = element('input', { type: type, name: name, value: value });
    wrapper.appendChild(input);
    wrapper.appendChild(element('span', {}, label));
    return wrapper;
  }

  function select(name, label, items) {
    var row = element('label', { 'class': 'row' });
    row.appendChild(element('span', {}, label));
    var list = element('select', { name: name });
    list.appendChild(element('option', { value: '' }, 'Choose…'));
    items.forEach(function (item) { list.appendChild(element('option', { value: item.id }, text(item.text))); });
    row.appendChild(list);
    return row;
  }

  function sequence(page, fieldset) {
    var list = element('ol', { 'class': 'sequence' });
    page.choices.slice().reverse().forEach(function (choice) {
      var item = element('li', { 'data-id': choice.id });
      item.appendChild(element('span', {}, text(choice.text)));
      ['up', 'down'].forEach(function (direction) {
        var button = element('button', { type: 'button', 'data-move': direction },
          direction === 'up' ? 'Move up' : 'Move down');
        button.setAttribute('aria-label', 'Move "' + text(choice.text) + '" ' + direction);
        button.addEventListener('click', function () {
          var sibling = direction === 'up' ? item.previousElementSibling : item.nextElementSibling;
          if (sibling) list.insertBefore(direction === 'up' ? item : sibling, direction === 'up' ? sibling : item);
          button.focus();
        });
        item.appendChild(button);
      });
      list.appendChild(item);
    });
    fieldset.appendChild(list);
  }

  // Builds the inputs of a question and returns a function that reads the learner's response from them.
  function inputs(page, fieldset, form) {
    var name = page.id;
    switch (page.interactionType) {
      case 'true-false':
        fieldset.appendChild(option('radio', name, 'true', 'True'));
        fieldset.appendChild(option('radio', name, 'false', 'False'));
        return function () {
          var checked = form.querySelector('input[name="' + name + '"]:checked');
          if (!checked) throw new Error('Choose True or False.');
          return checked.value === 'true';
        };
      case 'choice':
        page.choices.forEach(function (c) { fieldset.appendChild(option('checkbox', name, c.id, text(c.text))); });
        return function () {
          var ids = [].map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
          if (ids.length === 0) throw new Error('Choose at least one answer.');
          return ids;
        };
      case 'likert':
        page.scale.forEach(function (s) { fieldset.appendChild(option('radio', name, s.id, text(s.text))); });
        return function () {
          var checked = form.querySelector('input[name="' + name + '"]:checked');
          if (!checked) throw new Error('Choose one point of the scale.');
          return checked.value;
        };
      case 'fill-in':
      case 'other':
      case 'numeric':
      case 'long-fill-in':
        var field = page.interactionType === 'long-fill-in'
          ? element('textarea', { name: name, 'aria-label': 'Your answer' })
          : element('input', { name: name, type: page.interactionType === 'numeric' ? 'number' : 'text',
            step: 'any', 'aria-label': 'Your answer' });
        fieldset.appendChild(field);
        return function () {
          if (field.value.trim() === '') throw new Error('Type your answer first.');
          if (page.interactionType !== 'numeric') return field.value;
          var number = Number(field.value);
          if (isNaN(number)) throw new Error('Enter a number.');
          return number;
        };
      case 'matching':
        page.source.forEach(function (s) { fieldset.appendChild(select(name + ':' + s.id, text(s.text), page.target)); });
        return function () {
          return page.source.map(function (s) {
            return [s.id, form.querySelector('select[name="' + name + ':' + s.id + '"]').value];
          }).filter(function (pair) { return pair[1] !== ''; });
        };
      case 'performance':
        page.steps.forEach(function (s) {
          var row = element('label', { 'class': 'row' });
          row.appendChild(element('span', {}, text(s.text)));
          row.appendChild(element('input', { type: 'text', name: name + ':' + s.id }));
          fieldset.appendChild(row);
        });
        return function () {
          return page.steps.map(function (s) {
            return [s.id, form.querySelector('input[name="' + name + ':' + s.id + '"]').value];
          }).filter(function (pair) { return pair[1].trim() !== ''; });
        };
      case 'sequencing':
        sequence(page, fieldset);
        return function () {
          return [].map.call(form.querySelectorAll('.sequence li'), function (li) { return li.getAttribute('data-id'); });
        };
    }
    throw new Error('Unknown interaction type ' + page.interactionType);
  }

  function renderQuestion(page, body) {
    var form = element('form', { 'data-question': page.id, novalidate: '' });
    var fieldset = element('fieldset');
    fieldset.appendChild(element('legend', {}, text(page.prompt) || text(page.title)));
    form.appendChild(fieldset);
    var read = inputs(page, fieldset, form);
    var feedback = element('p', { 'class': 'feedback', role: 'status', 'aria-live': 'polite' });
    form.appendChild(element('button', { type: 'submit', 'class': 'primary' }, 'Submit answer'));
    form.appendChild(feedback);
    var explanation = element('p', { 'class': 'explanation', id: 'explanation', 'aria-live': 'polite', hidden: '' },
      text(page.explanation));
    form.appendChild(explanation);
    var tries = element('p', { 'class': 'tries', id: 'tries' });
    form.appendChild(tries);
    // A course that limits tries: say how many are left, and close the question when none is (its latest answer counts).
    function showTries() {
      var left = runtime.triesLeft(page.id);
      tries.hidden = left < 0;
      tries.textContent = left === 0 ? 'No tries left: your latest answer counts.'
        : left === 1 ? '1 try left.' : left + ' tries left.';
      [].forEach.call(form.querySelectorAll('input, select, textarea, button'), function (control) {
        control.disabled = left === 0;
      });
    }
    showTries();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var answer;
      try {
        answer = runtime.answer(page.id, read());
      } catch (e) {
        feedback.className = 'feedback wrong';
        feedback.textContent = e.message;
        return;
      }
      if (!answer && runtime.status().state === 'connecting') {
        // The course is still opening (its files are being checked): the answer is kept and tracked in a moment.
        feedback.className = 'feedback';
        feedback.textContent = 'Your answer is kept; it is judged as soon as the course has opened.';
        markDone();
        return;
      }
      if (!answer) {
        feedback.className = 'feedback';
        feedback.textContent = 'Your answer cannot be recorded (see the message above).';
        return;
      }
      feedback.className = 'feedback' + (answer.correct === true ? ' right' : answer.correct === false ? ' wrong' : '');
      feedback.textContent = answer.correct === true ? 'Correct.' : answer.correct === false ? 'Not quite.' : 'Thank you, your answer is recorded.';
      explanation.hidden = !page.explanation; // the author's explanation, as text, once the answer is judged
      showTries();
      showProgress();
      markDone();
    });
    body.appendChild(form);
  }

  // ---- results ---------------------------------------------------------------------------------------------

  function renderResults(body) {
    body.appendChild(element('p', {}, 'When you are done, finish the course to get your result.'));
    var finish = element('button', { type: 'button', id: 'finish', 'class': 'primary' }, 'Finish the course');
    var outcome = element('dl', { 'class': 'outcome', id: 'outcome', 'aria-live': 'polite' });
    // Finishing with pages not done judges them as not done: the learner confirms it first.
    var confirmation = element('div', { 'class': 'confirmation', id: 'finish-confirmation', role: 'alertdialog',
      'aria-labelledby': 'finish-warning', hidden: '' });
    confirmation.appendChild(element('p', { id: 'finish-warning' }));
    var anyway = element('button', { type: 'button', id: 'finish-anyway' }, 'Finish anyway');
    var back = element('button', { type: 'button', id: 'finish-back', 'class': 'primary' }, 'Go back to the course');
    confirmation.appendChild(anyway);
    confirmation.appendChild(back);
    finish.addEventListener('click', function () {
      var notDone = pages.filter(function (page) { return page.id !== RESULTS && !done[page.id]; }).length;
      if (notDone === 0 || runtime.status().state === 'misconfigured') {
        showOutcome(runtime.finish());
        return;
      }
      document.getElementById('finish-warning').textContent = (notDone === 1 ? '1 page is' : notDone + ' pages are')
        + ' not done yet. If you finish now, they count as not done, and your result may be Failed.';
      confirmation.hidden = false;
      back.focus();
    });
    anyway.addEventListener('click', function () {
      confirmation.hidden = true;
      showOutcome(runtime.finish());
    });
    confirmation.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') back.click(); // as a dialog closes
    });
    back.addEventListener('click', function () {
      confirmation.hidden = true;
      var firstNotDone = pages.map(function (page) { return !!done[page.id] || page.id === RESULTS; }).indexOf(false);
      show(firstNotDone < 0 ? 0 : firstNotDone);
    });
    // The result, or why there is none yet: while the course is still opening, the finish is kept and the result
    // shown once it is open.
    // keepFocus: the result of an attempt finished earlier, shown as the page opens: focus stays on the page's title.
    function showOutcome(result, keepFocus) {
      outcome.textContent = '';
      if (!result) {
        var connecting = runtime.status().state === 'connecting';
        outcome.appendChild(element('dd', {}, connecting ? 'Still connecting: your result follows in a moment.'
          : 'Your result cannot be recorded (see the message above).'));
        if (connecting) runtime.onReady(function () { showOutcome(runtime.finish()); });
        return;
      }
      var rows = [
        ['Result', result.passed ? 'Passed' : 'Failed'],
        ['Score', result.max === undefined ? 'No scored questions'
          : Math.round(result.scaled * 100) + '% (' + result.raw + ' of ' + result.max + ' points)']
      ];
      if (typeof course.masteryScore === 'number') { // optional in course.json: no row without one
        rows.push(['Mastery (' + Math.round(course.masteryScore * 100) + '%)', result.mastered ? 'Reached' : 'Not reached']);
      }
      rows.push(['Progress', result.progress + '%']);
      rows.forEach(function (row) {
        outcome.appendChild(element('dt', {}, row[0]));
        outcome.appendChild(element('dd', { 'data-row': row[0].split(' ')[0].toLowerCase() }, row[1]));
      });
      outcome.appendChild(element('dt', {}, 'Questions'));
      var list = element('ul', { 'class': 'questions', id: 'question-results' });
      pages.forEach(function (page) {
        if (page.type !== 'question') return;
        var correct = result.questions[page.id];
        var verdict = correct === true ? 'right' : correct === false ? 'missed' : correct === null ? 'answered' : 'not answered';
        var item = element('li', { 'data-verdict': verdict.replace(' ', '-') }, page.title + ': ');
        item.appendChild(element('strong', {}, verdict.charAt(0).toUpperCase() + verdict.slice(1)));
        list.appendChild(item);
      });
      var questions = element('dd');
      questions.appendChild(list);
      outcome.appendChild(questions);
      finish.hidden = true;
      retake.hidden = false;
      if (!keepFocus) retake.focus();
    }
    var retake = element('button', { type: 'button', id: 'retake', hidden: '' }, 'Retake the course');
    retake.addEventListener('click', function () {
      runtime.retake();
      done = {};
      buildToc();
      show(0);
    });
    body.appendChild(finish);
    body.appendChild(confirmation);
    body.appendChild(outcome);
    body.appendChild(retake);
    body.appendChild(exitButton());
    showLaunchMode();
    // An attempt finished before a reload or in an earlier session shows its result, without asking to finish again.
    // finish() then sends nothing, except under cmi5 what an earlier session could not report (a pass after a retake
    // in the same session, what a closed tab left unconfirmed), which the LMS is owed.
    if (runtime.outcome()) showOutcome(runtime.finish(), true);
  }

  // Under cmi5 the learner leaves through this button: the session ends and the LMS's page comes back.
  function exitButton() {
    var exit = element('button', { type: 'button', id: 'exit', hidden: '' }, 'Return to your learning platform');
    exit.addEventListener('click', function () {
      exit.disabled = true;
      runtime.exit();
      if (!runtime.cmi5().returnURL) {
        exit.parentNode.appendChild(element('p', { id: 'session-ended' }, 'Your session has ended. You may close this window.'));
      }
    });
    return exit;
  }

  // Shows what only a cmi5 launch has: the way back to the LMS, and in the Browse and Review modes (where nothing is
  // judged for the record) a note saying so. The launch is ready a moment after the page, so this runs on each status.
  function showLaunchMode() {
    var cmi5 = runtime.cmi5();
    var note = document.getElementById('launch-mode');
    note.hidden = !cmi5 || cmi5.launchMode === 'Normal';
    note.textContent = cmi5 ? cmi5.launchMode + ' mode: look around freely, no result is recorded.' : '';
    var exit = document.getElementById('exit');
    if (exit) exit.hidden = !cmi5;
  }

  // ---- navigation ------------------------------------------------------------------------------------------

  var done = {};

  function markDone() {
    done[pages[current].id] = true;
    buildToc();
  }

  var PHONE = '(max-width: 40rem)';

  function onPhone() {
    return !!(window.matchMedia && window.matchMedia(PHONE).matches);
  }

  function buildToc() {
    var toc = document.getElementById('toc');
    toc.textContent = '';
    var lastSection = null;
    var finished = pages.filter(function (page) { return done[page.id]; }).length;
    document.getElementById('toc-summary').textContent = 'Course pages (' + finished + ' of ' + (pages.length - 1) + ' done)';
    pages.forEach(function (page, index) {
      if (page.section !== lastSection) {
        lastSection = page.section;
        toc.appendChild(element('li', { 'class': 'section-title' }, page.section));
      }
      var item = element('li');
      var button = element('button', { type: 'button' }, page.title);
      if (done[page.id]) button.appendChild(element('span', { 'class': 'done', 'aria-label': ' (done)' }, ' ✓'));
      if (index === current) button.setAttribute('aria-current', 'page');
      button.addEventListener('click', function () {
        if (onPhone()) document.getElementById('toc-panel').open = false; // back to the page the learner chose
        show(index);
      });
      item.appendChild(button);
      toc.appendChild(item);
    });
  }

  // Moves focus to the new page's title, except on the first page shown when the course opens. Every course page
  // shown is reported (a question page only moves the learner's place), except the first one shown at launch,
  // which is reported once the runtime has restored the learner's place (see start).
  function show(index, keepFocus, unreported) {
    current = index;
    var page = pages[index];
    [].forEach.call(document.querySelectorAll('.content-page'), function (section) {
      section.hidden = section.getAttribute('data-page') !== page.id;
    });
    var body = document.getElementById('page-body');
    body.textContent = '';
    var title = document.getElementById('page-title');
    title.textContent = page.title;
    if (page.id === RESULTS) {
      renderResults(body);
    } else if (page.type === 'question') {
      renderQuestion(page.definition, body);
    } else {
      done[page.id] = true;
    }
    if (page.id !== RESULTS && !unreported) runtime.viewPage(page.id);
    document.getElementById('previous').disabled = index === 0;
    document.getElementById('next').disabled = index === pages.length - 1;
    showProgress();
    buildToc();
    if (!keepFocus) title.focus();
  }

  // ---- who the learner is ----------------------------------------------------------------------------------

  // What LRSs accept in a mailto: (Learning Locker's rule): ASCII letters, digits and . ` ' _ % + - before the @,
  // a domain with a dot and a top-level name of letters. An address the LRS would refuse is never let through.
  var EMAIL = /^[A-Za-z0-9.`'_%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{1,63}$/;

  // The author's "login" choice: "none" (also when absent or unreadable; the runtime reports a broken file),
  // "optional" or "required".
  function loginChoice(settingsText) {
    var settings = null;
    try {
      settings = JSON.parse(settingsText);
    } catch (e) {
      return 'none';
    }
    var login = settings && settings.login;
    return login === 'optional' || login === 'required' ? login : 'none';
  }

  // Under an LMS's launch (Tin Can or cmi5) the LMS names the learner: the page never asks.
  function launchedByLms() {
    return /[?&]endpoint=/.test(window.location.search);
  }

  function learnerName(learner) {
    if (learner.name) return learner.name;
    if (learner.mbox) return learner.mbox.replace(/^mailto:/, '');
    return learner.account ? learner.account.name : '';
  }

  // "Signed in as Ada (not you? Sign out)": signing out forgets the learner and opens the course afresh, where the
  // form asks again (the runtime of this page stays bound to the learner it was launched for).
  function showSignedIn(learner) {
    document.getElementById('signed-in-name').textContent = learnerName(learner);
    document.getElementById('signed-in').hidden = false;
    document.getElementById('sign-out').addEventListener('click', function () {
      CourseRuntime.forgetLearner();
      window.location.reload();
    });
  }

  function fieldProblem(input, message) {
    var problem = document.getElementById(input.id + '-problem');
    problem.textContent = message || '';
    problem.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', problem.id);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    return !message;
  }

  // Shows the sign-in panel instead of the course; calls done(learner), or done(null) when the learner skips.
  function askForLearner(choice, done) {
    var panel = document.getElementById('sign-in');
    var form = document.getElementById('sign-in-form');
    var name = document.getElementById('learner-name');
    var email = document.getElementById('learner-email');
    var skip = document.getElementById('sign-in-skip');
    var layout = document.getElementById('course');
    document.getElementById('tracking-status').textContent = 'Not started';
    document.getElementById('sign-in-optional').hidden = choice !== 'optional';
    skip.hidden = choice !== 'optional';
    layout.hidden = true;
    panel.hidden = false;

    function leave(learner) {
      panel.hidden = true;
      layout.hidden = false;
      done(learner);
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var givenName = name.value.trim();
      // E-mail addresses are compared exactly in xAPI: one spelling keeps one learner's statements together.
      var givenEmail = email.value.trim().toLowerCase();
      var nameOk = fieldProblem(name, givenName ? '' : 'Enter your name.');
      var emailOk = fieldProblem(email, !givenEmail ? 'Enter your e-mail address.'
        : EMAIL.test(givenEmail) ? '' : 'Enter a valid e-mail address, such as ada@example.com.');
      if (!nameOk || !emailOk) {
        (nameOk ? email : name).focus();
        return;
      }
      var learner = { name: givenName, mbox: 'mailto:' + givenEmail };
      showSignedIn(learner);
      leave(learner);
    });
    skip.addEventListener('click', function () { leave(null); });
  }

  // Starts the course for the learner an LMS's launch names, else as the author's "login" choice says: the remembered
  // learner, the one the panel asks for, or (choice "none", or skipped) the runtime's anonymous learner.
  function begin(courseText, settingsText) {
    var choice = launchedByLms() ? 'none' : loginChoice(settingsText);
    var remembered = choice === 'none' ? null : CourseRuntime.rememberedLearner();
    if (choice === 'none') {
      start(courseText, settingsText, null, true);
    } else if (remembered) {
      showSignedIn(remembered);
      start(courseText, settingsText, null, true); // the runtime launches the remembered learner
    } else {
      askForLearner(choice, function (learner) { start(courseText, settingsText, learner, false); });
    }
  }

  // ---- the course --------------------------------------------------------------------------------------------

  // keepFocus: the course opens with the page (focus stays where the browser put it); after the sign-in panel,
  // focus goes to the first page's title, as the panel that held it is gone.
  function start(courseText, settingsText, learner, keepFocus) {
    runtime = CourseRuntime.launch(courseText, settingsText, learner);
    window.courseRuntime = runtime;
    runtime.onStatus(function (status) {
      showStatus(status);
      showLaunchMode();
    });
    showStatus(runtime.status());
    try {
      course = JSON.parse(courseText);
    } catch (e) {
      return; // the runtime has reported it; the welcome text stays
    }
    document.getElementById('course-title').textContent = text(course.title);
    course.sections.forEach(function (section) {
      section.pages.forEach(function (page) {
        pages.push({ id: page.id, type: page.type, title: text(page.title), section: text(section.title), definition: page });
      });
    });
    pages.push({ id: RESULTS, type: 'results', title: 'Your result', section: 'The end' });
    document.getElementById('toc-panel').open = !onPhone();
    // A resumed attempt (a reload, or another device) reopens where the learner was, unless they already moved on.
    runtime.onReady(function () {
      // The pages a resumed attempt (a reload, another device) has done: ticked.
      pages.forEach(function (page) { if (runtime.isDone(page.id)) done[page.id] = true; });
      buildToc();
      var at = pages.map(function (page) { return page.id; }).indexOf(runtime.position());
      if (current === 0 && at > 0) show(at, true);
      else runtime.viewPage(pages[0].id);
    });
    runtime.start();
    document.getElementById('previous').addEventListener('click', function () { show(current - 1); });
    document.getElementById('next').addEventListener('click', function () { show(current + 1); });
    show(0, keepFocus, true);
  }

  load('course.json', function (courseText) {
    load('publish-settings.json', function (settingsText) { begin(courseText, settingsText); });
  });
}());
