// The local chat page: gets a session from the bot's local Direct Line bridge and renders Microsoft's
// Web Chat on it. Plain browser JavaScript, served as is (no build step).
(function () {
  'use strict';

  var storageKey = 'verzuimwijzer.localChat';

  function randomId() {
    // crypto.randomUUID needs a secure context; getRandomValues works on http://<lan-address> too.
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return b.toString(16).padStart(2, '0');
      })
      .join('');
  }

  function readSaved() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || '{}');
      return saved && typeof saved === 'object' ? saved : {};
    } catch (error) {
      return {};
    }
  }

  // Web Chat's HTML sanitizer drops <ol start="…">, so a card line "2. Preventief gesprek" (a list that
  // starts at 2) would read "1.". Put the numbers back: the source's lists, in order, map onto the <ol>s.
  function listStarts(markdown) {
    var starts = [];
    var inList = false;
    String(markdown)
      .split(/\r?\n/)
      .forEach(function (line) {
        var item = /^ {0,3}(\d{1,9})[.)]\s/.exec(line);
        if (item) {
          if (!inList) starts.push(Number(item[1]));
          inList = true;
        } else if (line.trim() !== '' && !/^\s/.test(line)) {
          inList = false;
        }
      });
    return starts;
  }

  function renderMarkdown(markdown, styleOptions, options) {
    var html = window.WebChat.renderMarkdown(markdown, styleOptions, options);
    var starts = listStarts(markdown);
    var index = 0;
    return html.replace(/<ol>/g, function () {
      var start = starts[index++];
      return typeof start === 'number' && start !== 1 ? '<ol start="' + start + '">' : '<ol>';
    });
  }

  function showNotice() {
    var notice = document.getElementById('notice');
    if (!notice.hidden) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Opnieuw verbinden';
    button.addEventListener('click', function () {
      location.reload();
    });
    notice.replaceChildren('De verbinding met de bot is verbroken (is hij gestopt of opnieuw gestart?). ', button);
    notice.hidden = false;
  }

  // The bridge keeps conversations in memory: after a restart of the bot the page's token is unknown,
  // and while the bot is down DirectLineJS stops polling without a word. Check every few seconds.
  function watchConnection(directLine, session) {
    directLine.connectionStatus$.subscribe(function (status) {
      // DirectLineJS: 3 ExpiredToken, 4 FailedToConnect, 5 Ended.
      if (status >= 3) showNotice();
    });
    setInterval(function () {
      fetch('/v3/directline/conversations/' + encodeURIComponent(session.conversationId) + '?watermark=', {
        headers: { authorization: 'Bearer ' + session.token },
      })
        .then(function (response) {
          if (!response.ok) showNotice();
        })
        .catch(showNotice);
    }, 5000);
  }

  function showError(message) {
    var status = document.getElementById('status');
    if (!status) {
      status = document.createElement('p');
      status.id = 'status';
      document.getElementById('webchat').replaceChildren(status);
    }
    status.className = 'error';
    status.textContent = message;
  }

  async function start() {
    var saved = readSaved();
    // ?kaartacties=submit: behave like a client without Action.Execute (it uses the Action.Submit fallbacks).
    var cardActions = new URLSearchParams(location.search).get('kaartacties') === 'submit' ? 'submit' : 'execute';
    var userId =
      typeof saved.userId === 'string' && /^[A-Za-z0-9_-]{8,80}$/.test(saved.userId)
        ? saved.userId
        : 'local-' + randomId();
    var response = await fetch('/local-chat/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        userId: userId,
        conversationId: saved.conversationId || undefined,
        cardActions: cardActions,
      }),
    });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    var session = await response.json();
    localStorage.setItem(storageKey, JSON.stringify({ userId: userId, conversationId: session.conversationId }));

    var directLine = window.WebChat.createDirectLine(
      Object.assign(
        { domain: location.origin + '/v3/directline', token: session.token, webSocket: false, pollingInterval: 500 },
        session.resumed ? { conversationId: session.conversationId } : {},
      ),
    );
    watchConnection(directLine, session);
    window.verzuimwijzerChat = {
      userId: userId,
      conversationId: session.conversationId,
      resumed: session.resumed,
      cardActions: session.cardActions,
    };
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: userId,
        username: session.userName,
        locale: 'nl-NL',
        renderMarkdown: typeof window.WebChat.renderMarkdown === 'function' ? renderMarkdown : undefined,
        styleOptions: {
          accent: '#464775',
          botAvatarInitials: 'VW',
          userAvatarInitials: 'Jij',
          bubbleMaxWidth: 640,
          hideUploadButton: true,
          sendBoxTextWrap: true,
          primaryFont: "'Segoe UI', system-ui, sans-serif",
        },
      },
      document.getElementById('webchat'),
    );
    document.querySelector('#webchat [data-id="webchat-sendbox-input"], #webchat input, #webchat textarea')?.focus();
  }

  document.getElementById('new-conversation').addEventListener('click', function () {
    var saved = readSaved();
    localStorage.setItem(storageKey, JSON.stringify({ userId: saved.userId }));
    location.reload();
  });

  start().catch(function (error) {
    showError(
      'De chat kon niet starten (' +
        error.message +
        '). Draait de bot nog? Herlaad de pagina om het opnieuw te proberen.',
    );
  });
})();
