from django import forms
from django.utils.translation import gettext_lazy as _

from dialogues.models import Case
from privacy.text import CleanTextMixin
from workshops.forms import JoinForm as WorkshopJoinForm

from .models import Role

ROLE_TAKEN = _("Die rol is niet meer vrij. Kies een andere rol.")


class OpenRoomForm(CleanTextMixin, forms.Form):
    case = forms.ModelChoiceField(
        label=_("Casus"),
        queryset=Case.objects.all(),
        empty_label=None,
        error_messages={"invalid_choice": _("Kies een casus uit de lijst.")},
    )
    role = forms.ChoiceField(
        label=_("Jouw rol"), choices=Role.choices, initial=Role.COACH, widget=forms.RadioSelect
    )


class OwnRoomForm(OpenRoomForm):
    """A trainer opens a room outside any workshop; taking a role is optional."""

    role = forms.ChoiceField(
        label=_("Jouw rol"),
        choices=[*Role.choices, ("", _("geen: ik kijk alleen mee"))],
        initial="",
        required=False,
        widget=forms.RadioSelect,
    )


class JoinForm(CleanTextMixin, forms.Form):
    role = forms.ChoiceField(label=_("Jouw rol"), choices=Role.choices)


class CodeJoinForm(WorkshopJoinForm):
    """Join a trainer's own room with its code: the workshop's join form, plus a free role."""

    role = forms.ChoiceField(
        label=_("Jouw rol"),
        choices=Role.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Kies een rol."),
            "invalid_choice": ROLE_TAKEN,
        },
    )

    def __init__(self, *args, roles=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].error_messages["required"] = _(
            "Vul de code in van het rollenspel (je trainer heeft hem)."
        )
        name = self.fields["display_name"]
        name.label = _("Je naam in dit rollenspel")
        name.help_text = _(
            "Alleen je voornaam is genoeg; de anderen zien deze naam bij je beurten."
        )
        name.error_messages["required"] = _("Vul een naam in, dan weten de anderen wie je bent.")
        if roles is not None:
            self.fields["role"].choices = [(role.value, role.label) for role in roles]


class TurnForm(CleanTextMixin, forms.Form):
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


class NoteForm(CleanTextMixin, forms.Form):
    text = forms.CharField(
        label=_("Notitie"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        strip=True,
        required=False,
    )


class NewRoundForm(CleanTextMixin, forms.Form):
    swap = forms.BooleanField(label=_("Coach en cliënt wisselen van rol"), required=False)
