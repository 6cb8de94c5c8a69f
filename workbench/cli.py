"""The command line: the same services as the window, without one (`workbench --help`)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import getpass
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from workbench import __version__, models as m
from workbench.commands import (
    NEW_PASSPHRASE_ENV,
    UserError,
    ask_passphrase,
    check_user,
    open_db,
    output_file,
    pairs,
    passphrase_for_db,
)
from workbench.db import (
    AuditChainState,
    DatabaseError,
    backup_database,
    integrity_problems,
    open_database,
    schema_state,
    shown_url,
    sqlite_path,
    to_url,
)
from workbench.services import figures, records, workflows
from workbench.services.errors import DomainError


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _amount(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


@contextmanager
def session_for(args, write: bool = False) -> Iterator[Session]:
    """One session on the database named by --db, for one command; with write, one transaction committed at the end."""
    db = open_db(args.db)
    try:
        with db.session(args.user, write=write) as session:
            if write:
                with session.begin():
                    check_user(session)
                    yield session
            else:
                check_user(session)
                yield session
    finally:
        db.close()


def _format(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# --- commands ---------------------------------------------------------------------------------

def cmd_window(args) -> int:
    from workbench.views.app import run  # Qt is loaded only when a window is wanted

    return run(args.db, smoke=args.smoke)


def cmd_demo(args) -> int:
    from workbench.services.demo import generate

    url = to_url(args.db)
    path = sqlite_path(url)
    if path is not None and path.exists() and path.stat().st_size > 0 and not args.replace:
        raise UserError(f"{path} already exists; choose another file or add --replace")
    if path is not None and args.replace:
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(args.db, create=True, passphrase=passphrase_for_db, creator=args.user)
    last = [-1]

    def progress(fraction: float, text: str) -> None:
        step = int(fraction * 20)
        if step != last[0]:
            last[0] = step
            print(f"{fraction:6.1%}  {text}", flush=True)

    started = dt.datetime.now()
    try:
        counts = generate(db.engine, args.scale, seed=args.seed, progress=progress)
    finally:
        db.close()
    seconds = (dt.datetime.now() - started).total_seconds()
    summary = ", ".join(f"{n:,} {name.replace('_', ' ')}" for name, n in counts.items() if n)
    print(f"Demo database {db.display_name} written in {seconds:.1f} s: {summary}")
    return 0


def cmd_db_upgrade(args) -> int:
    url = to_url(args.db)
    path = sqlite_path(url)
    existed = path is None or path.exists()
    db = open_database(args.db, create=True, passphrase=passphrase_for_db, creator=args.user, server_upgrade=True)
    try:
        if not existed:
            print(f"Created a new workbench database at {db.display_name}; {args.user} is its administrator")
        elif db.backup_path:
            print(f"Upgraded {db.display_name}; the copy from before the upgrade is {db.backup_path}")
        else:
            print(f"{db.display_name} is up to date")
    finally:
        db.close()
    return 0


def cmd_db_backup(args) -> int:
    out = output_file(args, args.out)
    db = open_db(args.db)
    try:
        out = backup_database(db, out, args.user)
    finally:
        db.close()
    print(f"Backed up {db.display_name} to {out}")
    return 0


def cmd_db_check(args) -> int:
    url = to_url(args.db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise UserError(f"no database at {path}")
    from workbench.db import is_encrypted, make_engine, unlock

    key = unlock(path, ask_passphrase("Passphrase of the database: ")) if is_encrypted(url) else None
    engine = make_engine(url, key)
    try:
        state = schema_state(engine)
        if state == "foreign":
            raise UserError(f"{path or shown_url(url)} is not a workbench database")
        chain = AuditChainState()
        problems = integrity_problems(engine, chain)
    finally:
        engine.dispose()
    if problems:
        for problem in problems:
            print(problem)
        return 1
    print(f"{path or shown_url(url)}: no problem found; the audit log's {chain.entries:,} entries are chained, "
          f"the last hash is {chain.last_hash}")
    return 0


def _db_file(args) -> Path:
    path = sqlite_path(to_url(args.db))
    if path is None:
        raise UserError("only a SQLite database file can be encrypted; give its file with --db")
    if not path.exists():
        raise UserError(f"no database at {path}")
    return path


def cmd_db_encrypt(args) -> int:
    from workbench.encryption import encrypt_file

    path = _db_file(args)
    encrypt_file(path, ask_passphrase("New passphrase of the database: ", confirm=True))
    print(f"Encrypted {path}; its keys are in {path}.keys (keep them with it; a backup gets its own copy)")
    return 0


def cmd_db_decrypt(args) -> int:
    from workbench.encryption import decrypt_file

    path = _db_file(args)
    decrypt_file(path, ask_passphrase("Passphrase of the database: "))
    print(f"Decrypted {path}: it is now readable without a passphrase by whoever can read the file")
    return 0


def cmd_db_passphrase(args) -> int:
    from workbench.encryption import change_passphrase

    path = _db_file(args)
    old = ask_passphrase("Passphrase (or recovery key) of the database: ")
    new = ask_passphrase("New passphrase: ", env=NEW_PASSPHRASE_ENV, confirm=True)
    change_passphrase(path, old, new)
    print(f"The passphrase of {path} is changed (its keys file rewritten; the database itself was not)")
    return 0


def cmd_db_recovery_key(args) -> int:
    from workbench.encryption import add_recovery_key
    from workbench.files import atomic_output

    path = _db_file(args)
    out = output_file(args, args.out) if args.out else None
    text = add_recovery_key(path, ask_passphrase("Passphrase of the database: "))
    if out is None:
        print(f"Recovery key of {path} (shown this once; give it to the data protection officer):\n{text}")
    else:
        with atomic_output(out) as partial:
            partial.write_text(f"Recovery key of {path.name}:\n{text}\n", encoding="utf-8")
        print(f"Recovery key of {path} written to {out} (give it to the data protection officer, then delete it)")
    return 0


def cmd_db_rekey(args) -> int:
    from workbench.encryption import rekey_file
    from workbench.files import atomic_output
    from workbench.services.audit import record_event

    path = _db_file(args)
    out = output_file(args, args.out) if args.out else None
    passphrase = ask_passphrase("Passphrase of the database: ")
    db = open_database(path, passphrase=passphrase, create=False, upgrade=False)
    try:
        with db.session(args.user) as session:  # an active user of the database, before anything changes
            check_user(session)
    finally:
        db.close()
    texts = rekey_file(path, passphrase)
    db = open_database(path, passphrase=passphrase, create=False, upgrade=False)
    try:  # the audit trail says who re-encrypted it, when, and how many recovery keys were made again
        with db.session(args.user, write=True) as session, session.begin():
            record_event(session, "rekey", "-", {"database": str(path), "recovery_keys": len(texts)})
    finally:
        db.close()
    print(f"Re-encrypted {path} with a new data key; its keys file is rewritten (an old copy of it and the old "
          f"recovery keys no longer open the database; backups made before keep their own keys)")
    if texts and out is None:
        print(f"New recovery keys of {path} (shown this once; give them to the data protection officer):")
        print("\n".join(texts))
    elif texts:
        with atomic_output(out) as partial:
            partial.write_text(f"Recovery keys of {path.name}:\n" + "\n".join(texts) + "\n", encoding="utf-8")
        print(f"New recovery keys of {path} written to {out} (give them to the data protection officer, then "
              f"delete it)")
    return 0


def cmd_list(args) -> int:
    kind = records.kind_of(args.kind)
    with session_for(args) as session:
        filters = records.coerce(session, kind, pairs(args.filter))
        rows = records.list_records(session, args.kind, filters=filters, text=args.search,
                                    order_by=args.sort, descending=args.desc, limit=args.limit)
        dicts = [records.readable_dict(session, kind, row) for row in rows]
        total = records.count_records(session, args.kind, filters=filters, text=args.search)
    fields = [f for f in dicts[0] if f != "uid"] if dicts else ["id"]  # the uid is for sync; `show` prints it
    writer = csv.writer(sys.stdout, delimiter="\t" if args.format == "tsv" else ",", lineterminator="\n")
    writer.writerow(fields)
    for row in dicts:
        writer.writerow([_format(row[f]) for f in fields])
    if total > len(dicts):
        print(f"({len(dicts):,} of {total:,} {kind.label}s shown; use --limit)", file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    with session_for(args) as session:
        obj = records.get(session, args.kind, records.lookup(session, args.kind, args.key).id)
        values = records.readable_dict(session, args.kind, obj)
    width = max(len(k) for k in values)
    for name, value in values.items():
        print(f"{name:<{width}}  {_format(value)}")
    return 0


def cmd_add(args) -> int:
    kind = records.kind_of(args.kind)
    with session_for(args, write=True) as session:
        obj = records.create(session, args.kind, records.coerce(session, kind, pairs(args.values)))
        ident = obj.id
    print(f"Created {kind.label} {ident}")
    return 0


def cmd_set(args) -> int:
    kind = records.kind_of(args.kind)
    with session_for(args, write=True) as session:
        obj = records.lookup(session, args.kind, args.key)
        obj = records.update(session, args.kind, obj.id, records.coerce(session, kind, pairs(args.values)),
                             expected_version=args.expect_version)
        version = obj.version
    print(f"Saved {kind.label} {args.key} (version {version})")
    return 0


def cmd_delete(args) -> int:
    kind = records.kind_of(args.kind)
    with session_for(args, write=True) as session:
        obj = records.lookup(session, args.kind, args.key)
        records.delete(session, args.kind, obj.id)
    print(f"Deleted {kind.label} {args.key}")
    return 0


def cmd_attach(args) -> int:
    from workbench.services import attachments

    kind = records.kind_of(args.kind)
    with session_for(args, write=True) as session:
        obj = records.lookup(session, args.kind, args.key)
        attachment = attachments.attach_file(session, args.kind, obj.id, Path(args.file), args.description)
        name, media_type = attachment.file_name, attachment.media_type
    print(f"Attached {name} ({media_type}) to {kind.label} {args.key}")
    return 0


STATUS_CHANGERS = {k: v for k, v in workflows.STATUS_CHANGERS.items() if k != "receipt"}  # receipts: `workbench verify`


def cmd_status(args) -> int:
    with session_for(args, write=True) as session:
        obj = records.lookup(session, args.kind, args.key)
        STATUS_CHANGERS[args.kind](session, obj.id, args.status, args.on, args.note)
    print(f"{args.kind.capitalize()} {args.key} is now {args.status} (on {args.on.isoformat()})")
    return 0


def cmd_pay(args) -> int:
    with session_for(args, write=True) as session:
        grant = records.lookup(session, "grant", args.grant)
        tranche = workflows.pay_grant_tranche(session, grant.id, args.amount, args.on, args.note)
        paid, total, currency = workflows.grant_paid(grant), grant.amount, grant.currency
        sequence = tranche.sequence
    print(f"Paid tranche {sequence} of grant {args.grant}: {args.amount} {currency} "
          f"({paid} of {total} {currency} paid)")
    return 0


def cmd_entitle(args) -> int:
    from workbench.services import distributions

    with session_for(args, write=True) as session:
        distribution = records.lookup(session, "distribution", args.distribution)
        site_id = records.lookup(session, "site", args.site).id if args.site else None
        added = distributions.build_list(session, distribution.id, "departed" if args.departed else "present",
                                         site_id)
    print(f"Added {added} entitlements to the list of distribution {args.distribution}")
    return 0


def cmd_verify(args) -> int:
    with session_for(args, write=True) as session:
        distribution = records.lookup(session, "distribution", args.distribution)
        household = records.lookup(session, "household", args.household)
        receipt = session.scalars(select(m.Receipt).where(m.Receipt.distribution_id == distribution.id,
                                                          m.Receipt.household_id == household.id)).first()
        if receipt is None:
            raise DomainError(f"household {args.household} has no receipt on distribution {args.distribution}",
                              "household")
        workflows.verify_receipt(session, receipt.id, args.verification, args.on, args.note)
        complaint = receipt.complaint_id
    print(f"Receipt of household {args.household} on {args.distribution}: {args.verification} "
          f"(verified on {args.on.isoformat()})" + (f"; complaint {complaint} opened on the site" if complaint else ""))
    return 0


def cmd_roles(args) -> int:
    from workbench.services import permissions

    print("Actions: R read, C create, E edit, D delete, S step (workflow), X export, N print names; per field class.")
    print(permissions.table_text())
    return 0


def _print_user(row) -> None:
    print(f"{row.username}\t{row.full_name}\t{row.role}\t{row.scope_text}\t{'active' if row.active else 'deactivated'}")


def _new_password(args) -> str | None:
    """The new user's password for the office's PostgreSQL server: WORKBENCH_NEW_PASSWORD, or asked twice at a
    terminal; never a command-line argument. None on SQLite (one laptop, no server logins)."""
    if sqlite_path(to_url(args.db)) is not None:
        return None
    if os.environ.get("WORKBENCH_NEW_PASSWORD"):
        return os.environ["WORKBENCH_NEW_PASSWORD"]
    if not sys.stdin.isatty():
        return None  # the login is made without a password; IT gives it one (ALTER ROLE ... PASSWORD)
    first = getpass.getpass(f"Password for {args.name} on the server: ")
    if first != getpass.getpass("The same password again: "):
        raise UserError("the two passwords differ; nothing was changed")
    return first or None


def cmd_user_add(args) -> int:
    from workbench.services import users

    password = _new_password(args)
    with session_for(args, write=True) as session:
        row = users.add_user(session, args.name, args.role, args.scope, args.full_name or "", password=password)
    print(f"Added user {row.username}: {row.role}, {row.scope_text}")
    return 0


def cmd_user_list(args) -> int:
    from workbench.services import users

    with session_for(args) as session:
        rows = users.list_users(session)
    print("login\tname\trole\tscopes\tstatus")
    for row in rows:
        _print_user(row)
    return 0


def cmd_user_set(args) -> int:
    from workbench.services import users

    if args.whole_office and args.scope:
        raise UserError("give --scope or --whole-office, not both")
    scopes = [] if args.whole_office else (args.scope or None)
    if args.role is None and scopes is None and args.full_name is None and not args.activate:
        raise UserError("nothing to change: give --role, --scope, --whole-office, --full-name or --activate")
    with session_for(args, write=True) as session:
        row = users.set_user(session, args.name, role=args.role, scopes=scopes, full_name=args.full_name,
                             active=True if args.activate else None)
    print(f"Saved user {row.username}: {row.role}, {row.scope_text}{'' if row.active else ', deactivated'}")
    return 0


def cmd_user_deactivate(args) -> int:
    from workbench.services import users

    with session_for(args, write=True) as session:
        row = users.deactivate_user(session, args.name)
    print(f"Deactivated user {row.username}; the history keeps the name")
    return 0


def cmd_figures(args) -> int:
    with session_for(args) as session:
        project = records.lookup(session, "project", args.project) if args.project else None
        pid = project.id if project else None
        print(f"People supported to leave sites: {figures.people_supported_to_leave(session, project_id=pid):,}")
        share = figures.committee_women_share(session)
        print(f"Women in site committees: {share}%" if share is not None else "Women in site committees: -")
        for intention, n in sorted(figures.households_by_intention(session).items()):
            print(f"Households intending to {intention}: {n:,}")
        for row in figures.totals_by_programme(session, pid):
            print(f"{row.programme} grants: {row.grants:,}, {row.amount:,} {row.currency} "
                  f"({row.paid:,} paid)")
        if project:
            money = figures.project_money(session, pid)
            print(f"Budget {money.budget:,} {money.currency}; committed {money.committed:,}; "
                  f"paid {money.paid:,}")
    return 0


# --- the parser -------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Programme workbench of a country office. Without a command it opens the window.")
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: the file in your data folder)")
    parser.add_argument("--user", default=_user(),
                        help="the user of the database acting (default: login name); who creates a database is "
                             "its administrator")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, show each screen, close it and exit 0 (for installer tests)")
    parser.set_defaults(func=cmd_window)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL")
    common.add_argument("--user", default=argparse.SUPPRESS, help="the user of the database acting")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("demo", parents=[common], help="write a realistic demo database")
    p.add_argument("--scale", type=float, default=1.0,
                   help="1 is a small office (~10,000 households); 100 is about a million households")
    p.add_argument("--seed", type=int, default=2023, help="the same seed gives the same database")
    p.add_argument("--replace", action="store_true", help="overwrite an existing database file")
    p.set_defaults(func=cmd_demo)

    p_db = sub.add_parser("db", help="create, upgrade, back up or check a database")
    db_sub = p_db.add_subparsers(title="database commands", metavar="ACTION", required=True)
    p = db_sub.add_parser("upgrade", parents=[common], help="create the database or bring it to this version")
    p.set_defaults(func=cmd_db_upgrade)
    p = db_sub.add_parser("backup", parents=[common], help="write a consistent copy of the database")
    p.add_argument("--out", required=True,
                   help="the copy's file: a new file (an existing database is never overwritten)")
    p.add_argument("--replace", action="store_true", help="overwrite an existing file that is not a database")
    p.set_defaults(func=cmd_db_backup)
    p = db_sub.add_parser("check", parents=[common], help="integrity, foreign key and audit chain check")
    p.set_defaults(func=cmd_db_check)
    # Passphrases are prompted or read from WORKBENCH_PASSPHRASE (WORKBENCH_NEW_PASSPHRASE for a new one), never
    # taken as arguments, which other accounts can read.
    p = db_sub.add_parser("encrypt", parents=[common], help="encrypt a database file in place (all or nothing)")
    p.set_defaults(func=cmd_db_encrypt)
    p = db_sub.add_parser("decrypt", parents=[common], help="decrypt a database file in place (administrators)")
    p.set_defaults(func=cmd_db_decrypt)
    p = db_sub.add_parser("passphrase", parents=[common], help="change the passphrase of an encrypted database")
    p.set_defaults(func=cmd_db_passphrase)
    p = db_sub.add_parser("recovery-key", parents=[common],
                          help="add an office recovery key to an encrypted database (shown once)")
    p.add_argument("--out", help="write the recovery key to this new file instead of showing it")
    p.set_defaults(func=cmd_db_recovery_key)
    p = db_sub.add_parser("rekey", parents=[common],
                          help="re-encrypt an encrypted database with a new data key (all or nothing); new recovery "
                               "keys replace the old ones")
    p.add_argument("--out", help="write the new recovery keys to this new file instead of showing them")
    p.set_defaults(func=cmd_db_rekey)

    kinds = list(records.KINDS)
    p = sub.add_parser("list", parents=[common], help="list records as CSV")
    p.add_argument("kind", choices=kinds)
    p.add_argument("--filter", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--search", help="text searched in the record's names and codes")
    p.add_argument("--sort", help="field to sort by")
    p.add_argument("--desc", action="store_true", help="sort in descending order")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--format", choices=["csv", "tsv"], default="csv")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[common], help="show one record")
    p.add_argument("kind", choices=kinds)
    p.add_argument("key", help="code, P-code, name or number")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add", parents=[common], help="create a record: workbench add site name=Kalonda ...")
    p.add_argument("kind", choices=kinds)
    p.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("set", parents=[common], help="change fields of a record")
    p.add_argument("kind", choices=kinds)
    p.add_argument("key", help="code, P-code, name or number")
    p.add_argument("values", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--expect-version", type=int, help="refuse if the record is no longer at this version")
    p.set_defaults(func=cmd_set)

    p = sub.add_parser("delete", parents=[common], help="delete a record (refused where it may not be deleted)")
    p.add_argument("kind", choices=kinds)
    p.add_argument("key")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("attach", parents=[common], help="attach a document or photo to a record")
    p.add_argument("kind", choices=kinds)
    p.add_argument("key", help="code, P-code, name or number")
    p.add_argument("file")
    p.add_argument("--description", default="")
    p.set_defaults(func=cmd_attach)

    p = sub.add_parser("status", parents=[common], help="take a workflow step: grant, site, work, referral or distribution")
    p.add_argument("kind", choices=list(STATUS_CHANGERS))
    p.add_argument("key", help="grant code, site name, work code, referral code or distribution code")
    p.add_argument("status", help="the new status, e.g. approved, closing, ongoing, sent, 'service delivered'")
    p.add_argument("--on", type=_date, default=dt.date.today(), help="date of the step (default: today)")
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("pay", parents=[common], help="pay the next tranche of an approved grant")
    p.add_argument("grant", help="grant code")
    p.add_argument("amount", type=_amount)
    p.add_argument("--on", type=_date, default=dt.date.today())
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_pay)

    p = sub.add_parser("entitle", parents=[common],
                       help="put a site's households on a distribution's list, with their entitlements")
    p.add_argument("distribution", help="distribution code")
    p.add_argument("--site", help="the site whose households go on the list (default: the distribution's)")
    p.add_argument("--departed", action="store_true",
                   help="the households that left the site by the distribution's day (return packages)")
    p.set_defaults(func=cmd_entitle)

    p = sub.add_parser("verify", parents=[common], help="record the verification of a household's receipt")
    p.add_argument("distribution", help="distribution code")
    p.add_argument("household", help="household code")
    p.add_argument("verification", help="received, not received or received with issues")
    p.add_argument("--on", type=_date, default=dt.date.today())
    p.add_argument("--note", default="")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("roles", parents=[common], help="the roles and what each may do, kind by kind")
    p.set_defaults(func=cmd_roles)

    from workbench.models import ROLES

    p_user = sub.add_parser("user", help="the database's users, their roles and scopes (administrators)")
    user_sub = p_user.add_subparsers(title="user commands", metavar="ACTION", required=True)
    p = user_sub.add_parser("add", parents=[common], help="add a user with a role and scopes")
    p.add_argument("name", help="the login name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--scope", action="append", default=[], metavar="project:CODE|site:NAME",
                   help="a project or site the user works on (several allowed; none: the whole office)")
    p.add_argument("--full-name", help="the person's name (default: the login name)")
    p.set_defaults(func=cmd_user_add)
    p = user_sub.add_parser("list", parents=[common], help="list the users")
    p.set_defaults(func=cmd_user_list)
    p = user_sub.add_parser("set", parents=[common], help="change a user's role, scopes or name")
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--scope", action="append", default=[], metavar="project:CODE|site:NAME",
                   help="the user's scopes from now on (replacing the ones it had)")
    p.add_argument("--whole-office", action="store_true", help="no scope: the whole office")
    p.add_argument("--full-name")
    p.add_argument("--activate", action="store_true", help="make a deactivated user active again")
    p.set_defaults(func=cmd_user_set)
    p = user_sub.add_parser("deactivate", parents=[common], help="deactivate a user (never the last administrator)")
    p.add_argument("name")
    p.set_defaults(func=cmd_user_deactivate)

    p_sync = sub.add_parser("sync", help="field laptops: enrol one, exchange packages of changes, resolve conflicts")
    sync_sub = p_sync.add_subparsers(title="sync commands", metavar="ACTION", required=True)
    p = sync_sub.add_parser("enrol", parents=[common], help="write a laptop's database from the office's")
    p.add_argument("--laptop", required=True, help="the laptop's name, e.g. NYUNZU-1")
    p.add_argument("--for", dest="for_user", required=True, metavar="USER", help="the officer who takes it")
    p.add_argument("--scope", required=True, metavar="site:NAME|project:CODE|office",
                   help="what it holds: one site, one project, or all its user may see")
    p.add_argument("--out", required=True, help="the new laptop database file")
    p.set_defaults(func=cmd_sync_enrol)
    p = sync_sub.add_parser("export", parents=[common], help="write the package of changes for a peer")
    p.add_argument("--to", required=True, help="the peer: a laptop's name, or the office's")
    p.add_argument("--out", required=True, help="the package file (e.g. on a USB stick)")
    p.add_argument("--replace", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_sync_export)
    p = sync_sub.add_parser("import", parents=[common], help="apply a peer's package (all or nothing)")
    p.add_argument("package")
    p.set_defaults(func=cmd_sync_import)
    p = sync_sub.add_parser("status", parents=[common], help="this database's peers and what is not sent yet")
    p.set_defaults(func=cmd_sync_status)
    p = sync_sub.add_parser("conflicts", parents=[common], help="the open conflicts, both values")
    p.set_defaults(func=cmd_sync_conflicts)
    p = sync_sub.add_parser("resolve", parents=[common], help="resolve a conflict")
    p.add_argument("conflict", type=int, help="its number (sync conflicts)")
    p.add_argument("--keep", choices=("ours", "theirs"))
    p.add_argument("--value", help="a merged value of the field")
    p.set_defaults(func=cmd_sync_resolve)

    p = sub.add_parser("figures", parents=[common], help="key figures of the office or of one project")
    p.add_argument("--project", help="project code")
    p.set_defaults(func=cmd_figures)

    from workbench.io.command import register as register_io
    from workbench.reports.command import register as register_report

    register_report(sub, common)
    register_io(sub, common)
    from workbench.erase_command import register as register_erase

    register_erase(sub, common)
    return parser


# --- field laptops (services/sync.py) ---------------------------------------------------------------------------

def cmd_sync_enrol(args) -> int:
    from workbench.services import sync

    out = Path(args.out).expanduser()
    with session_for(args, write=True) as session:
        done = sync.enrol(session, args.laptop, args.scope, args.for_user, out,
                          lambda path: open_database(path, creator=args.for_user, passphrase=passphrase_for_db))
    print(f"Enrolled {done.laptop} for {args.for_user} ({args.scope}): {done.total:,} records in {done.path}")
    print("Copy that file to the laptop; from now on exchange packages: workbench sync export / import")
    return 0


def cmd_sync_export(args) -> int:
    from workbench.files import atomic_output
    from workbench.services import sync

    with session_for(args, write=True) as session:
        out = output_file(args, args.out)
        data, package = sync.make_package(session, args.to)
        with atomic_output(out) as tmp:
            tmp.write_bytes(data)
    print(f"{len(package.changes):,} changes for {package.header['to_name']} in {out} "
          f"({len(data):,} bytes, signed and encrypted for it)")
    return 0


def cmd_sync_import(args) -> int:
    from workbench.services import sync

    data = Path(args.package).expanduser().read_bytes()
    with session_for(args, write=True) as session:
        result = sync.apply_package(session, data)
    print(result.summary())
    return 0


def cmd_sync_status(args) -> int:
    from workbench.services import sync

    with session_for(args) as session:
        me = sync.self_node(session)
        if me is None:
            print("This database exchanges no packages yet (workbench sync enrol makes it the office's).")
            return 0
        print(f"This database: {me.name} ({me.role})")
        print("peer\trole\tuser\tscope\tnot sent\tlast exchange")
        for peer in sync.peers_of(session):
            last = peer.last_exchange_at.strftime("%Y-%m-%d %H:%M") if peer.last_exchange_at else "never"
            print(f"{peer.name}\t{peer.role}\t{peer.user_name or ''}\t{peer.scope or ''}\t"
                  f"{sync.not_sent(session, peer):,}\t{last}")
        print(f"{sync.open_conflict_count(session):,} open conflicts")
    return 0


def cmd_sync_conflicts(args) -> int:
    from workbench.services import sync

    with session_for(args) as session:
        found = sync.open_conflicts(session)
        for conflict in found:
            print(sync.describe(session, conflict))
    if not found:
        print("No open conflicts.")
    return 0


def cmd_sync_resolve(args) -> int:
    from workbench.services import sync

    choice = "value" if args.value is not None else args.keep
    if choice is None:
        raise UserError("say which to keep: --keep ours, --keep theirs, or --value TEXT")
    with session_for(args, write=True) as session:
        line = sync.resolve(session, args.conflict, choice, args.value)
    print(f"Resolved {line}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    try:
        return args.func(args)
    except (UserError, DatabaseError) as exc:
        print(f"workbench: {exc}", file=sys.stderr)
    except DomainError as exc:
        print(f"workbench: refused: {exc}", file=sys.stderr)
    except OperationalError as exc:
        print(f"workbench: cannot use the database: {str(exc.orig).strip().splitlines()[0]}", file=sys.stderr)
    except SQLAlchemyError as exc:
        print(f"workbench: database error: {str(exc).strip().splitlines()[0]}", file=sys.stderr)
    except OSError as exc:  # a file named on the command line that cannot be written or read (--out /proc/x.db)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"workbench: cannot use {where}{exc.strerror or exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last guard: what no handler above expected, for IT to read
        _log_unexpected(exc)
    return 1


def _log_unexpected(exc: Exception) -> None:
    """One line for the user; the traceback (without records' values) in the log file for IT support."""
    import traceback

    from workbench.db import without_values
    from workbench.logfile import log_path, logger

    summary = without_values(f"{type(exc).__name__}: {exc}").strip().splitlines()
    where = ""
    try:
        # Not the arguments: they can hold a database URL with its password.
        logger().error("Unexpected error on the command line\n%s",
                       without_values("".join(traceback.format_exception(exc))))
        where = f"; the details are in {log_path()}"
    except OSError:
        pass  # a full disk or no data folder: the one line still says what happened
    print(f"workbench: unexpected error: {summary[0] if summary else type(exc).__name__}{where}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
