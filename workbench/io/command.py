"""The `workbench import` and `workbench export` commands; cli.py adds them with register(subparsers, common)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.commands import UserError, check_user, open_db, output_file, pairs
from workbench.io.export import (
    LEVELS,
    PERSONAL_CHOICES,
    export_kind,
    export_records,
    is_version_column,
    left_out,
    level_of,
    personal_columns,
)
from workbench.io.fields import KINDS
from workbench.io.iati import DEFAULT_ORG_NAME, DEFAULT_ORG_REF, write_iati
from workbench.io.mapping import load_mapping, save_mapping, table_mapping
from workbench.services import records
from workbench.services.errors import DomainError

SHOWN_REJECTED = 10
SHOWN_CHANGES = 200  # the values an update import changes: each one, up to this many
EXIT_OK, EXIT_REJECTED, EXIT_UNREADABLE = 0, 1, 2


def cmd_import(args) -> int:
    # pandas comes with these: loaded only when an import runs, so every other command starts faster.
    from workbench.io.importing import import_rows, validate, write_rejected
    from workbench.io.reading import ImportFileError, read_table

    try:
        # Locations: a COD-AB workbook (sheets ADM0, ADM1...) is read whole, every level in one import.
        table = read_table(args.file, sheet=args.sheet, levels=args.kind == "locations", form=args.form)
    except ImportFileError as exc:
        print(f"workbench: {exc}; nothing was imported", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.mapping and not args.save_mapping:
        mapping = load_mapping(args.mapping, args.kind)
    else:
        mapping = table_mapping(args.kind, table)
    mapping.update({column: field for column, field in pairs(args.map).items() if field})
    for column, field in pairs(args.map).items():
        if not field:
            mapping.pop(column, None)  # --map "Notes=" leaves a column out
    if args.save_mapping:
        save_mapping(args.save_mapping, args.kind, mapping)
    if args.rejected_out:
        output_file(args, args.rejected_out)  # refused before anything is read or written
    where = f"{table.source}" + (f", sheet {table.sheet!r}" if table.sheet else
                                 f", sheets {', '.join(table.row_sheets)}" if table.row_sheets else "")
    # The mapping used, before anything is checked: a refusal then reads against it, and --map can change it.
    print(f"Columns mapped: {', '.join(f'{c} -> {f}' for c, f in mapping.items()) or 'none'}")
    for note in table.notes:
        print(note)
    if meta := [c for c in table.meta if c not in mapping]:  # a submission's id may be a contact's reference
        print(f"{table.origin} columns about the submission, never imported: {', '.join(map(str, meta))}")
    db = open_db(args.db)
    try:
        # Not a dry run: the session takes the write lock first (waiting for another import to finish), so the
        # rows are checked against, and their ids reserved in, the database they are written to.
        with db.session(args.user, source=table.source, write=not args.dry_run) as session:
            check_user(session)
            result = validate(session, args.kind, table, mapping, on_duplicate=args.on_duplicate)
            print(f"{where}: {result.summary()}")
            unmapped = [c for c in table.columns if c not in mapping and not str(c).startswith("_")
                        and c not in table.meta and not is_version_column(c, table.hxl.get(c))]
            if unmapped:
                print(f"Columns not imported: {', '.join(map(str, unmapped))}")
            for problem in result.rejected[:SHOWN_REJECTED]:
                print(f"  {problem}")
            if len(result.rejected) > SHOWN_REJECTED:
                print(f"  ... and {len(result.rejected) - SHOWN_REJECTED:,} more rejected rows")
            for duplicate in result.duplicates[:SHOWN_REJECTED]:
                print(f"  {duplicate}")
            if result.changes:
                print(f"Values the updates {'would change' if args.dry_run else 'change'}:")
                for change in result.changes[:SHOWN_CHANGES]:
                    print(f"  {change}")
                if len(result.changes) > SHOWN_CHANGES:
                    print(f"  ... and {len(result.changes) - SHOWN_CHANGES:,} more changes")
            if result.rejected and args.rejected_out:
                n = write_rejected(result, args.rejected_out)
                print(f"The {n:,} rejected rows, with the reason, are in {args.rejected_out}")
            if args.dry_run:
                print("Dry run: nothing was written.")
            elif result.rejected and not args.valid_only:
                print("Nothing was imported: correct the rejected rows, or add --valid-only to import the others.")
            else:
                summary = import_rows(session, result, valid_only=args.valid_only)
                session.commit()
                print(f"Imported from {summary.source}: {summary.created:,} created, {summary.updated:,} updated, "
                      f"{summary.skipped:,} skipped, {summary.rejected:,} rejected.")
    finally:
        db.close()
    return EXIT_REJECTED if result.rejected else EXIT_OK


def cmd_export(args) -> int:
    fmt = args.format or (Path(args.out).suffix.lstrip(".").lower() if Path(args.out).suffix else "xlsx")
    if fmt == "xml":
        fmt = "iati"
    level = _export_level(args)
    if args.encrypt and fmt == "iati":
        raise DomainError("an IATI activity file is published, not encrypted: leave out --encrypt")
    out = Path(args.out)
    if args.encrypt and out.suffix.lower() != ".zip":
        raise UserError(f"an encrypted export is a .zip archive: name it {out.with_suffix('.zip').name}")
    if args.encrypt and not args.format:
        fmt = Path(out.stem).suffix.lstrip(".").lower() or "xlsx"  # households.csv.zip holds a .csv
    output_file(args, args.out)
    passphrase = _export_passphrase() if args.encrypt else None
    db = open_db(args.db)
    try:
        with db.session(args.user) as session:
            check_user(session)
            if fmt == "iati":
                if args.kind not in ("project", "projects"):
                    raise DomainError("IATI activity files hold projects: use 'workbench export projects'")
                n = write_iati(session, args.out, projects=args.project or None, org_ref=args.org_ref,
                               org_name=args.org_name)
                session.commit()  # the export's audit entry
                print(f"Wrote {n:,} projects as IATI 2.03 activities to {args.out}")
                return EXIT_OK
            record, _ = export_kind(args.kind)
            filters = records.coerce(session, records.kind_of(record), pairs(args.filter))
            personal = personal_columns(args.kind)
            if not personal:
                print(f"Note: {records.KINDS[record].label} records hold no personal data; "
                      "every --personal-data level writes the same columns.")

            def write(path) -> int:
                return export_records(session, args.kind, path, fmt, filters=filters, search=args.search,
                                      hxl=args.hxl, personal_data=level, recorded_as=out)

            if passphrase is not None:
                from workbench.io.archive import write_encrypted

                inner = out.stem if Path(out.stem).suffix else f"{out.stem}.{fmt}"
                n = write_encrypted(out, inner, write, passphrase)
            else:
                n = write(args.out)
            session.commit()  # the export's audit entry (export_records)
    finally:
        db.close()
    label = records.KINDS[record].label
    shown = ", ".join(f.label for f in personal if f.identifies == "direct" and not left_out(f, level))
    print(f"Wrote {n:,} {label} records to {args.out} (personal data: {level}"
          + (", AES-256 encrypted" if passphrase is not None else "") + ")")
    if shown and passphrase is None:
        print(f"This file holds personal data ({shown}): send it to a partner only as an encrypted archive "
              "(--encrypt).")
    return EXIT_OK


def _export_level(args) -> str:
    """--personal-data, or the older --no-personal-data / --mask-personal-data; all when none is given."""
    old = "none" if args.no_personal_data else "masked" if args.mask_personal_data else None
    if old and args.personal_data and level_of(args.personal_data) != old:
        raise UserError("--personal-data and --no-personal-data/--mask-personal-data disagree: give one")
    return level_of(args.personal_data or old or "all")


def _export_passphrase() -> str:
    """The archive's passphrase: WORKBENCH_EXPORT_PASSPHRASE for scripts, else asked twice; never an argument
    (a command line is seen by every user of the computer and kept in shell histories)."""
    import getpass
    import os

    from workbench.io.archive import PASSPHRASE_VARIABLE, check_passphrase

    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise UserError(f"no passphrase: set {PASSPHRASE_VARIABLE} or run the export in a terminal")
        passphrase = getpass.getpass("Passphrase for the archive: ")
        if getpass.getpass("The same passphrase again: ") != passphrase:
            raise UserError("the two passphrases differ; nothing was exported")
    check_passphrase(passphrase)
    return passphrase


def register(subparsers, common: argparse.ArgumentParser) -> None:
    kinds = list(KINDS)
    p = subparsers.add_parser(
        "import", parents=[common], help="import a spreadsheet: Excel, CSV or a KoboToolbox export",
        description="Checks every row first; writes all rows in one go, or nothing. Exit code 0: all rows "
                    "imported (or would be, with --dry-run); 1: rows were rejected; 2: the file cannot be read.")
    p.add_argument("kind", choices=kinds, help="what the file holds")
    p.add_argument("file", help=".xlsx, .xls or .csv file")
    p.add_argument("--sheet", help="the sheet to read (default: the first)")
    p.add_argument("--form", metavar="XLSFORM", help="the XLSForm of a KoboToolbox or ODK export: its choices say "
                   "what answers typed as codes (1, 2) mean")
    p.add_argument("--mapping", help="a saved mapping of columns to fields")
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                   help="map a column to a field (COLUMN= leaves it out); repeat as needed")
    p.add_argument("--save-mapping", metavar="NAME", help="save the mapping used under this name")
    p.add_argument("--on-duplicate", choices=["skip", "update"], default="skip",
                   help="a row naming a record that exists: skip it (default) or update the record")
    p.add_argument("--dry-run", action="store_true", help="check the file and write nothing")
    p.add_argument("--valid-only", action="store_true", help="import the valid rows even if some are rejected")
    p.add_argument("--rejected-out", metavar="FILE", help="write the rejected rows and their reasons to this .xlsx")
    p.add_argument("--replace", action="store_true",
                   help="overwrite an existing --rejected-out file (a database is never overwritten)")
    p.set_defaults(func=cmd_import)

    export_kinds = sorted(set(kinds) | set(records.KINDS) | {"projects"})
    p = subparsers.add_parser("export", parents=[common], help="export records to .xlsx, .csv or IATI XML")
    p.add_argument("kind", choices=export_kinds, metavar="KIND", help=f"one of: {', '.join(export_kinds)}")
    p.add_argument("--out", required=True, help="the file to write")
    p.add_argument("--replace", action="store_true",
                   help="overwrite an existing file (a database is never overwritten)")
    p.add_argument("--format", choices=["xlsx", "csv", "iati"], help="default: from the file's extension")
    p.add_argument("--hxl", action="store_true", help="add a row of HXL hashtags under the headers")
    p.add_argument("--personal-data", choices=PERSONAL_CHOICES, metavar="LEVEL",
                   help=f"{', '.join(LEVELS)} (default: all): masked keeps initials, the last two digits of phone "
                        "numbers and coordinates to 0.1 degree; none leaves names, phones, ID numbers and exact "
                        "coordinates out; anonymised also leaves out or coarsens vulnerabilities, sex, exact "
                        "dates, household sizes and small-area places (README: Personal data)")
    p.add_argument("--no-personal-data", action="store_true", help="the same as --personal-data none")
    p.add_argument("--mask-personal-data", action="store_true", help="the same as --personal-data masked")
    p.add_argument("--encrypt", action="store_true",
                   help="write an AES-256 encrypted .zip archive, locked with a passphrase asked for (or "
                        "read from WORKBENCH_EXPORT_PASSPHRASE)")
    p.add_argument("--filter", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--search", help="text searched in the record's names and codes")
    p.add_argument("--project", action="append", default=[], metavar="CODE", help="IATI: only these projects")
    p.add_argument("--org-ref", default=DEFAULT_ORG_REF, help="IATI: the reporting organisation's identifier")
    p.add_argument("--org-name", default=DEFAULT_ORG_NAME, help="IATI: the reporting organisation's name")
    p.set_defaults(func=cmd_export)


__all__ = ["register", "cmd_import", "cmd_export", "PERSONAL_CHOICES"]
