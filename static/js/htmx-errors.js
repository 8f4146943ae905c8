// What the page does when an htmx request fails (coachapp/htmx_errors.py).
// 1. The session ended (logged out in another tab, timed out): the answer is an HX-Redirect to
//    the login page. Or the page is stale (403: logged in again elsewhere, a new CSRF token) and
//    the message asks to reload it. Whatever is typed in the page's text boxes is kept in this
//    tab's sessionStorage and put back when the same account opens the same page again (after
//    logging in, `next=` brings it there); it is then removed from the storage.
// 2. Another error: the message replaces #htmx-error; the same message again (a poll every
//    second) is not swapped in again, so a screen reader announces it once.
(function () {
  "use strict";
  const PREFIX = "kept:";

  function account() { return (document.body && document.body.dataset.account) || ""; }
  function boxes() { return document.querySelectorAll("textarea[id], textarea[name]"); }
  function keyFor(box) {
    return PREFIX + account() + ":" + window.location.pathname + "#" + (box.id || box.name);
  }

  document.addEventListener("htmx:beforeOnLoad", function (event) {
    const xhr = event.detail.xhr;
    if (!xhr || !(xhr.getResponseHeader("HX-Redirect") || xhr.status === 403)) return;
    boxes().forEach(function (box) {
      if (box.value.trim()) sessionStorage.setItem(keyFor(box), box.value);
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    boxes().forEach(function (box) {
      const key = keyFor(box);
      const kept = sessionStorage.getItem(key);
      if (kept === null) return;
      sessionStorage.removeItem(key);
      if (!box.value) {
        box.value = kept;
        box.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
  });

  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    const target = event.detail.target;
    if (target && target.id === "htmx-error" &&
        target.textContent.trim() === event.detail.fragment.textContent.trim()) {
      event.detail.shouldSwap = false;
    }
  });
})();
