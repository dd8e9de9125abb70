// Stands in for XMLHttpRequest while the statement cost is measured: it takes what a library hands to the network,
// counts it, and never answers, like a network that has stalled. What is timed is then the library's own work up
// to the wire. Every library measured sends through XMLHttpRequest (axios's default adapter in the browser too).
(function () {
  'use strict';

  var Real = window.XMLHttpRequest;
  var counts = { requests: 0, characters: 0, first: null };

  function NoOpXhr() {
    this.readyState = 0;
    this.status = 0;
    this.responseText = '';
    this.response = '';
    this.upload = { addEventListener: function () {} };
  }
  NoOpXhr.prototype.onloadend = null;
  NoOpXhr.prototype.withCredentials = false;
  NoOpXhr.prototype.timeout = 0;
  NoOpXhr.prototype.open = function () { this.readyState = 1; };
  NoOpXhr.prototype.setRequestHeader = function () {};
  NoOpXhr.prototype.overrideMimeType = function () {};
  NoOpXhr.prototype.addEventListener = function () {};
  NoOpXhr.prototype.removeEventListener = function () {};
  NoOpXhr.prototype.getAllResponseHeaders = function () { return ''; };
  NoOpXhr.prototype.getResponseHeader = function () { return null; };
  NoOpXhr.prototype.abort = function () {};
  NoOpXhr.prototype.send = function (body) {
    counts.requests++;
    counts.characters += body == null ? 0 : String(body).length;
    if (counts.first === null) counts.first = String(body);
  };

  window.NoOpTransport = {
    install: function () {
      counts.requests = 0;
      counts.characters = 0;
      counts.first = null;
      window.XMLHttpRequest = NoOpXhr;
    },
    /** Puts XMLHttpRequest back; returns the requests handed over, their characters, and the first body. */
    restore: function () {
      window.XMLHttpRequest = Real;
      return { requests: counts.requests, characters: counts.characters, first: counts.first };
    }
  };
}());
