"""The printed reports, as data: what each needs, how it is laid out, and one call that makes any of them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from workbench.reports.options import RenderOptions, ReportParams
from workbench.services.errors import DomainError


@dataclass(frozen=True)
class ReportKind:
    """One report: its name on the command line, its title, the choices it needs or accepts, and its two halves."""

    name: str
    title: str                      # English; the screen translates it with its own tr()
    description: str
    requires: tuple[str, ...]       # ReportParams fields that must be given
    accepts: tuple[str, ...]        # ReportParams fields it uses when given
    landscape: bool
    module: str                     # workbench.reports.<module>, imported on first use: reportlab is slow to load
    build_name: str
    render_name: str

    @property
    def build(self) -> Callable[[Session, ReportParams], object]:
        return getattr(importlib.import_module(f"workbench.reports.{self.module}"), self.build_name)

    @property
    def render(self) -> Callable[[object, Path, RenderOptions], Path]:
        return getattr(importlib.import_module(f"workbench.reports.{self.module}"), self.render_name)

    def check(self, params: ReportParams) -> None:
        words = {"project_code": "a project (--project)", "site_name": "a site (--site)", "crc_code": "a CRC (--crc)",
                 "distribution_code": "a distribution (--distribution)"}
        for name in self.requires:
            if not getattr(params, name):
                raise DomainError(f"the {self.title.lower()} needs {words.get(name, name)}", name)


_PERIOD = ("date_from", "date_to")
REPORTS: dict[str, ReportKind] = {k.name: k for k in [
    ReportKind("project", "Project progress report",
               "Key figures, logframe indicators against targets, sites, grants, works, budget committed and paid.",
               ("project_code",), ("project_code", *_PERIOD), False,
               "project", "build_project_data", "render_project_pdf"),
    ReportKind("site", "Site profile",
               "A displacement site: P-code, status history, population, committees, complaints, infrastructure.",
               ("site_name",), ("site_name", *_PERIOD), False, "site_profile", "build_site_data", "render_site_pdf"),
    ReportKind("closure", "Site closure and returns report",
               "Closing and closed sites: departures by destination, return or relocation, cash tranches.",
               (), ("project_code", "site_name", *_PERIOD), False, "closure", "build_closure_data", "render_closure_pdf"),
    ReportKind("grants", "Livelihood grants register",
               "EDF, ILA and cash-for-work grants with totals by programme, status, sex and governorate.",
               (), ("project_code", *_PERIOD, "hide_names"), True, "grants", "build_grants_data", "render_grants_pdf"),
    ReportKind("works", "Infrastructure works status",
               "Works with contractor, contract value, progress, planned and actual dates, delays, people served.",
               (), ("project_code", *_PERIOD), True, "works", "build_works_data", "render_works_pdf"),
    ReportKind("3w", "3W/4W matrix",
               "Who does what, where and when: activities by location, sector and period, for the clusters.",
               (), ("project_code", *_PERIOD), True, "threew", "build_threew_data", "render_threew_pdf"),
    ReportKind("crc", "Community Resource Centre report",
               "A CRC's or every CRC's contacts, sessions and attendance, referrals by service and status, answers, "
               "response times, overdue referrals and follow-up; no names.",
               (), ("crc_code", *_PERIOD), False, "crc", "build_crc_data", "render_crc_pdf"),
    ReportKind("distribution-list", "Distribution list",
               "The sheet taken to the field: each household's code, head, size and kits, with room to sign.",
               ("distribution_code",), ("distribution_code", "hide_names"), False,
               "distributions", "build_distribution_list_data", "render_distribution_list_pdf"),
    ReportKind("distributions", "Distributions report",
               "Kits planned and distributed by kit, site and month, cases not received, stock in the warehouses.",
               (), ("project_code", *_PERIOD), False,
               "distributions", "build_distributions_data", "render_distributions_pdf"),
]}


def kind_of(name: str) -> ReportKind:
    try:
        return REPORTS[name]
    except KeyError:
        raise DomainError(f"unknown report {name!r}; use one of: {', '.join(REPORTS)}") from None


def make_report(session: Session, kind: str, params: ReportParams, options: RenderOptions, out: Path) -> Path:
    """Build the report's figures from the database, then print them to a PDF at `out`.

    The two halves can also be called apart: a screen builds the data on a worker thread with its own session
    and renders after (rendering needs no database).
    """
    report = kind_of(kind)
    report.check(params)
    data = report.build(session, replace(params, lang=options.lang))
    return report.render(data, Path(out), options)


def record_report(session: Session, kind: str, params: ReportParams, out: Path | str, lang: str = "en",
                  printer: str | None = None) -> None:
    """A report saved or printed, in the audit log (action 'report', in the caller's transaction): which report,
    for what and which period, with names or not, and the file (or the printer). A preview a screen builds and
    shows is not recorded; what leaves it is."""
    from workbench.services import audit

    report = kind_of(kind)
    names = "hide_names" in report.accepts and not params.hide_names
    details = {"report": kind, "title": report.title, "names": names, "lang": lang,
               "period": params.period_words() if params.date_from or params.date_to else "all dates",
               **{key: getattr(params, key) for key in ("project_code", "site_name", "crc_code", "distribution_code")
                  if getattr(params, key)}}
    if printer is not None:
        details["printer"] = printer
    else:
        details["file"] = str(Path(out).resolve())
    audit.record_event(session, "report", "-", details, source=Path(out).name if printer is None else printer)

