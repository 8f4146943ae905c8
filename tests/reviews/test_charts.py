"""The server-rendered SVG charts: bar lengths and dot positions follow the numbers."""

import re

from reviews.charts import bar_chart, timeline_chart


def test_bar_lengths_are_proportional_to_the_counts():
    svg = str(bar_chart([("not_knowing_question", 4), ("advice", 1)], "Profiel"))
    widths = [int(w) for w in re.findall(r'<rect x="\d+" y="4" width="(\d+)"', svg)]
    assert widths == [260, 65]
    assert "niet-wetende vraag" in svg and "advies" in svg
    assert "<title>Profiel</title>" in svg


def test_timeline_puts_the_first_turn_left_and_the_last_right():
    svg = str(timeline_chart([(1, "certainty"), (11, "certainty"), (6, "tentative")], 11, "T"))
    xs = {title: int(x) for x, title in re.findall(r'<circle cx="(\d+)"[^>]*><title>([^<]+)', svg)}
    assert xs["beurt 1: zekerheid"] == 190
    assert xs["beurt 11: zekerheid"] == 190 + 300
    assert xs["beurt 6: voorzichtig"] == 190 + 150
    # problems first: 'zekerheid' is on the first row, 'voorzichtig' below it
    rows = re.findall(r'<text x="182" y="(\d+)" text-anchor="end">([^<]+)</text>', svg)
    assert [label for _y, label in rows] == ["zekerheid", "voorzichtig"]


def test_empty_charts_say_so():
    assert "Nog niets om te tonen." in str(bar_chart([], "Profiel"))
    assert "Geen signalen bij de cliënt." in str(timeline_chart([], 0, "T"))
