"""Text hygiene for everything people type: one helper, used by every form (`CleanTextMixin`).

Bidirectional control characters (right-to-left override and friends) can make a name or a line
display as something else than it is ("name spoofing"); they are removed before anything is
stored. Ordinary right-to-left text (Arabic, Hebrew) keeps displaying correctly without them.
"""

import re

from django import forms

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_bidi(value):
    """The text without bidirectional control characters (other values are returned as is)."""
    if isinstance(value, str):
        return BIDI_CONTROLS.sub("", value)
    return value


class CleanTextMixin:
    """A form mixin: every text field's value loses its bidirectional controls as it is read,
    before the field's own validation and any clean_<field>() method see it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                field.to_python = _stripping(field.to_python)


def _stripping(to_python):
    def to_python_without_bidi(value):
        return strip_bidi(to_python(value))

    return to_python_without_bidi
