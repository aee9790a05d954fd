/*
 * The /analiza territory picker (pages/analiza.py) is drawn with its chosen option only: a
 * dcc.Dropdown indexes every substring of its options when it gets them, and the ~400
 * territories cost a phone ~0.7 s of its main thread while the page loads. The first time the
 * picker is focused (Tab, a click) or pressed, this asks for all of them
 * (the store "analiza-territory-wanted"; the page's callback territory_list answers), before
 * the list opens or the first key is typed.
 */
(function () {
  "use strict";
  var PICKER = "analiza-territory";
  var WANTED = "analiza-territory-wanted";

  function wanted(event) {
    var button = document.getElementById(PICKER);
    // the picker's button, or the input before it that hands it the focus (Tab)
    if (!button || !button.parentElement || !button.parentElement.contains(event.target)) {
      return;
    }
    if (button.dataset.smupWanted || !window.dash_clientside || !window.dash_clientside.set_props) {
      return;
    }
    button.dataset.smupWanted = "1"; // asked once for this picker
    window.dash_clientside.set_props(WANTED, { data: true });
  }

  document.addEventListener("focusin", wanted, true);
  document.addEventListener("pointerdown", wanted, true);
})();
