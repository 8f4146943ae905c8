from django import forms
from django.utils.translation import gettext_lazy as _

from dialogues.analysis import CLIENT_CODES
from dialogues.labels import code_label
from privacy.text import CleanTextMixin

from .models import Exercise, Workshop

QUESTION_MAX = 1000


class JoinForm(CleanTextMixin, forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
        error_messages={"required": _("Vul de code in die de trainer je gaf.")},
    )
    display_name = forms.CharField(
        label=_("Je naam in deze workshop"),
        max_length=60,
        strip=True,
        help_text=_("Alleen je voornaam is genoeg; de trainer ziet deze naam bij je antwoorden."),
        error_messages={
            "required": _("Vul een naam in, dan weet de trainer wie je bent."),
            "max_length": _("Gebruik een kortere naam (hoogstens %(limit_value)d tekens)."),
        },
    )


def _exercise_choice_label(exercise):
    """A checkbox on the workshop form says which kind of exercise it is."""
    return _("%(title)s — %(kind)s") % {
        "title": exercise.title,
        "kind": exercise.get_kind_display(),
    }


class WorkshopForm(CleanTextMixin, forms.ModelForm):
    class Meta:
        model = Workshop
        fields = ["name", "date", "ends_on", "exercises"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "exercises": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "name": {"required": _("Geef de workshop een naam.")},
            "date": {
                "required": _("Vul de datum van de workshop in."),
                "invalid": _("Vul een geldige datum in."),
            },
            "ends_on": {"invalid": _("Vul een geldige datum in.")},
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["exercises"].queryset = Exercise.objects.available_to(user)
        self.fields["exercises"].help_text = _("Welke oefeningen de deelnemers kunnen doen.")
        self.fields["exercises"].label_from_instance = _exercise_choice_label
        if not self.instance.pk and not self.is_bound:
            self.initial["exercises"] = list(
                Exercise.objects.filter(owner__isnull=True).values_list("pk", flat=True)
            )

    def clean(self):
        cleaned = super().clean()
        date, ends_on = cleaned.get("date"), cleaned.get("ends_on")
        if date and ends_on and ends_on < date:
            self.add_error("ends_on", _("De einddatum ligt vóór de datum van de workshop."))
        return cleaned


def marker_choices(sentences, codes=CLIENT_CODES):
    """Checkbox values 'sentence:code' (and 'all:code' for the whole utterance)."""
    choices = [(f"{s.index}:{code}", code_label(code)) for s in sentences for code in codes]
    choices += [(f"all:{code}", code_label(code)) for code in codes]
    return choices


def parse_marks(values):
    """['0:certainty', 'all:no_mental_states'] -> {(0, 'certainty'), (None, 'no_mental_states')}"""
    result = set()
    for value in values:
        sentence, _sep, code = value.partition(":")
        result.add((None if sentence == "all" else int(sentence), code))
    return result


class MarkersAnswerForm(CleanTextMixin, forms.Form):
    marks = forms.MultipleChoiceField(
        required=False, widget=forms.CheckboxSelectMultiple, label=_("Signalen")
    )

    def __init__(self, *args, exercise, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["marks"].choices = marker_choices(exercise.sentences())

    def clean_marks(self):
        marks = self.cleaned_data["marks"]
        if not marks:
            raise forms.ValidationError(_("Duid minstens één signaal aan voor je controleert."))
        return parse_marks(marks)


def question_field(label):
    return forms.CharField(
        label=label,
        max_length=QUESTION_MAX,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Schrijf eerst je vraag aan de cliënt."),
            "max_length": _("Houd het kort: hoogstens %(limit_value)d tekens."),
        },
    )


class NotKnowingAnswerForm(CleanTextMixin, forms.Form):
    question = question_field(_("Jouw vervolgvraag"))

    def __init__(self, *args, exercise, **kwargs):
        super().__init__(*args, **kwargs)


class ChooseAnswerForm(CleanTextMixin, forms.Form):
    option = forms.TypedChoiceField(
        label=_("Jouw keuze"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies eerst een reactie.")},
    )

    def __init__(self, *args, exercise, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].choices = [
            (i, option["text"]) for i, option in enumerate(exercise.options)
        ]


class RewindAnswerForm(CleanTextMixin, forms.Form):
    sentence = forms.TypedChoiceField(
        label=_("Hier stop ik de film"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies de zin waar je als coach zou stoppen.")},
    )
    question = question_field(_("Wat zeg of vraag je op dat moment?"))

    def __init__(self, *args, exercise, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sentence"].choices = [(s.index, s.text) for s in exercise.sentences()]


ANSWER_FORMS = {
    Exercise.Kind.MARKERS: MarkersAnswerForm,
    Exercise.Kind.NOT_KNOWING: NotKnowingAnswerForm,
    Exercise.Kind.CHOOSE: ChooseAnswerForm,
    Exercise.Kind.REWIND: RewindAnswerForm,
}


class ExerciseFromTurnForm(CleanTextMixin, forms.Form):
    """A new exercise from a case line: the kind-specific fields are read by the view."""

    title = forms.CharField(
        label=_("Titel"),
        max_length=160,
        error_messages={"required": _("Geef de oefening een titel.")},
    )
    instructions = forms.CharField(
        label=_("Situatie en opdracht"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    explanation = forms.CharField(
        label=_("Uitleg na het antwoord"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Bijvoorbeeld de redenering uit het artikel."),
    )
    examples = forms.CharField(
        label=_("Voorbeeldvragen (één per regel)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    workshop = forms.ModelChoiceField(
        label=_("Meteen toevoegen aan workshop"),
        queryset=Workshop.objects.none(),
        required=False,
        empty_label=_("(geen)"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workshop"].queryset = Workshop.objects.for_trainer(user)
