"""Django's database sessions (same table, same data), written with fewer statements.

- A session is read with one plain statement (the same row and conditions as Django's
  `get()`, without building that query on every request).
- An existing session is written with one UPDATE. Django's own store wraps it in a transaction
  of its own (BEGIN, UPDATE, COMMIT: three round trips) or, inside a transaction, in a savepoint
  (two more); a single UPDATE is atomic by itself, and Django raises `UpdateError` all the same
  when the row is gone (logged out elsewhere, purged).
- A session that was saved in a transaction that committed is not written again when nothing
  changed since: a role-play turn writes the activity time (`privacy.middleware`, once a minute)
  in the turn's own transaction, and SessionMiddleware's save after the view is then a no-op
  (it still sends the cookie). A transaction that rolls back leaves the session to be saved as
  usual.

New sessions (log-in, joining a workshop) are created exactly as Django does.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError
from django.contrib.sessions.exceptions import SessionInterrupted
from django.db import connections, router, transaction
from django.utils import timezone


class SessionStore(db.SessionStore):
    _saved_as = None  # (session key, serialised data) of the last committed save

    def load(self):
        using = router.db_for_read(self.model)
        connection = connections[using]
        table = connection.ops.quote_name(self.model._meta.db_table)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s",  # noqa: S608
                [self.session_key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return {}
        return self.decode(row[0])

    def save(self, must_create=False):
        if must_create or self.session_key is None:
            self._saved_as = None
            return super().save(must_create)
        data = self._get_session()
        snapshot = (self.session_key, self.serializer().dumps(data))
        if snapshot == self._saved_as:
            return None
        using = router.db_for_write(self.model)
        updated = (
            self.model.objects.using(using)
            .filter(session_key=self.session_key)
            .update(session_data=self.encode(data), expire_date=self.get_expiry_date())
        )
        if not updated:
            raise UpdateError
        connection = transaction.get_connection(using)
        if connection.in_atomic_block:
            transaction.on_commit(lambda: setattr(self, "_saved_as", snapshot), using=using)
        else:
            self._saved_as = snapshot
        return None


def save_session_if_modified(request):
    """Write the request's session now, in the caller's transaction, if the request changed it
    (one commit for both); SessionMiddleware then has nothing left to write. A session deleted
    meanwhile (logged out in another tab) ends the request as SessionMiddleware would (400), and
    the caller's transaction rolls back."""
    session = getattr(request, "session", None)
    if isinstance(session, SessionStore) and session.modified and not session.is_empty():
        try:
            session.save()
        except UpdateError:
            raise SessionInterrupted(
                "The request's session was deleted before the request completed."
            ) from None
