/*
 * Charts drawn when they come into view (issue 19: phones pay for every script they parse):
 * a ``dcc.Graph`` inside an element with the class ``defer-graphs`` keeps its place (the
 * figure's height) until it is within 200 px of the viewport; only then are plotly.js and the
 * graph loaded and drawn (a figure with a picture waits for the reader: see below). Other
 * graphs are drawn at once, as before. It wraps dcc.Graph
 * itself, so a deferred graph keeps its id and callbacks (the indicator card's funnel);
 * components/lazy_graph.py is the stand-alone twin for charts without callbacks (/porownaj).
 */
(function () {
  "use strict";

  var React = window.React;
  if (!React) { return; }

  // --- graphs drawn when they come into view ---------------------------------------------------
  var DEFERRED_REGION = ".defer-graphs";
  // A figure whose layout.meta names a picture (the server's SVG of it: /analiza's map and
  // series) shows the picture in its place and is drawn only when the reader shows they want
  // it: points at or touches a pictured figure, or moves the focus with Tab, or another
  // figure is drawn (plotly.js is then loaded anyway). Then every pictured figure is drawn,
  // and each picture stays over its figure until the figure has drawn, so the place never
  // goes blank.
  var wanted = false;
  var waiting = [];

  function want() {
    if (wanted) { return; }
    wanted = true;
    waiting.splice(0).forEach(function (then) { then(); });
  }

  function whenWanted(then) {
    if (wanted) { then(); return function () {}; }
    waiting.push(then);
    return function () {
      var at = waiting.indexOf(then);
      if (at >= 0) { waiting.splice(at, 1); }
    };
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Tab") { want(); }
  }, true);

  function pictureOf(figure) {
    var meta = figure && figure.layout && figure.layout.meta;
    return meta && typeof meta.picture === "string" ? meta : null;
  }

  // The picture, with its narrow twin where the figure is narrow (the map's legends go below
  // it under 576 px: a window under 768 px, whose container is then at most 540 px wide).
  var NARROW_MEDIA = "(max-width: 767.98px)";

  function pictureImage(meta, height, ref, over) {
    var image = React.createElement("img", {
      src: meta.picture,
      alt: meta.pictureAlt || "",
      decoding: "async",
      className: "graph-picture",
      style: {height: height + "px"}
    });
    var narrow = typeof meta.pictureNarrow === "string" ?
      React.createElement("source", {media: NARROW_MEDIA, srcSet: meta.pictureNarrow}) : null;
    return React.createElement("picture", {
      ref: ref, className: over ? "graph-picture-over" : undefined
    }, narrow, image);
  }

  // Whether plotly.js has drawn the figure in ``host``: its plot made and nothing pending (a
  // map's geometry fetched), and a map's maplibre map loaded with it.
  function drawn(host) {
    var gd = host.querySelector(".js-plotly-plot");
    var full = gd && gd._fullLayout;
    if (!full || !host.querySelector(".main-svg") || (gd._promises && gd._promises.length)) {
      return false;
    }
    if (!full.map) { return true; }
    var map = full.map._subplot && full.map._subplot.map;
    return Boolean(map && map.loaded());
  }

  // The picture over a figure that is being drawn: it goes once plotly.js has drawn the
  // figure in the same box (after the frame that shows it), or after 10 s whatever happens.
  function PictureOver(props) {
    var image = React.useRef(null);
    var state = React.useState(false);
    React.useEffect(function () {
      var host = image.current && image.current.parentElement;
      if (!host) { return undefined; }
      var done = false;
      var started = Date.now();
      function watch() {
        if (done) { return; }
        if (drawn(host) || Date.now() - started > 10000) {
          done = true;
          requestAnimationFrame(function () { state[1](true); });
          return;
        }
        requestAnimationFrame(watch);
      }
      requestAnimationFrame(watch);
      return function () { done = true; };
    }, []);
    return state[0] || !props.meta ? null : pictureImage(props.meta, props.height, image, true);
  }

  function deferredGraph(Graph) {
    function DeferredGraph(props) {
      var place = React.useRef(null);
      var state = React.useState(false);
      var shown = state[0];
      var layout = props.figure && props.figure.layout;
      var height = (layout && layout.height) || 450;
      var meta = pictureOf(props.figure);
      var pictured = React.useRef(Boolean(meta));
      React.useLayoutEffect(function () {
        if (shown) { return undefined; }
        var element = place.current;
        if (!element || !element.closest(DEFERRED_REGION)) {
          if (!pictured.current) { want(); }  // plotly.js comes for it: nothing left to save
          state[1](true);  // not deferred: drawn before the browser paints the stand-in
          return undefined;
        }
        var near = false;
        var asked = !pictured.current;
        function draw() {
          if (!near || !asked) { return; }
          if (!pictured.current) { want(); }
          state[1](true);
        }
        var stopNear = window.smupWhenNear(element, function () { near = true; draw(); }, "200px 0px");
        var stopWanted = asked ? function () {} : whenWanted(function () { asked = true; draw(); });
        return function () { stopNear(); stopWanted(); };
      }, [shown]);
      if (shown) {
        var graph = React.createElement(Graph, props);
        if (!pictured.current) { return graph; }
        return React.createElement(React.Fragment, null, graph,
          React.createElement(PictureOver, {meta: meta, height: height}));
      }
      return React.createElement("div", {
        ref: place, "data-deferred-graph": "",
        id: typeof props.id === "string" ? props.id : undefined,
        className: "dash-graph " + (props.className || ""),
        style: Object.assign({height: height + "px"}, props.style),
        onPointerOver: meta ? want : undefined,
        onPointerDown: meta ? want : undefined,
        onTouchStart: meta ? want : undefined
      }, meta ? pictureImage(meta, height, null, false) : null);
    }
    Object.getOwnPropertyNames(Graph).forEach(function (key) {
      if (["length", "name", "prototype", "caller", "arguments"].indexOf(key) < 0) {
        try { DeferredGraph[key] = Graph[key]; } catch (e) { /* read-only: skipped */ }
      }
    });
    DeferredGraph.displayName = "DeferredGraph";
    return DeferredGraph;
  }

  // dash_core_components runs after the assets: its library object is wrapped as it is set.
  var dcc = window.dash_core_components;
  function wrap(library) {
    if (!library || !library.Graph || library.Graph.displayName === "DeferredGraph") {
      return library;
    }
    var copy = Object.assign({}, library);
    copy.Graph = deferredGraph(library.Graph);
    return copy;
  }
  Object.defineProperty(window, "dash_core_components", {
    configurable: true,
    enumerable: true,
    get: function () { return dcc; },
    set: function (library) { dcc = wrap(library); }
  });
  if (dcc) { dcc = wrap(dcc); }
})();
