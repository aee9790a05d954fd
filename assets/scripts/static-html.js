/*
 * The browser side of components/static_html.py: ``StaticHtml`` shows markup the server made
 * (escaped there) as one element instead of thousands of Dash components.
 *
 * - ``<a data-nav>`` (a dcc.Link on the server) is followed like dcc.Link does: the history
 *   entry changes and Dash's pages render the new address, without a reload (a modified click
 *   still opens a new tab or window).
 * - ``defer``: filled after the first paint, one element per task (the page's lower part).
 * - ``<button data-embed-target>`` (an "Osadź" button, embeds/dialog.py) opens the embed
 *   dialog of its view through the dialog's request store, as the Dash button's callback does.
 */
(function () {
  "use strict";

  var React = window.React;

  function follow(event) {
    var link = event.target.closest && event.target.closest("a[data-nav]");
    if (!link || event.defaultPrevented || event.button !== 0) { return false; }
    if (event.metaKey || event.shiftKey || event.altKey || event.ctrlKey) { return false; }
    event.preventDefault();
    window.history.pushState({}, "", link.getAttribute("href"));
    window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
    window.scrollTo(0, 0);
    return true;
  }

  function openEmbed(event) {
    var button = event.target.closest && event.target.closest("button[data-embed-target]");
    if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    window.dash_clientside.set_props("embed-request", {
      data: {target: button.dataset.embedTarget, search: window.location.search, at: Date.now()}
    });
  }

  // Deferred elements are filled one per task, in page order, after the first paint: one
  // long task of the whole page's tables becomes several short ones (input is answered
  // between them). Until filled, an element carries data-deferred.
  var queue = [];
  var pumping = false;
  function pump() {
    var next = queue.shift();
    if (next) { next(); window.setTimeout(pump, 0); } else { pumping = false; }
  }
  function later(fill) {
    queue.push(fill);
    if (!pumping) { pumping = true; window.setTimeout(pump, 0); }
  }

  function StaticHtml(props) {
    var filled = React.useState(!props.defer);
    var shown = filled[0];
    var show = filled[1];
    React.useEffect(function () {
      if (shown) { return undefined; }
      var mounted = true;
      later(function () { if (mounted) { show(true); } });
      return function () { mounted = false; };
    }, [shown]);
    return React.createElement("div", {
      id: props.id,
      className: props.className,
      "data-deferred": shown ? undefined : "",
      dangerouslySetInnerHTML: {__html: shown ? props.html || "" : ""},
      onClick: function (event) {
        if (!follow(event)) { openEmbed(event); }
      }
    });
  }

  window.smup_components = window.smup_components || {};
  // Re-rendered only when the markup changes (the browser keeps the <details> it opened).
  window.smup_components.StaticHtml = React.memo(StaticHtml, function (before, after) {
    return before.html === after.html && before.className === after.className &&
      before.id === after.id && before.defer === after.defer;
  });
})();
