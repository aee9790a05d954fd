/*
 * The /analiza map's zoom (layout.meta.fitZoom, sent by the server) frames the territory in a
 * plot area about DESIGN_WIDTH px wide (a desktop window). On narrower screens (phones, 200 %
 * zoom) it is lowered so that the whole territory stays in view (WCAG 1.4.10 reflow): whenever
 * the server's zoom has just been applied, and on resize unless the user has zoomed since.
 */
(function () {
  "use strict";
  var DESIGN_WIDTH = 500;
  var SAME = 0.01;

  function targetZoom(gd) {
    var meta = gd.layout && gd.layout.meta;
    var size = gd._fullLayout && gd._fullLayout._size;
    if (!meta || typeof meta.fitZoom !== "number" || !size || !size.w) { return null; }
    return meta.fitZoom + Math.log2(Math.min(1, size.w / DESIGN_WIDTH));
  }

  function fit(gd, resized) {
    var map = gd._fullLayout && gd._fullLayout.map;
    var target = targetZoom(gd);
    if (!map || target === null) { return; }
    var fromServer = Math.abs(map.zoom - gd.layout.meta.fitZoom) < SAME;
    var stillFitted = gd._smupZoom !== undefined && Math.abs(map.zoom - gd._smupZoom) < SAME;
    if (!(fromServer || (resized && stillFitted)) || Math.abs(map.zoom - target) < SAME) {
      return;
    }
    gd._smupZoom = target;
    window.Plotly.relayout(gd, { "map.zoom": target });
  }

  function graphs() {
    return document.querySelectorAll(".analiza-map .js-plotly-plot");
  }

  function attach(gd) {
    if (gd._smupFit || typeof gd.on !== "function") { return; }
    gd._smupFit = true;
    gd.on("plotly_afterplot", function () { fit(gd, false); });
    fit(gd, false);
  }

  // Dash renders pages late: look for the map after DOM changes, at most once per frame.
  var pending = false;
  new MutationObserver(function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      graphs().forEach(attach);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      graphs().forEach(function (gd) { if (gd._smupFit) { fit(gd, true); } });
    }, 200);
  });
})();
