// Termline: starts a comparison no page holds as soon as the 404 page's head is read, before its stylesheet and
// its module script (compare-pair.ts) have loaded: fetches the dataset files the address names and starts the
// worker, which computes the pair while the page loads. The 404 page inlines this file; compare-pair.ts renders the
// answer (and computes the pair itself, more slowly, if this did not start it). Plain ES2017, no imports: the page
// passes what it needs as data attributes (the base, the pair pattern of pair-address.ts, the locale prefixes, the
// dataset's root and the worker's URL), and pair-start.test.ts checks it fetches what filesOf(pairAddress()) names.
(function () {
  var data = document.currentScript.dataset;
  var base = data.base;
  var asked = new URLSearchParams(location.search).get('compare');
  var path = asked || location.pathname;
  // As stripBase, then routeLocale, then the pattern of pairAddress.
  var route = path === base.slice(0, -1) ? '/' : path.indexOf(base) === 0 ? '/' + path.slice(base.length) : null;
  if (route === null) return;
  // The language's Intl tag: the first of data-intl-tags, or the one after it for the prefix the address has.
  var intlTags = data.intlTags.split(' ');
  var intlTag = intlTags[0];
  data.localePrefixes.split(' ').some(function (prefix, index) {
    if (route !== prefix && route.indexOf(prefix + '/') !== 0) return false;
    route = route.slice(prefix.length) || '/';
    intlTag = intlTags[index + 1];
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
    // A worker made from these lines, so it starts at once (no request) and fetches the files in a thread of its
    // own: the page's thread is busy loading the page and would read the responses late. It imports the worker's
    // code (built as one script, no imports) while the files arrive.
    var request = { origin: location.origin, base: base, path: path, urls: urls, worker: new URL(data.worker, location.href).href, intlTag: intlTag };
    try {
      var source = '(' + fetchThenCompute + ')(' + JSON.stringify(request) + ');';
      worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { type: 'module' });
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

  // Runs in the worker (its own scope: it sees only `request`). Fetches the files first, then loads
  // compare-worker.ts, which computes the pair when it gets the message this hands it: the files by URL (the text,
  // null when the site has none; one that failed is left out, for the worker to fetch and say what failed).
  function fetchThenCompute(request) {
    var startedAt = performance.timeOrigin + performance.now();
    var files = {};
    var fetched = Promise.all(
      request.urls.map(function (url) {
        return fetch(request.origin + url)
          .then(function (response) {
            return response.ok ? response.text() : null;
          })
          .then(
            function (text) {
              files[url] = text;
            },
            function () {},
          );
      }),
    );
    // Loaded while the files arrive, the thread free to read them (importScripts would hold it).
    var loaded = import(request.worker);
    // While they come: the first date and number formats of a fresh worker cost tens of ms, which the code would
    // otherwise pay once it has loaded (format.ts's formats, the same options, in the address's language).
    new Intl.DateTimeFormat(request.intlTag, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.NumberFormat(request.intlTag).format(0);
    Promise.all([fetched, loaded]).then(function () {
      // For the bench, on the clock every context shares (ms since the epoch): when the code's and the last file's
      // responses ended; and the bytes this worker fetched, which the page's resource timing does not see.
      var entries = performance.getEntriesByType('resource');
      var ended = function (urls) {
        var last = entries.reduce(function (at, entry) {
          return urls.indexOf(entry.name) < 0 ? at : Math.max(at, entry.responseEnd);
        }, 0);
        return performance.timeOrigin + (last || performance.now());
      };
      var sum = function (key) {
        return entries.reduce(function (total, entry) {
          return total + entry[key];
        }, 0);
      };
      var started = {
        at: startedAt,
        code: ended([request.worker]),
        files: ended(request.urls.map(function (url) { return request.origin + url; })),
        bytes: sum('transferSize'),
        decodedBytes: sum('decodedBodySize'),
      };
      self.dispatchEvent(new MessageEvent('message', { data: { base: request.base, path: request.path, files: files, started: started } }));
    }, function () {
      // The code did not load: no answer, and the page computes the pair itself.
      self.postMessage(undefined);
    });
  }
})();
