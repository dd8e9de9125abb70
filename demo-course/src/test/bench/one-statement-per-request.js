// Replays the attempt this course page just made one statement per request, as a course template that posts every
// statement on its own reaches the LRS: the statements the runtime had confirmed, each with a new id (so that the
// LRS stores it again), each POSTed alone as a JSON object, one after the other. The harness runs it in the
// course's page through WebDriver (arguments: the xAPI endpoint, the Authorization header, WebDriver's callback),
// and gets back the number of statements sent, or what went wrong.
var endpoint = arguments[0];
var authorization = arguments[1];
var done = arguments[arguments.length - 1];
var statements = window.courseRuntime.confirmedStatements();

(function post(index) {
  if (index === statements.length) {
    done(statements.length);
    return;
  }
  var statement = statements[index];
  statement.id = crypto.randomUUID();
  var xhr = new XMLHttpRequest();
  xhr.open('POST', endpoint + 'statements');
  xhr.setRequestHeader('Authorization', authorization);
  xhr.setRequestHeader('X-Experience-API-Version', '1.0.3');
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.onload = function () {
    if (xhr.status >= 300) done('HTTP ' + xhr.status + ' ' + xhr.responseText);
    else post(index + 1);
  };
  xhr.onerror = function () { done('network error'); };
  xhr.send(JSON.stringify(statement));
}(0));
