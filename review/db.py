"""Engines, sessions and schema upgrades for the store.

SQLite (WAL mode) under the data dir by default; WILDWATCH_DATABASE_URL selects another engine
(PostgreSQL via psycopg 3). The schema is created and upgraded by Alembic, programmatically.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from config.settings import get_settings

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_lock = threading.Lock()
_engines: dict[str, Engine] = {}
_upgraded: set[str] = set()


def database_url() -> str:
    s = get_settings()
    if s.database_url:
        return s.database_url
    return f"sqlite:///{s.path('wildwatch.db')}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute(f"PRAGMA busy_timeout={int(get_settings().sqlite_busy_ms)}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a crash loses no committed data
    cur.close()


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("sqlite"):
        # Let Python's sqlite3 not open transactions on its own; we issue BEGIN IMMEDIATE so
        # writers queue on the lock up front instead of failing on lock upgrade mid-transaction.
        engine = create_engine(url, connect_args={"timeout": get_settings().sqlite_busy_ms / 1000, "isolation_level": None}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "begin")
        def _begin(conn):  # noqa: ANN001
            # Readers (readonly=True) take no lock at all: WAL lets them read during a write.
            conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly") else "BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def get_engine(url: str | None = None) -> Engine:
    """One engine per URL per process, with the schema upgraded to head on first use."""
    url = url or database_url()
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        if url not in _upgraded:
            upgrade(engine)
            _upgraded.add(url)
    return engine


def reset_engines() -> None:
    """Forget cached engines (tests, and after fork)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
        _upgraded.clear()


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine, revision)
        return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Workers on several machines may start at once on a fresh database: one migrates,
            # the others wait here and then find the schema current. (SQLite: BEGIN IMMEDIATE.)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(727274)")
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _upgrade_sqlite(engine: Engine, revision: str) -> None:
    """SQLite changes a table by copying it (Alembic batch mode); with foreign keys on, dropping
    the old copy would trip every table that refers to it. As SQLite's documentation prescribes,
    keys are switched off for the migration (outside any transaction), then checked."""
    from alembic import command

    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg = alembic_config(engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left {len(broken)} rows with broken references, e.g. {broken[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def has_schema(engine: Engine) -> bool:
    return "listings" in inspect(engine).get_table_names()


@contextmanager
def session_scope(url: str | None = None, readonly: bool = False) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on error.

    readonly=True for sessions that only read: on SQLite they then do not queue for the write lock.
    """
    engine = get_engine(url)
    if readonly:
        engine = engine.execution_options(readonly=True)
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_transient_error(exc: BaseException) -> bool:
    """A store error worth retrying a job for (locked, connection lost): the same items may go in
    later. Anything else is the data's fault and retrying would fail again."""
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError,
                            sa_exc.TimeoutError, ConnectionError, TimeoutError))


def database_message(exc: BaseException) -> str:
    """The database's own words (not SQLAlchemy's statement dump and 'Background' link)."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [""])[0]
    return f"{type(orig).__name__}: {first}"[:500]


# -- for benchmarks: the store's own server processes and a throw-away schema -----------------------
def server_backend_pids(engine: Engine) -> list[int]:
    """PostgreSQL backends serving this database other than ours (the workers' connections), when
    the server runs on this machine; [] for SQLite (its work is in the workers' own CPU time)."""
    if engine.dialect.name != "postgresql" or engine.url.host not in ("127.0.0.1", "localhost", "::1", None):
        return []
    from sqlalchemy import text

    with engine.connect() as c:
        return [p for (p,) in c.execute(text("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                             "AND pid <> pg_backend_pid()"))]


def fresh_pg_schema(url: str):
    """(the URL of a new, empty schema of PostgreSQL `url`, a function that drops it). A benchmark
    run twice on one database would otherwise find every listing stored and measure updates."""
    import uuid

    from sqlalchemy import text

    schema = f"ww_bench_{uuid.uuid4().hex[:10]}"  # ours, [0-9a-f] only: safe in the statement
    admin = create_engine(url)
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"

    def drop():
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return f"{url}{sep}options=-csearch_path%3D{schema}", drop
