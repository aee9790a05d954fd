/*
 * The page's first screen and the start of Dash (app.py's ``after_first_paint``).
 *
 * 1. The page's HTML carries a picture of its first screen (components/first_screen.py),
 *    and Dash's scripts fetched (low-priority preloads) but held (a type that does not run):
 *    this script (deferred) waits until the browser has painted the picture, then runs them
 *    in their order and starts Dash's renderer (its inline script, held the same way).
 * 2. The picture is removed in the same task Dash puts the page content into the pages
 *    router's container (#_pages_content): one copy of the page is ever seen. Meanwhile
 *    assets/styles/first-screen.css keeps the live tree laid out at the same place, unseen.
 *    Should Dash never fill the page (an error), the live tree is shown after FALLBACK_MS
 *    all the same: the page is never left as an inert picture.
 */
(function () {
  "use strict";

  var FALLBACK_MS = 10000;
  var START_AT_LATEST_MS = 2000;

  function watch() {
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
    // Mutation records are delivered before the browser paints the change: the picture
    // goes in the frame the live content first shows.
    observer = new MutationObserver(function () { if (filled()) { swap(); } });
    observer.observe(root, {childList: true, subtree: true});
    timer = window.setTimeout(swap, FALLBACK_MS);
  }

  var HELD = "text/x-after-paint";

  function run(held) {
    var script = document.createElement("script");
    if (held.src) {
      script.src = held.src;
      script.async = false;  // run in the page's order, fetched at once
    } else {
      script.textContent = held.textContent;  // allowed by its hash, as the held one
    }
    held.parentNode.insertBefore(script, held);
    return script;
  }

  function loadScripts() {
    var held = Array.prototype.slice.call(
      document.querySelectorAll('script[type="' + HELD + '"]'));
    var files = held.filter(function (script) { return script.src; });
    var inline = held.filter(function (script) { return !script.src; });  // the renderer
    var last = null;
    files.forEach(function (script) { last = run(script); });
    function rest() { inline.forEach(run); }
    if (!last) { rest(); return; }
    // Ordered scripts: the last one runs after all the others.
    last.addEventListener("load", rest);
    last.addEventListener("error", rest);
  }

  var started = false;
  function start() {
    if (started) { return; }
    started = true;
    watch();
    loadScripts();
  }

  // Once the first screen is on the screen: the first contentful paint reported and the
  // picture's images decoded, then one more frame. (Before that, Dash's scripts would hold
  // the main thread while the browser is still to show the page.)
  function whenPainted(callback) {
    var paints = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    var painted = new Promise(function (resolve) {
      if (!paints || paints.indexOf("paint") < 0) { resolve(); return; }
      var observer = new PerformanceObserver(function (list) {
        if (list.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe({type: "paint", buffered: true});
    });
    var images = Array.prototype.slice.call(document.querySelectorAll(".first-screen img"));
    var decoded = Promise.all(images.map(function (image) {
      return image.decode ? image.decode().catch(function () {}) : null;
    }));
    Promise.all([painted, decoded]).then(function () {
      window.requestAnimationFrame(function () { window.setTimeout(callback, 0); });
    });
  }

  if (document.visibilityState === "hidden") {
    start();  // a background tab paints nothing (and runs no animation frames)
  } else {
    whenPainted(start);
    window.setTimeout(start, START_AT_LATEST_MS);  // however the paints go
  }
})();
