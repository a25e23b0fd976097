/*
 * The search page of the Briefings theme: loads Pagefind's default interface from the site's index
 * (the folder in data-bundle), shows results under the site's base path (data-base) with their
 * photo, and searches for the page's ?q= (the header's search field sends it) on arrival.
 */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box) {
    return;
  }
  var bundle = box.getAttribute("data-bundle");
  var base = box.getAttribute("data-base") || "/";

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = bundle + "pagefind-ui.css";
  document.head.appendChild(style);

  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.addEventListener("load", function () {
    var ui = new window.PagefindUI({
      element: "#search",
      bundlePath: bundle,
      baseUrl: base,
      showImages: true,
      showSubResults: false,
      resetStyles: false,
      excerptLength: 30,
      autofocus: true
    });
    labelInput();
    var query = new URLSearchParams(window.location.search).get("q");
    if (query && query.trim()) {
      ui.triggerSearch(query.trim());
    }
  });
  // Pagefind's field carries only a title: name it by the page's visible heading instead
  function labelInput() {
    var input = box.querySelector(".pagefind-ui__search-input");
    if (!input) {
      new MutationObserver(function (changes, observer) {
        if (box.querySelector(".pagefind-ui__search-input")) {
          observer.disconnect();
          labelInput();
        }
      }).observe(box, { childList: true, subtree: true });
      return;
    }
    input.setAttribute("aria-labelledby", "search-title");
    input.setAttribute("type", "search");
  }

  script.addEventListener("error", function () {
    var note = document.createElement("p");
    note.className = "search__unavailable";
    note.textContent = box.getAttribute("data-unavailable") || "Search is unavailable.";
    box.appendChild(note);
  });
  document.head.appendChild(script);
})();
