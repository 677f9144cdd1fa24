// Helpdesk portal: small enhancements only; every page works without this file.
(function () {
  'use strict';
  var meta = function (name) { var m = document.querySelector('meta[name="' + name + '"]'); return m ? m.content : ''; };
  var portal = window.HelpdeskPortal = {
    csrf: meta('csrf-token'),
    prefix: meta('portal-prefix'),
    url: function (path) { return portal.prefix + path; },
    onReady: function (fn) {
      if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
    }
  };
  // The browser's time zone, so dates show in local time (the organization's zone until then).
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('hd_tz=' + zone) < 0) {
      document.cookie = 'hd_tz=' + zone + '; path=' + (portal.prefix || '/') + '; SameSite=Lax; max-age=31536000';
    }
  } catch (e) { /* no Intl: the organization's zone stays */ }
  // Page modules register here, by the data-module attribute of an element on the page.
  // A module runs at most once per element. Activation waits one task after the DOM is ready, because with `defer`
  // this file's first part runs before the sections below it have registered their modules.
  portal.modules = {};
  portal.register = function (name, module) {
    portal.modules[name] = function (el) {
      if (el['hdModule_' + name]) { return; }
      el['hdModule_' + name] = true;
      module(el);
    };
  };
  portal.onReady(function () {
    setTimeout(function () {
      document.querySelectorAll('[data-module]').forEach(function (el) {
        var module = portal.modules[el.getAttribute('data-module')];
        if (module) { module(el); }
      });
    }, 0);
  });
})();

