// One-line embed for the portal:
//   <script src="https://BOT-HOST/chat/embed.js" data-lang="de" data-city="essen" data-label="Chat" async></script>
// Adds a chat button that opens the web chat in a frame; the chat keeps its own session and privacy.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var base = new URL(script.src, location.href);
  var query = new URLSearchParams({ embed: '1' });
  ['lang', 'city', 'topic'].forEach(function (key) {
    if (script.dataset[key]) query.set(key, script.dataset[key]);
  });
  var label = script.dataset.label || 'welcome.ruhr chat';
  function mount() {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = '💬';
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-expanded', 'false');
    button.style.cssText = 'position:fixed;bottom:1rem;right:1rem;z-index:2147483000;width:3.5rem;height:3.5rem;' +
      'border-radius:50%;border:0;background:#0b5cad;color:#fff;font-size:1.6rem;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.3)';
    var frame = null;
    button.addEventListener('click', function () {
      if (!frame) {
        frame = document.createElement('iframe');
        frame.src = new URL('/chat?' + query, base).href;
        frame.title = label;
        frame.style.cssText = 'position:fixed;bottom:5.5rem;right:1rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));' +
          'height:min(40rem,calc(100vh - 7rem));border:1px solid #c9d1d9;border-radius:.8rem;background:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25)';
        document.body.appendChild(frame);
      } else {
        frame.hidden = !frame.hidden;
      }
      button.setAttribute('aria-expanded', String(!frame.hidden));
    });
    document.body.appendChild(button);
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
