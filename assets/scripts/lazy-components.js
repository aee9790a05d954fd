/*
 * What a page loads only when it needs it (issue 19: phones pay for every script they parse).
 *
 * - Component libraries loaded on demand (delivery.py, LAZY_LIBRARIES): a page that draws no
 *   AG Grid first comes without the grid's main script (0.35 MB brotli, 1.3 MB to parse); its
 *   address is in the JSON block ``#smup-lazy-scripts``. Until the script is there,
 *   ``window.dash_ag_grid.AgGrid`` is a stand-in that loads it and then draws the real grid
 *   with the same props (the script replaces ``window.dash_ag_grid`` when it runs).
 * - Charts drawn when they come into view: a ``dcc.Graph`` inside an element with the class
 *   ``defer-graphs`` keeps its place (the figure's height) until it is within 200 px of the
 *   viewport; only then are plotly.js (0.69 MB brotli) and the graph loaded and drawn. Other
 *   graphs are drawn at once, as before.
 */
(function () {
  "use strict";

  var React = window.React;
  if (!React) { return; }

  // --- libraries on demand -------------------------------------------------------------------
  var block = document.getElementById("smup-lazy-scripts");
  var addresses = {};
  try { addresses = block ? JSON.parse(block.textContent) : {}; } catch (e) { addresses = {}; }
  var loading = {};

  function load(name) {
    if (!loading[name]) {
      loading[name] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = addresses[name];
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading[name];
  }

  function standIn(name, placeholder, type) {
    function Lazy(props) {
      var state = React.useState(0);
      var library = window[name];
      var real = library !== placeholder && library ? library[type] : null;
      React.useEffect(function () {
        if (real) { return undefined; }
        var alive = true;
        load(name).then(function () { if (alive) { state[1](1); } });
        return function () { alive = false; };
      }, [real]);
      if (real) { return React.createElement(real, props); }
      return React.createElement("div", {
        id: typeof props.id === "string" ? props.id : undefined,
        className: "lazy-component " + (props.className || ""),
        style: props.style, "aria-busy": "true"
      });
    }
    Lazy.displayName = "Lazy(" + name + "." + type + ")";
    return Lazy;
  }

  Object.keys(addresses).forEach(function (name) {
    if (window[name]) { return; }  // the page has the script after all
    var components = {};
    var placeholder = new Proxy(components, {
      get: function (target, type) {
        if (typeof type !== "string" || !/^[A-Z]/.test(type)) { return undefined; }
        if (!target[type]) { target[type] = standIn(name, placeholder, type); }
        return target[type];
      }
    });
    window[name] = placeholder;
  });

  // --- graphs drawn when they come into view ---------------------------------------------------
  var DEFERRED_REGION = ".defer-graphs";

  function deferredGraph(Graph) {
    function DeferredGraph(props) {
      var place = React.useRef(null);
      var state = React.useState(false);
      var shown = state[0];
      React.useLayoutEffect(function () {
        if (shown) { return undefined; }
        var element = place.current;
        if (!element || !element.closest(DEFERRED_REGION) || !window.IntersectionObserver) {
          state[1](true);  // not deferred: drawn before the browser paints the stand-in
          return undefined;
        }
        var observer = new IntersectionObserver(function (entries) {
          if (entries.some(function (entry) { return entry.isIntersecting; })) {
            observer.disconnect();
            state[1](true);
          }
        }, {rootMargin: "200px 0px"});
        observer.observe(element);
        return function () { observer.disconnect(); };
      }, [shown]);
      if (shown) { return React.createElement(Graph, props); }
      var layout = props.figure && props.figure.layout;
      var height = (layout && layout.height) || 450;
      return React.createElement("div", {
        ref: place, "data-deferred-graph": "",
        id: typeof props.id === "string" ? props.id : undefined,
        className: "dash-graph " + (props.className || ""),
        style: Object.assign({height: height + "px"}, props.style)
      });
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
