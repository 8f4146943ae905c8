"""CSV exports for spreadsheet programs: ';', a byte order mark, no formulas."""

import csv
import io

import pytest

from coachapp.spreadsheet import csv_text, neutralise


@pytest.mark.parametrize(
    "value,expected",
    [
        ("=1+1", "'=1+1"),
        ("+31 6 12345678", "'+31 6 12345678"),
        ("-2", "'-2"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Gewone tekst = prima", "Gewone tekst = prima"),
        ("", ""),
        (None, ""),
        (3, "3"),
    ],
)
def test_cells_are_neutralised(value, expected):
    assert neutralise(value) == expected


def test_csv_text_has_a_bom_semicolons_and_survives_separators_in_cells():
    text = csv_text([["naam", "tekst"], ["Anouk", 'Zei "nee"; toen ja'], ["=1+1", "3,5"]])
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows == [["naam", "tekst"], ["Anouk", 'Zei "nee"; toen ja'], ["'=1+1", "3,5"]]
