"""Render the analyser's results. User text is escaped segment by segment (format_html)."""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from dialogues.analysis import KIND
from dialogues.labels import code_label as label_of
from dialogues.labels import move_label as move_label_of

register = template.Library()


@register.filter
def code_label(code):
    return label_of(code)


@register.filter
def move_label(kind):
    """The label of a coach move's kind (mentalizing, non_mentalizing, closed, empty)."""
    return move_label_of(kind)


@register.filter
def code_kind(code):
    return KIND.get(code, "neutral")


def _segments(text, markers):
    """Split text at every marker boundary: [(start, end, [markers covering it]), ...]."""
    bounds = sorted({0, len(text), *(m.start for m in markers), *(m.end for m in markers)})
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = [m for m in markers if m.start <= start and m.end >= end]
        yield start, end, covering


@register.simple_tag
def highlight(analysis):
    """The text with each marker in a <mark>: colour plus a visible label, the explanation on
    hover and keyboard focus. Whole-turn markers (long narratives) are left to the code list.
    Overlapping markers split the text into segments; a label follows a marker's last segment."""
    text = analysis.text
    markers = [m for m in analysis.markers if not (m.start == 0 and m.end >= len(text.rstrip()))]
    parts = []
    for start, end, covering in _segments(text, markers):
        segment = text[start:end]
        if not covering:
            parts.append(format_html("{}", segment))
            continue
        main = min(covering, key=lambda m: m.end - m.start)
        explanation = " · ".join(f"{label_of(m.code)}: {m.explanation}" for m in covering)
        labels = format_html_join(
            "",
            '<span class="label">{}</span>',
            ((label_of(m.code),) for m in covering if m.end == end),
        )
        parts.append(
            format_html(
                '<mark class="marker {} kind-{}" tabindex="0" title="{}" data-rules="{}">'
                '{}{}<span class="tip" role="tooltip">{}</span></mark>',
                main.code,
                KIND[main.code],
                explanation,
                " ".join(m.rule for m in covering),
                segment,
                labels,
                explanation,
            )
        )
    return mark_safe("".join(str(part) for part in parts))  # noqa: S308 (every part is escaped)
