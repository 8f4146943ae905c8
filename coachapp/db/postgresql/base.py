"""Django's PostgreSQL backend that waits for the database when it cannot connect.

While PostgreSQL restarts (a few seconds) new connections are refused. Instead of failing at
once, a request retries connecting, with a growing pause, for up to DB_CONNECT_RETRY_SECONDS
(10): nothing has happened yet when the connection is made, so waiting is always safe. Only the
requests that were in the middle of a query when the server went down fail (with the 503 page
of coachapp/busy.py). Queries are never retried.
"""

import time

from django.conf import settings
from django.db.backends.postgresql import base
from psycopg import OperationalError


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        deadline = time.monotonic() + getattr(settings, "DB_CONNECT_RETRY_SECONDS", 10)
        pause = 0.1
        while True:
            try:
                return super().get_new_connection(conn_params)
            except OperationalError:
                if time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(2 * pause, 1.0)
