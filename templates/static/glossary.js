// Lore default theme: the glossary's filter box. Without this file the glossary is a plain A–Z list.
(function () {
  "use strict";
  var box = document.querySelector(".glossary-filter");
  var input = document.getElementById("glossary-filter-input");
  if (!box || !input) return;
  var status = document.getElementById("glossary-filter-status");
  var none = document.querySelector(".glossary-no-match");
  var sections = Array.prototype.map.call(document.querySelectorAll(".glossary-letter"), function (section) {
    return {
      el: section,
      entries: Array.prototype.map.call(section.querySelectorAll(".glossary-entry"), function (entry) {
        return { el: entry, text: entry.getAttribute("data-filter") || "", alias: entry.classList.contains("glossary-alias") };
      })
    };
  });
  var total = 0;
  sections.forEach(function (s) { s.entries.forEach(function (e) { if (!e.alias) total++; }); });
  box.hidden = false;

  var pending = 0;
  function apply() {
    pending = 0;
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    sections.forEach(function (s) {
      var any = false;
      s.entries.forEach(function (e) {
        var match = !query || e.text.indexOf(query) >= 0;
        if (e.el.hidden === match) e.el.hidden = !match;
        if (match) { any = true; if (!e.alias) shown++; }
      });
      s.el.hidden = !any;
    });
    if (none) none.hidden = shown > 0 || !query;
    status.textContent = query ? shown + " of " + total + " terms" : "";
  }
  input.addEventListener("input", function () {
    if (!pending) pending = window.requestAnimationFrame(apply);
  });
  if (input.value) apply();
})();
