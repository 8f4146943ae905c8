"""coachapp.sessions: Django's database sessions, written with one UPDATE and never twice."""

import pytest
from django.contrib.sessions.backends.base import UpdateError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from coachapp.sessions import SessionStore

pytestmark = pytest.mark.django_db(transaction=True)  # as in production: autocommit


def statements(queries):
    return [q["sql"].split()[0].upper() for q in queries]


class Rollback(Exception):
    pass


def test_an_existing_session_is_one_update_and_an_unchanged_one_is_not_written_again(settings):
    assert settings.SESSION_ENGINE == "coachapp.sessions"
    session = SessionStore()
    session["workshop"] = 1
    session.save()  # a new session: created as Django does
    session["workshop"] = 2
    with CaptureQueriesContext(connection) as queries:
        session.save()
        session.save()  # nothing changed since: SessionMiddleware's save after the view
    assert statements(queries) == ["UPDATE"]
    assert SessionStore(session.session_key)["workshop"] == 2


def test_a_save_in_a_transaction_that_rolls_back_is_written_again():
    session = SessionStore()
    session["workshop"] = 1
    session.save()
    session["workshop"] = 2
    with pytest.raises(Rollback), transaction.atomic():
        session.save()
        raise Rollback
    assert SessionStore(session.session_key)["workshop"] == 1
    session.save()
    assert SessionStore(session.session_key)["workshop"] == 2

    session["workshop"] = 3
    with transaction.atomic():
        session.save()
    with CaptureQueriesContext(connection) as queries:
        session.save()  # committed with the transaction: not again
    assert statements(queries) == []
    assert SessionStore(session.session_key)["workshop"] == 3


def test_a_session_gone_meanwhile_is_not_brought_back():
    session = SessionStore()
    session["workshop"] = 1
    session.save()
    SessionStore(session.session_key).delete()  # logged out in another tab, or purged
    session["workshop"] = 2
    with pytest.raises(UpdateError):
        session.save()
    assert not SessionStore().exists(session.session_key)


def test_a_session_is_read_in_one_statement_until_it_expires():
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    session = SessionStore()
    session["workshop"] = 1
    session.save()
    with CaptureQueriesContext(connection) as queries:
        assert SessionStore(session.session_key)["workshop"] == 1
    assert statements(queries) == ["SELECT"]
    Session.objects.filter(pk=session.session_key).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    expired = SessionStore(session.session_key)
    assert "workshop" not in expired and expired.session_key is None  # a new one, if saved
