/*
 * "Zapisz widok" saves without leaving the page: the dialog's form is posted with fetch (header
 * X-Smup-In-Place, answered with JSON by accounts/routes.py) and the outcome is said in the
 * dialog's status region, with a link to "Moje widoki". Without scripts the form posts and
 * redirects as before.
 */
(function () {
  "use strict";

  function statusBox() { return document.getElementById("accounts-save-status"); }

  function say(box, text, saved) {
    var message = document.createElement("p");
    message.className = "alert mb-2 " + (saved ? "alert-success" : "alert-danger");
    message.textContent = text;
    box.replaceChildren(message);
    if (!saved) { return; }
    var link = document.createElement("a");
    link.href = box.dataset.linkHref;
    link.textContent = box.dataset.linkText;
    message.append(" ", link);
    link.focus();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var box = statusBox();
    if (!form.classList.contains("save-view-form") || !box || !window.fetch) { return; }
    event.preventDefault();
    form.setAttribute("aria-busy", "true");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Smup-In-Place": "1" },
      credentials: "same-origin"
    })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        form.hidden = answer.saved;
        say(box, answer.message, answer.saved);
      })
      .catch(function () { say(box, box.dataset.failed, false); })
      .finally(function () { form.removeAttribute("aria-busy"); });
  });

  // A new dialog starts empty: the form shown, no message of the previous save.
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest("#accounts-save-open")) { return; }
    var box = statusBox();
    var form = document.querySelector(".save-view-form");
    if (box) { box.replaceChildren(); }
    if (form) { form.hidden = false; }
  });
})();
