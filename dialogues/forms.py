from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from privacy.text import CleanTextMixin


class AnalyseForm(CleanTextMixin, forms.Form):
    role = forms.ChoiceField(
        label=_("Wie zegt dit?"),
        choices=[("client", _("de cliënt")), ("coach", _("de coach"))],
        initial="client",
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Uitspraak"),
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": _("Typ of plak een beurt…")}),
        max_length=settings.ANALYSER_MAX_CHARS,
        strip=True,
        error_messages={
            "required": _("Typ eerst een uitspraak om te analyseren."),
            "max_length": _(
                "Dat is te lang om in één keer te analyseren: maximaal %(limit_value)d tekens "
                "(nu %(show_value)d)."
            ),
        },
    )


class PracticeTurnForm(CleanTextMixin, forms.Form):
    """What the coach says next in a solo role-play; `key` makes a double submit harmless."""

    MAX_CHARS = 2000

    text = forms.CharField(
        label=_("Jouw reactie"),
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": _("Wat zeg je tegen de cliënt?"), "autofocus": True}
        ),
        max_length=MAX_CHARS,
        strip=True,
        error_messages={
            "required": _("Je hebt nog niets getypt. Wat wil je tegen de cliënt zeggen?"),
            "max_length": _(
                "Dat is te lang voor één beurt: maximaal %(limit_value)d tekens "
                "(nu %(show_value)d). Houd het kort, zoals in een echt gesprek."
            ),
        },
    )
    key = forms.UUIDField(widget=forms.HiddenInput, required=False)
