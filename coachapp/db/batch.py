"""Several statements in one round trip to PostgreSQL.

On a busy machine every round trip to the database is a hand-over of the CPU to PostgreSQL and
back, and costs more than the statement itself. `update_together` sends the statements of
several `QuerySet.update(**values)` as one simple query (psycopg's client-side binding, Django's
default, allows several statements in one `execute`), in the caller's transaction;
`insert_and_update` puts the INSERT of a few new rows before them. Elsewhere (SQLite is in the
process: no round trips; or with `server_side_binding`) they run one after the other, as
`bulk_create()` and `update()` do.
"""

from django.db import connections, router
from django.db.models import sql
from django.db.models.sql.compiler import SQLInsertCompiler


def _together(connection):
    return connection.vendor == "postgresql" and not connection.settings_dict["OPTIONS"].get(
        "server_side_binding"
    )


def _update_statements(updates, using):
    statements, params = [], []
    for queryset, values in updates:
        query = queryset.query.chain(sql.UpdateQuery)
        query.add_update_values(values)
        statement, statement_params = query.get_compiler(using).as_sql()
        statements.append(statement)
        params.extend(statement_params)
    return statements, params


def update_together(*updates):
    """`updates`: (queryset, values) pairs, each as `queryset.update(**values)`, in this order."""
    using = updates[0][0].db
    connection = connections[using]
    if not _together(connection):
        for queryset, values in updates:
            queryset.update(**values)
        return
    statements, params = _update_statements(updates, using)
    with connection.cursor() as cursor:
        cursor.execute("; ".join(statements), params)


def insert_and_update(objs, updates=None):
    """`type(objs[0]).objects.bulk_create(objs)` (new rows, no primary key yet, no signals, as
    bulk_create), then `update_together(*updates(objs))`: on PostgreSQL in one round trip.

    `updates` is called once the rows' values are set (an `auto_now_add` time, for instance),
    before anything is sent. The rows go in as one `INSERT … VALUES (…), (…) RETURNING` the
    primary key. (Django 5.2's bulk_create on PostgreSQL sends one array per column instead,
    `UNNEST`, which spares the planner for many rows; for two turns psycopg spends more time
    escaping every JSON value into an array literal than that saves.) A refused row (a unique
    constraint) raises IntegrityError before any of the updates is done, as bulk_create would."""
    model = type(objs[0])
    using = router.db_for_write(model)
    connection = connections[using]
    if not _together(connection):
        model._default_manager.db_manager(using).bulk_create(objs)
        if updates is not None and (pairs := updates(objs)):
            update_together(*pairs)
        return
    opts = model._meta
    if any(obj.pk is not None for obj in objs):
        raise ValueError("insert_and_update adds new rows only")
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="insert_and_update")
    fields = [f for f in opts.concrete_fields if not f.primary_key and not f.generated]
    query = sql.InsertQuery(model)
    query.insert_values(fields, objs)
    # The generic compiler: one VALUES row per object (the PostgreSQL one would use UNNEST).
    compiler = SQLInsertCompiler(query, connection, using)
    compiler.returning_fields = opts.db_returning_fields
    [(statement, params)] = compiler.as_sql()  # runs the fields' pre_save
    pairs = updates(objs) if updates is not None else ()
    statements, update_params = _update_statements(pairs, using)
    with connection.cursor() as cursor:
        cursor.execute("; ".join([statement, *statements]), [*params, *update_params])
        rows = cursor.fetchall()  # the first result: the INSERT's RETURNING, in row order
    for obj, row in zip(objs, rows, strict=True):
        for value, field in zip(row, opts.db_returning_fields, strict=True):
            setattr(obj, field.attname, value)
        obj._state.adding = False
        obj._state.db = using
