"""What a report is asked for (project, site, period, names hidden) and how it is printed (language, paper)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from workbench.services.errors import DomainError


@dataclass(frozen=True)
class ReportParams:
    """The records a report covers; empty fields mean the whole office or all dates where that makes sense."""

    project_code: str | None = None
    site_name: str | None = None
    crc_code: str | None = None  # a Community Resource Centre (the CRC report); none: every CRC
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    hide_names: bool = False  # personal names left out; only codes printed
    distribution_code: str | None = None  # the distribution whose list is printed
    # The day delays and "still pending" are counted to; the end of the period, or today.
    as_of: dt.date | None = None
    # The report's language, for the names of places: an Arabic report names a place by its local name when
    # that is written in Arabic (Iraq's governorates), otherwise by its name. make_report takes it from the
    # print options.
    lang: str = "en"

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise DomainError(f"the period starts ({self.date_from.isoformat()}) after it ends "
                              f"({self.date_to.isoformat()})", "date_from")

    @property
    def reference_date(self) -> dt.date:
        return self.as_of or self.date_to or dt.date.today()

    def in_period(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)

    def period_words(self) -> str:
        """The period as an error message names it: "2023-01-01 to 2023-03-31"."""
        start = self.date_from.isoformat() if self.date_from else "the start"
        end = self.date_to.isoformat() if self.date_to else "today"
        return f"{start} to {end}"


PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class RenderOptions:
    """How a report is printed; the office name and logo come from Settings."""

    lang: str = "en"
    paper: str = "a4"
    office_name: str = "IOM country office"
    logo_path: Path | None = None       # None: the logo shipped in resources/
    database_name: str = ""
    printed_on: dt.date = field(default_factory=dt.date.today)
    author: str = ""                    # PDF metadata; the office name when empty

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise DomainError(f"unknown paper {self.paper!r}; use a4 or letter", "paper")
