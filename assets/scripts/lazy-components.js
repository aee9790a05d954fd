/*
 * Charts drawn when they come into view (issue 19: phones pay for every script they parse):
 * a ``dcc.Graph`` inside an element with the class ``defer-graphs`` keeps its place (the
 * figure's height) until it is within 200 px of the viewport; only then are plotly.js and the
 * graph loaded and drawn. Other graphs are drawn at once, as before. It wraps dcc.Graph
 * itself, so a deferred graph keeps its id and callbacks (the indicator card's funnel);
 * components/lazy_graph.py is the stand-alone twin for charts without callbacks (/porownaj).
 */
(function () {
  "use strict";

  var React = window.React;
  if (!React) { return; }

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
        if (!element || !element.closest(DEFERRED_REGION)) {
          state[1](true);  // not deferred: drawn before the browser paints the stand-in
          return undefined;
        }
        return window.smupWhenNear(element, function () { state[1](true); }, "200px 0px");
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
