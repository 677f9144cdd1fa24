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
    document.querySelectorAll('[data-module]').forEach(function (el) {
      var module = portal.modules[el.getAttribute('data-module')];
      if (module) { module(el); }
    });
  });
})();
