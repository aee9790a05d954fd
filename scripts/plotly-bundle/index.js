// The plotly.js the app sends: core (scatter and shapes included) and the traces the app draws
// (grep '"type":' in analysis/, components/, pages/). Add a trace here when a figure needs it.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/histogram'),
    require('plotly.js/lib/choroplethmap'),
]);

module.exports = Plotly;
