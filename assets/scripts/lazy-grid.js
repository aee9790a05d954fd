/*
 * dash-ag-grid's script (1.3 MB, 0.35 MB brotli, and its grid part, 0.87 MB, 0.25 MB brotli)
 * loads only when a grid comes near the screen. Dash puts every component library's script on
 * every page; the server (delivery.py) takes the grid's out and leaves its address in the data
 * block #smup-lazy-scripts. Until the script has loaded, `window.dash_ag_grid.AgGrid` is the
 * component below: it keeps the grid's place (its id, class and style: the reserved height),
 * loads the script once the place comes into view, or within 100 px below it (the table of
 * /analiza is below the map: it loads as the page is scrolled or tabbed down to it), then
 * draws the real grid with the same props (a place waiting for the view is not busy: nothing
 * loads yet). Dash keeps rendering this component (the library object is kept with it), so
 * the grid is created once; `dash_ag_grid.getApi` comes with the script.
 */
(function () {
  "use strict";
  if (window.dash_ag_grid || !window.React) { return; } // loaded with the page after all

  var React = window.React;
  var loading = null;

  function scriptAddress() {
    var block = document.getElementById("smup-lazy-scripts");
    return block ? JSON.parse(block.textContent).dash_ag_grid : null;
  }

  // The real library, loaded once however many grids ask for it.
  function loadLibrary() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var src = scriptAddress();
        if (!src) { reject(new Error("dash_ag_grid's script address is missing")); return; }
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () {
          var real = window.dash_ag_grid;
          // Dash resolves the component from window.dash_ag_grid on every render: it keeps
          // this one (a new type would remount the grid), the rest is the library's own.
          LazyAgGrid.dashPersistence = real.AgGrid.dashPersistence;
          window.dash_ag_grid = Object.assign({}, real, { AgGrid: LazyAgGrid });
          resolve(real.AgGrid);
        };
        script.onerror = function () { reject(new Error("dash_ag_grid's script did not load")); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }


  function LazyAgGrid(props) {
    var state = React.useState(null);
    var Real = state[0];
    var setReal = state[1];
    var place = React.useRef(null);
    React.useEffect(function () {
      var live = true;
      var stop = window.smupWhenNear(place.current, function () {
        loadLibrary().then(function (component) {
          if (live) { setReal(function () { return component; }); }
        });
      }, "0px 0px 100px 0px");  // in view or less than 100 px below it
      return function () { live = false; stop(); };
    }, []);
    if (Real) { return React.createElement(Real, props); }
    return React.createElement("div", {
      ref: place,
      id: props.id,
      className: props.className,
      style: props.style,
    });
  }
  // Dash passes the render type only to a component that declares it (the grid uses it).
  LazyAgGrid.dashRenderType = true;

  window.dash_ag_grid = { AgGrid: LazyAgGrid };
})();
