from django import forms
from django.utils.translation import gettext_lazy as _

from dialogues.models import Case

from .models import Role


class OpenRoomForm(forms.Form):
    case = forms.ModelChoiceField(
        label=_("Casus"),
        queryset=Case.objects.all(),
        empty_label=None,
        error_messages={"invalid_choice": _("Kies een casus uit de lijst.")},
    )
    role = forms.ChoiceField(
        label=_("Jouw rol"), choices=Role.choices, initial=Role.COACH, widget=forms.RadioSelect
    )


class JoinForm(forms.Form):
    role = forms.ChoiceField(label=_("Jouw rol"), choices=Role.choices)


class TurnForm(forms.Form):
    """One turn in the room; `key` makes a reload or double click harmless."""

    MAX_CHARS = 2000

    text = forms.CharField(
        label=_("Jouw beurt"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_CHARS,
        strip=True,
        error_messages={
            "required": _("Je hebt nog niets getypt."),
            "max_length": _(
                "Dat is te lang voor één beurt: maximaal %(limit_value)d tekens "
                "(nu %(show_value)d). Houd het kort, zoals in een echt gesprek."
            ),
        },
    )
    key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, role=None, **kwargs):
        super().__init__(*args, **kwargs)
        placeholder = {
            Role.COACH: _("Wat zeg je tegen de cliënt?"),
            Role.CLIENT: _("Wat zeg je als cliënt?"),
        }.get(role, "")
        self.fields["text"].widget.attrs["placeholder"] = placeholder


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        strip=True,
        required=False,
    )


class NewRoundForm(forms.Form):
    swap = forms.BooleanField(label=_("Coach en cliënt wisselen van rol"), required=False)
