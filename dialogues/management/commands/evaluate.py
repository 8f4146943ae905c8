import json
import sys
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from dialogues.analysis.evaluation import evaluate, format_report, read_jsonl


class Command(BaseCommand):
    help = "Meet de analyser op geannoteerde beurten (JSONL): precisie, recall en F1 per code."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSONL-bestand, of '-' voor standaardinvoer")
        parser.add_argument("--errors", action="store_true", help="toon elke fout")

    def handle(self, *args, **options):
        source = options["file"]
        try:
            lines = sys.stdin if source == "-" else Path(source).read_text("utf-8").splitlines()
            items = [item for _number, item in read_jsonl(lines)]
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"Kan {source} niet lezen: {error}") from error
        report = evaluate(items)
        self.stdout.write(format_report(report, show_errors=options["errors"]))
