// The demo course's page script: loads the course definition and publish settings, hands them to the runtime,
// and shows the tracking state. Course text is always set with textContent, never parsed as HTML.
(function () {
  'use strict';

  var STATE_TEXT = {
    saved: 'All progress saved',
    sending: 'Saving…',
    retrying: 'Offline: your progress is kept and will be sent',
    'auth-refused': 'The LRS refused the course\'s password: progress is kept, not sent',
    rejected: 'The LRS refused a statement',
    misconfigured: 'Results are not recorded'
  };

  function load(url, done) {
    var request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = function () { done(request.status === 200 ? request.responseText : null); };
    request.onerror = function () { done(null); };
    request.send();
  }

  function showStatus(status) {
    var line = document.getElementById('tracking-status');
    var waiting = status.queued + status.sending;
    line.dataset.state = status.state;
    line.textContent = STATE_TEXT[status.state] + (waiting > 0 ? ' (' + waiting + ' waiting)' : '');
    var problem = document.getElementById('tracking-problem');
    problem.hidden = !status.problem;
    problem.textContent = status.problem || '';
  }

  load('course.json', function (course) {
    load('publish-settings.json', function (settings) {
      var runtime = CourseRuntime.launch(course, settings);
      window.courseRuntime = runtime;
      runtime.onStatus(showStatus);
      showStatus(runtime.status());
      runtime.start();
    });
  });
}());
