// Briefings preview (briefing:serve): reloads the page after each rebuild and shows the errors of a
// failed rebuild over the page. Added by the preview server to its HTML answers only.
(function () {
  'use strict';
  var script = document.currentScript;
  var build = script ? script.getAttribute('data-build') : null;
  var OVERLAY_ID = '__briefings-errors';

  function showErrors(lines) {
    var box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement('div');
      box.id = OVERLAY_ID;
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;'
        + 'margin:0;padding:2rem;background:rgba(24,4,4,.96);color:#fff;text-align:left;'
        + 'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;';
      (document.body || document.documentElement).appendChild(box);
    }
    box.textContent = '';
    var title = document.createElement('h2');
    title.textContent = 'Build failed: ' + lines.length + (lines.length === 1 ? ' error' : ' errors');
    title.style.cssText = 'margin:0 0 1rem;font:bold 20px/1.3 system-ui,sans-serif;color:#ff9e9e;';
    box.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding:0;list-style:none;';
    lines.forEach(function (line) {
      var item = document.createElement('li');
      item.className = '__briefings-error';
      item.textContent = line;
      item.style.cssText = 'margin:0 0 .6rem;white-space:pre-wrap;word-break:break-word;';
      list.appendChild(item);
    });
    box.appendChild(list);
    var hint = document.createElement('p');
    hint.textContent = 'The page reloads by itself once the errors are fixed.';
    hint.style.cssText = 'margin:1.5rem 0 0;font:14px/1.4 system-ui,sans-serif;color:#ccc;';
    box.appendChild(hint);
  }

  if (!window.EventSource) {
    return;
  }
  var events = new EventSource('/__briefings/events');
  events.addEventListener('hello', function (e) {
    // the site changed while this page was not listening (or the server restarted)
    if (build !== null && e.data !== build) {
      location.reload();
    }
  });
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('errors', function (e) {
    showErrors(e.data.split('\n'));
  });
})();
