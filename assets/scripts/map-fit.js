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

  // On a narrow screen (a phone) the colour bar beside the map would leave the map a third of
  // the width: there it goes below the map, on the left, with the status legend beside it. The
  // server's updates bring the colour bar back beside the map, so this runs after every plot.
  var NARROW_PX = 576;
  var BELOW = {
    "colorbar.x": 0, "colorbar.xanchor": "left", "colorbar.y": 0, "colorbar.yanchor": "bottom",
    "colorbar.len": 0.3
  };
  var BESIDE = {
    "colorbar.x": null, "colorbar.xanchor": null, "colorbar.y": null, "colorbar.yanchor": null,
    "colorbar.len": 0.6
  };

  function placeLegends(gd) {
    var full = gd._fullLayout;
    if (!full || !gd.data || !gd.data.length || !full.map) { return; }
    var narrow = full.width < NARROW_PX;
    var bar = gd.data[0].colorbar || {};
    var below = bar.x === 0 && bar.yanchor === "bottom";
    var mapBelow = full.map.domain.y[0] > 0;
    if (narrow === below && narrow === mapBelow) { return; }
    var layout = narrow
      ? { "map.domain.y": [0.36, 1], "legend.x": 0.5, "legend.orientation": "v" }
      : { "map.domain.y": [0, 1], "legend.x": 0, "legend.orientation": "h" };
    window.Plotly.update(gd, narrow ? BELOW : BESIDE, layout, [0]);
  }

  function graphs() {
    return document.querySelectorAll(".analiza-map .js-plotly-plot");
  }

  function attach(gd) {
    if (gd._smupFit || typeof gd.on !== "function") { return; }
    gd._smupFit = true;
    gd.on("plotly_afterplot", function () { placeLegends(gd); fit(gd, false); });
    placeLegends(gd);
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
      graphs().forEach(function (gd) {
        if (gd._smupFit) { placeLegends(gd); fit(gd, true); }
      });
    }, 200);
  });
})();
