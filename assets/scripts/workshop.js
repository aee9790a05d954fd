/*
 * Live workshop (components/workshop_ui.py, accounts/workshop_routes.py; the addresses it asks
 * come from the panels' data-*-href, built by core/urls.py). No connection is held
 * open (the app runs on a few sync workers): everything is short requests.
 *
 * Trainer (#workshop-trainer above the presentation): whenever the presentation shows another
 * slide (its data-slide), POST it to /warsztat/<code>/slajd; every 3 s ask how many follow.
 *
 * Participant (#workshop-follower on /warsztat/<code>): every second (every 5 s in a hidden
 * tab) GET /warsztat/<code>/stan with If-None-Match (304 while nothing moved); each poll is
 * also the participant's heartbeat, with a random id kept for the tab. While following, a new
 * trainer slide is fetched from /warsztat/<code>/slajd/<n> (Dash components as JSON) and put in
 * place with dash_clientside.set_props, and announced in the aria-live region. "Przeglądam sam(a)" stops following and shows
 * previous/next; "Śledź prowadzącego" jumps back to the trainer's slide.
 */
(function () {
  "use strict";
  var POLL_MS = 1000;
  var HIDDEN_POLL_MS = 5000;
  var COUNT_MS = 3000;
  var ID_KEY = "smup-workshop-participant";

  function setProps(id, props) {
    var dc = window.dash_clientside;
    if (dc && dc.set_props) { dc.set_props(id, props); }
  }

  function language() {
    return document.documentElement.lang === "en" ? "&lang=en" : "";
  }

  // --- participant ---------------------------------------------------------------------------
  var follower = null;

  function participantId() {
    var id = null;
    try { id = window.sessionStorage.getItem(ID_KEY); } catch (error) { id = null; }
    if (!id || !/^[0-9a-f]{32}$/.test(id)) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      }).join("");
      try { window.sessionStorage.setItem(ID_KEY, id); } catch (error) { /* private mode */ }
    }
    return id;
  }

  function followerState(root) {
    if (!follower || follower.root !== root) {
      follower = {
        root: root,
        code: root.dataset.code,
        stateHref: root.dataset.stateHref,
        slideHref: root.dataset.slideHref,
        slides: parseInt(root.dataset.slides, 10),
        trainerSlide: parseInt(root.dataset.slide, 10),
        shown: parseInt(root.dataset.slide, 10),
        following: true,
        asked: 0,
        etag: null,
        busy: false
      };
    }
    return follower;
  }

  // Fetch slide n (the same answer for every participant, prepared once by the server) and
  // put it in place; an answer overtaken by a later request is dropped.
  function show(state, slide, byTrainer) {
    state.shown = slide;
    var asked = ++state.asked;
    fetch(state.slideHref + slide + "?" + language(),
      { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (!answer || asked !== state.asked) { return; }
        setProps("workshop-slide", { children: answer.content });
        setProps("workshop-announce", { children: byTrainer ? answer.moved : answer.showing });
      })
      .catch(function () { if (asked === state.asked) { state.shown = null; } });
  }

  function renderMode(state) {
    var toggle = document.getElementById("workshop-toggle");
    var mode = document.getElementById("workshop-mode");
    if (!toggle || !mode) { return; }
    setProps("workshop-toggle", {
      children: state.following ? toggle.dataset.exploreLabel : toggle.dataset.followLabel
    });
    setProps("workshop-mode", {
      children: state.following ? mode.dataset.following
        : mode.dataset.exploring.replace("{index}", String(state.trainerSlide))
    });
    setProps("workshop-follower", {
      className: "workshop-follower" + (state.following ? "" : " exploring")
    });
  }

  function poll(state) {
    if (state.busy) { return; }
    state.busy = true;
    var url = state.stateHref + "?uczestnik=" +
      participantId() + "&tryb=" + (state.following ? "sledze" : "sam") + language();
    var headers = state.etag ? { "If-None-Match": state.etag } : {};
    fetch(url, { cache: "no-store", credentials: "same-origin", headers: headers })
      .then(function (response) {
        if (response.status === 404) { window.location.reload(); return null; }
        if (response.status !== 200) { return null; }
        state.etag = response.headers.get("ETag");
        return response.json();
      })
      .then(function (answer) {
        if (answer && answer.ended) { window.location.reload(); return; }
        if (answer) {
          var moved = answer.slide !== state.trainerSlide;
          state.trainerSlide = answer.slide;
          if (!state.following && moved) { renderMode(state); }
        }
        // Also after a 304: a slide that failed to arrive is asked for again.
        if (state.following && state.trainerSlide !== state.shown) {
          show(state, state.trainerSlide, true);
        }
      })
      .catch(function () { /* offline for a moment: the next poll tries again */ })
      .then(function () { state.busy = false; });
  }

  function followerTick() {
    var root = document.getElementById("workshop-follower");
    if (!root) { follower = null; return; }
    poll(followerState(root));
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button");
    if (!button || !follower || !document.body.contains(follower.root)) { return; }
    var state = follower;
    if (button.id === "workshop-toggle") {
      state.following = !state.following;
      renderMode(state);
      if (state.following && state.trainerSlide !== state.shown) {
        show(state, state.trainerSlide, true);
      }
      poll(state);  // tell the trainer's count at once
    } else if (button.id === "workshop-previous" || button.id === "workshop-next") {
      var step = button.id === "workshop-next" ? 1 : -1;
      var target = Math.min(Math.max((state.shown || state.trainerSlide) + step, 1), state.slides);
      if (target !== state.shown) { show(state, target, false); }
    }
  });

  // --- trainer -------------------------------------------------------------------------------
  var reported = null;
  var lastCount = 0;

  function reportSlide() {
    var panel = document.getElementById("workshop-trainer");
    if (!panel) { return; }
    var key = panel.dataset.code + ":" + panel.dataset.slide;
    if (key === reported) { return; }
    reported = key;
    fetch(panel.dataset.moveHref, {
      method: "POST",
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-CSRFToken": panel.dataset.csrf
      },
      body: "widok=" + encodeURIComponent(panel.dataset.slide)
    }).then(function (response) {
      if (!response.ok) { reported = null; }
    }).catch(function () { reported = null; });
  }

  function refreshCount() {
    var panel = document.getElementById("workshop-trainer");
    if (!panel) { return; }
    lastCount = Date.now();
    fetch(panel.dataset.countHref + "?_" + language(),
      { cache: "no-store", credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        var count = document.getElementById("workshop-count");
        if (answer && count && count.textContent !== answer.text) {
          setProps("workshop-count", { children: answer.text });
        }
      })
      .catch(function () { /* try again later */ });
  }

  new MutationObserver(function () {
    if (document.getElementById("workshop-trainer")) {
      reportSlide();
      if (!lastCount) { refreshCount(); }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["data-slide"]
  });

  function loop() {
    followerTick();
    if (document.getElementById("workshop-trainer")) {
      reportSlide();
      if (Date.now() - lastCount >= COUNT_MS) { refreshCount(); }
    }
    window.setTimeout(loop, document.hidden ? HIDDEN_POLL_MS : POLL_MS);
  }
  window.setTimeout(loop, POLL_MS);
})();
