// The author's preview only (course-tools preview adds it; a published course never has it): every warning and error
// the runtime writes to the console is also listed in the page, so that an author sees what learners' consoles would
// say without opening the browser's developer tools. Loaded before course-runtime.js, so nothing is missed.
(function () {
  'use strict';
  var PREFIX = '[course-runtime]';
  var pending = [];
  var list = null;

  function panel() {
    var box = document.createElement('aside');
    box.id = 'author-preview';
    box.setAttribute('aria-label', "Author's preview: what the console says");
    box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:.5rem 1rem;'
      + 'background:#fff8e1;border-top:2px solid #b26a00;font:14px/1.4 system-ui,sans-serif;color:#222;z-index:1000';
    var title = document.createElement('strong');
    title.textContent = "Author's preview: the console says (learners do not see this panel)";
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.style.marginLeft = '1rem';
    close.addEventListener('click', function () { box.hidden = true; });
    list = document.createElement('ul');
    list.id = 'author-preview-messages';
    list.style.margin = '.25rem 0 0';
    box.appendChild(title);
    box.appendChild(close);
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function show(kind, text) {
    if (!document.body) { pending.push([kind, text]); return; }
    if (!list) panel();
    var item = document.createElement('li');
    item.setAttribute('data-kind', kind);
    item.textContent = (kind === 'error' ? 'Error: ' : 'Warning: ') + text.slice(PREFIX.length).trim();
    list.appendChild(item);
    list.parentNode.hidden = false;
  }

  ['warn', 'error'].forEach(function (kind) {
    var original = console[kind];
    console[kind] = function () {
      original.apply(console, arguments);
      var text = [].map.call(arguments, String).join(' ');
      if (text.indexOf(PREFIX) === 0) show(kind, text);
    };
  });
  document.addEventListener('DOMContentLoaded', function () {
    pending.splice(0).forEach(function (message) { show(message[0], message[1]); });
  });
}());
