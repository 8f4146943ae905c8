// Transcript review: select words in a turn to fill in the "add a missed marker" form.
// The selection becomes character offsets into the turn's own text (labels and tooltips that
// the highlighter puts inside <mark> are skipped). Without JavaScript the trainer types the words.
(function () {
  "use strict";

  function ownTextNodes(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest(".label, .tip")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      },
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  // Offset of a boundary point (container, offset) counted in the root's own text.
  function offsetOf(root, nodes, container, offset) {
    var total = 0;
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node === container) return total + offset;
      var before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(container, offset);
      if (!before.intersectsNode(node)) break;
      total += node.length;
    }
    return total;
  }

  function selectionInTurn() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    var range = selection.getRangeAt(0);
    var start = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    var root = start && start.closest(".review-turn .text[data-selectable]");
    if (!root || !root.contains(range.endContainer)) return null;
    var nodes = ownTextNodes(root);
    var text = nodes.map(function (n) { return n.data; }).join("");
    var from = offsetOf(root, nodes, range.startContainer, range.startOffset);
    var to = offsetOf(root, nodes, range.endContainer, range.endOffset);
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (from >= to) return null;
    return { root: root, start: from, end: to, words: text.slice(from, to) };
  }

  function fillForm() {
    var found = selectionInTurn();
    if (!found) return;
    var turn = found.root.closest(".review-turn");
    var form = turn && turn.querySelector(".add-marker-form");
    if (!form) return;
    form.elements.start.value = String(found.start);
    form.elements.end.value = String(found.end);
    form.elements.words.value = found.words;
    var details = form.closest("details");
    if (details) details.open = true;
  }

  document.addEventListener("mouseup", function () { window.setTimeout(fillForm, 0); });
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey || event.key === "Shift") fillForm();
  });
  // Typing other words by hand: the offsets of an earlier selection no longer apply.
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (field.name === "words" && field.form && field.form.classList.contains("add-marker-form")) {
      field.form.elements.start.value = "";
      field.form.elements.end.value = "";
    }
  });
})();

// A verdict (or any form in a turn) swaps the whole turn: put the focus back on the same
// control in the new turn, so a keyboard user goes on where they were (not at the page's top).
(function () {
  "use strict";
  var pending = null;

  function describe(element) {
    var form = element.form;
    var code = form && form.elements.code ? form.elements.code.value : "";
    return { tag: element.tagName, name: element.name || "", value: element.value || "", code: code,
             action: form ? form.getAttribute("action") : "" };
  }

  function matches(element, wanted) {
    var d = describe(element);
    return d.tag === wanted.tag && d.name === wanted.name && d.value === wanted.value &&
      d.code === wanted.code && d.action === wanted.action;
  }

  document.addEventListener("htmx:beforeRequest", function (event) {
    var turn = event.detail.elt.closest && event.detail.elt.closest(".review-turn");
    var active = document.activeElement;
    if (!turn || !active || !turn.contains(active)) { pending = null; return; }
    pending = { turnId: turn.id, wanted: describe(active) };
  });

  document.addEventListener("htmx:afterSettle", function () {
    if (!pending) return;
    var turn = document.getElementById(pending.turnId);
    var wanted = pending.wanted;
    pending = null;
    if (!turn) return;
    var candidates = turn.querySelectorAll("button, input, select, textarea");
    for (var i = 0; i < candidates.length; i++) {
      if (matches(candidates[i], wanted)) { candidates[i].focus(); return; }
    }
    turn.setAttribute("tabindex", "-1");
    turn.focus();
  });
})();
