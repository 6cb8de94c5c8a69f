"""Opening a workbench database: URLs, SQLite settings, schema version checks, upgrade with backup."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, text as text_
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlcipher3 import dbapi2 as sqlcipher

from workbench import keys as keyfiles
from workbench.files import SQLITE_HEADER, OutputRefused, atomic_output
from workbench.services.audit import chain_problems, install_audit, record_event
from workbench.services.errors import DomainError

log = logging.getLogger(__name__)

APP_NAME = "workbench"


class DatabaseError(Exception):
    """A database that cannot be opened as it is; the message says why, in one line."""


class PassphraseNeeded(DatabaseError):
    """An encrypted database opened without its passphrase."""


class WrongPassphrase(DatabaseError):
    """The passphrase (or recovery key) given does not open the database's keys."""


class DatabaseBusy(DomainError, DatabaseError):
    """Another user's save held the database longer than a writer waits (LOCK_WAIT_SECONDS)."""


# A writer waits this long for another user's save to finish, then is told so (SQLite's busy timeout,
# PostgreSQL's lock_timeout), instead of SQLite's 30 s then "database is locked", or waiting for ever.
LOCK_WAIT_SECONDS = 5
BUSY_MESSAGE = "another user is saving; try again in a moment"
# Sessions for writing run on the engine with this option: on SQLite they begin with BEGIN IMMEDIATE, which
# takes the write lock first (waiting for it), so what they read is what they write on: ids reserved, rows
# checked. A deferred BEGIN read first and then failed at once at its first write ("database is locked").
WRITE = {"workbench_write": True}


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


