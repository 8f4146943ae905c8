"""python manage.py bench_import: memory and time of hostile uploads and of de-identification.

Each upload case is parsed in this process with its peak memory measured
(`reviews.benchmark`): zip bombs whose headers lie or tell the truth, and a small .docx that
expands to megabytes of text. For comparison, the old way of reading a .docx member (zipfile's
`read()`, which trusts the declared size) is measured on the same bomb.

Then deduce is built (from its cache) and a 200-turn transcript, made from the test
transcript with its planted identifiers, is parsed and de-identified as the import does it:
the best and worst of --runs runs after warm-up.
"""

import io
import re
import time
import zipfile

from django.conf import settings
from django.core.management import BaseCommand

from reviews import benchmark, deidentify, parsing

EXPANDED = 250_000_000


def _old_read(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.read("word/document.xml")


class Command(BaseCommand):
    help = "Meet geheugen en tijd van vijandige uploads (zipbommen, uitdijende tekst)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-old", action="store_true", help="de oude lezer niet meten")
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, **options):
        cases = {
            "zip bomb, headers claim 5 KB": benchmark.zip_bomb(EXPANDED, declared_size=5_000),
            "zip bomb, headers claim 32 MB": benchmark.zip_bomb(
                EXPANDED, declared_size=parsing.MAX_DOCX_XML_BYTES
            ),
            "zip bomb, honest headers": benchmark.zip_bomb(EXPANDED),
            "small docx with 20 MB of text": benchmark.zip_bomb(20_000_000),
        }
        for name, data in cases.items():
            result = benchmark.peak_memory(lambda data=data: parsing.parse_upload("x.docx", data))
            self.stdout.write(f"{name} ({len(data) // 1000} KB): {result}")
        if not options["skip_old"]:
            data = cases["zip bomb, headers claim 5 KB"]
            result = benchmark.peak_memory(lambda: _old_read(data))
            self.stdout.write(f"old reader, headers claim 5 KB ({len(data) // 1000} KB): {result}")

        before = benchmark._rss_kb("VmRSS") or 0
        seconds = deidentify.warm_up()
        grown = ((benchmark._rss_kb("VmRSS") or 0) - before) / 1024
        self.stdout.write(
            f"deduce ({deidentify.lists()} lists) built in {seconds:.1f} s, "
            f"resident memory +{grown:.0f} MB"
        )
        text, names = _transcript_of_200_turns()
        times = []
        for _run in range(options["runs"]):
            started = time.perf_counter()
            transcript = parsing.parse_pasted(text)
            deidentifier = deidentify.Deidentifier(deidentify.NameList.parse(names))
            deidentifier.transcript(transcript)
            for turn in transcript.turns:
                deidentify.segments(turn.text)
            times.append(time.perf_counter() - started)
        self.stdout.write(
            f"parse + de-identify + preview marks, {len(transcript.turns)} turns: "
            f"{min(times):.2f}–{max(times):.2f} s over {len(times)} runs"
        )


def _transcript_of_200_turns():
    source = settings.BASE_DIR / "tests" / "reviews" / "data" / "deidentify_transcript.txt"
    lines, names = [], ""
    for line in source.read_text("utf-8").splitlines():
        if line.startswith("lijst:"):
            names = line.removeprefix("lijst:")
        elif line.strip() and not line.startswith("#"):
            lines.append(re.sub(r"\{([^{}|]+)\|[\w-]+\}", r"\1", line))
    return "\n".join((lines * (200 // len(lines) + 1))[:200]), names
