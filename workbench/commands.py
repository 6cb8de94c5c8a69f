"""What every command module shares (cli.py, io/command.py, reports/command.py): the one-line user error, NAME=VALUE
pairs, opening the database named by --db, and the check of a file a command writes. One place, so one mistake has
one wording, and no command module imports another's private names."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from workbench.db import Database, open_database, sqlite_path, to_url
from workbench.files import check_output


class UserError(Exception):
    """A mistake on the command line; printed as one line, no traceback."""


def pairs(items: Sequence[str]) -> dict[str, str]:
    """`name=value` arguments (add, set, --filter, --map) as a dict; a name is stripped, a value kept as typed."""
    values = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"expected NAME=VALUE, not {item!r}")
        values[name.strip()] = value
    return values


def check_user(session) -> None:
    """--user names an active user of the database (an empty or unknown name: one line, nothing done)."""
    from workbench.services.permissions import user_refusal

    refusal = user_refusal(session, session.info.get("user"))
    if refusal:
        raise UserError(f"--user: {refusal}")


PASSPHRASE_ENV = "WORKBENCH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "WORKBENCH_NEW_PASSPHRASE"


def ask_passphrase(prompt: str, *, env: str = PASSPHRASE_ENV, confirm: bool = False,
                   required: bool = True) -> str | None:
    """A passphrase from `env` (scripts), else typed at the terminal (getpass, asked twice with `confirm`); never
    an argument, which other accounts could read. Without either: a UserError, or None when not `required`."""
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        if required:
            raise UserError(f"a passphrase is needed: set {env} or run the command in a terminal")
        return None
    first = getpass.getpass(prompt)
    if not first and not required:
        return None
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def passphrase_for_db(new: bool) -> str | None:
    """What open_database asks (db.PassphraseSource): an encrypted database's passphrase; for a new database a
    passphrase to encrypt it with, typed twice (empty: not encrypted), or WORKBENCH_PASSPHRASE."""
    if new:
        return ask_passphrase("Passphrase to encrypt the new database (empty: not encrypted): ", confirm=True,
                              required=False)
    return ask_passphrase("Passphrase of the database: ")


def open_db(db: str | None, create: bool = False) -> Database:
    """The database a command names by --db; a file that is not there is created only when asked."""
    path = sqlite_path(to_url(db))
    if path is not None and not path.exists() and not create:
        raise UserError(f"no database at {path} (create one with 'workbench db upgrade --db {path}')")
    return open_database(db, create=create, passphrase=passphrase_for_db)


def output_file(args, out: str | Path, db: Database | None = None) -> Path:
    """The one check before a command writes a file (files.check_output): never a database, never the open
    database's own files, an existing file only with --replace."""
    database = sqlite_path(db.url) if db is not None else sqlite_path(to_url(args.db))
    return check_output(out, replace=getattr(args, "replace", False), database=database)