def _sqlite_begin(conn) -> None:
    """Every transaction on SQLite is a real one, DDL included (pysqlite left CREATE INDEX outside any); a
    writing one takes the write lock at once (see WRITE)."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("workbench_write") else "BEGIN")


def _lock_wait_over(context) -> BaseException | None:
    """SQLite's "database is locked" (its busy timeout over) and PostgreSQL's lock_timeout (55P03) become one
    clear DatabaseBusy; other errors go on as they are."""
    orig = context.original_exception
    if isinstance(orig, (sqlite3.OperationalError, sqlcipher.OperationalError)) and (getattr(orig, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY:
        return DatabaseBusy(BUSY_MESSAGE)  # SQLITE_BUSY and its extended codes (a stale snapshot)
    if getattr(orig, "sqlstate", None) == "55P03" or getattr(orig, "pgcode", None) == "55P03":
        return DatabaseBusy(BUSY_MESSAGE)
    return None


# An encrypted database's pages are decrypted when read into SQLite's page cache: a larger cache (64 MiB) keeps a
# table's scrolling and counting from decrypting the same pages again (bench/README.md).
ENCRYPTED_CACHE_KIB = 64 * 1024
# The data key of each encrypted engine, for its backups (weak: forgotten with the engine).
_ENGINE_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key pragma (no key derivation in SQLCipher: the key is random, see keys.py)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_encrypted(path: str | Path, key: bytes, **kwargs) -> sqlcipher.Connection:
    """A DB-API connection to the encrypted database at `path` (sqlcipher3, a drop-in for sqlite3)."""
    conn = sqlcipher.connect(str(path), **kwargs)
    conn.execute(key_pragma(key))
    conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    return conn


def engine_key(engine: Engine) -> bytes | None:
    return _ENGINE_KEYS.get(engine)


def sqlite_file_state(path: Path) -> str:
    """'new' (no file, or an empty one), 'plain' (SQLite's header) or 'encrypted' (no header, a keys file beside).
    A file with neither is refused. A plain file with a keys file beside it is plain: an encrypt or decrypt killed
    after writing the keys and before renaming the database leaves exactly that."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except (FileNotFoundError, NotADirectoryError):  # a new one (which may not be creatable: make_engine says)
        return "new"
    except OSError as exc:
        raise DatabaseError(f"Cannot read the database {path}: {exc.strerror or exc}") from exc
    if not head:
        return "new"
    if head == SQLITE_HEADER:
        return "plain"
    if keyfiles.keys_path(path).exists():
        return "encrypted"
    raise DatabaseError(f"{path} is not a database, or an encrypted one whose keys file "
                        f"{keyfiles.keys_path(path).name} is missing beside it.")


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine on the database at `url`; `key` is the data key of an encrypted SQLite database (keys.py)."""
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
            # pysqlite's own transaction handling is off (isolation_level=None): it began a transaction only
            # before INSERT/UPDATE/DELETE, so a schema upgrade's DDL was committed at once, outside the
            # upgrade's transaction. The "begin" event emits BEGIN instead (SQLAlchemy's pysqlite recipe).
            connect_args = {"timeout": LOCK_WAIT_SECONDS, "isolation_level": None}
            if key is not None:
                if path is None:
                    raise DatabaseError("An in-memory database cannot be encrypted.")
                # sqlcipher3 is a DB-API drop-in for sqlite3: the pysqlite dialect runs on it, with the key given
                # before anything else reads the file. (SQLAlchemy's own sqlite+pysqlcipher dialect formats the
                # pragma from a passphrase and keeps one connection per thread; this uses the usual pool.)
                engine = create_engine(url, module=sqlcipher, hide_parameters=True,
                                       creator=lambda: connect_encrypted(path, key, check_same_thread=False,
                                                                         **connect_args))
                _ENGINE_KEYS[engine] = key
            else:
                engine = create_engine(url, connect_args=connect_args, hide_parameters=True)
            event.listen(engine, "connect", _sqlite_on_connect)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            if key is not None:
                raise DatabaseError("Only a SQLite database file can be encrypted by the workbench.")
            connect_args = {}
            if parsed.get_backend_name() == "postgresql":
                connect_args["options"] = f"-c lock_timeout={LOCK_WAIT_SECONDS * 1000}"
            engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True)
        event.listen(engine, "handle_error", _lock_wait_over)
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


def login_name() -> str:
    """The person's login name on this computer: who creates a database becomes its administrator."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


def ensure_administrator(conn, creator: str) -> None:
    """A database without an active administrator gets one: its creator (or whoever upgrades it), added as a user
    or made the administrator if already one. Run inside the upgrade's transaction."""
    from sqlalchemy import text

    if "user_scopes" not in inspect(conn).get_table_names():
        return  # upgraded to a revision before the roles
    if conn.execute(text("SELECT 1 FROM users WHERE role = 'admin' AND active")).first():
        return
    if "sync_nodes" in inspect(conn).get_table_names() and conn.execute(
            text("SELECT 1 FROM sync_nodes WHERE is_self AND role = 'laptop'")).first():
        return  # a field laptop's one user is the office's, with the office's role (services/sync.py)
    if not creator or not creator.strip():
        raise DatabaseError("A new database needs the name of its administrator (--user NAME).")
    if conn.execute(text("SELECT 1 FROM users WHERE username = :name"), {"name": creator}).first():
        conn.execute(text("UPDATE users SET role = 'admin', active = :yes, version = version + 1 "
                          "WHERE username = :name"), {"name": creator, "yes": True})
    else:
        conn.execute(text("INSERT INTO users (username, full_name, role, active, version) "
                          "VALUES (:name, :name, 'admin', :yes, 1)"), {"name": creator, "yes": True})


def upgrade_schema(engine: Engine, revision: str = "head", creator: str | None = None) -> None:
    """Every revision up to `revision` and the version stamp, in one transaction: all of it or nothing.

    On SQLite foreign keys are off around that transaction, as SQLite's procedure for changing a table says
    (lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): a revision that builds a table anew drops
    the old one, which with foreign keys on deletes its rows first and, through ON DELETE CASCADE, the rows of
    every table under it. The pragma cannot change inside a transaction, so it is set on the driver's connection
    between transactions; the foreign keys are checked before the commit instead."""
    cfg = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                if not sqlite:
                    from workbench import server

                    server.unsecure(conn)  # a revision may rebuild a table another's policy reads
                command.upgrade(cfg, revision)
                ensure_administrator(conn, login_name() if creator is None else creator)
                if not sqlite and revision == "head":
                    server.secure(conn)  # the server's own roles, grants and row-level security
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        table, row, parent = broken[0][:3]
                        raise DatabaseError(f"The upgrade was undone: row {row} of {table} refers to a missing "
                                            f"{parent} ({len(broken):,} such rows); run 'workbench db check'.")
        finally:
            if sqlite:  # the pooled connection goes back as the others are
                raw.execute("PRAGMA foreign_keys=ON")


def backup(engine: Engine, out: Path) -> Path:
    """A consistent copy of the database: SQLite's online backup, or pg_dump for PostgreSQL.

    The copy is written to a private temporary name beside `out`, checked (SQLite: integrity_check of the
    copy; PostgreSQL: pg_dump's exit status and a non-empty file), and only then renamed to `out`: a crash or
    a failure at any moment leaves the complete backup at `out`, or what was there before. A database at
    `out` is never replaced (files.atomic_output)."""
    out = Path(out)
    url = engine.url
    if url.get_backend_name() == "sqlite":
        src_path = sqlite_path(url.render_as_string(hide_password=False))
        if src_path is None:
            raise DatabaseError("An in-memory database cannot be backed up.")
        key = engine_key(engine)
        out_keys = keyfiles.keys_path(out)
        try:
            with atomic_output(out) as partial:
                _sqlite_copy(src_path, partial, key)
                if key is not None:  # the copy is encrypted with the same key: its keys file goes beside it first
                    keyfiles.write_keys(out_keys, keyfiles.read_keys(keyfiles.keys_path(src_path)))
        except OutputRefused as exc:
            raise DatabaseError(str(exc)) from exc
        except (sqlite3.Error, sqlcipher.Error, keyfiles.KeysError) as exc:
            if key is not None and not out.exists():
                out_keys.unlink(missing_ok=True)
            raise DatabaseError(f"The backup to {out} failed: {exc}") from exc
        return out
    if shutil.which("pg_dump") is None:
        raise DatabaseError("pg_dump is needed to back up a PostgreSQL database; install the PostgreSQL client.")
    # The password goes to pg_dump through its environment, which other accounts cannot read (its argument list
    # they can, in /proc or ps); the URL it gets has none.
    libpq_url = URL.create("postgresql", username=url.username, host=url.host, port=url.port, database=url.database,
                           query=url.query).render_as_string(hide_password=False)
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    try:
        with atomic_output(out) as partial:
            result = subprocess.run(
                ["pg_dump", "--format=custom", "--file", str(partial), libpq_url], capture_output=True, text=True,
                env=env,
            )
            if result.returncode != 0:
                last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else f"exit {result.returncode}"
                raise DatabaseError(f"pg_dump failed: {last}")
            if partial.stat().st_size == 0:
                raise DatabaseError("pg_dump wrote an empty file; the backup was not kept.")
    except OutputRefused as exc:
        raise DatabaseError(str(exc)) from exc
    return out


def backup_database(database: Database, out: Path, user: str) -> Path:
    """backup() of an open database, then its audit entry (action 'backup', the copy's file): a copy of the
    records leaves the office's hands, as an export does. (The copy itself does not hold that entry.)"""
    out = backup(database.engine, out)
    with database.session(user, write=True) as session, session.begin():
        record_event(session, "backup", "-", {"file": str(Path(out).resolve()), "database": database.display_name},
                     source=Path(out).name)
    return out


def _sqlite_copy(src_path: Path, partial: Path, key: bytes | None = None) -> None:
    """SQLite's online backup of src_path into the (empty) file partial, then its integrity check; an encrypted
    database is copied encrypted, with the same key (SQLCipher's backup between two databases of one key)."""
    connect = sqlite3.connect if key is None else (lambda p: connect_encrypted(p, key))
    src = connect(src_path)
    try:
        dst = connect(partial)
        try:
            src.backup(dst)
            problem = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if problem != "ok":
        raise sqlite3.DatabaseError(f"the copy failed its integrity check: {problem}")


@dataclass
class Database:
    """An open workbench database: its engine and a factory of audited sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None
    encrypted: bool = False
    login: str | None = None  # PostgreSQL: the workbench user the server logged in; every session acts as it


    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        return str(path) if path else shown_url(self.engine.url)

    def session(self, user: str = "system", source: str | None = None, write: bool = False) -> Session:
        """An audited session; `write` for one that saves (it takes SQLite's write lock when it begins)."""
        session = self.sessions(bind=self.engine.execution_options(**WRITE)) if write else self.sessions()
        session.info["user"] = self.login or user  # on the office server, who logged in, whatever name is claimed
        if source:
            session.info["source"] = source
        return session

    def close(self) -> None:
        self.engine.dispose()


def session_factory(bind, **options) -> sessionmaker[Session]:
    factory = sessionmaker(bind=bind, expire_on_commit=False, **options)
    install_audit(factory)
    from workbench.services.permissions import install_column_guard

    install_column_guard(factory)
    return factory


# What open_database asks for a passphrase: called with True for a new database (None then: not encrypted) and
# False for an encrypted one (None then: PassphraseNeeded). The CLI reads WORKBENCH_PASSPHRASE or prompts.
PassphraseSource = Callable[[bool], "str | None"]


def key_opens(path: str | Path, key: bytes) -> bool:
    """Whether `key` opens the encrypted database at `path` (a rollback journal left by a kill is played back)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, timeout=5)
    try:
        conn.execute(key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


def unlock(path: str | Path, passphrase: str) -> bytes:
    """The data key of the encrypted database at `path`, from its passphrase or a recovery key (and the new key of
    a `db rekey` killed after re-encrypting the database, whose keys file is then finished: keys.settle_rekey)."""
    try:
        key = keyfiles.read_keys(keyfiles.keys_path(path)).unlock(passphrase)
        return keyfiles.settle_rekey(path, key, lambda candidate: key_opens(path, candidate))
    except keyfiles.WrongPassphrase as exc:
        raise WrongPassphrase(f"{path}: {exc}") from None
    except keyfiles.KeysError as exc:
        raise DatabaseError(str(exc)) from None


def is_encrypted(db: str | Path | None) -> bool:
    path = sqlite_path(to_url(db))
    return path is not None and sqlite_file_state(path) == "encrypted"


def open_database(db: str | Path | None = None, *, create: bool = True, upgrade: bool = True,
                  passphrase: str | PassphraseSource | None = None, key: bytes | None = None,
                  creator: str | None = None, server_upgrade: bool = False) -> Database:
    """Open (and create or upgrade) a workbench database; refuse a foreign or newer one with a clear message.
    A database created (or upgraded without an administrator) gets `creator` as its administrator (default: the
    login name).

    An encrypted SQLite database needs its data `key` or its `passphrase`; a new one is created encrypted when a
    passphrase is given (a new keys file beside it), plain otherwise.

    A PostgreSQL database's schema is changed only by its owner (or a superuser): a person's own login opening an
    older one is refused with a line saying so, nothing changed. `server_upgrade` (workbench db upgrade) also makes
    the server's roles and grants again on a current database."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists() and not create:
        raise DatabaseError(f"No database at {path}")
    ask = passphrase if callable(passphrase) else (lambda _new: passphrase)
    encrypted = False
    if path is not None:
        state = sqlite_file_state(path)
        if state == "encrypted":
            encrypted = True
            if key is None:
                secret = ask(False)
                if secret is None:
                    raise PassphraseNeeded(f"{path} is encrypted: give its passphrase (prompted, or WORKBENCH_PASSPHRASE)")
                key = unlock(path, secret)
        elif state == "new" and create and (key is not None or (secret := ask(True)) is not None):
            if key is None:
                try:
                    key, keys = keyfiles.new_keys(secret)
                except keyfiles.KeysError as exc:
                    raise DatabaseError(str(exc)) from None
                try:
                    path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
                    keyfiles.write_keys(keyfiles.keys_path(path), keys)
                except OSError as exc:
                    raise DatabaseError(f"Cannot create the database {path}: {exc.strerror or exc}") from exc
            encrypted = True
        elif state == "plain":
            key = None
    engine = make_engine(url, key if encrypted else None)
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
            upgrade_schema(engine, creator=creator)
        elif state == "old":
            if not upgrade:
                raise DatabaseError("This database needs an upgrade; the database's owner runs 'workbench db upgrade'.")
            _upgrade_by_owner(engine, server_upgrade)
            backup_path = _backup_before_upgrade(engine, url)
            upgrade_schema(engine, creator=creator)
        elif server_upgrade and path is None:  # the same version: the server's roles and grants made again
            _upgrade_by_owner(engine, server_upgrade)
            upgrade_schema(engine, creator=creator)
        login = None
        if path is None:
            from workbench import server

            with engine.connect() as conn:
                login = server.login_user(conn)
    except Exception:
        engine.dispose()
        raise
    return Database(url=url, engine=engine, sessions=session_factory(engine), backup_path=backup_path,
                    encrypted=encrypted, login=login)


def _upgrade_by_owner(engine: Engine, asked: bool) -> None:
    """PostgreSQL: only the owner of the workbench's tables changes the schema; a person's own login opening an older
    database is told to have the owner upgrade it, and nothing is changed."""
    if engine.dialect.name != "postgresql":
        return
    from workbench import server

    with engine.connect() as conn:
        if server.is_owner(conn):
            return
        user = conn.execute(text_("SELECT current_user")).scalar()
    if not asked:
        raise DatabaseError("This database needs an upgrade; the database's owner runs 'workbench db upgrade'.")
    raise DatabaseError(f"Only the database's owner upgrades its schema, and {user} is not it; "
                        "ask IT to run 'workbench db upgrade' as the owner.")


def _backup_before_upgrade(engine: Engine, url: str) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    rev = current_revision(engine)
    path = sqlite_path(url)
    if path is not None:
        target = path.with_name(f"{path.stem}.before-upgrade-{rev}-{stamp}{path.suffix or '.db'}")
    else:
        target = data_dir() / "backups" / f"{engine.url.database}.before-upgrade-{rev}-{stamp}.dump"
    n = 1
    while target.exists():  # two upgrades in the same second keep both copies
        n += 1
        target = target.with_name(f"{target.stem.removesuffix(f'-{n - 1}')}-{n}{target.suffix}")
    try:
        return backup(engine, target)
    except DatabaseError:
        if path is not None:
            raise
        # PostgreSQL without pg_dump: the upgrade still runs in one transaction and rolls back on failure.
        log.warning("No pg_dump: upgrading %s without a backup copy", engine.url.database)
        return None


@dataclass
class AuditChainState:
    entries: int = 0
    last_hash: str = ""


def integrity_problems(engine: Engine, chain: AuditChainState | None = None) -> list[str]:
    """What is wrong with a database: SQLite's integrity and foreign key checks, the schema version, and the audit
    log's chain (its first broken entry, in one line). `chain`, when given, is filled with the chain's length and
    last hash, which a check that found nothing shows: noted elsewhere, it tells later whether the chain was
    rewritten from some entry on."""
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
    if state == "current":
        # One snapshot for the head and the entries: entries saved meanwhile are not taken for forged ones.
        options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
        with engine.connect().execution_options(**options) as conn, conn.begin():
            found, entries, last_hash = chain_problems(conn)
        problems.extend(found)
        if chain is not None:
            chain.entries, chain.last_hash = entries, last_hash
    return problems
