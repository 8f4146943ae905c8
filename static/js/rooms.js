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
