// The plotly.js the app sends: core (scatter and shapes included) and the traces the app draws
// (grep '"type":' in analysis/, components/, pages/). Add a trace here when a figure needs it.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/histogram'),
    // choroplethmap draws nothing unless scattermap is registered too (plotly.js 4.1.1; the
    // browser test test_reduced_plotly_draws_the_map_and_the_series checks the pixels).
    require('plotly.js/lib/scattermap'),
    require('plotly.js/lib/choroplethmap'),
]);

module.exports = Plotly;
