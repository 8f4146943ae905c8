"""Small server-rendered SVG charts (no chart library): every piece built with format_html."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from dialogues.analysis import KIND
from dialogues.labels import code_label

COLOURS = {
    "problem": "#c2410c",
    "strength": "#15803d",
    "coach-good": "#0f766e",
    "coach-bad": "#b91c1c",
    "neutral": "#6b7280",
}


def bar_chart(rows, title):
    """Horizontal bars: rows = [(code, count), ...]."""
    if not rows:
        return format_html('<p class="meta">{}</p>', _("Nog niets om te tonen."))
    label_width, bar_width, row_height = 190, 260, 26
    top = max(count for _code, count in rows)
    height = row_height * len(rows) + 8
    bars = format_html_join(
        "",
        '<g transform="translate(0,{})"><text x="{}" y="17" text-anchor="end">{}</text>'
        '<rect x="{}" y="4" width="{}" height="18" rx="3" fill="{}"></rect>'
        '<text x="{}" y="17">{}</text></g>',
        (
            (
                i * row_height,
                label_width - 8,
                code_label(code),
                label_width,
                max(2, round(bar_width * count / top)),
                COLOURS[KIND.get(code, "neutral")],
                label_width + max(2, round(bar_width * count / top)) + 6,
                count,
            )
            for i, (code, count) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="review-chart" role="img" viewBox="0 0 {} {}" width="100%" '
        'preserveAspectRatio="xMinYMin meet"><title>{}</title>{}</svg>',
        label_width + bar_width + 40,
        height,
        title,
        bars,
    )


def timeline_chart(points, last_position, title):
    """Dots per code (one row a code) along the turn numbers: points = [(position, code)]."""
    if not points:
        return format_html('<p class="meta">{}</p>', _("Geen signalen bij de cliënt."))
    codes = list(dict.fromkeys(code for _position, code in sorted(points, key=lambda p: p[1])))
    codes.sort(key=lambda c: (KIND.get(c) != "problem", code_label(c)))
    label_width, plot_width, row_height = 190, 300, 22
    last = max(last_position, 1)

    def x(position):
        return label_width + round(plot_width * (position - 1) / max(last - 1, 1))

    rows = format_html_join(
        "",
        '<text x="{}" y="{}" text-anchor="end">{}</text>'
        '<line x1="{}" x2="{}" y1="{}" y2="{}" class="grid"></line>',
        (
            (
                label_width - 8,
                i * row_height + 15,
                code_label(code),
                label_width,
                label_width + plot_width,
                i * row_height + 11,
                i * row_height + 11,
            )
            for i, code in enumerate(codes)
        ),
    )
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="5" fill="{}"><title>{}</title></circle>',
        (
            (
                x(position),
                codes.index(code) * row_height + 11,
                COLOURS[KIND.get(code, "neutral")],
                _("beurt %(n)s: %(label)s") % {"n": position, "label": code_label(code)},
            )
            for position, code in points
        ),
    )
    height = row_height * len(codes) + 24
    axis = format_html(
        '<text x="{}" y="{}">1</text><text x="{}" y="{}" text-anchor="end">{}</text>',
        label_width,
        height - 4,
        label_width + plot_width,
        height - 4,
        _("beurt %(n)s") % {"n": last},
    )
    return format_html(
        '<svg class="review-chart" role="img" viewBox="0 0 {} {}" width="100%" '
        'preserveAspectRatio="xMinYMin meet"><title>{}</title>{}{}{}</svg>',
        label_width + plot_width + 20,
        height,
        title,
        rows,
        dots,
        axis,
    )
