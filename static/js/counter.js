// A counter under a text box with a limit (templates/_char_counter.html): "nog 120 tekens".
// The box keeps its maxlength; the counter says how much is left, and is announced to screen
// readers only near the end.
(function () {
  "use strict";
  function init(root) {
    root.querySelectorAll("[data-counter-for]").forEach(function (note) {
      const box = document.getElementById(note.dataset.counterFor);
      if (!box || box.dataset.counted) return;
      box.dataset.counted = "1";
      const max = parseInt(note.dataset.max, 10);
      const out = note.querySelector(".char-count");
      const described = (box.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      if (!described.includes(note.id)) box.setAttribute("aria-describedby", described.concat(note.id).join(" "));
      function update() {
        const left = max - box.value.length;
        const text = left >= 0 ? note.dataset.left : note.dataset.over;
        out.textContent = "(" + text.replace("{n}", Math.abs(left).toLocaleString(document.documentElement.lang)) + ")";
        if (left <= max / 10) { out.setAttribute("aria-live", "polite"); } else { out.removeAttribute("aria-live"); }
        out.classList.toggle("near-limit", left <= max / 10);
      }
      box.addEventListener("input", update);
      update();
    });
  }
  document.addEventListener("DOMContentLoaded", function () { init(document); });
  document.addEventListener("htmx:load", function (event) { init(event.detail.elt); });
})();
