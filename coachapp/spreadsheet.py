"""CSV exports as Dutch spreadsheet programs read them.

';' between cells (a Dutch Excel reads ',' as the decimal comma), UTF-8 with a byte order mark
so that accents survive, and no cell that a spreadsheet would run as a formula: a cell starting
with = + - @ (or a tab or carriage return) gets a leading apostrophe.
"""

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows):
    """The rows (a header first) as the text of a CSV file."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()
