"""What several reports read the same way: the project named, places and their governorate, totals per currency."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.reports.options import ReportParams
from workbench.services.errors import DomainError

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ProjectHeader:
    """The title block of a project, as plain values."""

    id: int
    code: str
    title: str
    donor_code: str
    donor_name: str
    start_date: dt.date
    end_date: dt.date
    budget: Decimal
    currency: str
    status: str
    sectors: str
    partners: str


def donor_words(name: str, code: str) -> str:
    """"European Civil Protection and Humanitarian Aid Operations (ECHO)": the donor's name with its code in
    brackets, unless the name already ends with it (the code is not printed twice)."""
    name = (name or "").strip()
    if not code or f"({code})" in name or name == code:
        return name or code
    return f"{name} ({code})"


def find_project(session: Session, code: str | None) -> ProjectHeader | None:
    """The project named by its code, or None when no code is given; a code that matches nothing is refused."""
    if not code:
        return None
    project = session.scalars(select(m.Project).where(m.Project.code == code.strip())).first()
    if project is None:
        raise DomainError(f"no project with the code {code!r}; check the code (e.g. DRC-ECHO-2023-01)", "project")
    donor = project.donor
    return ProjectHeader(project.id, project.code, project.title, donor.code, donor.name, project.start_date,
                         project.end_date, Decimal(project.budget).quantize(CENT), project.currency, project.status,
                         project.sectors, project.partners)


def find_site(session: Session, name: str | None) -> m.Site | None:
    if not name:
        return None
    site = session.scalars(select(m.Site).where(m.Site.name == name.strip())).first()
    if site is None:
        raise DomainError(f"no site named {name!r}; check the name as it is written in the sites list", "site")
    return site


def scope_words(project: ProjectHeader | None, params: ReportParams) -> str:
    """"for project X in the period A to B", for the message when a report would be empty."""
    words = f" for project {project.code}" if project else ""
    if params.date_from or params.date_to:
        words += f" in the period {params.period_words()}"
    return words


@dataclass(frozen=True)
class Place:
    id: int
    pcode: str
    name: str
    level: int
    parent_id: int | None


_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def place_name(name: str, local: str | None, lang: str) -> str:
    """A place as a report in `lang` names it: in Arabic, by its local name when that is written in Arabic."""
    if lang == "ar" and local and _ARABIC_LETTER.search(local):
        return local.strip()
    return name


class Places:
    """Every location in one read, to name a record's governorate/province and district without a query each;
    names in the report's language (see place_name)."""

    def __init__(self, session: Session, lang: str = "en"):
        self.by_id = {row.id: Place(row.id, row.pcode, place_name(row.name, row.name_local, lang), row.admin_level,
                                    row.parent_id)
                      for row in session.execute(select(m.Location.id, m.Location.pcode, m.Location.name,
                                                        m.Location.name_local, m.Location.admin_level,
                                                        m.Location.parent_id))}

    def ancestor(self, location_id: int | None, level: int) -> Place | None:
        place = self.by_id.get(location_id) if location_id is not None else None
        while place is not None and place.level > level:
            place = self.by_id.get(place.parent_id) if place.parent_id is not None else None
        return place if place is not None and place.level == level else None

    def name(self, location_id: int | None, level: int) -> str:
        place = self.ancestor(location_id, level)
        return place.name if place else ""

    def path(self, location_id: int, from_level: int = 1) -> str:
        """"Tanganyika > Kalemie > Kabubili": the areas above a place, from the province down."""
        names = []
        place = self.by_id.get(location_id)
        while place is not None and place.level >= from_level:
            names.append(place.name)
            place = self.by_id.get(place.parent_id) if place.parent_id is not None else None
        return " > ".join(reversed(names))


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


def totals_by_currency(items: Iterable, amount: Callable, currency: Callable) -> list[Money]:
    """Sums per currency, USD first then alphabetical: amounts in different currencies are never added."""
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for item in items:
        sums[currency(item)] += Decimal(amount(item))
    return [Money(sums[c].quantize(CENT), c) for c in sorted(sums, key=lambda c: (c != "USD", c))]


def percent(part, whole) -> Decimal | None:
    """part / whole as a percentage with one decimal; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))
