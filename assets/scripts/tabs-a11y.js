/*
 * dash-bootstrap-components' Tabs (dbc 2.0.4), made accessible where it is not by itself: its
 * tab links get no event key, so every tab is named "…-tab-null", points at a panel
 * "…-tabpane-null" that does not exist and has tabindex=-1 (no tab is reachable from the
 * keyboard). Here each tab takes the id its panel is labelled by and controls that panel
 * (tabs and panels are in the same order), the active tab is selected and takes the Tab stop,
 * and the arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, manual
 * activation: Enter or Space opens the focused tab).
 */
(function () {
  "use strict";

  function setIfChanged(element, name, value) {
    // Only on a change: setting an attribute, even to its value, wakes the observer again.
    if (element.getAttribute(name) !== value) { element.setAttribute(name, value); }
  }

  function panelsOf(tablist) {
    var content = tablist.nextElementSibling;
    if (!content || !content.classList.contains("tab-content")) { return []; }
    return Array.prototype.filter.call(content.children, function (el) {
      return el.getAttribute("role") === "tabpanel";
    });
  }

  function fixTablist(tablist) {
    var tabs = tablist.querySelectorAll('[role="tab"]');
    var panels = panelsOf(tablist);
    if (tabs.length !== panels.length) { return; }
    tabs.forEach(function (tab, i) {
      var active = tab.classList.contains("active");
      setIfChanged(tab, "id", panels[i].getAttribute("aria-labelledby"));
      setIfChanged(tab, "aria-controls", panels[i].id);
      setIfChanged(tab, "aria-selected", active ? "true" : "false");
      setIfChanged(tab, "tabindex", active ? "0" : "-1");
    });
  }

  function fixAll() {
    document.querySelectorAll('.nav-tabs[role="tablist"]').forEach(fixTablist);
  }

  document.addEventListener("keydown", function (event) {
    var tab = event.target.closest && event.target.closest('.nav-tabs [role="tab"]');
    if (!tab) { return; }
    var tabs = Array.prototype.slice.call(
      tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]'));
    var i = tabs.indexOf(tab), next = null;
    if (event.key === "ArrowRight") { next = tabs[(i + 1) % tabs.length]; }
    if (event.key === "ArrowLeft") { next = tabs[(i - 1 + tabs.length) % tabs.length]; }
    if (event.key === "Home") { next = tabs[0]; }
    if (event.key === "End") { next = tabs[tabs.length - 1]; }
    if (event.key === " ") { event.preventDefault(); tab.click(); }
    if (next) { event.preventDefault(); next.focus(); }
  });

  new MutationObserver(fixAll).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["class", "tabindex", "aria-controls"],
  });
})();
