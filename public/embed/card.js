// Runs inside a Termline card: tells the page that embeds it how tall the card is,
// so that page (with /embed.js) can size the iframe. It sends nothing else.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'termline:card-height', height: height, href: location.href }, '*');
  }
  if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener('load', report);
  report();
})();
