"""`workbench report KIND --out FILE.pdf ...`: the printed reports from the command line, for batch printing."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from workbench.reports.i18n import LANGUAGES
from workbench.reports.options import PAPERS, RenderOptions, ReportParams
from workbench.reports.registry import REPORTS


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(subparsers, common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Adds the `report` command to the workbench's sub-commands (cli.py calls this)."""
    kinds = "; ".join(f"{k.name}: {k.title.lower()}" for k in REPORTS.values())
    p = subparsers.add_parser(
        "report", parents=[common], help=f"print a report to PDF ({', '.join(REPORTS)})",
        description=f"Print a report to PDF. {kinds}. Without --project or --site a report covers the whole "
                    "office where that makes sense.")
    p.add_argument("kind", choices=list(REPORTS), metavar="KIND", help=", ".join(REPORTS))
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--replace", action="store_true",
                   help="overwrite an existing file (a database is never overwritten)")
    p.add_argument("--project", help="project code, e.g. DRC-ECHO-2023-01")
    p.add_argument("--site", help="site name, e.g. Kalonda")
    p.add_argument("--crc", help="CRC code for the CRC report, e.g. IQ-CRC-BAR-01 (default: every CRC)")
    p.add_argument("--distribution", help="distribution code, e.g. CD-NYU-DIST-0001")
    p.add_argument("--from", dest="date_from", type=_date, help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_date, help="last day of the period (YYYY-MM-DD)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the report (default: en)")
    p.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (default: a4)")
    p.add_argument("--hide-names", action="store_true", help="leave personal names out; print codes only")
    p.add_argument("--office", default=RenderOptions.office_name, help="office name printed in the header")
    p.add_argument("--logo", type=Path, help="logo printed in the header (PNG or JPEG)")
    p.set_defaults(func=cmd_report)
    return p


def cmd_report(args) -> int:
    # Imported here, as cli.py's own commands do, so that `workbench --help` stays fast.
    from workbench.commands import UserError, check_user, open_db, output_file
    from workbench.reports.registry import make_report, record_report

    if args.logo is not None and not args.logo.exists():
        raise UserError(f"no logo file at {args.logo}")
    params = ReportParams(project_code=args.project, site_name=args.site, crc_code=args.crc, date_from=args.date_from,
                          date_to=args.date_to, hide_names=args.hide_names,
                          distribution_code=args.distribution)
    out = output_file(args, args.out)
    db = open_db(args.db)
    try:
        options = RenderOptions(lang=args.lang, paper=args.paper, office_name=args.office, logo_path=args.logo,
                                database_name=_database_name(db))
        with db.session(getattr(args, "user", "system")) as session:
            check_user(session)
            out = make_report(session, args.kind, params, options, out)
            record_report(session, args.kind, params, out, lang=args.lang)
            session.commit()
    finally:
        db.close()
    print(f"Wrote {REPORTS[args.kind].title.lower()} to {out}")
    return 0


def _database_name(db) -> str:
    """The file's name, or the server database's name: never a password or a full path in a printed footer."""
    from workbench.db import sqlite_path

    path = sqlite_path(db.url)
    return path.name if path else (db.engine.url.database or "")
