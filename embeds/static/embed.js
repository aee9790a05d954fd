/*
 * The embedded view's figure: the Plotly figure the server wrote into the page as JSON (a data
 * block, so the Content-Security-Policy needs no inline script), drawn to fill its box and
 * redrawn with the frame's size. The map refits its territory with map-fit.js.
 */
(function () {
  "use strict";
  document.querySelectorAll("[data-figure]").forEach(function (box) {
    var figure = JSON.parse(document.getElementById(box.dataset.figure).textContent);
    window.Plotly.newPlot(box, figure.data, figure.layout, {
      displaylogo: false, displayModeBar: false, responsive: true
    });
  });
})();
