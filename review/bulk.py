"""Many rows in one statement, for the pipeline's per-batch writes (review/intake.py).

PostgreSQL: one array parameter per column, unnested on the server:
    INSERT INTO t (a, b) SELECT * FROM unnest(%s::INTEGER[], %s::TEXT[]) ON CONFLICT ... RETURNING ...
The statement's text is the same for every batch size, so the server parses and plans it once per
connection (psycopg prepares it), where a VALUES list of 100 rows x 17 columns is 1,700 parameters
to parse and plan on each batch: ~2-3x less time for the same rows, client and server together.
UPDATEs of many rows go the same way (UPDATE ... FROM unnest(...)), one statement instead of one
per row. Values are bound as SQLAlchemy binds them (JSON written with the json module, None in a
JSON column as JSON null), so what is stored is the same as through the ORM.

SQLite: the same multi-row INSERT ... VALUES SQLAlchemy writes, with the values converted by the
columns' own bind processors (the same functions SQLAlchemy applies), but without its per-row
parameter machinery, which cost more CPU than SQLite's own work on these batches.
"""
from __future__ import annotations

import json
from typing import Any, Sequence

from sqlalchemy import Table
from sqlalchemy.orm import Session

_sql_cache: dict[tuple, str] = {}
_type_cache: dict[tuple, tuple[str, bool]] = {}


def _columns_of(table: Table, *names: str) -> None:
    """Every name put into a statement's text must be a column of the table (the statements are
    built from names; values always travel as bound parameters)."""
    bad = [n for n in names if n not in table.c]
    if bad:
        raise ValueError(f"{table.name}: not columns: {', '.join(map(repr, bad))}")


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _pg_type(table: Table, col: str, dialect) -> tuple[str, bool]:
    """(the column's type as PostgreSQL names it, whether it is JSON)."""
    key = (table.name, col)
    if key not in _type_cache:
        from sqlalchemy import JSON

        t = table.c[col].type
        _type_cache[key] = (t.compile(dialect=dialect), isinstance(t, JSON))
    return _type_cache[key]


def _json(value: Any) -> str:
    return json.dumps(value)  # as SQLAlchemy's JSON type writes it (None: JSON null)


def _arrays(session: Session, table: Table, cols: Sequence[str], rows: Sequence[dict]) -> list[list]:
    dialect = session.get_bind().dialect
    out = []
    for c in cols:
        _, is_json = _pg_type(table, c, dialect)
        values = [r[c] for r in rows]
        out.append([_json(v) for v in values] if is_json else values)
    return out


def _unnest(table: Table, cols: Sequence[str], dialect) -> str:
    return "unnest(" + ", ".join(f"%s::{_pg_type(table, c, dialect)[0]}[]" for c in cols) + ")"


def pg_insert_rows(session: Session, table: Table, rows: Sequence[dict], conflict: Sequence[str] | None = None,
                   returning: Sequence[str] = ()) -> list[tuple]:
    """INSERT the rows (dicts with the same keys) in one statement; ON CONFLICT (conflict) DO
    NOTHING when given; the `returning` columns of the rows inserted."""
    if not rows:
        return []
    rows = _with_defaults(table, rows)
    cols = tuple(rows[0])
    dialect = session.get_bind().dialect
    key = ("insert", table.name, cols, tuple(conflict or ()), tuple(returning))
    sql = _sql_cache.get(key)
    if sql is None:
        _columns_of(table, *cols, *(conflict or ()), *returning)
        names = ", ".join(cols)
        sql = f"INSERT INTO {table.name} ({names}) SELECT * FROM {_unnest(table, cols, dialect)}"
        if conflict is not None:
            sql += f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
        if returning:
            sql += f" RETURNING {', '.join(returning)}"
        _sql_cache[key] = sql
    result = session.connection().exec_driver_sql(sql, tuple(_arrays(session, table, cols, rows)))
    return [tuple(r) for r in result] if returning else []


_SQLITE_MAX_VARIABLES = 32766  # SQLite >= 3.32


