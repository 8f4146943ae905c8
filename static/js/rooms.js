// Role-play rooms: the poller asks only for the turns after the last one this page shows,
// so a device that was offline catches up and nothing is appended twice.
document.addEventListener("htmx:configRequest", (event) => {
  const list = event.detail.elt;
  if (!list.hasAttribute || !list.hasAttribute("data-room-poll")) return;
  const last = list.querySelector(":scope > li.turn:last-of-type");
  event.detail.parameters.after = last ? last.getAttribute("value") : "0";
});
