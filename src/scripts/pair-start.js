// Termline: starts a comparison no page holds as soon as the 404 page's head is read, before its stylesheet and
// its module script (compare-pair.ts) have loaded: starts the worker with the pair's request in its address, and the
// worker fetches the dataset files the address names and computes the pair while the page loads. The 404 page inlines
// this file; compare-pair.ts renders the answer (and computes the pair itself, more slowly, if this did not start it).
// Plain ES2017, no imports: the page passes what it needs as data attributes (the base, the pair pattern of
// pair-address.ts, the locale prefixes, the dataset's root and the worker's URL), and pair-start.test.ts checks the
// request names what filesOf(pairAddress()) names.
(function () {
  var data = document.currentScript.dataset;
  var base = data.base;
  var asked = new URLSearchParams(location.search).get('compare');
  var path = asked || location.pathname;
  // As stripBase, then routeLocale, then the pattern of pairAddress.
  var route = path === base.slice(0, -1) ? '/' : path.indexOf(base) === 0 ? '/' + path.slice(base.length) : null;
  if (route === null) return;
  data.localePrefixes.split(' ').some(function (prefix) {
    if (route !== prefix && route.indexOf(prefix + '/') !== 0) return false;
    route = route.slice(prefix.length) || '/';
    return true;
  });
  var match = new RegExp(data.pair).exec(route);
  if (!match) return;
  var parts = match.slice(1).map(function (part) {
    try {
      return decodeURIComponent(part);
    } catch (error) {
      return part;
    }
  });
  var folder = base + data.datasetRoot.slice(1) + '/' + parts[0] + '/';
  // The files filesOf (compare-protocol.ts) names, under the base.
  var urls = [folder + parts[1] + '.json', folder + parts[1] + '/notes.json', folder + parts[1] + '/' + parts[2] + '.json', folder + parts[1] + '/' + parts[3] + '.json'];
  // For the bench: when each step ended, in ms from the request.
  var timing = { startMs: performance.now() };
  var worker;
  var answer = new Promise(function (resolve) {
    // The request in the worker's address (its fragment, which no server sees): the browser fetches the worker's code
    // while it starts the worker's thread, and the code's first lines (pair-files.ts) fetch the files, in that
    // thread (the page's, busy loading the page, would read the responses late).
    var request = { base: base, path: path, urls: urls };
    try {
      worker = new Worker(data.worker + '#' + encodeURIComponent(JSON.stringify(request)), { type: 'module' });
    } catch (error) {
      return resolve(undefined);
    }
    worker.onmessage = function (event) {
      worker.terminate();
      resolve(event.data);
    };
    // compare-pair.ts computes the pair itself when this worker fails.
    worker.onerror = function () {
      worker.terminate();
      resolve(undefined);
    };
  });
  window.termlinePairStart = { path: path, answer: answer, timing: timing };
})();
