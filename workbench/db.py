"""Opening a workbench database: URLs, SQLite settings, schema version checks, upgrade with backup."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from workbench.services.audit import install_audit

log = logging.getLogger(__name__)

APP_NAME = "workbench"


class DatabaseError(Exception):
    """A database that cannot be opened as it is; the message says why, in one line."""


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / "workbench.db"


_USERINFO_PASSWORD = re.compile(r"(://[^/@:]*):[^/@]*@")


def shown_url(url: str | URL | Path) -> str:
    """A database as shown to a person (a message, the window, the log): a path as it is, a URL without its
    password. Every message or text that names a database URL goes through here."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    text = str(url)
    if "://" not in text:
        return text
    try:
        return make_url(text).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # not readable as a URL: still hide whatever stands where a password would
        return _USERINFO_PASSWORD.sub(r"\1:***@", text)


def to_url(db: str | Path | None) -> str:
    """A SQLAlchemy URL from what a user gives: nothing (the default file), a file path, or a URL."""
    if db is None or str(db) == "":
        return f"sqlite:///{default_db_path()}"
    text = str(db)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise DatabaseError(f"Not a database URL: {shown_url(text)}") from exc
        except ValueError as exc:  # SQLAlchemy reads the port with int()
            raise DatabaseError(f"Not a database URL (its port must be a number): {shown_url(text)}") from exc
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# Household and grantee records identify vulnerable people: a database or backup the workbench creates is
# readable by its owner only (SQLite gives its -wal and -shm files the database file's permissions). Other
# accounts on a shared laptop cannot read it; a lost laptop needs full-disk encryption (see README).
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_file(path: Path) -> Path:
    """Create `path` empty and private to its owner (its folder too, when that is new); an existing file is
    left as it is. On Windows the user's own folders already keep other accounts out."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except FileExistsError:
            pass
    return path


def private_output(path: str | Path) -> Path:
    """Make `path` ready for a library to write into (openpyxl, reportlab, csv, ElementTree all open an existing
    file without changing its permissions): created empty and private when new, made private when it exists,
    since what it held is about to be replaced by records of people. Every export, rejected-rows file, report,
    log and temporary copy of an attachment is made so."""
    path = private_file(Path(path))
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)
    return path


# PostgreSQL quotes the values of the row in an error's DETAIL line ("Key (code)=(KAL-0001) already exists",
# "Failing row contains (...)"); the engines hide the statement's parameters (make_engine) and this the rest.
_PG_DETAIL = re.compile(r"^DETAIL:.*(?:\n|$)", re.MULTILINE)


def without_values(text: str) -> str:
    """An error's text (a traceback) as written to a log or shown for IT: without the values of records."""
    return _PG_DETAIL.sub("DETAIL: (values left out)\n", text)


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    # hide_parameters: an error's message never carries the values of a statement (people's names, phone numbers),
    # so it can be shown and written to the log.
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            path = sqlite_path(url)
            if path is not None:
                try:
                    private_file(path)  # a new database starts private; SQLite takes an empty file as a new one
                except OSError as exc:
                    raise DatabaseError(f"Cannot create the database {path}: {exc.strerror or exc}") from exc
            engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_on_connect)
        else:
            engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(f"Cannot use database URL {shown_url(url)}: {exc}") from exc
    except ValueError as exc:
        raise DatabaseError(f"Not a database URL (its port must be a number): {shown_url(url)}") from exc
    except ImportError as exc:  # the dialect is known but its driver is not installed (postgresql+pg8000://)
        raise DatabaseError(f"Cannot use database URL {shown_url(url)}: its driver {exc.name or ''} is not "
                            f"installed; use postgresql+psycopg:// for PostgreSQL") from exc
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "workbench:migrations")
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> str:
    """'empty', 'current', 'old', 'newer' or 'foreign' (tables but not a workbench database)."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            rev = MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise DatabaseError(f"Cannot open the database: {_first_line(exc)}") from exc
    if rev is None:
        return "empty" if not tables - {"alembic_version"} else "foreign"
    if rev == head_revision():
        return "current"
    if rev in known_revisions():
        return "old"
    return "newer"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def backup(engine: Engine, out: Path) -> Path:
    """A consistent copy of the database: SQLite's online backup, or pg_dump for PostgreSQL."""
    out = Path(out)
    created = not out.exists()
    private_file(out)

    def discard() -> None:
        if created:  # no empty or half copy left to be mistaken for a backup
            out.unlink(missing_ok=True)

    url = engine.url
    if url.get_backend_name() == "sqlite":
        src_path = sqlite_path(url.render_as_string(hide_password=False))
        if src_path is None:
            discard()
            raise DatabaseError("An in-memory database cannot be backed up.")
        src = sqlite3.connect(src_path)
        try:
            dst = sqlite3.connect(out)
            try:
                src.backup(dst)
            finally:
                dst.close()
        except sqlite3.Error as exc:
            discard()
            raise DatabaseError(f"The backup to {out} failed: {exc}") from exc
        finally:
            src.close()
        return out
    if shutil.which("pg_dump") is None:
        discard()
        raise DatabaseError("pg_dump is needed to back up a PostgreSQL database; install the PostgreSQL client.")
    # The password goes to pg_dump through its environment, which other accounts cannot read (its argument list
    # they can, in /proc or ps); the URL it gets has none.
    libpq_url = URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database,
                           query=url.query).render_as_string(hide_password=False)
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    result = subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(out), libpq_url], capture_output=True, text=True, env=env
    )
    if result.returncode != 0:
        discard()
        raise DatabaseError(f"pg_dump failed: {result.stderr.strip().splitlines()[-1] if result.stderr else ''}")
    return out


