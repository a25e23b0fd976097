/*
 * Briefings — comments on consent (see docs/comments.md).
 *
 * Served by the site itself. Until the reader presses "Show comments", nothing is requested from
 * giscus.app or github.com: this script only reveals the button. On the press it inserts giscus's
 * script, with the settings the page keeps in the section's data-* attributes, each set with
 * setAttribute (never written as HTML). The button then goes, focus moves to the status line and
 * the status line (a live region) says that the comments are loading, then loaded or not.
 */
(function () {
  "use strict";

  var GISCUS = "https://giscus.app";
  // the section's data-* attributes handed to giscus as they are
  var SETTINGS = [
    "data-repo",
    "data-repo-id",
    "data-category",
    "data-category-id",
    "data-term",
    "data-lang",
    "data-theme",
    "data-reactions-enabled",
    "data-input-position"
  ];

  function load(section, button, status) {
    var script = document.createElement("script");
    script.setAttribute("src", GISCUS + "/client.js");
    SETTINGS.forEach(function (name) {
      script.setAttribute(name, section.getAttribute(name) || "");
    });
    // the key is the briefing's path without the site's base path, matched exactly
    script.setAttribute("data-mapping", "specific");
    script.setAttribute("data-strict", "1");
    script.setAttribute("data-emit-metadata", "0");
    script.setAttribute("crossorigin", "anonymous");
    script.async = true;

    var settled = false;
    function say(text) {
      status.textContent = text || "";
    }
    script.addEventListener("error", function () {
      settled = true;
      say(section.getAttribute("data-failed"));
    });
    window.addEventListener("message", function onMessage(event) {
      if (event.origin !== GISCUS || !event.data || typeof event.data !== "object"
          || !("giscus" in event.data)) {
        return;
      }
      window.removeEventListener("message", onMessage);
      if (!settled) {
        settled = true;
        say(section.getAttribute("data-loaded"));
      }
    });

    say(section.getAttribute("data-loading"));
    button.disabled = true;
    button.hidden = true;
    status.focus();
    // giscus puts its frame into the section's element of class "giscus"
    section.appendChild(script);
  }

  function setUp(section) {
    var button = section.querySelector(".comments__button");
    var status = section.querySelector(".comments__status");
    if (!button || !status) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      load(section, button, status);
    }, { once: true });
  }

  document.querySelectorAll("section.comments[data-repo]").forEach(setUp);
})();
