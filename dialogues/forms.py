from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class AnalyseForm(forms.Form):
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
