/*
 * The browser side of components/lazy_graph.py: ``LazyGraph`` keeps a chart's place (its
 * height) and draws the chart, a dcc.Graph with the same figure and config, once the place is
 * in view or less than 200 px from it. A page of many charts (/porownaj) draws the few on the
 * screen when it loads and the others as it is scrolled, not all of them at once.
 */
(function () {
  "use strict";

  var React = window.React;
  if (!React) { return; }


  function noop() {}

  function LazyGraph(props) {
    var state = React.useState(false);
    var near = state[0];
    var setNear = state[1];
    var place = React.useRef(null);
    React.useEffect(function () {
      if (near) { return undefined; }
      return window.smupWhenNear(place.current, function () { setNear(true); }, "200px 0px");
    }, [near]);
    var Graph = window.dash_core_components && window.dash_core_components.Graph;
    if (near && Graph) {
      return React.createElement(Graph, {
        id: props.id,
        className: props.className,
        figure: props.figure,
        config: props.config,
        setProps: noop,
      });
    }
    return React.createElement("div", {
      ref: place,
      id: props.id,
      className: props.className,
      style: { height: props.height + "px" },
    });
  }

  window.smup_components = window.smup_components || {};
  window.smup_components.LazyGraph = LazyGraph;
})();
