/*
 * aria-busy="true" on a loading region (components/loading.py) while its indicator is shown,
 * removed when the update is done, so assistive technology waits for the new content.
 */
(function () {
  "use strict";

  // A region is busy with its own indicator, not with one of a region inside it.
  function ownIndicator(region) {
    return Array.prototype.some.call(
      region.querySelectorAll(".loading-indicator"),
      function (indicator) { return indicator.closest(".busy-region") === region; }
    );
  }

  function mark() {
    document.querySelectorAll(".busy-region").forEach(function (region) {
      var busy = ownIndicator(region);
      if (busy) {
        region.setAttribute("aria-busy", "true");
      } else if (region.hasAttribute("aria-busy")) {
        region.removeAttribute("aria-busy");
      }
    });
  }

  // Dash commits a page in many mutation batches: mark once per frame, not once per batch.
  var scheduled = false;
  new MutationObserver(function () {
    if (scheduled) { return; }
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      mark();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
