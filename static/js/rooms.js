// Role-play rooms: the poller asks only for the turns after the last one this page shows,
// so a device that was offline catches up and nothing is appended twice. It also says which
// roster (who holds which role) the page shows; the answer brings a new member list when that
// has changed since.
document.addEventListener("htmx:configRequest", (event) => {
  const list = event.detail.elt;
  if (!list.hasAttribute || !list.hasAttribute("data-room-poll")) return;
  const last = list.querySelector(":scope > li.turn:last-of-type");
  event.detail.parameters.after = last ? last.getAttribute("value") : "0";
  const members = document.getElementById("room-members");
  if (members) event.detail.parameters.roster = members.dataset.roster || "";
});

// Follow the newest turn, unless the reader has scrolled up: then a "Nieuwe beurten" button
// says that more came in and takes them down. A draft typed in the turn box survives a reload.
(function () {
  "use strict";
  const NEAR = 48; // px from the bottom that still count as "at the newest turn"

  function turnList() { return document.getElementById("room-turns"); }
  function atBottom(list) { return list.scrollHeight - list.scrollTop - list.clientHeight <= NEAR; }
  function toBottom(list) { list.scrollTop = list.scrollHeight; }
  function newTurnsButton() { return document.getElementById("room-new-turns"); }

  let follow = true;
  let ownTurn = false;

  function restoreDraft(root) {
    const form = root.querySelector ? root.querySelector("form[data-draft-key]") : null;
    if (!form || form.dataset.draftReady) return;
    form.dataset.draftReady = "1";
    const key = "draft:" + form.dataset.draftKey;
    const box = form.querySelector("textarea");
    if (!box) return;
    if (!box.value && sessionStorage.getItem(key)) box.value = sessionStorage.getItem(key);
    box.addEventListener("input", function () { sessionStorage.setItem(key, box.value); });
    form.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.successful && !event.detail.xhr.responseText.includes('role="alert"')) {
        sessionStorage.removeItem(key);
        ownTurn = true;
      }
    });
    form.addEventListener("submit", function () {
      if (!window.htmx) sessionStorage.removeItem(key);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const list = turnList();
    if (list) {
      toBottom(list);
      list.addEventListener("scroll", function () {
        follow = atBottom(list);
        const button = newTurnsButton();
        if (follow && button) button.hidden = true;
      });
    }
    const button = newTurnsButton();
    if (button) {
      button.addEventListener("click", function () {
        const turns = turnList();
        toBottom(turns);
        follow = true;
        button.hidden = true;
        const last = turns.querySelector(":scope > li.turn:last-of-type");
        if (last) { last.setAttribute("tabindex", "-1"); last.focus({ preventScroll: true }); }
      });
    }
    restoreDraft(document);
  });

  document.addEventListener("htmx:beforeSwap", function (event) {
    const list = turnList();
    if (list && event.detail.target === list) follow = atBottom(list);
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    const list = turnList();
    if (!list || event.detail.target !== list) return;
    if (!event.detail.xhr || !event.detail.xhr.responseText.includes('class="turn ')) return;
    if (follow || ownTurn) {
      toBottom(list);
      follow = true;
      const button = newTurnsButton();
      if (button) button.hidden = true;
    } else {
      const button = newTurnsButton();
      if (button) button.hidden = false;
    }
    ownTurn = false;
  });

  document.addEventListener("htmx:load", function (event) { restoreDraft(event.detail.elt); });
})();
