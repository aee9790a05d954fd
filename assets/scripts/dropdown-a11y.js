/*
 * Dash 4's searchable dropdown (dcc.Dropdown), made accessible where it is not by itself:
 *  - its trigger is a <button> with tabindex=-1 reached through a read-only <input> marked
 *    aria-hidden (a workaround for Safari): a focusable element hidden from screen readers.
 *    Here the button itself takes the Tab stop and the hidden input leaves the tab order;
 *  - the button is named by its value only: the page's <label for> is added to its name
 *    ("Zawęź do obszaru, cała Polska"), in the order the button shows its texts, and the
 *    option list is named like it.
 */
(function () {
  "use strict";

  function labelOf(button) {
    var label = button.id && document.querySelector('label[for="' + CSS.escape(button.id) + '"]');
    if (!label) { return null; }
    if (!label.id) { label.id = button.id + "-label"; }
    return label;
  }

  function fixTrigger(button) {
    var dummy = button.previousElementSibling;
    var isDummy = dummy && dummy.classList.contains("dash-dropdown-focus-target");
    // Only on a change: setting an attribute, even to its value, wakes the observer again.
    if (isDummy && dummy.getAttribute("tabindex") !== "-1") {
      dummy.setAttribute("tabindex", "-1");
    }
    if (!button.disabled && button.getAttribute("tabindex") !== "0") {
      button.setAttribute("tabindex", "0");
    }
    // The name reads as the button shows: label, chosen values, then their count.
    var label = labelOf(button);
    var parts = [label && label.id, button.id + "-value", button.id + "-value-count"];
    var named = parts.filter(function (id) { return id && document.getElementById(id); }).join(" ");
    if (label && button.getAttribute("aria-labelledby") !== named) {
      button.setAttribute("aria-labelledby", named);
    }
  }

  function fixLists() {
    document.querySelectorAll(".dash-dropdown-wrapper").forEach(function (wrapper) {
      var button = wrapper.querySelector("button.dash-dropdown");
      var list = wrapper.querySelector(".dash-options-list:not([aria-label])");
      var label = button && labelOf(button);
      if (list && label) { list.setAttribute("aria-label", label.textContent); }
    });
  }

  function fixAll() {
    document.querySelectorAll("button.dash-dropdown").forEach(fixTrigger);
    fixLists();
  }

  new MutationObserver(fixAll).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["tabindex", "aria-labelledby"],
  });
})();
