/* Workshops, "Herken de signalen": select words in a sentence and pick a code.
   A progressive enhancement of the per-sentence checkboxes (which work without JavaScript,
   and on a phone): picking a code for selected words ticks that sentence's checkbox. */
(function () {
  "use strict";

  function closeMenus(root) {
    root.querySelectorAll(".ws-pick-menu").forEach(function (menu) { menu.remove(); });
  }

  function buildMenu(grid, sentence, words) {
    var menu = document.createElement("div");
    menu.className = "ws-pick-menu";
    menu.setAttribute("role", "group");
    var title = document.createElement("p");
    title.className = "meta";
    title.textContent = (grid.dataset.is || "‘{words}’ is:").replace("{words}", words);
    menu.appendChild(title);
    sentence.querySelectorAll("input[type=checkbox][name=marks]").forEach(function (box) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ws-pick";
      button.textContent = box.parentElement.textContent.trim();
      button.addEventListener("click", function () {
        box.checked = true;
        var details = sentence.querySelector("details");
        if (details) { details.open = true; }
        var list = sentence.querySelector(".ws-picked");
        if (!list) {
          list = document.createElement("ul");
          list.className = "ws-picked";
          sentence.insertBefore(list, details);
        }
        var item = document.createElement("li");
        item.textContent = "‘" + words + "’ → " + button.textContent;
        list.appendChild(item);
        menu.remove();
        window.getSelection().removeAllRanges();
      });
      menu.appendChild(button);
    });
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "link-button";
    cancel.textContent = grid.dataset.cancel || "annuleren";
    cancel.addEventListener("click", function () { menu.remove(); });
    menu.appendChild(cancel);
    return menu;
  }

  function onSelect(event) {
    var grid = event.currentTarget;
    if (event.target.closest && event.target.closest(".ws-pick-menu")) { return; }
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) { return; }
    var words = selection.toString().trim();
    if (!words) { return; }
    var anchor = selection.anchorNode && selection.anchorNode.parentElement;
    var focus = selection.focusNode && selection.focusNode.parentElement;
    var text = anchor && anchor.closest(".ws-sentence-text");
    if (!text || !focus || focus.closest(".ws-sentence-text") !== text) { return; }
    closeMenus(grid);
    var sentence = text.closest(".ws-sentence");
    text.insertAdjacentElement("afterend", buildMenu(grid, sentence, words));
  }

  function init(root) {
    root.querySelectorAll("[data-marker-grid]").forEach(function (grid) {
      if (grid.dataset.enhanced) { return; }
      grid.dataset.enhanced = "1";
      grid.addEventListener("mouseup", onSelect);
      grid.addEventListener("keyup", onSelect);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) { init(event.target); });
}());
