// Gazette search: filters the article list with the index in search-index.js.
// Without JavaScript the page shows every article; with it, matches for every word typed.
(function () {
  "use strict";
  var index = window.GAZETTE_SEARCH || [];
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status) return;
  var root = list.querySelector("a") ? list.querySelector("a").getAttribute("href").replace(/articles\/.*$/, "") : "../";

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var records = index.map(function (entry) {
    return { entry: entry, title: fold(entry.t), actors: fold(entry.a.join(" | ")),
             rest: fold(entry.s + " " + entry.f.join(" ")) };
  });

  function score(record, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], s = 0;
      if (record.actors.indexOf(w) >= 0) s += 3;
      if (record.title.indexOf(w) >= 0) s += 2;
      if (record.rest.indexOf(w) >= 0) s += 1;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function render(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    var hits = records.map(function (r) { return { r: r, s: score(r, words) }; })
      .filter(function (h) { return h.s > 0; })
      .sort(function (a, b) { return b.s - a.s; })
      .slice(0, 100);
    list.textContent = "";
    hits.forEach(function (hit) {
      var e = hit.r.entry;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + e.u;
      link.textContent = e.t;
      item.appendChild(link);
      if (e.a.length) {
        var actors = document.createElement("small");
        actors.textContent = " " + e.a.slice(0, 5).join(", ");
        item.appendChild(actors);
      }
      list.appendChild(item);
    });
    status.textContent = hits.length + (hits.length === 1 ? " article" : " articles") + " for \u201c" + query + "\u201d";
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; render(initial); }
  input.addEventListener("input", function () { render(input.value); });
})();
