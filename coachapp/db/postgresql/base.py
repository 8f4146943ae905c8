"""Django's PostgreSQL backend that waits for the database when it cannot connect.

While PostgreSQL restarts (a few seconds) new connections are refused. Instead of failing at
once, a request retries connecting, with a growing pause, for up to DB_CONNECT_RETRY_SECONDS
(10): nothing has happened yet when the connection is made, so waiting is always safe. Only the
requests that were in the middle of a query when the server went down fail (with the 503 page
of coachapp/busy.py). Queries are never retried.

The health check (CONN_HEALTH_CHECKS) before the first query of a request needs no round trip
while the connection is idle and nothing waits on its socket: a server that restarted or went
away has closed the connection, with its farewell ("terminating connection due to
administrator command") or the end of the stream, and then the socket is readable. Only then
(or when the connection is not idle) Django's own `SELECT 1` decides. A turn is one round trip
fewer, a page one of three.
"""

import select
import time

from django.conf import settings
from django.db.backends.postgresql import base
from psycopg import OperationalError
from psycopg.pq import TransactionStatus


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

    def close_if_health_check_failed(self):
        if (
            self.connection is not None
            and self.health_check_enabled
            and not self.health_check_done
            and not self.pool
            and self._idle_and_quiet()
        ):
            self.health_check_done = True
            return
        super().close_if_health_check_failed()

    def _idle_and_quiet(self):
        connection = self.connection
        try:
            if connection.closed or connection.broken:
                return False
            if connection.info.transaction_status != TransactionStatus.IDLE:
                return False
            poller = select.poll()
            poller.register(connection.pgconn.socket, select.POLLIN | select.POLLPRI)
            return not poller.poll(0)
        except Exception:  # noqa: BLE001 - any doubt: Django's SELECT 1
            return False
