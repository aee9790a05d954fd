/*
 * The focus stays inside an open dialog (a Bootstrap modal: the "Osadź" dialog and the
 * others): Tab from its last control goes to its first, Shift+Tab from its first to its last,
 * and a Tab pressed while the focus is somewhere else (the page behind) goes into the dialog.
 * react-bootstrap's own trap only brings the focus back after it has left (a timer after the
 * focus event): under load a keyboard user, or a test, met the page behind the dialog. This
 * handler decides before the browser moves the focus, so nothing can slip through.
 */
(function () {
  "use strict";

  var CANDIDATES = [
    "a[href]", "area[href]", "button", "input", "select", "textarea", "iframe", "summary",
    "[tabindex]", "[contenteditable='true']"
  ].join(",");

  function visible(element) {
    return element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden";
  }

  // A group of radio buttons is one Tab stop: its checked button, else its first.
  function radioStop(dialog, radio) {
    var group = Array.prototype.filter.call(
      dialog.querySelectorAll("input[type='radio']"),
      function (other) { return other.name === radio.name && !other.disabled && visible(other); }
    );
    return group.filter(function (other) { return other.checked; })[0] || group[0];
  }

  // The controls Tab stops at in the dialog, in order.
  function stops(dialog) {
    return Array.prototype.filter.call(dialog.querySelectorAll(CANDIDATES), function (element) {
      if (element.disabled || element.tabIndex < 0 || element.type === "hidden") { return false; }
      if (!visible(element)) { return false; }
      return !(element.type === "radio" && element.name) || radioStop(dialog, element) === element;
    });
  }

  function sameStop(a, b) {
    return a === b || (a.type === "radio" && b.type === "radio" && a.name && a.name === b.name);
  }

  function openDialog() {
    var open = document.querySelectorAll(".modal.show[aria-modal='true'], .modal.show[role='dialog']");
    return open.length ? open[open.length - 1] : null;  // the topmost
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) { return; }
    var dialog = openDialog();
    if (!dialog) { return; }
    var controls = stops(dialog);
    var active = document.activeElement;
    if (!controls.length) {
      event.preventDefault();
      dialog.focus();
      return;
    }
    var first = controls[0];
    var last = controls[controls.length - 1];
    var outside = !active || active === dialog || !dialog.contains(active);
    var atEdge = !outside && (event.shiftKey ? sameStop(active, first) : sameStop(active, last));
    if (outside || atEdge) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }, true);
})();