def sqlite_insert_rows(session: Session, table: Table, rows: Sequence[dict], conflict: Sequence[str] | None = None,
                       returning: Sequence[str] = ()) -> list[tuple]:
    """pg_insert_rows for SQLite: INSERT ... VALUES (...), (...) [ON CONFLICT DO NOTHING] [RETURNING]."""
    if not rows:
        return []
    rows = _with_defaults(table, rows)
    cols = tuple(rows[0])
    dialect = session.get_bind().dialect
    procs = [table.c[c].type._cached_bind_processor(dialect) for c in cols]
    per_statement = max(1, _SQLITE_MAX_VARIABLES // len(cols))
    conn = session.connection()
    out: list[tuple] = []
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        key = ("sqlite-insert", table.name, cols, len(chunk), tuple(conflict or ()), tuple(returning))
        sql = _sql_cache.get(key)
        if sql is None:
            _columns_of(table, *cols, *(conflict or ()), *returning)
            one = "(" + ", ".join("?" * len(cols)) + ")"
            sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES " + ", ".join([one] * len(chunk))
            if conflict is not None:
                sql += f" ON CONFLICT ({', '.join(conflict)}) DO NOTHING"
            if returning:
                sql += f" RETURNING {', '.join(returning)}"
            if len(_sql_cache) > 1000:
                _sql_cache.clear()
            _sql_cache[key] = sql
        params = []
        for r in chunk:
            for c, proc in zip(cols, procs):
                v = r[c]
                params.append(v if proc is None else proc(v))
        result = conn.exec_driver_sql(sql, tuple(params))
        if returning:
            out += [tuple(r) for r in result]
    return out


def _with_defaults(table: Table, rows: Sequence[dict]) -> Sequence[dict]:
    """The columns' Python-side defaults (default=list, default=utcnow) for columns the rows leave
    out, as SQLAlchemy's INSERT fills them in."""
    missing = [c for c in table.c if c.name not in rows[0] and c.default is not None and not c.primary_key]
    if not missing:
        return rows
    out = []
    for r in rows:
        r = dict(r)
        for c in missing:
            d = c.default
            r[c.name] = d.arg(None) if d.is_callable else d.arg
        out.append(r)
    return out


def pg_update_rows(session: Session, table: Table, rows: Sequence[dict], key_col: str, set_cols: dict[str, str],
                   where: str = "") -> None:
    """UPDATE table SET col = u.<param> ... FROM unnest(...) u WHERE table.key_col = u.key_col [AND where].

    rows: dicts holding key_col and the params named in set_cols (column -> param name, or a quoted
    SQL literal such as "'active'"; a param takes the type of the column it sets) and in `where`
    (SQL over t. and u.)."""
    if not rows:
        return
    params = tuple(rows[0])
    dialect = session.get_bind().dialect
    key = ("update", table.name, params, key_col, tuple(set_cols.items()), where)
    sql = _sql_cache.get(key)
    if sql is None:
        _columns_of(table, key_col, *set_cols)
        types = ", ".join(f"%s::{_pg_type(table, _param_column(p, set_cols, key_col), dialect)[0]}[]" for p in params)
        sets = ", ".join(f"{c} = {p if p.startswith(chr(39)) else 'u.' + p}" for c, p in set_cols.items())
        sql = (f"UPDATE {table.name} AS t SET {sets} FROM unnest({types}) AS u({', '.join(params)}) "
               f"WHERE t.{key_col} = u.{key_col}" + (f" AND ({where})" if where else ""))
        _sql_cache[key] = sql
    arrays = []
    for p in params:
        col = _param_column(p, set_cols, key_col)
        values = [r[p] for r in rows]
        arrays.append([_json(v) for v in values] if _pg_type(table, col, dialect)[1] else values)
    session.connection().exec_driver_sql(sql, tuple(arrays))


def _param_column(param: str, set_cols: dict[str, str], key_col: str) -> str:
    """The column whose type a parameter takes: the column it sets, else the column of that name."""
    if param == key_col:
        return key_col
    for col, p in set_cols.items():
        if p == param:
            return col
    return param

