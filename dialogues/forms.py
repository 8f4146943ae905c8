import json

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from privacy.text import CleanTextMixin

from .models import ClientScript, ScriptLine
from .scripted_client import STYLE_CHOICES


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


class TagsField(forms.CharField):
    """A list of ids typed as 'a, b, c' (a JSON list in the database)."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(value)
        if isinstance(value, str) and value.startswith("["):
            try:
                return ", ".join(json.loads(value))
            except ValueError:
                return value
        return value

    def to_python(self, value):
        value = super().to_python(value)
        return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


TAG_FIELDS = ["aspects", "persons", "times", "topics", "moves", "requires", "styles"]


class ScriptLineForm(CleanTextMixin, forms.ModelForm):
    """One line of a scripted client, with its tags as comma-separated ids."""

    class Meta:
        model = ScriptLine
        fields = [
            "order",
            "key",
            "kind",
            "text",
            *TAG_FIELDS,
            "min_openness",
            "max_openness",
            "affect",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in TAG_FIELDS:
            self.fields[name] = TagsField(
                label=self.fields[name].label, required=False, help_text=""
            )


class ScriptSettingsForm(CleanTextMixin, forms.ModelForm):
    """How the client starts, the styles he can be played in, and the case's topic lexicon."""

    topics_text = forms.CharField(
        label=_("Woordenlijst van de casus"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Eén onderwerp per regel: id | soort (person, event of word) | omschrijving | "
            "woorden, gescheiden door komma’s (* aan het eind = elke uitgang)."
        ),
    )
    styles = forms.MultipleChoiceField(
        label=_("Te spelen in de stijlen"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ClientScript
        fields = ["start_openness", "start_affect", "notes", "styles"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["styles"].choices = STYLE_CHOICES
        self.fields["styles"].initial = self.instance.styles
        if not self.is_bound:
            self.initial["topics_text"] = "\n".join(
                " | ".join(
                    [
                        t["id"],
                        t.get("kind", "word"),
                        t.get("label", ""),
                        ", ".join(t.get("words", [])),
                    ]
                )
                for t in self.instance.topics
            )

    def clean_topics_text(self):
        topics, problems = [], []
        for number, raw in enumerate(self.cleaned_data["topics_text"].splitlines(), start=1):
            if not raw.strip():
                continue
            parts = [p.strip() for p in raw.split("|")]
            if len(parts) != 4 or not parts[0]:
                problems.append(
                    _("Regel %(n)d: verwacht ‘id | soort | omschrijving | woorden’.")
                    % {"n": number}
                )
                continue
            topic_id, kind, label, words = parts
            if kind not in ("person", "event", "word"):
                problems.append(
                    _("Regel %(n)d: soort moet person, event of word zijn.") % {"n": number}
                )
            words = [w.strip().lower() for w in words.split(",") if w.strip()]
            topics.append({"id": topic_id, "kind": kind, "label": label, "words": words})
        if len({t["id"] for t in topics}) != len(topics):
            problems.append(_("Elk onderwerp heeft een eigen id nodig."))
        if problems:
            raise forms.ValidationError(problems)
        return topics


class DryRunForm(CleanTextMixin, forms.Form):
    """Example coach turns to try a script with, one per line."""

    turns = forms.CharField(
        label=_("Voorbeeldbeurten van de coach (één per regel)"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=10000,
    )
    style = forms.ChoiceField(label=_("Stijl"), required=False)
    mode = forms.ChoiceField(
        label=_("Hoe"),
        choices=[
            ("conversation", _("als één gesprek, vanaf het begin")),
            ("each", _("elke beurt los, bij een vaste openheid")),
        ],
        initial="conversation",
        required=False,
    )
    openness = forms.IntegerField(
        label=_("Openheid (bij ‘elke beurt los’)"),
        min_value=0,
        max_value=10,
        initial=5,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["style"].choices = STYLE_CHOICES

    def clean_turns(self):
        turns = [t.strip() for t in self.cleaned_data["turns"].splitlines() if t.strip()]
        if len(turns) > 60:
            raise forms.ValidationError(_("Hoogstens 60 beurten per proefrit."))
        return turns
