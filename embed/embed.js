/*! Open Model Chooser embed script. MIT licence. No dependencies.
 *
 * Turns every placeholder
 *   <div data-open-model-chooser data-theme="auto"><a href="https://…/">Open the model chooser</a></div>
 * into a lazily loaded, titled iframe of the widget that resizes to its content. The link inside
 * stays where scripts do not run. Options, as data attributes on the placeholder:
 *   data-theme="auto|light|dark"   data-accent="RRGGBB"   data-answers="deploy=self&scale=business"
 *   data-src="https://…/chooser/"  (the widget's address; default: the folder this script is in)
 *   data-title="…"                 (the frame's accessible name)
 * With data-theme="auto" (the default) each frame follows the host page's own scheme, live: the
 * computed `color-scheme` of its root element where that is "light" or "dark"; else the marks of
 * the common documentation and blog tools (MkDocs Material's data-md-color-scheme="slate" on
 * <body>, Docusaurus's data-theme on <html>, a "dark" class on <html> as VitePress and Tailwind
 * sites use); else the reader's system setting. data-theme="light" or "dark" is never changed.
 * window.OpenModelChooser.setTheme('dark') passes a host page's own theme switch to every frame
 * and overrides all of the above; setTheme('auto') hands the choice back.
 */
(function () {
  'use strict';
  if (window.OpenModelChooser) return;

  var TITLE = 'Open Model Chooser: which AI model should you choose?';
  var THEMES = ['auto', 'light', 'dark'];
  var script = document.currentScript;
  var defaultBase = script && script.src ? script.src : document.baseURI;
  var frames = [];
  // Set by setTheme: overrides everything. Else the host page's scheme, for frames in "auto".
  var hostTheme = null;
  var pageScheme = null;
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;

  /** The host page's effective scheme, 'light' or 'dark'. */
  function detectScheme() {
    var root = document.documentElement;
    var body = document.body;
    var computed = String(getComputedStyle(root).colorScheme || '').replace('only', '').trim();
    if (computed === 'dark' || computed === 'light') return computed;
    var material = body && body.getAttribute('data-md-color-scheme');
    if (material === 'slate') return 'dark';
    if (material === 'default') return 'light';
    var docusaurus = root.getAttribute('data-theme');
    if (docusaurus === 'dark' || docusaurus === 'light') return docusaurus;
    if (root.classList.contains('dark')) return 'dark';
    return media && media.matches ? 'dark' : 'light';
  }

  /** The theme to send a frame now, or null to leave it: setTheme's for every frame; after
   * setTheme('auto'), a frame's own again; for a frame in "auto", the page's scheme. */
  function themeFor(frame) {
    if (hostTheme && hostTheme !== 'auto') return hostTheme;
    if (frame.theme !== 'auto') return hostTheme === 'auto' ? frame.theme : null;
    return pageScheme;
  }

  /** Re-reads the page's scheme and tells every frame whose theme changed. */
  function follow() {
    pageScheme = detectScheme();
    frames.forEach(send);
  }

  function theme(value) {
    return THEMES.indexOf(value) >= 0 ? value : 'auto';
  }

  // Only ids: lower-case keys and values of letters, digits, '.', ',' and '-'. Settings the
  // embed controls itself are dropped.
  function answers(value) {
    var out = [];
    String(value || '').replace(/^\?/, '').split('&').forEach(function (pair) {
      var m = /^([a-z]+)=([a-z0-9.,-]+)$/.exec(pair);
      if (m && ['embed', 'theme', 'accent'].indexOf(m[1]) < 0) out.push(m[1] + '=' + m[2]);
    });
    return out;
  }

  function widgetBase(value) {
    try {
      var url = new URL(value || './', defaultBase);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      url.search = '';
      url.hash = '';
      return url;
    } catch (e) {
      return null;
    }
  }

  function mount(el) {
    if (el.hasAttribute('data-omc-mounted')) return;
    var base = widgetBase(el.getAttribute('data-src'));
    if (!base) return;
    el.setAttribute('data-omc-mounted', '');
    var t = theme(el.getAttribute('data-theme'));
    var params = ['embed=1'];
    if (t !== 'auto') params.push('theme=' + t);
    var accent = el.getAttribute('data-accent');
    if (/^[0-9a-fA-F]{6}$/.test(accent || '')) params.push('accent=' + accent.toLowerCase());
    params = params.concat(answers(el.getAttribute('data-answers')));

    var iframe = document.createElement('iframe');
    iframe.src = base.href + '?' + params.join('&');
    iframe.title = el.getAttribute('data-title') || TITLE;
    iframe.loading = 'lazy';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    // Until the widget reports its height.
    iframe.style.height = '900px';
    var frame = { iframe: iframe, origin: base.origin, theme: t, ready: false, sent: null };
    frames.push(frame);
    el.textContent = '';
    el.appendChild(iframe);
  }

  function send(frame) {
    var value = themeFor(frame);
    if (!value || !frame.ready || value === frame.sent || !frame.iframe.contentWindow) return;
    frame.sent = value;
    frame.iframe.contentWindow.postMessage({ type: 'open-model-chooser:set-theme', theme: value }, frame.origin);
  }

  window.addEventListener('message', function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      // Only the frame's own window, from the widget's origin, may resize it.
      if (event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) continue;
      var d = event.data;
      if (!d || typeof d !== 'object') return;
      var ours = d.type === 'open-model-chooser:height';
      var amp = d.sentinel === 'amp' && d.type === 'embed-size';
      if (!ours && !amp) return;
      var h = d.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 100 || h > 100000) return;
      frame.iframe.style.height = Math.ceil(h) + 'px';
      // The first message says the widget is listening: pass on a theme set before that.
      if (!frame.ready) {
        frame.ready = true;
        send(frame);
      }
      return;
    }
  });

  function scan() {
    var els = document.querySelectorAll('[data-open-model-chooser]');
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  window.OpenModelChooser = {
    /** Sets the theme of every embedded chooser: 'light', 'dark' or 'auto'. */
    setTheme: function (value) {
      hostTheme = theme(value);
      frames.forEach(send);
    },
    /** Mounts placeholders added to the page after it loaded. */
    scan: scan
  };

  function start() {
    pageScheme = detectScheme();
    scan();
    // Follow the page live: its root's and body's attributes (class, data-theme, style…) and the
    // system setting. No polling.
    var observer = new MutationObserver(follow);
    observer.observe(document.documentElement, { attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    if (media) {
      if (media.addEventListener) media.addEventListener('change', follow);
      else if (media.addListener) media.addListener(follow);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
