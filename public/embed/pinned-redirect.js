// Termline: sends an address of a card pinned to a version, as cards had until they were made one per
// distinct text (/cards/<service>/<document>/[<region>/]<clause-id>/v/<version>/), to the card of the
// text that version had (…/t/<hash>/), or to the clause's latest card when the version did not hold it.
// The same address under /embed/ goes to the clause's embed page, at that text. The 404 page loads this; the map is the
// document's pinned-versions.json and the clause's shard of it (src/lib/publish/card-redirects.ts writes them and mirrors this lookup).
(function () {
  var script = document.currentScript;
  var base = (script && script.getAttribute('data-base')) || '/';
  if (location.pathname.indexOf(base) !== 0) return;
  var route = location.pathname.slice(base.length);
  var match = /^(cards|embed)\/([^/]+)\/([^/]+)\/(.+)\/v\/([^/]+)\/?$/.exec(route);
  if (!match) return;
  var kind = match[1], service = match[2], doc = match[3], clause = match[4], version = decodeURIComponent(match[5]);
  var cardFolder = base + 'cards/' + service + '/' + doc + '/';
  var note = document.getElementById('moved-card');
  if (note) note.hidden = false;
  function inRanges(ranges, index) {
    return ranges.split(',').some(function (part) {
      var ends = part.split('-').map(Number);
      return index >= ends[0] && index <= (ends.length > 1 ? ends[1] : ends[0]);
    });
  }
  // The clause's shard of the map: FNV-1a of its key, modulo the shard count (card-redirects.ts, cardMapShard).
  function shardOf(key, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i += 1) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % shards;
  }
  function json(response) { return response.ok ? response.json() : null; }
  var versions = null;
  fetch(cardFolder + 'pinned-versions.json')
    .then(json)
    .then(function (map) {
      if (!map) return null;
      versions = map.versions;
      return fetch(cardFolder + 'pinned-versions/' + shardOf(clause, map.shards) + '.json').then(json);
    })
    .then(function (shard) {
      var texts = shard && shard.clauses[clause];
      if (!texts) return;
      var index = versions.indexOf(version);
      var hash = Object.keys(texts).filter(function (h) { return index >= 0 && inRanges(texts[h], index); })[0];
      if (kind === 'embed') location.replace(base + 'embed/' + service + '/' + doc + '/' + clause + '/' + (hash ? '#t-' + hash : ''));
      else location.replace(cardFolder + clause + '/' + (hash ? 't/' + hash + '/' : '') + location.hash);
    })
    .catch(function () {});
})();
