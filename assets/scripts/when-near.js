/*
 * ``window.smupWhenNear(element, then, rootMargin)``: calls ``then`` once, when ``element`` is
 * in view or within ``rootMargin`` of it (at once where IntersectionObserver is missing);
 * returns what stops the watch. Shared by lazy-graph.js and lazy-grid.js, which call it when
 * their component mounts (after every asset script has run, so the files' order is free).
 */
(function () {
  "use strict";

  window.smupWhenNear = function (element, then, rootMargin) {
    if (!element || !window.IntersectionObserver) { then(); return function () {}; }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        then();
      }
    }, { rootMargin: rootMargin });
    observer.observe(element);
    return function () { observer.disconnect(); };
  };
})();
