/*
 * Frame modes, set before Dash renders so nothing flickers:
 *  ?osadzony=1   a view shown inside a dashboard (<iframe>): no navigation, no footer;
 *  ?prezentacja=1  presentation mode: no navigation, large type, one view at a time,
 *                  ← → / PageUp PageDown move between views, Esc ends the presentation.
 * Inside an <iframe> the modes are fixed at load; the top page follows its URL.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var framed = window.self !== window.top;
  var KEYS = {
    ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous",
    Escape: "exit"
  };

  function applyModes() {
    var params = new URLSearchParams(window.location.search);
    var embedded = params.get("osadzony") === "1";
    var presenting = params.get("prezentacja") === "1";
    if (framed) {
      if (embedded) { root.classList.add("smup-embedded"); }
      if (presenting) { root.classList.add("smup-presentation"); }
      return;
    }
    root.classList.toggle("smup-embedded", embedded);
    root.classList.toggle("smup-presentation", presenting);
  }

  function isInteractive(target) {
    if (!target || target === document.body || target === root) { return false; }
    var tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" ||
      target.isContentEditable || !!target.closest("[role=grid], [role=listbox], .modal");
  }

  function go(action) {
    var link = document.getElementById("accounts-present-" + action);
    if (link) { link.click(); return true; }
    return false;
  }

  applyModes();
  window.addEventListener("popstate", applyModes);
  window.addEventListener("_dashprivate_pushstate", applyModes);

  document.addEventListener("keydown", function (event) {
    var action = KEYS[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey || isInteractive(event.target)) {
      return;
    }
    if (framed && root.classList.contains("smup-embedded")) {
      // A view inside a dashboard: the dashboard page decides what the key does.
      window.parent.postMessage({ smupPresentation: action }, window.location.origin);
      return;
    }
    if (root.classList.contains("smup-presentation") && go(action)) { event.preventDefault(); }
  });

  window.addEventListener("message", function (event) {
    if (event.origin !== window.location.origin || !event.data) { return; }
    var action = event.data.smupPresentation;
    if (["next", "previous", "exit"].indexOf(action) < 0) { return; }
    if (root.classList.contains("smup-presentation")) { go(action); }
  });
})();
