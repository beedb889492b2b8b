// Lore search: the box in the header of every page. Without this file the box's form leads to the A–Z
// index. With it, results appear as you type, from an index built in the browser with lunr:
//   - on the first focus of the box, lunr (theme/vendor/lunr/) and search/index.js (titles, aliases,
//     tags, headings) load as scripts, which works from file:// where fetch() is blocked, and under any
//     sub-path, since every URL is relative to the site root given in the form's data-root;
//   - titles, aliases and tags are searchable as soon as they are indexed; headings follow, then the
//     body text (search/text.js) loads and is indexed in slices, so the page stays responsive on a
//     large wiki.
// Keys: / focuses the box, ArrowDown/ArrowUp move through the results, Enter opens one, Escape closes.
// The box is an ARIA 1.2 combobox with a listbox popup.
(function () {
  "use strict";

  var form = document.querySelector("form.site-search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var list = form.querySelector("[role=listbox]");
  var status = form.querySelector(".search-status");
  if (!input || !list) return;
  var root = form.getAttribute("data-root") || "";
  var MAX_RESULTS = 8;
  var SLICE = 1000; // pages of body text per lunr index: each slice blocks the page for a short while only
  var KINDS = { comparison: "Comparison", term: "Glossary" };

  var state = "idle"; // idle → loading → ready (titles) → complete (headings and body text too) | failed
  var pages = [];
  var titleIndex = null;
  var textIndexes = []; // headings, then the body text in slices
  var texts = null;
  var shown = [];
  var active = -1;
  var enterPending = false;
  var scheduled = false;

  form.classList.add("enhanced");
  form.setAttribute("data-search", state);

  function setState(s) {
    state = s;
    form.setAttribute("data-search", s);
  }

  // ---------------------------------------------------------------- loading

  function loadScript(path, done) {
    var s = document.createElement("script");
    s.src = root + path;
    s.async = true;
    s.onload = done;
    s.onerror = function () { fail("cannot load " + path); };
    document.head.appendChild(s);
  }

  function fail(why) {
    if (state === "failed") return;
    setState("failed");
    announce("Search is unavailable: " + why + ".");
    if (window.console) console.warn("Lore search: " + why);
  }

  function start() {
    if (state !== "idle") return;
    setState("loading");
    announce("Loading search\u2026");
    var waiting = 2;
    function one() { if (--waiting === 0) indexTitles(); }
    loadScript("theme/vendor/lunr/lunr.min.js", one);
    loadScript("search/index.js", one);
  }

  function indexTitles() {
    var data = window.LoreSearchData;
    if (!window.lunr || !data || data.format !== 1) return fail("unexpected search data");
    pages = data.pages.map(function (p, i) {
      return { i: i, url: p[0], title: p[1], kind: p[2], aliases: p[3], tags: p[4], summary: p[5], headings: p[6] };
    });
    titleIndex = lunr(function () {
      this.ref("i");
      this.field("title", { boost: 10 });
      this.field("aliases", { boost: 8 });
      this.field("tags", { boost: 2 });
      pages.forEach(function (p) {
        this.add({ i: String(p.i), title: p.title, aliases: p.aliases.join(" "), tags: p.tags.join(" ") });
      }, this);
    });
    setState("ready");
    announce("");
    update();
    setTimeout(indexHeadings, 0); // headings are most of the words: titles first, they answer most searches
  }

  function indexHeadings() {
    textIndexes.push(lunr(function () {
      this.ref("i");
      this.field("headings", { boost: 3 });
      pages.forEach(function (p) {
        if (p.headings.length) this.add({ i: String(p.i), headings: p.headings.map(function (h) { return h[0]; }).join(" ") });
      }, this);
    }));
    if (isOpen() || input.value.trim()) update();
    loadScript(window.LoreSearchData.text, indexTexts);
  }

  function indexTexts() {
    texts = window.LoreSearchText;
    if (!texts || texts.length !== pages.length) return fail("the body text does not match the pages");
    var from = 0;
    function slice() {
      var to = Math.min(from + SLICE, pages.length);
      var first = from;
      textIndexes.push(lunr(function () {
        this.ref("i");
        this.field("summary", { boost: 2 });
        this.field("body");
        for (var i = first; i < to; i++) this.add({ i: String(i), summary: pages[i].summary, body: texts[i].join(" ") });
      }));
      from = to;
      if (from < pages.length) {
        setTimeout(slice, 0);
      } else {
        setState("complete");
      }
      if (isOpen() || input.value.trim()) update();
    }
    slice();
  }

  // ---------------------------------------------------------------- searching

  function terms(query) {
    return query.toLowerCase().split(/[\s\-]+/)
      .map(function (t) { return t.replace(/^\W+/, "").replace(/\W+$/, ""); })
      .filter(function (t) { return t.length > 0; })
      .slice(0, 6);
  }

  // One term: exact (stemmed: "learning" finds "learned"), as a prefix while typing, and with a typo or two
  // (one from 4 letters, two from 7).
  function lookup(index, term) {
    return index.query(function (q) {
      q.term(term, { boost: 10 });
      q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
      // the index holds stems ("organiz"), so a typo is measured against the stem of what was typed
      if (term.length >= 4) q.term(term, { editDistance: term.length >= 7 ? 2 : 1, boost: 1 });
    });
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function stemOf(term) {
    return lunr.stemmer(new lunr.Token(term)).toString();
  }

  // Tells whether a word of a text starts with the term or its stem; also used to highlight.
  function matcher(term) {
    var stem = stemOf(term);
    var starts = [term];
    if (stem && stem !== term) starts.push(stem);
    var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + starts.map(escapeRegExp).join("|") + ")", "iu");
    return {
      test: function (text) { return re.test(text); },
      word: function (word) {
        var w = word.toLowerCase();
        return starts.some(function (s) { return w.lastIndexOf(s, 0) === 0; });
      }
    };
  }

  function search(query) {
    var ts = terms(query);
    if (!ts.length || !titleIndex) return [];
    var hits = {};
    var indexes = [titleIndex].concat(textIndexes);
    ts.forEach(function (t) {
      var stem = stemOf(t);
      var best = {}; // page → 2 when the term or its stem starts a word of the page, 1 for a typo match only
      indexes.forEach(function (index) {
        lookup(index, t).forEach(function (r) {
          var h = hits[r.ref] || (hits[r.ref] = { page: pages[+r.ref], score: 0, terms: 0, quality: 0, inTitle: 0, cover: 0 });
          h.score += r.score;
          var q = Object.keys(r.matchData.metadata).some(function (m) {
            return m.lastIndexOf(t, 0) === 0 || m.lastIndexOf(stem, 0) === 0;
          }) ? 2 : 1;
          if (!best[r.ref]) h.terms++;
          if (q > (best[r.ref] || 0)) {
            h.quality += q - (best[r.ref] || 0);
            best[r.ref] = q;
          }
        });
      });
    });
    var matchers = ts.map(matcher);
    var all = Object.keys(hits).map(function (k) { return hits[k]; });
    // typos are forgiven when nothing matches as typed: once a page has every word, drop pages found by typos only
    if (all.some(function (h) { return h.quality === 2 * ts.length; })) {
      all = all.filter(function (h) { return h.quality > h.terms; });
    }
    all.forEach(function (h) {
      [h.page.title].concat(h.page.aliases).forEach(function (name, alias) {
        var n = matchers.filter(function (m) { return m.test(name); }).length;
        var cover = n / name.split(/[\s\-]+/).length * (alias ? 0.9 : 1); // the title wins over an alias
        if (n > h.inTitle || (n === h.inTitle && n > 0 && cover > h.cover)) {
          h.inTitle = n;
          h.cover = cover;
        }
      });
    });
    // pages with every word first; then real matches before typo matches; then those whose title (or an
    // alias) has the words, the closer the title is to the words the better; then lunr's score
    all.sort(function (a, b) {
      return b.terms - a.terms || b.quality - a.quality || b.inTitle - a.inTitle || b.cover - a.cover
        || b.score - a.score || a.page.i - b.page.i;
    });
    return all.slice(0, MAX_RESULTS).map(function (h) { return describe(h.page, matchers); });
  }

  // What a result shows: the heading matched (if any), a snippet around the first match, and the link.
  function describe(page, matchers) {
    function matches(text) { return matchers.some(function (m) { return m.test(text); }); }
    var section = -1;
    for (var i = 0; i < page.headings.length; i++) {
      if (matches(page.headings[i][0])) { section = i + 1; break; }
    }
    var body = texts ? texts[page.i] : null;
    if (section < 0 && body && !matches(page.title) && !matches(page.summary)) {
      for (var j = 0; j < body.length; j++) {
        if (matches(body[j])) { section = j; break; }
      }
    }
    var heading = section > 0 ? page.headings[section - 1] : null;
    var text = body && section >= 0 && body[section] ? body[section] : page.summary || (body ? body[0] : "");
    var anchor = heading && heading[1] ? "#" + heading[1] : "";
    return { page: page, heading: heading ? heading[0] : "", snippet: snippet(text, matchers), href: root + page.url + anchor, matchers: matchers };
  }

  function snippet(text, matchers) {
    var words = (text || "").split(/\s+/).filter(Boolean);
    var at = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i].replace(/^\W+/, "");
      if (matchers.some(function (m) { return m.word(w); })) { at = i; break; }
    }
    var from = Math.max(0, at - 8);
    var to = Math.min(words.length, from + 28);
    return (from > 0 ? "\u2026 " : "") + words.slice(from, to).join(" ") + (to < words.length ? " \u2026" : "");
  }

  // ---------------------------------------------------------------- showing

  // Appends text to an element with the words that match wrapped in <mark>; never parses HTML.
  function highlighted(el, text, matchers) {
    var re = /[\p{L}\p{N}_]+/gu;
    var last = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      var word = m[0];
      if (matchers.some(function (x) { return x.word(word); })) {
        if (m.index > last) el.appendChild(document.createTextNode(text.slice(last, m.index)));
        var mark = document.createElement("mark");
        mark.textContent = word;
        el.appendChild(mark);
        last = m.index + word.length;
      }
    }
    if (last < text.length) el.appendChild(document.createTextNode(text.slice(last)));
    return el;
  }

  function span(cls) {
    var s = document.createElement("span");
    s.className = cls;
    return s;
  }

  function render(results, query) {
    shown = results;
    active = results.length ? Math.min(Math.max(active, -1), results.length - 1) : -1;
    list.textContent = "";
    results.forEach(function (r, n) {
      var li = document.createElement("li");
      li.id = "search-result-" + n;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      var a = document.createElement("a");
      a.href = r.href;
      a.tabIndex = -1;
      var head = span("search-result-head");
      head.appendChild(highlighted(span("search-result-title"), r.page.title, r.matchers));
      if (KINDS[r.page.kind]) head.appendChild(span("search-result-kind")).textContent = KINDS[r.page.kind];
      a.appendChild(head);
      if (r.heading) a.appendChild(highlighted(span("search-result-heading"), r.heading, r.matchers));
      if (r.snippet) a.appendChild(highlighted(span("search-result-snippet"), r.snippet, r.matchers));
      li.appendChild(a);
      li.addEventListener("mousemove", function () { if (active !== n) select(n); });
      list.appendChild(li);
    });
    if (!results.length && query) {
      var empty = document.createElement("li");
      empty.className = "search-empty";
      empty.setAttribute("role", "presentation");
      empty.textContent = state === "ready" ? "Nothing in the titles; still reading the pages\u2026" : "No pages match \u201c" + query + "\u201d. ";
      if (state !== "ready") {
        var az = document.createElement("a");
        az.href = form.getAttribute("action");
        az.textContent = "Browse all pages A\u2013Z";
        empty.appendChild(az);
      }
      list.appendChild(empty);
    }
    open(!!query);
    select(active);
    announce(query ? (results.length ? results.length + (results.length === 1 ? " result" : " results") : "No results") : "");
    if (enterPending && results.length) {
      enterPending = false;
      go(0);
    }
  }

  function open(yes) {
    list.hidden = !yes;
    input.setAttribute("aria-expanded", yes ? "true" : "false");
    if (!yes) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
    }
  }

  function isOpen() {
    return !list.hidden;
  }

  function select(n) {
    active = n;
    var options = list.querySelectorAll("[role=option]");
    for (var i = 0; i < options.length; i++) options[i].setAttribute("aria-selected", i === n ? "true" : "false");
    if (n >= 0 && options[n]) {
      input.setAttribute("aria-activedescendant", options[n].id);
      if (options[n].scrollIntoView) options[n].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function go(n) {
    var r = shown[n];
    if (r) window.location.href = list.querySelectorAll("[role=option] a")[n].href;
  }

  function announce(text) {
    if (status && status.textContent !== text) status.textContent = text;
  }

  function update() {
    if (state === "idle") start();
    var query = input.value.trim();
    if (!query) {
      render([], "");
      return;
    }
    if (state === "loading") return; // runs again when the titles are indexed
    if (state === "failed") return;
    render(search(query), query);
  }

  // Several keystrokes while one search runs lead to one more search, with the latest text.
  function scheduleUpdate() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(function () {
      scheduled = false;
      update();
    }, 0);
  }

  // ---------------------------------------------------------------- events

  input.addEventListener("focus", function () {
    start();
    if (input.value.trim() && state !== "loading") update();
  });
  input.addEventListener("input", scheduleUpdate);
  input.addEventListener("keydown", function (e) {
    if (e.isComposing) return;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp":
        e.preventDefault();
        if (!isOpen()) { update(); return; }
        if (!shown.length) return;
        var step = e.key === "ArrowDown" ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : shown.length - 1) : (active + step + shown.length) % shown.length);
        break;
      case "Enter":
        if (shown.length && isOpen()) {
          e.preventDefault();
          go(active >= 0 ? active : 0);
        } else if (state === "idle" || state === "loading") {
          e.preventDefault(); // opens the first result once there is one
          enterPending = !!input.value.trim();
          update();
        }
        // otherwise the form goes to the A–Z index
        break;
      case "Escape":
        if (isOpen()) {
          e.preventDefault();
          open(false);
        }
        break;
      case "Tab":
        open(false);
        break;
    }
  });
  // a click in the list must not take the focus away from the box before the link is followed
  list.addEventListener("mousedown", function (e) { e.preventDefault(); });
  form.addEventListener("focusout", function (e) {
    if (!form.contains(e.relatedTarget)) open(false);
  });

  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });

  // the A–Z page reached without JavaScript, or by Enter without results, keeps what was asked
  var asked = /[?&]q=([^&#]*)/.exec(window.location.search);
  if (asked && !input.value) input.value = decodeURIComponent(asked[1].replace(/\+/g, " "));
})();
