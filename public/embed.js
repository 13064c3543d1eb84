/*
 * Termline embed script, for pages that embed Termline cards. One file, no dependencies.
 * 1. Sizes every <iframe data-termline-card> to its card's height, from the card's own
 *    postMessage, accepted only from the card's origin and the iframe's own window.
 * 2. Defines <termline-card src="https://…/cards/…/"> which makes that iframe for you.
 */
(function () {
  'use strict';
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

  function frames() {
    return document.querySelectorAll('iframe[data-termline-card]');
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'termline:card-height' || typeof data.height !== 'number') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      // The message must come from the origin the iframe was pointed at.
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.max(80, Math.min(4000, Math.round(data.height))) + 'px';
      return;
    }
  });

  if (!window.customElements || customElements.get('termline-card')) return;
  customElements.define(
    'termline-card',
    class extends HTMLElement {
      connectedCallback() {
        if (this.querySelector('iframe')) return;
        var src = this.getAttribute('src');
        if (!src) return;
        var frame = document.createElement('iframe');
        frame.src = src;
        frame.title = this.getAttribute('title') || 'Termline clause card';
        frame.setAttribute('data-termline-card', '');
        frame.setAttribute('sandbox', SANDBOX);
        frame.setAttribute('loading', 'lazy');
        frame.style.cssText = 'display:block;width:100%;max-width:640px;height:320px;border:0';
        this.appendChild(frame);
      }
    },
  );
})();