@dataclass
class Database:
    """An open workbench database: its engine and a factory of audited sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else shown_url(self.engine.url)

    def session(self, user: str = "system", source: str | None = None) -> Session:
        session = self.sessions()
        session.info["user"] = user
        if source:
            session.info["source"] = source
        return session

    def close(self) -> None:
        self.engine.dispose()


def session_factory(bind, **options) -> sessionmaker[Session]:
    factory = sessionmaker(bind=bind, expire_on_commit=False, **options)
    install_audit(factory)
    return factory


def open_database(db: str | Path | None = None, *, create: bool = True, upgrade: bool = True) -> Database:
    """Open (and create or upgrade) a workbench database; refuse a foreign or newer one with a clear message."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists() and not create:
        raise DatabaseError(f"No database at {path}")
    engine = make_engine(url)
    backup_path = None
    try:
        state = schema_state(engine)
        if state == "foreign":
            raise DatabaseError(f"{path or shown_url(url)} is not a workbench database.")
        if state == "newer":
            raise DatabaseError(
                "This database was written by a newer version of the workbench; install that version to open it."
            )
        if state == "empty":
            if not create:
                raise DatabaseError(f"{path or shown_url(url)} has no workbench tables yet; run 'workbench db upgrade' first.")
            upgrade_schema(engine)
        elif state == "old":
            if not upgrade:
                raise DatabaseError("This database needs an upgrade; run 'workbench db upgrade'.")
            backup_path = _backup_before_upgrade(engine, url)
            upgrade_schema(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=session_factory(engine), backup_path=backup_path)


def _backup_before_upgrade(engine: Engine, url: str) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rev = current_revision(engine)
    path = sqlite_path(url)
    if path is not None:
        target = path.with_name(f"{path.stem}.before-upgrade-{rev}-{stamp}{path.suffix or '.db'}")
    else:
        target = data_dir() / "backups" / f"{engine.url.database}.before-upgrade-{rev}-{stamp}.dump"
    try:
        return backup(engine, target)
    except DatabaseError:
        if path is not None:
            raise
        # PostgreSQL without pg_dump: the upgrade still runs in one transaction and rolls back on failure.
        log.warning("No pg_dump: upgrading %s without a backup copy", engine.url.database)
        return None


def integrity_problems(engine: Engine) -> list[str]:
    """What is wrong with a database: SQLite's integrity and foreign key checks, and the schema version."""
    problems: list[str] = []
    state = schema_state(engine)
    if state != "current":
        problems.append(f"schema is {state} (expected revision {head_revision()})")
    if engine.url.get_backend_name() == "sqlite":
        with engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if row != "ok":
                    problems.append(f"integrity: {row}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                problems.append(f"foreign key: table {row[0]} row {row[1]} refers to a missing {row[2]}")
    return problems
