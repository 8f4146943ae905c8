// A form that can take a while (the first transcript import of a process loads the
// de-identifier's name lists, 6-20 s): once sent, its buttons are disabled, so it is not sent
// twice, and its status line says what is going on. Going Back to the page undoes it.
(function () {
  "use strict";

  function buttons(form) { return form.querySelectorAll("button:not([type=button])"); }

  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-busy]");
    if (!form || event.defaultPrevented) return;
    if (form.dataset.sending) { event.preventDefault(); return; }
    form.dataset.sending = "1";
    form.setAttribute("aria-busy", "true");
    const status = form.querySelector("[data-busy-text]");
    if (status) status.textContent = status.dataset.busyText;
    // After this event: the pressed button's name and value still go along with the form.
    window.setTimeout(function () {
      buttons(form).forEach(function (button) { button.disabled = true; });
    }, 0);
  });

  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-busy][data-sending]").forEach(function (form) {
      delete form.dataset.sending;
      form.removeAttribute("aria-busy");
      buttons(form).forEach(function (button) { button.disabled = false; });
      const status = form.querySelector("[data-busy-text]");
      if (status) status.textContent = "";
    });
  });
})();
