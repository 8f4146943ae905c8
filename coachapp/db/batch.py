"""Several UPDATE statements in one round trip to PostgreSQL.

On a busy machine every round trip to the database is a hand-over of the CPU to PostgreSQL and
back, and costs more than the statement itself. `update_together` sends the statements of
several `QuerySet.update(**values)` as one simple query (psycopg's client-side binding, Django's
default, allows several statements in one `execute`), in the caller's transaction. Elsewhere
(SQLite is in the process: no round trips; or with `server_side_binding`) they run one after
the other, as `update()` does.
"""

from django.db import connections
from django.db.models import sql


def update_together(*updates):
    """`updates`: (queryset, values) pairs, each as `queryset.update(**values)`, in this order."""
    using = updates[0][0].db
    connection = connections[using]
    if connection.vendor != "postgresql" or connection.settings_dict["OPTIONS"].get(
        "server_side_binding"
    ):
        for queryset, values in updates:
            queryset.update(**values)
        return
    statements, params = [], []
    for queryset, values in updates:
        query = queryset.query.chain(sql.UpdateQuery)
        query.add_update_values(values)
        statement, statement_params = query.get_compiler(using).as_sql()
        statements.append(statement)
        params.extend(statement_params)
    with connection.cursor() as cursor:
        cursor.execute("; ".join(statements), params)
