// What every benchmark page shares: the page's parameters, the stand-in LRS on this server, loading the measured
// libraries, and handing the figures to the harness (window.benchResult, read through WebDriver).
(function () {
  'use strict';

  var params = new URLSearchParams(location.search);

  window.Bench = {
    /** The adapters of libraries/*.js, by library name. */
    libraries: {},
    endpoint: location.origin + '/xapi/',
    login: 'bench-lap',
    password: 'bench-password',

    param: function (name) {
      return params.get(name);
    },

    register: function (name, adapter) {
      this.libraries[name] = adapter;
    },

    /** Loads each library's file, then its adapter (libraries/<name>.js), in order, and calls done. */
    load: function (names, done) {
      var urls = [];
      names.forEach(function (name) {
        urls.push(Bench.param(name) || Bench.fail('no file given for ' + name));
        urls.push('libraries/' + name + '.js');
      });
      var left = urls.length;
      urls.forEach(function (url) {
        var script = document.createElement('script');
        script.src = url;
        script.async = false; // run in the order given, as parser-inserted scripts would
        script.onload = function () { if (--left === 0) done(); };
        script.onerror = function () { Bench.fail('cannot load ' + url); };
        document.head.appendChild(script);
      });
    },

    /** Calls done(entry) once the first statement request has been answered, with its Resource Timing entry. */
    whenStatementSent: function (done) {
      (function check() {
        var entry = performance.getEntriesByType('resource').filter(function (request) {
          return request.name.indexOf('/xapi/statements') >= 0;
        })[0];
        if (entry) done(entry);
        else setTimeout(check, 5);
      }());
    },

    /** Calls done once the event loop has run everything queued so far (timers of 0 ms included). */
    idle: function (done) {
      setTimeout(done, 0);
    },

    /** A full garbage collection where Chromium exposes gc (--js-flags=--expose-gc). */
    collectGarbage: function () {
      if (typeof window.gc === 'function') window.gc();
    },

    heapBytes: function () {
      Bench.collectGarbage();
      return performance.memory ? performance.memory.usedJSHeapSize : null;
    },

    report: function (result) {
      window.benchResult = result;
    },

    fail: function (error) {
      window.benchError = String((error && error.stack) || error);
      throw error instanceof Error ? error : new Error(String(error));
    }
  };

  window.addEventListener('error', function (e) { window.benchError = String(e.error && e.error.stack || e.message); });
  window.addEventListener('unhandledrejection', function (e) {
    window.benchError = 'unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason);
  });
}());
