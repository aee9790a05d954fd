/*
 * The /analiza map frames its territory (layout.meta.fitBounds: west, south, east, north, sent
 * by the server) in the plot's real size: the server's zoom (layout.meta.fitZoom) is for a
 * desktop-sized plot, so on wider plots the map zooms in and on narrower ones (phones, 200 %
 * zoom: WCAG 1.4.10 reflow) it zooms out until the whole territory is in view. It refits
 * whenever the server's zoom has just been applied, and on resize unless the user has zoomed
 * since. `window.smupFitZoom` and `smupFitCenter` frame the bounds at any size (the image
 * exports use them).
 * The formula is analysis/figures.py's fit_zoom.
 */
(function () {
  "use strict";
  var SAME = 0.01;
  var MARGIN = 0.92;
  var MIN_ZOOM = 3;
  var MAX_ZOOM = 11;

  function mercatorY(lat) {
    return Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  }

  function fitZoom(bounds, width, height) {
    var spanX = Math.max(bounds[2] - bounds[0], 1e-3) / 360;
    var spanY = Math.max(mercatorY(bounds[3]) - mercatorY(bounds[1]), 1e-4) / (2 * Math.PI);
    var zoom = Math.min(Math.log2(width / (512 * spanX)), Math.log2(height / (512 * spanY)));
    return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom + Math.log2(MARGIN)));
  }
  // The centre of the bounds on the map (Mercator's middle, as analysis/figures.py's).
  function fitCenter(bounds) {
    var middle = (mercatorY(bounds[1]) + mercatorY(bounds[3])) / 2;
    return {
      lon: (bounds[0] + bounds[2]) / 2,
      lat: (360 / Math.PI) * Math.atan(Math.exp(middle)) - 90,
    };
  }
  window.smupFitZoom = fitZoom;
  window.smupFitCenter = fitCenter;

  function targetZoom(gd) {
    var meta = gd.layout && gd.layout.meta;
    var size = gd._fullLayout && gd._fullLayout._size;
    if (!meta || !Array.isArray(meta.fitBounds) || !size || !size.w || !size.h) { return null; }
    return fitZoom(meta.fitBounds, size.w, size.h);
  }

  function fit(gd, resized) {
    var map = gd._fullLayout && gd._fullLayout.map;
    var target = targetZoom(gd);
    if (!map || target === null || typeof gd.layout.meta.fitZoom !== "number") { return; }
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
