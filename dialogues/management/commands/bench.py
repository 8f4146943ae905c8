"""python manage.py bench: speed and memory of the analyser, measured and printed."""

import json
import resource
import time

from django.conf import settings
from django.core.management import BaseCommand

from dialogues.analysis import analyse_many
from dialogues.analysis import pipeline as pipeline_module


def corpus_turns():
    """A fixed corpus: the example dialogues of the fixtures (the articles' own lines)."""
    data = json.loads((settings.BASE_DIR / "fixtures" / "cases.json").read_text("utf-8"))
    return [
        (item["fields"]["text"], item["fields"]["role"])
        for item in data
        if item["model"] == "dialogues.turn" and item["fields"]["role"] in ("client", "coach")
    ]


class Command(BaseCommand):
    help = "Meet de snelheid en het geheugengebruik van de analyser."

    def add_arguments(self, parser):
        parser.add_argument(
            "--repeat", type=int, default=20, help="hoe vaak het corpus herhaald wordt"
        )

    def handle(self, *args, **options):
        import spacy

        turns = corpus_turns() * options["repeat"]
        started = time.perf_counter()
        pipeline_module.build_nlp.cache_clear()
        pipeline_module.build_nlp()
        list(analyse_many(turns[:1]))
        cold = time.perf_counter() - started

        tokenizer = spacy.blank("nl").tokenizer
        started = time.perf_counter()
        words = sum(len(tokenizer(text)) for text, _role in turns)
        bare = time.perf_counter() - started

        started = time.perf_counter()
        list(analyse_many(turns))
        full = time.perf_counter() - started

        transcript = (turns * (500 // len(turns) + 1))[:500]
        started = time.perf_counter()
        list(analyse_many(transcript))
        five_hundred = time.perf_counter() - started
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        self.stdout.write(f"corpus: {len(turns)} beurten, {words} tokens")
        self.stdout.write(f"bare tokenizer:  {words / bare:12,.0f} words/s")
        self.stdout.write(f"full analyser:   {words / full:12,.0f} words/s")
        self.stdout.write(f"ratio (full / tokenizer): {bare / full:.2f}")
        self.stdout.write(f"cold start (build pipeline + first turn): {cold:.2f} s")
        self.stdout.write(f"500-turn transcript: {five_hundred:.2f} s")
        self.stdout.write(f"peak memory (max RSS of this process): {peak_kib / 1024:.0f} MiB")
