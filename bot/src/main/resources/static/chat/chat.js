// The welcome.ruhr web chat: posts what the newcomer types or taps and shows the transcript, live
// over server-sent events with polling as the fallback. All HTML it inserts comes escaped from the server.
(() => {
  'use strict';
  const body = document.body;
  const log = document.getElementById('log');
  const form = document.getElementById('composer');
  const input = document.getElementById('question');
  const status = document.getElementById('status');
  const pending = new Map();
  const shown = new Map(); // line id -> bubble, so a changed line replaces its bubble in place
  let lastRev = 0; // lines come in revision order; a changed line comes again with a new revision
  let stream = null;
  let pollTimer = null;
  let ended = false;
  const base = body.dataset.base || '/chat/';

  const newId = () => (crypto.randomUUID ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join(''));

  function say(text) {
    status.textContent = text || '';
  }

  function bubble(author, dir, lang) {
    const item = document.createElement('div');
    item.className = 'line ' + author;
    if (dir) item.dir = dir;
    if (lang) item.lang = lang;
    const who = document.createElement('span');
    who.className = 'visually-hidden';
    who.textContent = (author === 'bot' ? body.dataset.bot : body.dataset.you) + ': ';
    item.append(who);
    return item;
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  // in id order among the shown lines: a line changed after newer ones arrives last but belongs before them
  function place(item, id) {
    const later = [...shown.entries()].filter(([other]) => other > id).sort(([a], [b]) => a - b)[0];
    if (later) later[1].before(item); else log.append(item);
  }

  function show(line) {
    if (line.rev <= lastRev) return;
    lastRev = line.rev;
    if (line.clientId && pending.has(line.clientId)) {
      pending.get(line.clientId).remove();
      pending.delete(line.clientId);
    }
    const item = bubble(line.author, line.dir, line.lang);
    const content = document.createElement('div');
    content.className = 'text';
    content.innerHTML = line.html; // escaped and built by the server (WebChatHtml)
    item.append(content);
    for (const row of line.buttons || []) {
      const group = document.createElement('div');
      group.className = 'buttons';
      for (const b of row) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = b.label;
        button.addEventListener('click', () => send({ button: b.data, label: b.label }));
        group.append(button);
      }
      item.append(group);
    }
    const before = shown.get(line.id);
    shown.set(line.id, item);
    if (before) {
      before.replaceWith(item);
      return;
    }
    place(item, line.id);
    scrollDown();
  }

  async function send(message, attempt = 0, id = newId()) {
    if (ended) return;
    if (attempt === 0 && !message.silent) {
      const item = bubble('newcomer', 'auto');
      item.classList.add('pending');
      const content = document.createElement('div');
      content.className = 'text';
      content.textContent = message.text ?? message.label;
      item.append(content);
      log.append(item);
      pending.set(id, item);
      scrollDown();
    }
    try {
      const response = await fetch(base + 'messages', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Welcome-Chat': '1' },
        body: JSON.stringify({ id, ...message })
      });
      if (response.status === 401) return end();
      if (!response.ok && response.status >= 500) throw new Error(String(response.status));
      if (!response.ok) return failed(id);
      say('');
      if (!stream) poll();
    } catch (e) {
      // the same id again: the server stores a resent message only once
      if (attempt < 4) return setTimeout(() => send(message, attempt + 1, id), 500 * 2 ** attempt);
      failed(id);
    }
  }

  function failed(id) {
    pending.get(id)?.classList.add('failed');
    say(body.dataset.sendFailed);
  }

  function end() {
    ended = true;
    stream?.close();
    say(body.dataset.sessionEnded);
    input.disabled = true;
  }

  async function poll() {
    try {
      const response = await fetch(base + 'messages?after=' + lastRev, { credentials: 'same-origin' });
      if (response.status === 401) return end();
      const page = await response.json();
      page.lines.forEach(show);
      return page.lines.length;
    } catch (e) {
      say(body.dataset.offline);
      return 0;
    }
  }

  function listen() {
    if (!window.EventSource) {
      pollTimer = setInterval(poll, 2500);
      return;
    }
    stream = new EventSource(base + 'stream?after=' + lastRev);
    stream.addEventListener('line', e => show(JSON.parse(e.data)));
    stream.onopen = () => say('');
    stream.onerror = () => {
      if (ended) return;
      say(body.dataset.offline);
      if (stream.readyState === EventSource.CLOSED) {
        stream = null;
        pollTimer = pollTimer || setInterval(poll, 2500);
      }
    };
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send({ text });
    input.focus();
  });

  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });

  (async () => {
    say(body.dataset.connecting);
    await poll();
    if (lastRev === 0) {
      const start = body.dataset.start;
      send({ text: start ? '/start ' + start : '/start', silent: true });
    }
    say('');
    listen();
  })();
})();
