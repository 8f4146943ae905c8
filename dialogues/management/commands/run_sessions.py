"""python manage.py run_sessions FILE.json: play coach sessions against the scripted clients.

FILE.json holds {"sessions": [{"id", "case", "style", "turns": [coach turns]}]} ("case" is a
slug such as "client-a" or a name such as "Cliënt A"; "style" defaults to "plain"). For every
session it writes JSON Lines to stdout: the client's opening line (turn 0), then per coach turn
the coach's text, the analyser's codes, the move, what the turn asks about, the client's reply,
the line id, the kind of reply and its reason, openness and affect; last the closing line
(unless the session says "close": false). Nothing is stored; the same file always gives the
same output.
"""

import json
import sys
from pathlib import Path

from django.core.management import BaseCommand, CommandError
from django.db.models import Q

from dialogues import scripted_client
from dialogues.analysis import analyse
from dialogues.models import ClientScript


class Command(BaseCommand):
    help = "Speelt coachsessies uit een JSON-bestand tegen de gespeelde cliënten (JSON Lines)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON met {'sessions': [...]}, of '-' voor stdin")

    def handle(self, *args, **options):
        sessions = self.read(options["file"])
        for session in sessions:
            for record in self.play(session):
                self.stdout.write(json.dumps(record, ensure_ascii=False))

    def read(self, name):
        try:
            raw = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
            data = json.loads(raw)
        except (OSError, ValueError) as error:
            raise CommandError(f"Kan {name} niet lezen: {error}") from error
        sessions = data.get("sessions") if isinstance(data, dict) else None
        if not isinstance(sessions, list):
            raise CommandError('Verwacht {"sessions": [{"id", "case", "style", "turns"}]}.')
        return sessions

    def script_for(self, case):
        script = (
            ClientScript.objects.select_related("case")
            .filter(Q(case__slug=case) | Q(case__name__iexact=case))
            .first()
        )
        if script is None:
            raise CommandError(
                f"Geen gespeelde cliënt voor casus {case!r} (laad eerst: manage.py setup_demo)."
            )
        return script

    def play(self, session):
        sid = session.get("id", "")
        model = self.script_for(str(session.get("case", "")))
        style = session.get("style") or "plain"
        if style not in scripted_client.STYLES:
            raise CommandError(f"Sessie {sid}: onbekende stijl {style!r}.")
        script = model.as_script()
        state = scripted_client.start_state(script, style)
        base = {"session": sid, "case": model.case.slug, "style": style}
        said = [model.case.opening_line]
        yield {
            **base,
            "turn": 0,
            "client": said[0],
            "kind": "opening",
            "openness": state.openness,
            "affect": state.affect,
        }
        for n, text in enumerate(session.get("turns", []), start=1):
            analysis = analyse(str(text), "coach")
            reply = scripted_client.respond(script, state, analysis, said[-3:])
            state = reply.state
            said.append(reply.text)
            yield {
                **base,
                "turn": n,
                "coach": text,
                "codes": analysis.codes,
                "move": reply.move.kind,
                "asks": reply.turn.to_dict(),
                "client": reply.text,
                "line": reply.line.key,
                "kind": reply.kind,
                "reason": reply.reason,
                "openness": state.openness,
                "affect": state.affect,
            }
        if session.get("close", True):
            line, state = scripted_client.closing(script, state)
            yield {
                **base,
                "turn": len(session.get("turns", [])) + 1,
                "client": line.text,
                "line": line.key,
                "kind": "closing",
                "reason": f"afsluiting bij openheid {state.openness}",
                "openness": state.openness,
                "affect": state.affect,
            }
