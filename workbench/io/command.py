"""The `workbench import` and `workbench export` commands; cli.py adds them with register(subparsers, common)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.commands import check_user, open_db, output_file, pairs
from workbench.io.export import PERSONAL_CHOICES, export_records, is_version_column
from workbench.io.fields import KINDS
from workbench.io.iati import DEFAULT_ORG_NAME, DEFAULT_ORG_REF, write_iati
from workbench.io.mapping import auto_mapping, load_mapping, save_mapping
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
        table = read_table(args.file, sheet=args.sheet, levels=args.kind == "locations")
    except ImportFileError as exc:
        print(f"workbench: {exc}; nothing was imported", file=sys.stderr)
        return EXIT_UNREADABLE
    if args.mapping and not args.save_mapping:
        mapping = load_mapping(args.mapping, args.kind)
    else:
        mapping = auto_mapping(args.kind, table.columns, table.hxl)
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
    db = open_db(args.db)
    try:
        # Not a dry run: the session takes the write lock first (waiting for another import to finish), so the
        # rows are checked against, and their ids reserved in, the database they are written to.
        with db.session(args.user, source=table.source, write=not args.dry_run) as session:
            check_user(session)
            result = validate(session, args.kind, table, mapping, on_duplicate=args.on_duplicate)
            print(f"{where}: {result.summary()}")
            print(f"Columns mapped: {', '.join(f'{c} -> {f}' for c, f in mapping.items())}")
            unmapped = [c for c in table.columns if c not in mapping and not str(c).startswith("_")
                        and not is_version_column(c, table.hxl.get(c))]
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
    output_file(args, args.out)
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
            from workbench.io.export import export_kind

            record, _ = export_kind(args.kind)
            filters = records.coerce(session, records.kind_of(record), pairs(args.filter))
            personal = "drop" if args.no_personal_data else "mask" if args.mask_personal_data else "include"
            n = export_records(session, args.kind, args.out, fmt, filters=filters, search=args.search, hxl=args.hxl,
                               personal_data=personal)
            session.commit()  # the export's audit entry
    finally:
        db.close()
    print(f"Wrote {n:,} {records.KINDS[record].label} records to {args.out}")
    return EXIT_OK


def register(subparsers, common: argparse.ArgumentParser) -> None:
    kinds = list(KINDS)
    p = subparsers.add_parser(
        "import", parents=[common], help="import a spreadsheet: Excel, CSV or a KoboToolbox export",
        description="Checks every row first; writes all rows in one go, or nothing. Exit code 0: all rows "
                    "imported (or would be, with --dry-run); 1: rows were rejected; 2: the file cannot be read.")
    p.add_argument("kind", choices=kinds, help="what the file holds")
    p.add_argument("file", help=".xlsx, .xls or .csv file")
    p.add_argument("--sheet", help="the sheet to read (default: the first)")
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
    p.add_argument("--no-personal-data", action="store_true",
                   help="leave out names, phone numbers and households' exact coordinates")
    p.add_argument("--mask-personal-data", action="store_true",
                   help="keep initials, the last two digits of phone numbers and coordinates to 0.1 degree")
    p.add_argument("--filter", action="append", default=[], metavar="FIELD=VALUE")
    p.add_argument("--search", help="text searched in the record's names and codes")
    p.add_argument("--project", action="append", default=[], metavar="CODE", help="IATI: only these projects")
    p.add_argument("--org-ref", default=DEFAULT_ORG_REF, help="IATI: the reporting organisation's identifier")
    p.add_argument("--org-name", default=DEFAULT_ORG_NAME, help="IATI: the reporting organisation's name")
    p.set_defaults(func=cmd_export)


__all__ = ["register", "cmd_import", "cmd_export", "PERSONAL_CHOICES"]
