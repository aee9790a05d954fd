/*
 * The /analiza map frames its territory (layout.meta.fitBounds: west, south, east, north, sent
 * by the server) in the plot's real size: the server's zoom (layout.meta.fitZoom) is for a
 * desktop-sized plot, so on wider plots the map zooms in and on narrower ones (phones, 200 %
 * zoom: WCAG 1.4.10 reflow) it zooms out until the whole territory is in view. It refits
 * whenever the server's zoom has just been applied, and on resize unless the user has zoomed
 * since. `window.smupFitZoom` and `smupFitCenter` frame the bounds at any size (the image
 * exports use them).
 * The formula is analysis/figures.py's fit_zoom.
 * It also lays out narrow figures as their width needs: the map's legends below it, and any
 * chart's source line wrapped to its width (analysis/map_picture.py draws the same).
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

  // The zoom that frames the bounds in the map's part of the plot.
  function targetZoom(gd) {
    var meta = gd.layout && gd.layout.meta;
    var full = gd._fullLayout;
    var size = full && full._size;
    if (!meta || !Array.isArray(meta.fitBounds) || !size || !size.w || !size.h) { return null; }
    var x = full.map.domain.x;
    var y = full.map.domain.y;
    return fitZoom(meta.fitBounds, size.w * (x[1] - x[0]), size.h * (y[1] - y[0]));
  }

  // The zoom to set (null: keep the map's), refitted when the server's zoom has just been
  // applied, or on a resize when the user has not zoomed since the last fit.
  function fittedZoom(gd, resized) {
    var map = gd._fullLayout && gd._fullLayout.map;
    var meta = gd.layout && gd.layout.meta;
    if (!map || !meta || typeof meta.fitZoom !== "number") { return null; }
    var target = targetZoom(gd);
    if (target === null) { return null; }
    var fromServer = Math.abs(map.zoom - meta.fitZoom) < SAME;
    var stillFitted = gd._smupZoom !== undefined && Math.abs(map.zoom - gd._smupZoom) < SAME;
    if (!(fromServer || (resized && stillFitted)) || Math.abs(map.zoom - target) < SAME) {
      return null;
    }
    return target;
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
  var NARROW_LAYOUT = { "map.domain.y": [0.36, 1], "legend.x": 0.5, "legend.orientation": "v" };
  var WIDE_LAYOUT = { "map.domain.y": [0, 1], "legend.x": 0, "legend.orientation": "h" };

  // The legends' move ({data, layout}), or null when they are where the width wants them.
  function legendsMove(gd) {
    var full = gd._fullLayout;
    var narrow = full.width < NARROW_PX;
    var bar = gd.data[0].colorbar || {};
    var below = bar.x === 0 && bar.yanchor === "bottom";
    var mapBelow = full.map.domain.y[0] > 0;
    if (narrow === below && narrow === mapBelow) { return null; }
    return narrow ? { data: BELOW, layout: NARROW_LAYOUT } : { data: BESIDE, layout: WIDE_LAYOUT };
  }

  // A copy of ``target`` with ``changes`` ({"a.b": value}) set, the objects on the way copied.
  function withChanges(target, changes) {
    var copy = Object.assign({}, target);
    Object.keys(changes).forEach(function (path) {
      var keys = path.split(".");
      var node = copy;
      keys.slice(0, -1).forEach(function (key) {
        node[key] = Object.assign({}, node[key]);
        node = node[key];
      });
      node[keys[keys.length - 1]] = changes[path];
    });
    return copy;
  }

  // The figure a narrow map is drawn with: its legends already below it. Moving them after
  // the drawing (legendsMove) was a second drawing of the whole map on every phone.
  function narrowFigure(gd, figure) {
    var host = gd && gd.closest ? gd.closest(".analiza-map") : null;
    var data = figure && figure.data;
    var width = host ? host.getBoundingClientRect().width : 0;
    if (!host || !width || width >= NARROW_PX || !Array.isArray(data) || !data.length ||
        !figure.layout || data[0].type !== "choroplethmap") {
      return figure;
    }
    var first = withChanges(data[0], BELOW);
    return Object.assign({}, figure, {
      data: [first].concat(data.slice(1)),
      layout: withChanges(figure.layout, NARROW_LAYOUT)
    });
  }

  // A figure's source line (the annotation named "source") comes wrapped for a desktop chart;
  // a narrow chart wraps it again to its own width, so that no line runs past the chart's
  // edge (a phone cut them off), and its bottom margin grows by the lines added: a chart
  // grows as much (its legend, placed from the figure's foot, moves up with them), the map
  // keeps its height and its plot gives way.
  var SOURCE_NOTE = "source";
  var SOURCE_CHAR_PX = 6;  // 10 px text: ~5.5 px a character, with room to spare
  var SOURCE_LINE_PX = 13;

  function wrapWords(text, chars) {
    var lines = [];
    text.split(/\s+/).forEach(function (word) {
      var last = lines.length - 1;
      if (last >= 0 && (lines[last] + " " + word).length <= chars) {
        lines[last] += " " + word;
      } else if (word) {
        lines.push(word);
      }
    });
    return lines;
  }

  function fittedSources(gd, figure) {
    var layout = figure && figure.layout;
    var notes = layout && Array.isArray(layout.annotations) ? layout.annotations : [];
    var isSource = function (note) { return note && note.name === SOURCE_NOTE && typeof note.text === "string"; };
    var width = gd && gd.getBoundingClientRect ? gd.getBoundingClientRect().width : 0;
    if (!notes.some(isSource) || !width || width >= NARROW_PX) { return figure; }
    var chars = Math.max(20, Math.floor((width - 8) / SOURCE_CHAR_PX));
    var added = 0;
    var fitted = notes.map(function (note) {
      if (!isSource(note)) { return note; }
      var before = note.text.split("<br>");
      var lines = wrapWords(before.join(" "), chars);
      added += Math.max(0, lines.length - before.length);
      return Object.assign({}, note, { text: lines.join("<br>") });
    });
    if (!added) { return figure; }
    var extra = added * SOURCE_LINE_PX;
    var changed = { annotations: fitted, margin: Object.assign({}, layout.margin) };
    changed.margin.b = (changed.margin.b || 0) + extra;
    var isMap = Array.isArray(figure.data) && figure.data[0] && figure.data[0].type === "choroplethmap";
    if (!isMap && typeof layout.height === "number") {
      changed.height = layout.height + extra;
      var legend = layout.legend;
      if (legend && legend.yref === "container" && typeof legend.y === "number") {
        changed.legend = Object.assign({}, legend, {
          y: (legend.y * layout.height + extra) / changed.height
        });
      }
    }
    return Object.assign({}, figure, { layout: Object.assign({}, layout, changed) });
  }

  // dcc.Graph draws with Plotly.react(gd, {data, layout, config}); plotly.js loads after
  // this script (when the first graph is drawn): its react is wrapped as it is set.
  function wrapPlotly(plotly) {
    if (!plotly || typeof plotly.react !== "function" || plotly.react._smupNarrow) {
      return plotly;
    }
    var react = plotly.react;
    plotly.react = function (gd, figure) {
      if (arguments.length === 2 && figure && typeof figure === "object" && !Array.isArray(figure)) {
        return react.call(this, gd, narrowFigure(gd, fittedSources(gd, figure)));
      }
      return react.apply(this, arguments);
    };
    plotly.react._smupNarrow = true;
    return plotly;
  }
  var plotly = wrapPlotly(window.Plotly);
  try {
    Object.defineProperty(window, "Plotly", {
      configurable: true,
      enumerable: true,
      get: function () { return plotly; },
      set: function (value) { plotly = wrapPlotly(value); }
    });
  } catch (e) { /* not configurable: the legends move after the drawing, as before */ }

  // maplibre's map of the plot once its style and tiles have loaded (else null).
  function drawnMap(gd) {
    var full = gd._fullLayout;
    var subplot = full && full.map && full.map._subplot;
    return subplot && subplot.map ? subplot.map : null;
  }

  function mapReady(map) {
    return map.isStyleLoaded() && map.loaded();
  }

  // Move the legends, then (after that update has drawn) fit the zoom: one Plotly call at a
  // time, and only when plotly has finished drawing the map and maplibre has loaded its style.
  // A relayout of the zoom while the legends' update was drawing was undone (as was a fit made
  // before the first drawing had applied its view, once the geometry arrived: the narrow embed
  // kept the desktop zoom); a replot while the style was still loading made plotly's map read
  // a style not there yet ("Cannot read properties of undefined (reading 'layers')").
  function settle(gd, resized) {
    var full = gd._fullLayout;
    if (!full || !gd.data || !gd.data.length || !full.map) { return; }
    var map = drawnMap(gd);
    // Plotly has not created the map yet, or is still drawing (its first drawing applies its
    // view once the geometry has arrived: over a fit made meanwhile): its plotly_afterplot
    // comes when it is done, and calls this again.
    if (!map || (gd._promises && gd._promises.length)) {
      gd._smupResized = gd._smupResized || resized;
      return;
    }
    if (!mapReady(map)) {
      if (!gd._smupWaiting) {
        gd._smupWaiting = true;
        map.once("idle", function () {
          gd._smupWaiting = false;
          settle(gd, false);
        });
      }
      gd._smupResized = gd._smupResized || resized;
      return;
    }
    resized = resized || gd._smupResized;
    gd._smupResized = false;
    var move = legendsMove(gd);
    if (move) {
      // The zoom is fitted after this update (its plotly_afterplot calls this again): the
      // plot's size for the map is known only once the colour bar has moved.
      gd._smupResized = resized;
      window.Plotly.update(gd, move.data, move.layout, [0]);
      return;
    }
    var zoom = fittedZoom(gd, resized);
    if (zoom !== null) {
      gd._smupZoom = zoom;
      applyZoom(gd, map, zoom);
    }
  }

  // The zoom set on maplibre's map and written into plotly's view, as plotly does when the
  // user zooms: the map is redrawn from the tiles it has. A Plotly.relayout of the zoom would
  // hand every trace's geometry to maplibre again (thousands of polygons cut into tiles anew),
  // and so would the replot dcc.Graph makes when it copies the relayout into its figure: three
  // drawings of the whole map instead of one. The layout holds the zoom (gd.layout.map is the
  // figure's own object), so the next Plotly.react keeps it.
  function applyZoom(gd, map, zoom) {
    var view = gd._fullLayout.map;
    view.zoom = zoom;
    if (view._input) { view._input.zoom = zoom; }
    map.jumpTo({ zoom: zoom });
  }

  function graphs() {
    return document.querySelectorAll(".analiza-map .js-plotly-plot");
  }

  function attach(gd) {
    if (gd._smupFit || typeof gd.on !== "function") { return; }
    gd._smupFit = true;
    gd.on("plotly_afterplot", function () { settle(gd, false); });
    settle(gd, false);
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
        if (gd._smupFit) { settle(gd, true); }
      });
    }, 200);
  });
})();
