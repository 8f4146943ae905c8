"""Two people sending at the same moment: every turn kept once, numbered 1..N by the server, in
the same order for every viewer. Real threads against the real database (SQLite with IMMEDIATE
transactions here; PostgreSQL in CI through DATABASE_URL).

The SQLite test database is a file, as in production, so writers wait for each other (IMMEDIATE
transactions with a busy timeout); no post may fail. A browser that resends a form (the same key)
must never give a second turn.
"""

import threading
import uuid

import pytest
from django.db import connection
from django.urls import reverse

from rooms.models import Role, Room

from .conftest import client_for

TURNS_PER_THREAD = 10
THREADS = 5  # coach and client, several tabs each: 50 turns


@pytest.mark.django_db(transaction=True)
def test_fifty_turns_from_several_threads_none_lost_none_duplicated(workshop, case):
    anna, bram, chris = (workshop.join(name) for name in ("Anna", "Bram", "Chris"))
    room = Room.open_for(anna, case, Role.COACH)
    room.take_role(bram, Role.CLIENT)
    room.take_role(chris, Role.OBSERVER)
    address = reverse("rooms:turn", args=[room.pk])
    browsers = [client_for(anna if i % 2 == 0 else bram) for i in range(THREADS)]
    start = threading.Barrier(THREADS, timeout=30)
    errors, sent = [], []

    def speak(index):
        try:
            browser = browsers[index]
            start.wait()
            for number in range(TURNS_PER_THREAD):
                text = f"beurt {index}-{number}"
                data = {"text": text, "key": uuid.uuid4()}
                response = browser.post(address, data)
                # A resubmitted form (same key) must not add a second turn.
                if number % 3 == 0:
                    browser.post(address, data)
                if response.status_code != 302:
                    errors.append((text, response.status_code))
                sent.append(text)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=speak, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors
    total = THREADS * TURNS_PER_THREAD

    turns = list(room.current_round().dialogue.turns.order_by("position"))
    assert [t.position for t in turns] == list(range(1, total + 1))
    assert sorted(t.text for t in turns) == sorted(sent)
    assert len({t.text for t in turns}) == total
    # Each thread's own turns keep the order in which that thread sent them.
    for index in range(THREADS):
        mine = [t.text for t in turns if t.text.startswith(f"beurt {index}-")]
        assert mine == [f"beurt {index}-{n}" for n in range(TURNS_PER_THREAD)]

    # Every viewer, catching up from scratch or in steps, sees the same list in the same order.
    expected = [t.text for t in turns]
    for viewer in (anna, bram, chris):
        browser = client_for(viewer)
        seen, after = [], 0
        while after < total:
            body = browser.get(
                reverse("rooms:turns", args=[room.pk]) + f"?round=1&after={after}"
            ).content.decode()
            found = [text for text in expected[after : after + 50] if text in body]
            seen += [text for text in expected if f">{text}<" in body and text not in seen]
            after = min(total, after + 17)
            assert found
        assert seen == expected