// ==== section: newticket ==========================================================================================
// The new-ticket form: the captcha's proof of work, article suggestions and gentle warnings as the person types,
// and a drop zone for attachments. Without this script the form still works: the captcha shows its question.
(function (portal) {
  'use strict';
  if (!portal) { return; }

  var register = portal.register;

  function debounce(fn, ms) {
    var timer = null;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); });
  }

  // The same rule as Shouting.java: at least 8 letters with a case, 80 % of them capitals.
  function shouting(text) {
    var upper = 0, lower = 0;
    for (var ch of text) {
      if (/\p{Uppercase}/u.test(ch)) { upper++; } else if (/\p{Lowercase}/u.test(ch)) { lower++; }
    }
    var cased = upper + lower;
    return cased >= 8 && upper * 100 >= cased * 80;
  }

  function show(el, visible) { if (el) { el.classList.toggle('hidden', !visible); } }

  function link(href, text, newTab) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (newTab) { a.target = '_blank'; a.rel = 'noopener'; }
    return a;
  }

  register('newticket-form', function (form) {
    var title = form.querySelector('#title');
    var description = form.querySelector('#description');
    var suggestions = document.getElementById('suggestions');
    var similar = form.querySelector('#title-similar');
    if (!title) { return; }

    function capitals(input, warningId) {
      var warning = document.getElementById(warningId);
      if (!warning) { return; }
      var on = shouting(input.value);
      warning.textContent = on ? form.getAttribute('data-capitals') : '';
      show(warning, on);
    }

    var suggest = debounce(function () {
      var text = title.value.trim();
      if (!suggestions || text.length < 3) { return; }
      var url = form.getAttribute('data-suggest-url') + '?title=' + encodeURIComponent(text)
        + '&description=' + encodeURIComponent((description ? description.value : '').slice(0, 1500));
      getJson(url).then(function (answer) {
        var list = suggestions.querySelector('ul');
        list.textContent = '';
        (answer.articles || []).forEach(function (article) {
          var li = document.createElement('li');
          li.appendChild(link(article.url, article.title, true));
          list.appendChild(li);
        });
        show(suggestions, list.children.length > 0);
      }).catch(function () { /* suggestions only help; the form works without them */ });
    }, 500);

    var duplicates = debounce(function () {
      var text = title.value.trim();
      if (!similar) { return; }
      if (text.length < 3) { show(similar, false); return; }
      getJson(form.getAttribute('data-similar-url') + '?title=' + encodeURIComponent(text)).then(function (answer) {
        var tickets = answer.tickets || [];
        similar.textContent = '';
        if (tickets.length > 0) {
          var intro = document.createElement('p');
          intro.textContent = form.getAttribute('data-similar-intro');
          var list = document.createElement('ul');
          tickets.forEach(function (ticket) {
            var li = document.createElement('li');
            li.appendChild(link(ticket.url, ticket.reference, false));
            li.appendChild(document.createTextNode(' ' + ticket.subject));
            list.appendChild(li);
          });
          similar.appendChild(intro);
          similar.appendChild(list);
        }
        show(similar, tickets.length > 0);
      }).catch(function () { /* a warning only: nothing to do */ });
    }, 600);

    title.addEventListener('input', function () { capitals(title, 'title-warning'); suggest(); duplicates(); });
    if (description) {
      description.addEventListener('input', function () { capitals(description, 'description-warning'); suggest(); });
    }
  });

  // The proof of work of ProofOfWorkCaptcha: a nonce such that SHA-256(puzzle + ":" + nonce) starts with N zero
  // bits, N being the puzzle's second dot-separated part. Web Crypto exists only on HTTPS pages (and localhost):
  // elsewhere the question stays for the person to answer.
  register('newticket-captcha', function (box) {
    var puzzle = box.getAttribute('data-puzzle') || '';
    var nonceInput = box.querySelector('.captcha-nonce');
    var question = box.querySelector('.captcha-question');
    var status = box.querySelector('.captcha-status');
    var form = box.closest('form');
    var bits = parseInt(puzzle.split('.')[1], 10);
    if (box.getAttribute('data-kind') !== 'proof-of-work' || !nonceInput || !(bits > 0)
        || !window.crypto || !window.crypto.subtle || !window.TextEncoder) {
      return;
    }
    var encoder = new TextEncoder();
    var solved = false;
    var submitWhenSolved = false;
    show(question, false);
    if (status) { status.textContent = box.getAttribute('data-working'); }

    function startsWithZeroBits(buffer) {
      var bytes = new Uint8Array(buffer);
      for (var i = 0; i < bits; i++) {
        if (bytes[i >> 3] & (0x80 >> (i & 7))) { return false; }
      }
      return true;
    }

    function search(from) {
      var batch = [];
      for (var n = from; n < from + 256; n++) {
        batch.push(window.crypto.subtle.digest('SHA-256', encoder.encode(puzzle + ':' + n)));
      }
      return Promise.all(batch).then(function (hashes) {
        for (var i = 0; i < hashes.length; i++) {
          if (startsWithZeroBits(hashes[i])) { return from + i; }
        }
        return search(from + 256);
      });
    }

    search(0).then(function (nonce) {
      nonceInput.value = String(nonce);
      solved = true;
      if (status) { status.textContent = box.getAttribute('data-done'); }
      if (submitWhenSolved && form) { form.submit(); }
    }).catch(function () {
      // no proof of work after all: the person answers the question
      if (status) { status.textContent = ''; }
      show(question, true);
    });

    if (form) {
      form.addEventListener('submit', function (event) {
        var answered = question && question.querySelector('input') && question.querySelector('input').value.trim();
        if (!solved && !answered && question && question.classList.contains('hidden')) {
          event.preventDefault();
          submitWhenSolved = true;
        }
      });
    }
  });

  // Attachments: drop files on the zone, see the list, remove one before sending. The file input stays the real
  // field, so the form sends exactly what the list shows.
  register('newticket-dropzone', function (zone) {
    var input = zone.querySelector('input[type=file]');
    var list = zone.querySelector('.file-list');
    if (!input || !list || typeof DataTransfer === 'undefined') { return; }
    var hint = document.createElement('p');
    hint.className = 'hint dropzone-hint';
    hint.textContent = zone.getAttribute('data-drop-hint');
    zone.insertBefore(hint, input);

    function setFiles(files) {
      try {
        var transfer = new DataTransfer();
        files.forEach(function (file) { transfer.items.add(file); });
        input.files = transfer.files;
      } catch (e) { /* an old browser: the input keeps what the person chose */ }
      render();
    }

    var none = zone.querySelector('[data-file-none]');

    function render() {
      list.textContent = '';
      if (none) { none.classList.toggle('hidden', input.files.length > 0); }
      Array.prototype.forEach.call(input.files, function (file, index) {
        var li = document.createElement('li');
        li.appendChild(document.createTextNode(file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KB) '));
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'link-button';
        remove.textContent = zone.getAttribute('data-remove');
        remove.setAttribute('aria-label', zone.getAttribute('data-remove') + ' ' + file.name);
        remove.addEventListener('click', function () {
          setFiles(Array.prototype.filter.call(input.files, function (f, i) { return i !== index; }));
          input.focus();
        });
        li.appendChild(remove);
        list.appendChild(li);
      });
    }

    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add('over'); });
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('over');
      var dropped = event.dataTransfer ? Array.prototype.slice.call(event.dataTransfer.files) : [];
      setFiles(Array.prototype.slice.call(input.files).concat(dropped));
    });
    input.addEventListener('change', render);
  });
})(window.HelpdeskPortal);
// ==== end of section: newticket ===================================================================================

