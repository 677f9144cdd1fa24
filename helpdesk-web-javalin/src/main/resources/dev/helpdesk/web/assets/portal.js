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
  portal.modules = {};
  portal.onReady(function () {
    // after the whole file has run: a deferred script is already "ready", and modules are registered further down
    setTimeout(function () {
      document.querySelectorAll('[data-module]').forEach(function (el) {
        var module = portal.modules[el.getAttribute('data-module')];
        if (module) { module(el); }
      });
    }, 0);
  });
})();

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

  // The reply editor: Write / Preview tabs (the preview is rendered and sanitised by the server), and a drop zone.
  portal.modules['reply-editor'] = function (form) {
    var tabs = form.querySelector('[data-tabs]');
    var write = form.querySelector('#reply-write');
    var preview = form.querySelector('[data-preview]');
    var body = form.querySelector('textarea[name="body"]');
    if (tabs && write && preview && body) {
      tabs.classList.remove('hidden');
      var buttons = tabs.querySelectorAll('[data-tab]');
      var select = function (name) {
        buttons.forEach(function (b) { b.setAttribute('aria-selected', String(b.getAttribute('data-tab') === name)); });
        write.classList.toggle('hidden', name !== 'write');
        preview.classList.toggle('hidden', name !== 'preview');
        if (name === 'preview') { render(); } else { body.focus(); }
      };
      var render = function () {
        if (!body.value.trim()) { preview.textContent = preview.getAttribute('data-empty'); return; }
        fetch(portal.url('/api/preview'), {
          method: 'POST', credentials: 'same-origin',
          headers: { 'X-CSRF-Token': portal.csrf, 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
          body: new URLSearchParams({ body: body.value })
        }).then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
          .then(function (json) { preview.innerHTML = json.html; }) // sanitised by the server's Markdown renderer
          .catch(function () { preview.textContent = preview.getAttribute('data-failed'); });
      };
      buttons.forEach(function (b) {
        b.addEventListener('click', function () { select(b.getAttribute('data-tab')); });
      });
    }
    var zone = form.querySelector('[data-dropzone]');
    var input = zone && zone.querySelector('input[type="file"]');
    var list = zone && zone.querySelector('[data-file-list]');
    if (!zone || !input || !list) { return; }
    list.setAttribute('aria-label', zone.getAttribute('data-chosen') || '');
    var hint = zone.querySelector('[data-drop-hint]');
    if (hint) { hint.classList.remove('hidden'); }
    var show = function () {
      list.textContent = '';
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
