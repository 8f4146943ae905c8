"""python manage.py bench: speed and memory of the analyser, measured and printed.

Both contenders get the same texts in the same run: the bare spacy.blank("nl") tokenizer and
the full analyser (analyse_many: pipeline plus results, suggestions and indicators). Each is
timed on a first, cold pass (its caches empty: tokenizer cache, lexemes, lemma cache) and then
as the best of --runs warm passes. Nothing caches results by text.

The lower bound is what any analyser in Python returning the same results must at least do:
tokenize, read the token columns once and build the result objects (here from finished
results, with no analysis at all). It shows how much of the tokenizer's speed is reachable.
"""

import json
import resource
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import BaseCommand

COLD_START = (
    "import time; t = time.perf_counter(); "
    "from dialogues.analysis import analyse; analyse('Hij is gewoon lui.', 'client'); "
    "print(time.perf_counter() - t)"
)


def corpus_turns():
    """A fixed corpus: the example dialogues of the fixtures (the articles' own lines)."""
    data = json.loads((settings.BASE_DIR / "fixtures" / "cases.json").read_text("utf-8"))
    return [
        (item["fields"]["text"], item["fields"]["role"])
        for item in data
        if item["model"] == "dialogues.turn" and item["fields"]["role"] in ("client", "coach")
    ]


def timed(function, runs):
    """(first run, best of the following runs) in seconds."""
    times = []
    for _ in range(runs + 1):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times[0], min(times[1:])


class Command(BaseCommand):
    help = "Meet de snelheid en het geheugengebruik van de analyser."

    def add_arguments(self, parser):
        parser.add_argument(
            "--repeat", type=int, default=20, help="hoe vaak het corpus herhaald wordt"
        )
        parser.add_argument("--runs", type=int, default=3, help="warme metingen, de beste telt")

    def handle(self, *args, **options):
        cold_process = float(
            subprocess.run(  # noqa: S603 (a fixed command: this interpreter, a constant script)
                [sys.executable, "-c", COLD_START],
                capture_output=True,
                text=True,
                check=True,
                cwd=settings.BASE_DIR,
            ).stdout
        )

        import spacy
        from spacy.attrs import NORM

        from dialogues.analysis import Analysis, analyse_many, build_nlp

        started = time.perf_counter()
        build_nlp.cache_clear()
        build_nlp()
        list(analyse_many([("Hij is gewoon lui.", "client")]))
        cold_in_process = time.perf_counter() - started

        turns = corpus_turns() * options["repeat"]
        texts = [text for text, _role in turns]
        tokenizer = spacy.blank("nl").tokenizer
        words = sum(len(tokenizer(text)) for text in texts)

        def tokenize():
            for text in texts:
                tokenizer(text)

        def analyse_all():
            for _analysis in analyse_many(turns):
                pass

        tokenizer = spacy.blank("nl").tokenizer  # a fresh one: its first pass is cold again
        bare_cold, bare = timed(tokenize, options["runs"])
        full_cold, full = timed(analyse_all, options["runs"])

        # A lower bound for any analyser in Python that gives this result: tokenize, read the
        # token columns once, build the result objects (from finished results), nothing else.
        finished = [(analysis.to_dict(), analysis.text) for analysis in analyse_many(turns)]

        def floor():
            for result, text in finished:
                tokenizer(text).to_array([NORM])
                Analysis.from_dict(result, text)

        _floor_cold, lower_bound = timed(floor, options["runs"])

        transcript = (turns * (500 // len(turns) + 1))[:500]
        started = time.perf_counter()
        list(analyse_many(transcript))
        five_hundred = time.perf_counter() - started
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

        out = self.stdout.write
        out(f"corpus: {len(turns)} beurten, {words} tokens (same texts for both)")
        out(f"{'':26}{'warm (best)':>14}{'first pass':>14}")
        out(f"{'bare tokenizer words/s':26}{words / bare:14,.0f}{words / bare_cold:14,.0f}")
        out(f"{'full analyser words/s':26}{words / full:14,.0f}{words / full_cold:14,.0f}")
        out(f"{'ratio full / tokenizer':26}{bare / full:14.2f}{bare_cold / full_cold:14.2f}")
        out(
            f"lower bound without any analysis (tokenize, read columns, build results): "
            f"{words / lower_bound:,.0f} words/s, ratio {bare / lower_bound:.2f}"
        )
        per_turn = 1e6 / len(turns)
        out(
            f"per turn: tokenizer {bare * per_turn:.1f} µs, "
            f"lower bound {lower_bound * per_turn:.1f} µs, full analyser {full * per_turn:.1f} µs"
        )
        out(f"cold start, new process (import + build + first turn): {cold_process:.2f} s")
        out(f"cold start, in this process (build + first turn): {cold_in_process:.2f} s")
        out(f"500-turn transcript: {five_hundred:.3f} s")
        out(f"peak memory (max RSS of this process): {peak_kib / 1024:.0f} MiB")
