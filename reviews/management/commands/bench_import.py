"""python manage.py bench_import: memory and time of hostile uploads, measured and printed.

Each case is parsed in this process with its peak memory measured (`reviews.benchmark`): zip
bombs whose headers lie or tell the truth, and a small .docx that expands to megabytes of text.
For comparison, the old way of reading a .docx member (zipfile's `read()`, which trusts the
declared size) is measured on the same bomb.
"""

import io
import zipfile

from django.core.management import BaseCommand

from reviews import benchmark, parsing

EXPANDED = 250_000_000


def _old_read(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        archive.read("word/document.xml")


class Command(BaseCommand):
    help = "Meet geheugen en tijd van vijandige uploads (zipbommen, uitdijende tekst)."

    def add_arguments(self, parser):
        parser.add_argument("--skip-old", action="store_true", help="de oude lezer niet meten")

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
