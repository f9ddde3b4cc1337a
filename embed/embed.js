/*! Open Model Chooser embed script. MIT licence. No dependencies. */
/*
 * Two ways to embed the chooser, each a lazily loaded, titled iframe of the widget that resizes
 * to its content, with a link to the full page for readers whose browser runs no scripts:
 *
 * 1. The custom element, for every site, and the one to use where a framework hydrates or
 *    re-renders the page (Docusaurus and other React or Vue sites):
 *      <open-model-chooser src="https://…/chooser/" theme="auto">
 *        <a href="https://…/chooser/">Open the model chooser</a>
 *      </open-model-chooser>
 *    Its iframe lives in the element's shadow root and its link stays its light-DOM child, so a
 *    framework that hydrates or re-renders the element finds exactly the markup it rendered. It
 *    mounts whenever it is connected (before or after hydration, on client-side navigation) and
 *    lets go of its frame when it is disconnected.
 * 2. The placeholder: <div data-open-model-chooser data-theme="auto"><a href="…">…</a></div>,
 *    whose link is replaced by the iframe. A placeholder added later, or re-rendered by a
 *    framework, is mounted again (a MutationObserver, no polling).
 *
 * Options (attributes of the element; data- attributes of the placeholder):
 *   theme="auto|light|dark"   accent="RRGGBB"   answers="deploy=self&scale=business"
 *   src="https://…/chooser/"  (the widget's address; default: the folder this script is in)
 *   title="…"                 (the frame's accessible name)
 * With theme="auto" (the default) each frame follows the host page's own scheme, live: the
 * computed `color-scheme` of its root element where that is "light" or "dark"; else the marks of
 * the common documentation and blog tools (MkDocs Material's data-md-color-scheme="slate" on
 * <body>, Docusaurus's data-theme on <html>, Furo's data-theme on <body>, a "dark" class on <html>
 * as VitePress and Tailwind sites use); else the reader's system setting. theme="light" or
 * "dark" is never changed. window.OpenModelChooser.setTheme('dark') passes a host page's own theme
 * switch to every frame and overrides all of the above; setTheme('auto') hands the choice back.
 */
(function () {
  'use strict';
  if (window.OpenModelChooser) return;

  var TITLE = 'Open Model Chooser: which AI model should you choose?';
  var THEMES = ['auto', 'light', 'dark'];
  var TAG = 'open-model-chooser';
  var PLACEHOLDER = '[data-open-model-chooser]';
  var script = document.currentScript;
  var defaultBase = script && script.src ? script.src : document.baseURI;
  // Every mounted frame: { iframe, origin, theme, ready, sent, host }.
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
    // Docusaurus marks <html>; Sphinx's Furo marks <body> ("auto" there: the system setting).
    var marks = [root.getAttribute('data-theme'), body && body.getAttribute('data-theme')];
    for (var i = 0; i < marks.length; i++) {
      if (marks[i] === 'dark' || marks[i] === 'light') return marks[i];
    }
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

  /** A frame for `host` from its options (`get(name)` reads one), or null for a bad address. */
  function createFrame(host, get) {
    var base = widgetBase(get('src'));
    if (!base) return null;
    var t = theme(get('theme'));
    var params = ['embed=1'];
    if (t !== 'auto') params.push('theme=' + t);
    var accent = get('accent');
    if (/^[0-9a-fA-F]{6}$/.test(accent || '')) params.push('accent=' + accent.toLowerCase());
    params = params.concat(answers(get('answers')));

    var iframe = document.createElement('iframe');
    iframe.src = base.href + '?' + params.join('&');
    iframe.title = get('title') || TITLE;
    iframe.loading = 'lazy';
    iframe.setAttribute('data-omc-frame', '');
    // Styles through the CSSOM: allowed under a strict Content-Security-Policy.
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.border = '0';
    // Until the widget reports its height.
    iframe.style.height = '900px';
    var frame = { iframe: iframe, origin: base.origin, theme: t, ready: false, sent: null, host: host };
    frames.push(frame);
    return frame;
  }

  /** Forgets the frames whose element has left the page. */
  function prune() {
    frames = frames.filter(function (f) {
      return f.host.isConnected && f.iframe.isConnected;
    });
  }

  /** Mounts a placeholder unless its frame is already in it. */
  function mount(el) {
    if (el.querySelector('iframe[data-omc-frame]')) return;
    var frame = createFrame(el, function (name) {
      return el.getAttribute('data-' + name);
    });
    if (!frame) return;
    el.setAttribute('data-omc-mounted', '');
    el.textContent = '';
    el.appendChild(frame.iframe);
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
    var els = document.querySelectorAll(PLACEHOLDER);
    for (var i = 0; i < els.length; i++) mount(els[i]);
  }

  // The custom element. Defined where the browser has custom elements and shadow DOM; elsewhere
  // its link stays, as it does without scripts.
  if (window.customElements && window.HTMLElement && HTMLElement.prototype.attachShadow &&
      !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      static get observedAttributes() {
        return ['theme', 'accent', 'answers', 'src', 'title'];
      }

      connectedCallback() {
        this.omcRender();
      }

      disconnectedCallback() {
        // Let go of the frame: a framework may connect the element again (then it mounts anew).
        if (this.shadowRoot) this.shadowRoot.textContent = '';
        prune();
      }

      attributeChangedCallback(name, before, after) {
        if (before !== after && this.isConnected) this.omcRender();
      }

      omcRender() {
        var host = this;
        var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
        root.textContent = '';
        prune();
        var frame = createFrame(host, function (name) {
          return host.getAttribute(name);
        });
        // A bad address: the element shows its own content, the fallback link.
        root.appendChild(frame ? frame.iframe : document.createElement('slot'));
      }
    });
  }

  window.OpenModelChooser = {
    /** Sets the theme of every embedded chooser: 'light', 'dark' or 'auto'. */
    setTheme: function (value) {
      hostTheme = theme(value);
      frames.forEach(send);
    },
    /** Mounts placeholders added to the page after it loaded (they are also found by themselves). */
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
    // Placeholders added or re-rendered later (client-side navigation, a framework that
    // replaces the placeholder or its content): mount them; forget frames that left.
    new MutationObserver(function (mutations) {
      var seen = false;
      for (var i = 0; i < mutations.length; i++) {
        var target = mutations[i].target;
        var el = target.closest ? target.closest(PLACEHOLDER) : null;
        if (el) mount(el);
        if (mutations[i].addedNodes.length) seen = true;
        if (mutations[i].removedNodes.length) prune();
      }
      if (seen) scan();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
