"""Import: paste or upload, preview, map unknown speakers, save all or nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from dialogues.models import Dialogue, Turn
from reviews import parsing
from reviews.models import ImportDraft

pytestmark = pytest.mark.django_db

PASTED = """Gesprek op 3 mei
Coach: Wat is er gebeurd?
Cliënt: De directie is erop uit om mij onderuit te halen.
Da's toch duidelijk.
Vader: Ik was er ook bij.
C: Wat bedoel je met onderuit halen?"""


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def start_import(client, **data):
    return client.post(reverse("reviews:import"), {"title": "Sessie 1", **data})


def test_paste_preview_map_and_save(trainer_client, trainer):
    response = start_import(trainer_client, text=PASTED)
    draft = ImportDraft.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:import_preview", args=[draft.pk])
    assert not Dialogue.objects.exists()  # nothing saved before the preview is confirmed

    preview = trainer_client.get(response["Location"]).content.decode()
    assert "Er zijn 4 beurten gevonden" in preview
    assert "1 regel vóór de eerste spreker is overgeslagen" in preview
    assert "Wie is ‘Vader’?" in preview
    assert "De directie is erop uit" in preview

    # 'Jan' is unknown: saving without saying who he is gives a Dutch error, nothing is stored
    speakers = list(parsing.speakers_of(s for s, _t in draft.turns))
    fields = {f"speaker_{i}": "" for i in range(len(speakers))}
    fields.update({"speaker_0": "coach", "speaker_1": "client"})
    response = trainer_client.post(reverse("reviews:import_preview", args=[draft.pk]), fields)
    assert response.status_code == 422
    assert "Kies of ‘Vader’ coach, cliënt of iemand anders is." in response.content.decode()
    assert not Dialogue.objects.exists()

    fields[f"speaker_{speakers.index('vader')}"] = "other"
    fields[f"speaker_{speakers.index('c')}"] = "coach"
    response = trainer_client.post(reverse("reviews:import_preview", args=[draft.pk]), fields)
    dialogue = Dialogue.objects.get()
    assert response["Location"] == reverse("reviews:detail", args=[dialogue.pk])
    assert (dialogue.kind, dialogue.owner, dialogue.title) == ("imported", trainer, "Sessie 1")
    turns = list(dialogue.turns.values_list("position", "role", "speaker", "text"))
    assert turns == [
        (1, "coach", "", "Wat is er gebeurd?"),
        (
            2,
            "client",
            "",  # a plain role label is not kept as a name
            "De directie is erop uit om mij onderuit te halen.\nDa's toch duidelijk.",
        ),
        (3, "other", "Vader", "Ik was er ook bij."),
        (4, "coach", "", "Wat bedoel je met onderuit halen?"),
    ]
    # analysed on import, so the review page need not wait for the analyser
    assert dialogue.turns.get(position=2).analysis is not None
    assert not ImportDraft.objects.exists()


def test_cancel_in_the_preview_stores_nothing(trainer_client):
    start_import(trainer_client, text="Coach: Hallo.")
    draft = ImportDraft.objects.get()
    trainer_client.post(reverse("reviews:import_preview", args=[draft.pk]), {"cancel": "1"})
    assert not ImportDraft.objects.exists() and not Dialogue.objects.exists()


def test_a_mapping_without_coach_or_client_is_refused(trainer_client):
    start_import(trainer_client, text="Jan: Hoi.\nPiet: Dag.")
    draft = ImportDraft.objects.get()
    response = trainer_client.post(
        reverse("reviews:import_preview", args=[draft.pk]),
        {"speaker_0": "other", "speaker_1": "other"},
    )
    assert "minstens één spreker de rol coach of cliënt" in response.content.decode()
    assert not Dialogue.objects.exists()


def test_upload_a_windows_1252_file(trainer_client):
    upload = SimpleUploadedFile(
        "gesprek.txt", "Coach: Hoe voelde dat?\r\nCliënt: Rot, écht.\r\n".encode("cp1252")
    )
    response = start_import(trainer_client, file=upload, title="")
    assert response.status_code == 302
    draft = ImportDraft.objects.get()
    assert draft.title == "gesprek"  # the file name, de-identified, without its extension
    assert draft.turns == [["Coach", "Hoe voelde dat?"], ["Cliënt", "Rot, écht."]]


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("leeg.txt", b"", "Het bestand is leeg."),
        ("foto.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "Dit is geen tekstbestand"),
        ("verslag.docx", b"Coach: hoi", "geen geldig Word-document"),
        ("x.txt", b"Coach: \x81\x8d\x8f\x90", "kan niet gelezen worden"),
    ],
)
def test_bad_upload_shows_dutch_error_and_stores_nothing(trainer_client, name, data, message):
    response = start_import(trainer_client, file=SimpleUploadedFile(name, data))
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not ImportDraft.objects.exists() and not Dialogue.objects.exists()


def test_upload_over_one_megabyte_is_refused(trainer_client):
    upload = SimpleUploadedFile("groot.txt", b"Coach: " + b"a" * (parsing.MAX_BYTES + 10))
    response = start_import(trainer_client, file=upload)
    assert "groter dan 1 MB" in response.content.decode()
    assert not ImportDraft.objects.exists()


def test_nothing_pasted_and_no_file(trainer_client):
    response = start_import(trainer_client, text="   ")
    assert "Plak een transcript of kies een bestand." in response.content.decode()


def test_pseudonymising_happens_before_anything_is_stored(trainer_client):
    start_import(
        trainer_client, text="Coach: Hoe gaat het met Fatima?\nK: Fatima is boos.", names="Fatima"
    )
    draft = ImportDraft.objects.get()
    assert "Fatima" not in str(draft.turns)
    assert draft.turns[1] == ["K", "[Persoon 1] is boos."]


def test_import_notice_reminds_not_to_upload_real_names(trainer_client):
    content = trainer_client.get(reverse("reviews:import")).content.decode()
    assert "upload geen echte namen" in content


def test_save_is_atomic(trainer_client, monkeypatch):
    start_import(trainer_client, text="Coach: Een.\nCliënt: Twee.\nCoach: Drie.")
    draft = ImportDraft.objects.get()

    def broken_bulk_create(*args, **kwargs):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr(Turn.objects, "bulk_create", broken_bulk_create)
    with pytest.raises(RuntimeError):
        trainer_client.post(
            reverse("reviews:import_preview", args=[draft.pk]),
            {"speaker_0": "coach", "speaker_1": "client"},
        )
    assert not Dialogue.objects.exists()
    assert not Turn.objects.exists()
    assert ImportDraft.objects.filter(pk=draft.pk).exists()  # the trainer can try again


def test_someone_elses_draft_is_404(client, trainer, other_trainer):
    client.force_login(trainer)
    start_import(client, text="Coach: Hallo.")
    draft = ImportDraft.objects.get()
    client.force_login(other_trainer)
    url = reverse("reviews:import_preview", args=[draft.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"speaker_0": "coach"}).status_code == 404
    assert not Dialogue.objects.exists()


def test_import_still_checks_the_csrf_token(trainer):
    """The view is csrf_exempt only to install its upload limit first; the check follows."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)
    response = client.post(reverse("reviews:import"), {"text": "Coach: Hallo."})
    assert response.status_code == 403
    assert not ImportDraft.objects.exists()
    page = client.get(reverse("reviews:import"))
    token = page.context["csrf_token"]
    response = client.post(
        reverse("reviews:import"), {"text": "Coach: Hallo.", "csrfmiddlewaretoken": str(token)}
    )
    assert response.status_code == 302
    assert ImportDraft.objects.count() == 1


