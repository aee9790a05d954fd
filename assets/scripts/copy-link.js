/*
 * "Kopiuj link" beside a shared link (components/account_ui.py share_box): copies the field's text and
 * says so in the status line next to it; where the clipboard is refused, the link is left
 * selected and the message says to press Ctrl+C.
 */
(function () {
  "use strict";

  function copyBySelection(field) {
    field.focus();
    field.select();
    try { return document.execCommand("copy"); } catch (error) { return false; }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.copy-link");
    if (!button) { return; }
    var field = document.getElementById(button.dataset.copyFrom);
    var status = button.closest(".share-box").querySelector(".copy-status");
    function done(copied) {
      status.textContent = copied ? button.dataset.copied : button.dataset.copyFailed;
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(
        function () { done(true); },
        function () { done(copyBySelection(field)); }
      );
    } else {
      done(copyBySelection(field));
    }
  });
})();
