"""python manage.py analyse FILE.jsonl (or '-'): the contract in MARKERS.md."""

import json
import sys
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from dialogues.analysis import analyse


def analyse_line(line):
    """One input line → one output object (an 'error' object for a bad line)."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"geen geldige JSON: {error.msg}"}
    if not isinstance(item, dict):
        return {"id": None, "error": "een regel moet een JSON-object zijn"}
    turn_id = item.get("id")
    role, text = item.get("role"), item.get("text")
    if role not in ("client", "coach"):
        return {"id": turn_id, "error": "'role' ontbreekt of is niet 'client' of 'coach'"}
    if not isinstance(text, str):
        return {"id": turn_id, "error": "'text' ontbreekt of is geen tekst"}
    result = analyse(text, role).to_dict()
    return {
        "id": turn_id,
        "codes": result["codes"],
        "markers": [
            {key: marker[key] for key in ("code", "start", "end", "text", "rule", "explanation")}
            for marker in result["markers"]
        ],
        "suggestions": [{"text": s["text"], "for": s["for"]} for s in result["suggestions"]],
    }


class Command(BaseCommand):
    help = "Analyseer beurten uit een JSONL-bestand ('-' = stdin); één JSON-object per regel."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        source = options["file"]
        if source == "-":
            lines = sys.stdin
        else:
            try:
                lines = Path(source).open(encoding="utf-8")
            except OSError as error:
                raise CommandError(f"Kan {source} niet openen: {error}") from error
        failed = False
        with lines:
            for line in lines:
                if not line.strip():
                    continue
                output = analyse_line(line)
                failed |= "error" in output
                self.stdout.write(json.dumps(output, ensure_ascii=False))
        if failed:
            sys.exit(1)