def test_a_pasted_transcript_without_title_gets_one_with_the_date(trainer_client):
    trainer_client.post(reverse("reviews:import"), {"title": "", "text": "Coach: Hallo."})
    assert ImportDraft.objects.get().title.startswith("Transcript van ")


def test_the_preview_counts_replacements_and_marks_what_still_looks_like_a_name(trainer_client):
    start_import(
        trainer_client,
        title="Gesprek met Sanne de Wit",
        text="Coach: Hoe ging het met Jan?\nK: Slecht, Zorrowitz belde om 10.15 uit Amsterdam.",
        names="Jan",
    )
    draft = ImportDraft.objects.get()
    assert draft.title == "Gesprek met [Naam 1]"
    assert draft.turns[0] == ["Coach", "Hoe ging het met [Persoon 1]?"]
    assert "Amsterdam" not in str(draft.turns) and "Sanne" not in draft.title
    page = trainer_client.get(reverse("reviews:import_preview", args=[draft.pk])).content.decode()
    assert "namen uit je lijst: 1" in page and "plaatsen en adressen: 1" in page
    assert '<mark class="replaced">[Persoon 1]</mark>' in page
    assert '<mark class="suspect">Zorrowitz</mark>' in page
    assert 'value="Zorrowitz"' in page  # a checkbox to replace it


def test_more_names_are_replaced_in_the_draft_from_the_preview(trainer_client):
    start_import(trainer_client, text="Coach: Hoe ging het?\nK: Ik zag Zorrowitz en Quibby.")
    draft = ImportDraft.objects.get()
    url = reverse("reviews:import_preview", args=[draft.pk])
    response = trainer_client.post(url, {"add_names": "1"})
    assert response.status_code == 422
    assert "Kies of typ eerst wat er vervangen moet worden." in response.content.decode()
    response = trainer_client.post(
        url, {"add_names": "1", "suspects": ["Zorrowitz"], "names": "Quibby"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    numbers = deidentify_numbers(draft.turns[1][1])
    assert draft.turns[1][1] == f"Ik zag [Persoon {numbers[0]}] en [Persoon {numbers[1]}]."
    assert numbers[0] != numbers[1]
    assert not Dialogue.objects.exists()  # still only a draft


def test_someone_elses_draft_cannot_be_changed_from_the_preview(client, trainer, other_trainer):
    client.force_login(trainer)
    start_import(client, text="Coach: Hallo Zorrowitz.")
    draft = ImportDraft.objects.get()
    client.force_login(other_trainer)
    url = reverse("reviews:import_preview", args=[draft.pk])
    assert client.post(url, {"add_names": "1", "names": "Hallo"}).status_code == 404
    draft.refresh_from_db()
    assert "Hallo" in draft.turns[0][1]


def deidentify_numbers(text):
    import re

    return [int(n) for n in re.findall(r"\[Persoon (\d+)\]", text)]
