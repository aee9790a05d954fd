/*
 * The page's first screen, made on the server (components/first_screen.py), is shown until
 * Dash has rendered the page content: it is removed in the same task Dash puts the content
 * into the pages router's container (#_pages_content), so one copy of the page is ever seen.
 * While it shows, assets/styles/first-screen.css keeps the live tree laid out but unseen.
 *
 * Should Dash never fill the page (an error), the live tree is shown after FALLBACK_MS all
 * the same: the page is never left as an inert picture.
 */
(function () {
  "use strict";

  var FALLBACK_MS = 10000;
  var picture = document.querySelector("body > .first-screen");
  if (!picture) { return; }
  var observer = null;
  var timer = null;

  function swap() {
    if (observer) { observer.disconnect(); observer = null; }
    if (timer) { window.clearTimeout(timer); timer = null; }
    if (picture.parentNode) { picture.parentNode.removeChild(picture); }
  }

  function filled() {
    var content = document.getElementById("_pages_content");
    return Boolean(content && content.firstChild);
  }

  var root = document.getElementById("react-entry-point");
  if (!root || !window.MutationObserver) { swap(); return; }
  // Mutation records are delivered before the browser paints the change: the picture goes
  // in the frame the live content first shows.
  observer = new MutationObserver(function () { if (filled()) { swap(); } });
  observer.observe(root, {childList: true, subtree: true});
  timer = window.setTimeout(swap, FALLBACK_MS);
})();
