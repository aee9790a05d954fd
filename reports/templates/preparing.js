(function () {
  "use strict";
  var main = document.getElementById("report-wait");
  var status = document.getElementById("report-status");
  var url = main.getAttribute("data-poll-url");
  var wait = Number(main.getAttribute("data-poll-ms")) || 2000;
  function check() {
    fetch(url, { headers: { "X-Report-Poll": "1" }, cache: "no-store", credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.state === "queued" || answer.state === "running") {
          window.setTimeout(check, wait);
          return;
        }
        if (answer.state === "ready") {
          status.textContent = main.getAttribute("data-ready");
        }
        window.location.replace(url);
      })
      .catch(function () { window.setTimeout(check, 2 * wait); });
  }
  window.setTimeout(check, wait);
})();