// ==== section: kb =================================================================================================
// "Was this helpful?": the first press on No opens "what was missing" instead of sending at once; without this
// script No sends straight away and the text box is in a <details>.
(function (portal) {
  'use strict';
  if (!portal) { return; }

  var register = portal.register;

  register('kb-vote', function (form) {
    var no = form.querySelector('#vote-no');
    var details = form.querySelector('details.vote-missing');
    var text = form.querySelector('#missing');
    if (!no || !details || !text) { return; }
    no.addEventListener('click', function (event) {
      if (!details.open) {
        event.preventDefault();
        details.open = true;
        text.focus();
      }
    });
  });
})(window.HelpdeskPortal);
// ==== end of section: kb ==========================================================================================
// ===== tickets: list and ticket page (enhancements only; the forms work without them) =====
(function () {
  'use strict';
  var portal = window.HelpdeskPortal;

  // A select marked data-auto-submit sends its GET form when changed (the sort order of the tickets list).
  portal.modules['auto-submit'] = function (form) {
    portal.modules['clean-get'](form);
    form.querySelectorAll('[data-auto-submit]').forEach(function (select) {
      select.addEventListener('change', function () {
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      });
    });
  };

  // A GET form leaves its empty fields out of the address ("Any" selects), so links stay short and readable.
  portal.modules['clean-get'] = function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('select, input[type="hidden"], input[type="search"]').forEach(function (field) {
        if (!field.value) { field.disabled = true; }
      });
    });
    // coming back to the page from the browser's history must find the form usable again
    window.addEventListener('pageshow', function () {
      form.querySelectorAll('[disabled]').forEach(function (field) { field.disabled = false; });
    });
  };

  // Write / Preview tabs over a Markdown textarea: the preview is rendered by the server with the helpdesk's own
  // renderer and sanitiser, so it shows what the conversation will show once sent.
  var markdownTabs = function (root) {
    var tabs = root.querySelector('[data-tabs]');
    var write = root.querySelector('[data-write]');
    var preview = root.querySelector('[data-preview]');
    var body = write && write.querySelector('textarea');
    if (!tabs || !write || !preview || !body) { return; }
    tabs.classList.remove('hidden');
    var buttons = tabs.querySelectorAll('[data-tab]');
    var render = function () {
      if (!body.value.trim()) { preview.textContent = preview.getAttribute('data-empty'); return; }
      fetch(root.getAttribute('data-preview-url') || portal.url('/api/preview'), {
        method: 'POST', credentials: 'same-origin',
        headers: { 'X-CSRF-Token': portal.csrf, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
        body: new URLSearchParams({ body: body.value })
      }).then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (json) { preview.innerHTML = json.html; }) // sanitised by the server's Markdown renderer
        .catch(function () { preview.textContent = preview.getAttribute('data-failed'); });
    };
    var select = function (name) {
      buttons.forEach(function (b) { b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name)); });
      write.classList.toggle('hidden', name !== 'write');
      preview.classList.toggle('hidden', name !== 'preview');
      if (name === 'preview') { render(); } else { body.focus(); }
    };
    buttons.forEach(function (b) {
      b.addEventListener('click', function () { select(b.getAttribute('data-tab')); });
    });
  };
  portal.modules['markdown-tabs'] = markdownTabs;

  // The reply editor: Write / Preview tabs, and a drop zone.
  portal.modules['reply-editor'] = function (form) {
    markdownTabs(form);
    var zone = form.querySelector('[data-dropzone]');
    var input = zone && zone.querySelector('input[type="file"]');
    var list = zone && zone.querySelector('[data-file-list]');
    if (!zone || !input || !list) { return; }
    list.setAttribute('aria-label', zone.getAttribute('data-chosen') || '');
    var hint = zone.querySelector('[data-drop-hint]');
    if (hint) { hint.classList.remove('hidden'); }
    var none = zone.querySelector('[data-file-none]');
    var show = function () {
      list.textContent = '';
      if (none) { none.classList.toggle('hidden', input.files.length > 0); }
      Array.prototype.forEach.call(input.files, function (file) {
        var li = document.createElement('li');
        li.textContent = file.name;
        list.appendChild(li);
      });
    };
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (!e.dataTransfer || !e.dataTransfer.files.length || typeof DataTransfer === 'undefined') { return; }
      var all = new DataTransfer();
      Array.prototype.forEach.call(input.files, function (f) { all.items.add(f); });
      Array.prototype.forEach.call(e.dataTransfer.files, function (f) { all.items.add(f); });
      input.files = all.files;
      show();
    });
  };

  // The rating faces: the complaint box stays folded until "unhappy" is chosen (it is always open without JS).
  portal.modules.rating = function (form) {
    var box = form.querySelector('[data-complaint]');
    var unhappy = form.querySelector('[data-face-unhappy]');
    if (!box || !unhappy) { return; }
    var text = box.querySelector('textarea');
    if (box.getAttribute('data-open') !== 'true' && !(text && text.value.trim())) {
      box.classList.add('hidden');
    }
    unhappy.addEventListener('click', function (e) {
      if (box.classList.contains('hidden')) {
        e.preventDefault();
        box.classList.remove('hidden');
        if (text) { text.focus(); }
      }
    });
  };
})();
// ===== end of tickets =====
