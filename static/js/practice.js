// Solo role-play: keep an unsent reply when the page reloads, and put the focus back after a turn.
(function () {
  "use strict";

  function restoreDraft(root) {
    const form = root.querySelector("form[data-draft-key]");
    if (!form) return;
    const key = "draft:" + form.dataset.draftKey;
    const box = form.querySelector("textarea");
    if (!box.value && sessionStorage.getItem(key)) box.value = sessionStorage.getItem(key);
    box.addEventListener("input", function () { sessionStorage.setItem(key, box.value); });
    form.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.successful && !event.detail.xhr.responseText.includes('role="alert"')) {
        sessionStorage.removeItem(key);
      }
    });
    form.addEventListener("submit", function () {
      if (!window.htmx) sessionStorage.removeItem(key);
    });
  }

  function settle(root) {
    restoreDraft(root);
    const last = root.querySelector(".chat li:last-child");
    if (last) last.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("DOMContentLoaded", function () { settle(document); });
  document.addEventListener("htmx:afterSettle", function (event) {
    const swapped = event.target;
    if (swapped.id === "hint") {
      swapped.focus();
    } else if (swapped.id === "practice-turns" || swapped.id === "turn-form-box") {
      // A turn appends the new lines to the list; the form comes along out of band.
      settle(document);
      const box = document.querySelector("#turn-form-box textarea");
      if (box) box.focus();
    }
  });
})();
