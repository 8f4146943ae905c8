import re

from django import forms
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from coachapp.roles import may_review
from dialogues.analysis import CLIENT_CODES, COACH_CODES
from dialogues.labels import code_label
from dialogues.models import Case, Turn
from privacy.text import CleanTextMixin

from . import parsing
from .deidentify import MAX_NAMES, Deidentifier, NameList, split_names, too_many_names
from .models import CODE_CHOICES, Judgement

ROLE_CHOICES = [
    ("", _("— kies —")),
    (Turn.Role.COACH, _("coach")),
    (Turn.Role.CLIENT, _("cliënt")),
    (Turn.Role.OTHER, _("iemand anders")),
]


class ImportForm(CleanTextMixin, forms.Form):
    title = forms.CharField(
        label=_("Titel"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld ‘Oefengesprek groep 3, ronde 2’. Leeg = de bestandsnaam."),
    )
    case = forms.ModelChoiceField(
        label=_("Casus (niet verplicht)"),
        queryset=Case.objects.all(),
        required=False,
        empty_label=_("— geen casus —"),
    )
    text = forms.CharField(
        label=_("Plak het transcript"),
        required=False,
        strip=False,
        widget=forms.Textarea(
            attrs={
                "rows": 10,
                "placeholder": "Coach: Hoe gaat het?\nCliënt: Slecht, da's toch duidelijk.",
            }
        ),
    )
    file = forms.FileField(
        label=_("of kies een bestand"),
        required=False,
        help_text=_(".txt, .docx, .csv of .json; hoogstens 1 MB en 2.000 beurten."),
        error_messages={
            "empty": _("Het bestand is leeg."),
            "invalid": _("Er ging iets mis met het bestand; kies het opnieuw."),
        },
    )
    names = forms.CharField(
        label=_("Namen vervangen (pseudonimiseren)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": "Jan, Fatima, De Vries"}),
        help_text=_(
            "Zet hier de namen van echte personen, gescheiden door komma’s. Ze worden vervangen "
            "door [Persoon 1], [Persoon 2], …, ook als ze verbogen of verkleind zijn (Jans, "
            "Jantje). Andere namen, plaatsen, instellingen, datums, leeftijden, BSN, "
            "telefoonnummers, e-mail- en webadressen worden ook vervangen, vóór er iets wordt "
            "bewaard."
        ),
    )

    def __init__(self, *args, file_too_large=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.file_too_large = file_too_large

    def clean_names(self):
        names = self.cleaned_data.get("names")
        count = len(split_names(names))
        if count > MAX_NAMES:
            raise forms.ValidationError(too_many_names(count), code="too_many")
        return names

    def clean(self):
        data = super().clean()
        if self.has_error("file") or self.has_error("names"):
            return data
        upload, text = data.get("file"), data.get("text") or ""
        try:
            if self.file_too_large:
                raise parsing.ParseError(parsing.file_too_large())
            if upload:
                if upload.size > parsing.MAX_BYTES:
                    raise parsing.ParseError(parsing.file_too_large())
                transcript = parsing.parse_upload(upload.name, upload.read(parsing.MAX_BYTES + 1))
            else:
                transcript = parsing.parse_pasted(text)
        except parsing.ParseError as error:
            raise forms.ValidationError(str(error), code="parse") from None
        deidentifier = Deidentifier(NameList.parse(data.get("names")))
        data["transcript"] = deidentifier.transcript(transcript)
        if data.get("title"):
            data["title"] = deidentifier.text(data["title"])[:200]
        elif upload:
            data["title"] = deidentifier.file_name(upload.name)[:200]
        if not data.get("title"):
            data["title"] = _("Transcript van %(date)s") % {
                "date": date_format(timezone.localdate(), "j F Y")
            }
        return data


class ExtraNamesForm(CleanTextMixin, forms.Form):
    """In the preview: names the trainer still sees, replaced in the draft before saving."""

    suspects = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    names = forms.CharField(
        label=_("Andere namen of gegevens"),
        required=False,
        max_length=2000,
        widget=forms.TextInput(attrs={"placeholder": "Arkin, Willem"}),
    )

    def __init__(self, *args, suspects=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["suspects"].choices = [(word, word) for word in suspects]
        self.fields["suspects"].label = _("Lijkt nog op een naam of nummer")

    def clean(self):
        data = super().clean()
        listed = [n.strip() for n in re.split(r"[,;\n]", data.get("names") or "") if n.strip()]
        data["extra"] = [*data.get("suspects", []), *listed]
        if not data["extra"]:
            raise forms.ValidationError(_("Kies of typ eerst wat er vervangen moet worden."))
        count = len(split_names(data["extra"]))
        if count > MAX_NAMES:
            raise forms.ValidationError(too_many_names(count), code="too_many")
        return data


class MappingForm(CleanTextMixin, forms.Form):
    """One role choice per distinct speaker; known labels ('Coach:', 'K:') come pre-filled."""

    def __init__(self, *args, speakers, **kwargs):
        super().__init__(*args, **kwargs)
        self.speakers = speakers
        for index, (key, (label, role)) in enumerate(speakers.items()):
            self.fields[f"speaker_{index}"] = forms.ChoiceField(
                label=_("Wie is ‘%(name)s’?") % {"name": label},
                choices=ROLE_CHOICES,
                initial=role or "",
                error_messages={
                    "required": _("Kies of ‘%(name)s’ coach, cliënt of iemand anders is.")
                    % {"name": label}
                },
            )
            self.fields[f"speaker_{index}"].speaker_key = key
            self.fields[f"speaker_{index}"].known = bool(role)

    def roles(self):
        """{speaker key: role} after validation."""
        return {
            self.fields[name].speaker_key: value
            for name, value in self.cleaned_data.items()
            if name.startswith("speaker_")
        }

    def clean(self):
        data = super().clean()
        if not self.errors and not any(
            role in (Turn.Role.COACH, Turn.Role.CLIENT) for role in self.roles().values()
        ):
            raise forms.ValidationError(
                _(
                    "Geef minstens één spreker de rol coach of cliënt, "
                    "anders valt er niets na te kijken."
                )
            )
        return data


class JudgeForm(CleanTextMixin, forms.Form):
    code = forms.ChoiceField(choices=CODE_CHOICES)
    verdict = forms.ChoiceField(
        choices=[(Judgement.Verdict.CONFIRM, "confirm"), (Judgement.Verdict.REJECT, "reject")]
    )


class AddMarkerForm(CleanTextMixin, forms.Form):
    code = forms.ChoiceField(
        label=_("Signaal"),
        choices=CODE_CHOICES,
        error_messages={"required": _("Kies welk signaal de analyser gemist heeft.")},
    )
    words = forms.CharField(
        label=_("Om welke woorden gaat het?"),
        required=False,
        max_length=2000,
        help_text=_("Selecteer woorden in de beurt, of typ ze hier over. Leeg = de hele beurt."),
    )
    start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)

    def __init__(self, *args, turn, analysis_codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.turn = turn
        self.analysis_codes = set(analysis_codes)
        role_codes = COACH_CODES if turn.role == Turn.Role.COACH else CLIENT_CODES
        self.fields["code"].choices = [("", _("— kies een signaal —"))] + [
            (c, code_label(c)) for c in role_codes
        ]

    def clean_code(self):
        code = self.cleaned_data["code"]
        if code in self.analysis_codes:
            raise forms.ValidationError(
                _("De analyser vond ‘%(label)s’ al in deze beurt: bevestig het signaal daar.")
                % {"label": code_label(code)}
            )
        return code

    def clean(self):
        data = super().clean()
        text = self.turn.text
        start, end, words = data.get("start"), data.get("end"), (data.get("words") or "").strip()
        if start is not None and end is not None and 0 <= start < end <= len(text):
            span = (start, end)
        elif words:
            found = text.lower().find(words.lower())
            if found < 0:
                raise forms.ValidationError(
                    _("De woorden ‘%(words)s’ staan niet in deze beurt.") % {"words": words[:80]}
                )
            span = (found, found + len(words))
        else:
            span = (0, len(text))
        data["span"] = span
        return data


class CommentForm(CleanTextMixin, forms.Form):
    text = forms.CharField(
        label=_("Opmerking"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": _("Schrijf eerst een opmerking."),
            "max_length": _("Een opmerking is hoogstens %(limit_value)d tekens."),
        },
    )


class ShareForm(CleanTextMixin, forms.Form):
    username = forms.CharField(
        label=_("Gebruikersnaam van de trainer"),
        max_length=150,
        error_messages={"required": _("Vul de gebruikersnaam van een trainer in.")},
    )

    def __init__(self, *args, dialogue, **kwargs):
        super().__init__(*args, **kwargs)
        self.dialogue = dialogue

    # Wrong usernames per sharing account and hour: trying names to find out who is a trainer is
    # slow (the message is the same for unknown names, coaches and inactive accounts).
    MAX_MISSES_PER_HOUR = 20

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        misses_key = f"reviews:share-misses:{self.dialogue.owner_id}"
        if (cache.get(misses_key) or 0) >= self.MAX_MISSES_PER_HOUR:
            raise forms.ValidationError(
                _("Te veel gebruikersnamen geprobeerd. Probeer het over een uur opnieuw.")
            )
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None or not may_review(user):
            if not cache.add(misses_key, 1, timeout=60 * 60):
                cache.incr(misses_key)
            raise forms.ValidationError(
                _("Delen met ‘%(name)s’ lukt niet. Controleer de gebruikersnaam van de trainer.")
                % {"name": username}
            )
        if user == self.dialogue.owner:
            raise forms.ValidationError(_("Dit is al jouw eigen transcript."))
        if self.dialogue.review_shares.filter(trainer=user).exists():
            raise forms.ValidationError(
                _("Je deelt dit transcript al met ‘%(name)s’.") % {"name": username}
            )
        self.user = user
        return username
