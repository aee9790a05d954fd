/*
 * The /analiza indicator search as a combobox (WAI-ARIA 1.2 list autocomplete): the input
 * gets its ARIA states; ArrowDown/ArrowUp move through the results (aria-activedescendant),
 * Enter picks the highlighted result (or the first one) by clicking it, so that Dash's
 * callback sees the pick; Escape hides the list until the next key. The results are drawn by the server
 * (pages/analiza.py, search_results): each carries the query it answers in data-query, so
 * an Enter pressed before the list for the text typed has arrived waits for it.
 */
(function () {
  "use strict";
  var INPUT = "analiza-search";
  var LIST = "analiza-search-list";
  var pendingEnter = false;

  function parts() {
    var input = document.getElementById(INPUT);
    var list = document.getElementById(LIST);
    return input && list ? { input: input, list: list } : null;
  }

  function options(list) {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
  }

  function current(p) {
    var first = p.list.firstElementChild;
    return first !== null && first.getAttribute("data-query") === p.input.value.trim();
  }

  function highlight(p, index) {
    var all = options(p.list);
    all.forEach(function (option, i) {
      option.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index >= 0 && all[index]) {
      p.input.setAttribute("aria-activedescendant", all[index].id);
      all[index].scrollIntoView({ block: "nearest" });
    } else {
      p.input.removeAttribute("aria-activedescendant");
    }
  }

  function activeIndex(p) {
    return options(p.list).findIndex(function (o) {
      return o.getAttribute("aria-selected") === "true";
    });
  }

  function pick(p) {
    var all = options(p.list);
    var chosen = all[Math.max(activeIndex(p), 0)];
    if (chosen) { chosen.click(); }
  }

  function setOnce(element, name, value) {
    if (element.getAttribute(name) !== value) { element.setAttribute(name, value); }
  }

  function sync(p) {
    var open = p.list.children.length > 0 && !p.list.hidden;
    var active = p.input.getAttribute("aria-activedescendant");
    if (active && (!open || !document.getElementById(active))) {
      p.input.removeAttribute("aria-activedescendant"); // its list was redrawn or closed
    }
    // Set only what differs: this runs after every DOM change of the page (Dash renders
    // late), and a write of the same value still makes the browser check the styles again.
    setOnce(p.input, "role", "combobox");
    setOnce(p.input, "aria-autocomplete", "list");
    setOnce(p.input, "aria-controls", LIST);
    setOnce(p.input, "aria-expanded", open ? "true" : "false");
    if (open && pendingEnter && current(p)) {
      pendingEnter = false;
      pick(p);
    }
  }

  document.addEventListener("keydown", function (event) {
    var p = parts();
    if (!p || event.target !== p.input) { return; }
    if (event.key !== "Escape") { p.list.hidden = false; }
    var count = options(p.list).length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) { return; }
      event.preventDefault();
      var step = event.key === "ArrowDown" ? 1 : -1;
      highlight(p, (activeIndex(p) + step + count) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (count && current(p)) { pick(p); } else if (p.input.value.trim()) { pendingEnter = true; }
    } else if (event.key === "Escape") {
      pendingEnter = false;
      highlight(p, -1);
      p.list.hidden = true; // the list is Dash's: hidden, not emptied
      sync(p);
    } else {
      pendingEnter = false;
    }
  }, true);

  // Leaving the search closes its list (after a click on a result has been taken).
  document.addEventListener("focusout", function (event) {
    var p = parts();
    if (!p || event.target !== p.input) { return; }
    setTimeout(function () {
      if (document.activeElement !== p.input) { p.list.hidden = true; sync(p); }
    }, 200);
  });

  // Dash redraws the list (and renders the page late): keep the ARIA states in step.
  var pending = false;
  new MutationObserver(function () {
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () {
      pending = false;
      var p = parts();
      if (p) { sync(p); }
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
