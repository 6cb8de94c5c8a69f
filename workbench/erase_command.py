"""`workbench erase`: an administrator erases a person's personal data on request, or that of the households of
sites closed more than N years ago (services/erasure.py); cli.py adds it with register(subparsers, common)."""

from __future__ import annotations

import argparse
import sys

from workbench.commands import UserError, open_db
from workbench.services.errors import DomainError

SHOWN = 50


def cmd_erase(args) -> int:
    from workbench.services import erasure

    if (args.kind is None) == (args.closed_before_years is None):
        raise UserError("name a record (workbench erase household CODE) or give --closed-before-years N")
    if args.kind is not None and args.key is None:
        raise UserError(f"which {args.kind}? workbench erase {args.kind} CODE")
    db = open_db(args.db)
    try:
        with db.session(args.user) as session:  # the plan, read before anything is locked
            plan = _erase(erasure, session, args, dry_run=True)
            session.rollback()
        _show(plan, args.dry_run)
        if args.dry_run or not plan.count:
            return 0
        _confirm(args, plan)
        with db.session(args.user, write=True) as session:
            done = _erase(erasure, session, args, dry_run=False)
            session.commit()
        erasure.compact(db.engine, [erasure.records.KINDS[k].table_name for k in done.records])
    finally:
        db.close()
    print(f"Erased: {done.count:,} records and {done.audit_entries:,} audit entries; the database file was "
          "compacted. Backups taken before still hold the values.")
    return 0


def _erase(erasure, session, args, dry_run: bool):
    if args.kind is not None:
        return erasure.erase(session, args.kind, args.key, dry_run=dry_run)
    return erasure.erase_past_retention(session, args.closed_before_years, dry_run=dry_run)


def _show(plan, dry_run: bool) -> None:
    if not plan.count:
        print("Nothing to erase.")
        return
    verb = "would be erased" if dry_run else "will be erased"
    print(f"Personal data that {verb}:")
    for line in plan.described[:SHOWN]:
        print(f"  {line}")
    if len(plan.described) > SHOWN:
        print(f"  ... and {len(plan.described) - SHOWN:,} more")
    related = ", ".join(f"{len(ids):,} {kind.replace('_', ' ')}" for kind, ids in plan.records.items())
    print(f"Records: {related}")
    if dry_run:
        print("Dry run: nothing was erased.")


def _confirm(args, plan) -> None:
    """Typed, as in the window: the record's code, or the number of households."""
    if args.yes:
        return
    expected = args.key if args.kind is not None else str(len(plan.described))
    what = f"the code {args.key}" if args.kind is not None else f"the number of households ({expected})"
    if not sys.stdin.isatty():
        raise UserError("erasing cannot be undone: add --yes, or run it in a terminal to confirm")
    if input(f"This cannot be undone. Type {what} to erase: ").strip() != expected:
        raise DomainError("not confirmed; nothing was erased")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    from workbench.services.erasure import ERASABLE

    p = subparsers.add_parser(
        "erase", parents=[common], help="erase a person's personal data, or past the retention period",
        description="An administrator replaces names, phones, coordinates and free text about a person by "
                    "'erased on DATE by WHO', in the records and in the audit log; figures keep counting them. "
                    "The database is compacted after so the values leave the file.")
    p.add_argument("kind", nargs="?", choices=ERASABLE, help="what to erase: " + ", ".join(ERASABLE))
    p.add_argument("key", nargs="?", help="the record's code (a CRC contact: its number)")
    p.add_argument("--closed-before-years", type=int, metavar="N",
                   help="the households of sites closed more than N years ago")
    p.add_argument("--dry-run", action="store_true", help="list what would be erased; erase nothing")
    p.add_argument("--yes", action="store_true", help="do not ask to confirm (scripts)")
    p.set_defaults(func=cmd_erase)
