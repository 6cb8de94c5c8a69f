"""Projects with their results and transactions as IATI activity XML (standard version 2.03).

One <iati-activity> per project: its donor as funder, the office's organisation as reporter and implementer,
the budget, the donor's commitment, the money paid out (grant tranches and household cash, one
disbursement per month and currency, so a million payments do not make a million transactions), and the
logframe's outcomes and outputs as results with their indicators' targets and achieved values.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.files import atomic_output

IATI_VERSION = "2.03"
# IATI codelists: ActivityStatus, OrganisationType (10 government, 40 multilateral), TransactionType.
ACTIVITY_STATUS = {"pipeline": "1", "ongoing": "2", "completed": "3", "closed": "4"}
DEFAULT_ORG_REF = "XM-DAC-47066"
DEFAULT_ORG_NAME = "International Organization for Migration"
INCOMING_COMMITMENT = "11"
DISBURSEMENT = "3"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _narrative(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items()})
    ET.SubElement(element, "narrative").text = text
    return element


def _money(value: Decimal) -> str:
    return format(Decimal(value).quantize(Decimal("0.01")), "f")


def _value(parent: ET.Element, amount: Decimal, currency: str, on: dt.date) -> None:
    ET.SubElement(parent, "value", {"currency": currency, "value-date": on.isoformat()}).text = _money(amount)


def _disbursements(session: Session, project: m.Project) -> list[tuple[dt.date, str, str, Decimal]]:
    """(first day of month, currency, description, amount) of the money paid out under the project."""
    totals: dict[tuple[dt.date, str, str], Decimal] = defaultdict(Decimal)
    grants = session.execute(
        select(m.GrantTranche.paid_on, m.LivelihoodGrant.currency, m.LivelihoodGrant.programme, m.GrantTranche.amount)
        .join(m.LivelihoodGrant, m.GrantTranche.grant_id == m.LivelihoodGrant.id)
        .where(m.LivelihoodGrant.project_id == project.id))
    for paid_on, currency, programme, amount in grants:
        totals[(paid_on.replace(day=1), currency, f"{programme} grant tranches")] += amount
    cash = session.execute(
        select(m.CashTranche.paid_on, m.CashTranche.currency, func.sum(m.CashTranche.amount))
        .join(m.Household, m.CashTranche.household_id == m.Household.id)
        .where(m.Household.project_id == project.id, m.CashTranche.status == m.TrancheStatus.PAID,
               m.CashTranche.paid_on.is_not(None))
        .group_by(m.CashTranche.paid_on, m.CashTranche.currency))
    for paid_on, currency, amount in cash:
        totals[(paid_on.replace(day=1), currency, "Cash transfers to households")] += Decimal(amount)
    return sorted((month, currency, words, amount) for (month, currency, words), amount in totals.items())


def _results(activity: ET.Element, session: Session, project: m.Project) -> None:
    indicators = list(session.scalars(select(m.Indicator).where(m.Indicator.project_id == project.id)
                                      .order_by(m.Indicator.code, m.Indicator.id)))
    groups: list[tuple[str, str, list[m.Indicator]]] = []
    for outcome in sorted(project.outcomes, key=lambda o: o.code):
        groups.append(("2", f"{outcome.code} {outcome.title}", [i for i in indicators if i.outcome_id == outcome.id]))
        for output in sorted(outcome.outputs, key=lambda o: o.code):
            groups.append(("1", f"{output.code} {output.title}",
                           [i for i in indicators if i.output_id == output.id]))
    loose = [i for i in indicators if i.outcome_id is None and i.output_id is None]
    if loose:
        groups.append(("2", "Project indicators", loose))
    for result_type, title, members in groups:
        if not members:  # the schema wants at least one indicator in a result
            continue
        result = ET.SubElement(activity, "result", {"type": result_type})
        _narrative(result, "title", title)
        for indicator in members:
            # Measure 1 is a unit (people, households); 2 a percentage.
            measure = "2" if indicator.unit.strip() in ("%", "percent", "percentage") else "1"
            element = ET.SubElement(result, "indicator", {"measure": measure})
            _narrative(element, "title", f"{indicator.code} {indicator.title}")
            for value in indicator.values:
                period = ET.SubElement(element, "period")
                ET.SubElement(period, "period-start", {"iso-date": value.period_start.isoformat()})
                ET.SubElement(period, "period-end", {"iso-date": value.period_end.isoformat()})
                ET.SubElement(period, "target", {"value": format(value.target.normalize(), "f")})
                if value.achieved is not None:
                    ET.SubElement(period, "actual", {"value": format(value.achieved.normalize(), "f")})


def activity_element(session: Session, project: m.Project, org_ref: str, org_name: str) -> ET.Element:
    activity = ET.Element("iati-activity", {
        "last-updated-datetime": dt.datetime.now().replace(microsecond=0).isoformat(),
        XML_LANG: "en", "default-currency": project.currency, "humanitarian": "1"})
    ET.SubElement(activity, "iati-identifier").text = f"{org_ref}-{project.code}"
    _narrative(activity, "reporting-org", org_name, ref=org_ref, type="40")
    _narrative(activity, "title", project.title)
    description = project.title + (f" Sectors: {project.sectors}." if project.sectors else "")
    _narrative(activity, "description", description, type="1")
    _narrative(activity, "participating-org", project.donor.name, role="1")          # funding
    _narrative(activity, "participating-org", org_name, ref=org_ref, role="4", type="40")  # implementing
    for partner in filter(None, (p.strip() for p in (project.partners or "").split(","))):
        _narrative(activity, "participating-org", partner, role="4")
    ET.SubElement(activity, "activity-status", {"code": ACTIVITY_STATUS.get(project.status, "2")})
    # Activity date types: 1 planned start, 3 planned end.
    ET.SubElement(activity, "activity-date", {"type": "1", "iso-date": project.start_date.isoformat()})
    ET.SubElement(activity, "activity-date", {"type": "3", "iso-date": project.end_date.isoformat()})
    countries = sorted({loc.pcode[:2] for loc in project.locations})
    for country in countries:
        ET.SubElement(activity, "recipient-country",
                      {"code": country, "percentage": format(Decimal(100) / len(countries), ".2f")})
    for sector in filter(None, (s.strip() for s in (project.sectors or "").split(","))):
        # Vocabulary 99: the reporting organisation's own words, as staff type them.
        _narrative(activity, "sector", sector, vocabulary="99", code=sector)
    budget = ET.SubElement(activity, "budget", {"type": "1", "status": "2"})
    ET.SubElement(budget, "period-start", {"iso-date": project.start_date.isoformat()})
    ET.SubElement(budget, "period-end", {"iso-date": project.end_date.isoformat()})
    _value(budget, project.budget, project.currency, project.start_date)
    commitment = ET.SubElement(activity, "transaction")
    ET.SubElement(commitment, "transaction-type", {"code": INCOMING_COMMITMENT})
    ET.SubElement(commitment, "transaction-date", {"iso-date": project.start_date.isoformat()})
    _value(commitment, project.budget, project.currency, project.start_date)
    _narrative(commitment, "provider-org", project.donor.name)
    for month, currency, words, amount in _disbursements(session, project):
        transaction = ET.SubElement(activity, "transaction")
        ET.SubElement(transaction, "transaction-type", {"code": DISBURSEMENT})
        ET.SubElement(transaction, "transaction-date", {"iso-date": month.isoformat()})
        _value(transaction, amount, currency, month)
        _narrative(transaction, "description", f"{words}, {month:%B %Y}")
    _results(activity, session, project)
    return activity


def write_iati(session: Session, path: str | Path, projects: list[str] | None = None,
               org_ref: str = DEFAULT_ORG_REF, org_name: str = DEFAULT_ORG_NAME) -> int:
    """Write the projects (all, or those with the given codes) as an IATI 2.03 activity file; returns the count."""
    stmt = select(m.Project).order_by(m.Project.code, m.Project.id)
    if projects:
        stmt = stmt.where(m.Project.code.in_(projects))
    chosen = list(session.scalars(stmt))
    if projects:
        missing = sorted(set(projects) - {p.code for p in chosen})
        if missing:
            from workbench.services.errors import NotFoundError

            raise NotFoundError(f"no project {', '.join(missing)}", "project")
    if not chosen:
        from workbench.services.errors import DomainError

        raise DomainError("there is no project to export")
    root = ET.Element("iati-activities", {"version": IATI_VERSION,
                                          "generated-datetime": dt.datetime.now().replace(microsecond=0).isoformat()})
    for project in chosen:
        root.append(activity_element(session, project, org_ref, org_name))
    ET.indent(root)
    with atomic_output(path) as partial:  # a failed write leaves the file that was there
        ET.ElementTree(root).write(partial, encoding="utf-8", xml_declaration=True)
        from workbench.io.export import record_export

        record_export(session, m.Project.__tablename__, kind="project", rows=len(chosen), path=Path(path),
                      personal_data="none", format="iati")
    return len(chosen)
