// Lore default theme: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // On narrow screens the section list starts folded so the article comes first.
  var toggle = document.querySelector(".sidebar-toggle");
  if (toggle && window.matchMedia("(max-width: 52rem)").matches) {
    toggle.removeAttribute("open");
  }

  // Highlight the table-of-contents entry of the section being read.
  var tocLinks = document.querySelectorAll(".toc a[href^='#']");
  if (!tocLinks.length || !("IntersectionObserver" in window)) return;
  var byId = {};
  tocLinks.forEach(function (a) { byId[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      var link = byId[entry.target.id];
      if (link && entry.isIntersecting) {
        tocLinks.forEach(function (a) { a.removeAttribute("aria-current"); });
        link.setAttribute("aria-current", "location");
      }
    });
  }, { rootMargin: "0px 0px -70% 0px" });
  Object.keys(byId).forEach(function (id) {
    var el = document.getElementById(id);
    if (el) observer.observe(el);
  });
})();

// Glossary term tooltips are shown by CSS on hover and focus; Escape hides the one showing until the pointer
// or focus leaves its link (WCAG 1.4.13: content on hover or focus can be dismissed).
(function () {
  "use strict";
  var showing = null;
  function track(e) {
    var link = e.target.closest && e.target.closest("a.term");
    if (e.type === "mouseover" || e.type === "focusin") {
      if (link) showing = link;
    } else if (link) {
      link.classList.remove("tip-dismissed");
    }
  }
  ["mouseover", "focusin", "mouseout", "focusout"].forEach(function (type) { document.addEventListener(type, track); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && showing) showing.classList.add("tip-dismissed");
  });
})();
