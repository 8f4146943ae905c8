// Forms with data-confirm ask before they are sent (the Content-Security-Policy allows no
// inline handlers). Runs in the capture phase, so htmx never sees a cancelled submit.
document.addEventListener(
  "submit",
  (event) => {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  },
  true,
);
