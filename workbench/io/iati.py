"""Projects with their results and transactions as IATI activity XML (standard version 2.03).

One <iati-activity> per project: its donor as funder (by the IATI identifier the donor publishes under), the
office's organisation as reporter, accountable and implementer, the budget year by year, the donor's commitment, the
money paid out (grant tranches and household cash, one expenditure per month and currency, so a million payments do
not make a million transactions), its countries, places and sectors (DAC and IASC cluster codes), and the logframe's
outcomes and outputs as results with their indicators' targets and achieved values. What it writes follows IATI's
Standard Ruleset (IATI-Rulesets, rulesets/standard.json) as well as the 2.03 schema: tests/io/test_iati_rules.py.
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
# IATI codelists, version 2.03. ActivityStatus:
ACTIVITY_STATUS = {"pipeline": "1", "ongoing": "2", "completed": "3", "closed": "4"}
DEFAULT_ORG_REF = "XM-DAC-47066"
DEFAULT_ORG_NAME = "International Organization for Migration"
DEFAULT_ORG_TYPE = "40"  # OrganisationType 40: multilateral
DEFAULT_ORG_WEBSITE = "https://www.iom.int"
# OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing.
FUNDING, ACCOUNTABLE, IMPLEMENTING = "1", "2", "4"
# OrganisationType of a donor's kind (models.OrganisationType).
ORGANISATION_TYPE = {"government": "10", "other public sector": "15", "multilateral": "40",
                     "international NGO": "21", "national NGO": "22", "foundation": "60", "private sector": "70"}
# TransactionType: 11 incoming commitment; 4 expenditure, money "spent on goods and services for the activity" whose
# recipients fall outside IATI's traceability: households' cash and grants to people and small businesses are that,
# not disbursements (3), which place funds "at the disposal of a recipient government or organisation".
INCOMING_COMMITMENT = "11"
EXPENDITURE = "4"
# FlowType 10 ODA; FinanceType 110 standard grant; AidType (vocabulary 1, DAC) C01 project-type interventions.
FLOW_TYPE, FINANCE_TYPE, AID_TYPE = "10", "110", "C01"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326"

# The words staff type in a project's sectors, as OECD DAC purpose codes (SectorVocabulary 1) and IASC global
# clusters (SectorVocabulary 10, the codes of OCHA's global coordination groups).
DAC_SECTOR = {
    "cccm": "72050",                  # relief co-ordination and support services
    "shelter": "72010",               # material relief assistance and services (shelter, water, sanitation, NFIs, cash)
    "nfi": "72010",
    "wash": "72010",
    "cash": "72010",
    "durable solutions": "73010",     # immediate post-emergency reconstruction and rehabilitation
    "infrastructure": "73010",
    "livelihoods": "16020",           # employment creation
    "cash for work": "16020",
    "social cohesion": "15220",       # civilian peace-building, conflict prevention and resolution
    "protection": "72010",
    "health": "72011",                # basic health care services in emergencies
    "education": "72012",             # education in emergencies
    "food security": "72040",         # emergency food assistance
}
# Livelihoods, cash for work, infrastructure and social cohesion are also development and stabilisation work: they
# get no cluster, so that a project of those alone (an EU economic-recovery grant) is not published as humanitarian.
CLUSTER = {
    "cccm": "CCM", "shelter": "SHL", "nfi": "SHL", "wash": "WSH", "protection": "PRO", "health": "HEA",
    "education": "EDU", "food security": "FSC", "durable solutions": "ERY",
}
# DAC purpose codes 72000-74999 are humanitarian aid: an activity with one of them is humanitarian.
HUMANITARIAN_DAC = ("72", "73", "74")


def _narrative(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, {k.replace("_", "-"): v for k, v in attrs.items() if v})
    ET.SubElement(element, "narrative").text = text
    return element


def _money(value: Decimal) -> str:
    return format(Decimal(value).quantize(Decimal("0.01")), "f")


def _value(parent: ET.Element, amount: Decimal, currency: str, on: dt.date) -> None:
    ET.SubElement(parent, "value", {"currency": currency, "value-date": on.isoformat()}).text = _money(amount)


def shares(weights: list[Decimal], total: Decimal = Decimal(100), step: Decimal = Decimal("0.01")) -> list[Decimal]:
    """The total split in proportion to the weights, in steps, summing to the total exactly (largest remainder:
    three equal shares of 100 are 33.34, 33.33 and 33.33, never 33.33 three times)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [(e / step).to_integral_value(rounding="ROUND_FLOOR") * step for e in exact]
    left = int(((total - sum(parts)) / step).to_integral_value())
    for i in sorted(range(len(exact)), key=lambda i: (parts[i] - exact[i], i))[:left]:
        parts[i] += step
    return parts


def _percent(value: Decimal) -> str:
    return format(value.normalize(), "f")


def yearly_budgets(start: dt.date, end: dt.date, amount: Decimal) -> list[tuple[dt.date, dt.date, Decimal]]:
    """The budget split by calendar year, pro rata to the days of the project in each (IATI: no budget period is
    longer than a year), to the cent, summing to the budget."""
    periods = []
    year_start = start
    while year_start <= end:
        year_end = min(dt.date(year_start.year, 12, 31), end)
        periods.append((year_start, year_end))
        year_start = year_end + dt.timedelta(days=1)
    days = [Decimal((b - a).days + 1) for a, b in periods]
    return [(a, b, v) for (a, b), v in zip(periods, shares(days, Decimal(amount)))]


def sector_words(project: m.Project) -> list[str]:
    return [w.strip() for w in (project.sectors or "").split(",") if w.strip()]


def sectors(project: m.Project) -> dict[str, list[tuple[str, Decimal]]]:
    """Vocabulary -> [(code, percentage)] of the project's sectors, each of the staff's words an equal part: DAC
    purpose codes (1), IASC clusters (10), and the reporting organisation's own words (99) for words neither has."""
    out: dict[str, list[tuple[str, Decimal]]] = {}
    for vocabulary, table in (("1", DAC_SECTOR), ("10", CLUSTER), ("99", None)):
        weights: dict[str, Decimal] = defaultdict(Decimal)
        for word in sector_words(project):
            known = word.lower() in DAC_SECTOR or word.lower() in CLUSTER
            if table is None and not known:
                weights[word] += 1
            elif table is not None and word.lower() in table:
                weights[table[word.lower()]] += 1
        if weights:
            codes = list(weights)
            out[vocabulary] = list(zip(codes, shares([weights[c] for c in codes])))
    return out


def _places(session: Session, project: m.Project) -> list[m.Location]:
    """The areas the project covers; when it names none, the places of its sites, grants and works."""
    if project.locations:
        return sorted(project.locations, key=lambda loc: loc.pcode)
    ids: set[int] = set()
    for model in (m.Site, m.LivelihoodGrant, m.InfrastructureWork):
        ids |= set(session.scalars(select(model.location_id).where(model.project_id == project.id).distinct()))
    ids |= set(session.scalars(select(m.Site.location_id).join(m.Household, m.Household.site_id == m.Site.id)
                               .where(m.Household.project_id == project.id).distinct()))
    return list(session.scalars(select(m.Location).where(m.Location.id.in_(ids)).order_by(m.Location.pcode)))


def _expenditures(session: Session, project: m.Project) -> list[tuple[dt.date, str, str, Decimal]]:
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


def _types(transaction: ET.Element) -> None:
    ET.SubElement(transaction, "flow-type", {"code": FLOW_TYPE})
    ET.SubElement(transaction, "finance-type", {"code": FINANCE_TYPE})
    ET.SubElement(transaction, "aid-type", {"code": AID_TYPE, "vocabulary": "1"})


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


def activity_element(session: Session, project: m.Project, org_ref: str, org_name: str,
                     org_website: str | None = DEFAULT_ORG_WEBSITE, today: dt.date | None = None) -> ET.Element:
    today = today or dt.date.today()
    places = _places(session, project)
    if not places:
        from workbench.services.errors import DomainError

        raise DomainError(f"project {project.code} has no place: IATI needs the country it works in; add the areas "
                          "it covers to the project")
    by_vocabulary = sectors(project)
    humanitarian = any(code.startswith(HUMANITARIAN_DAC) for code, _ in by_vocabulary.get("1", ())) \
        or "10" in by_vocabulary
    activity = ET.Element("iati-activity", {
        "last-updated-datetime": dt.datetime.now().replace(microsecond=0).isoformat(),
        XML_LANG: "en", "default-currency": project.currency, "humanitarian": "1" if humanitarian else "0"})
    ET.SubElement(activity, "iati-identifier").text = f"{org_ref}-{project.code}"
    _narrative(activity, "reporting-org", org_name, ref=org_ref, type=DEFAULT_ORG_TYPE)
    _narrative(activity, "title", project.title)
    description = project.title + (f" Sectors: {project.sectors}." if project.sectors else "")
    _narrative(activity, "description", description, type="1")
    donor = project.donor
    donor_type = ORGANISATION_TYPE.get(donor.organisation_type or "")
    _narrative(activity, "participating-org", donor.name, ref=donor.iati_ref, role=FUNDING, type=donor_type)
    _narrative(activity, "participating-org", org_name, ref=org_ref, role=ACCOUNTABLE, type=DEFAULT_ORG_TYPE)
    _narrative(activity, "participating-org", org_name, ref=org_ref, role=IMPLEMENTING, type=DEFAULT_ORG_TYPE)
    for partner in filter(None, (p.strip() for p in (project.partners or "").split(","))):
        _narrative(activity, "participating-org", partner, role=IMPLEMENTING)
    # OtherIdentifierType A1: the reporting organisation's own identifier of the activity, the project code.
    other = ET.SubElement(activity, "other-identifier", {"ref": project.code, "type": "A1"})
    _narrative(other, "owner-org", org_name, ref=org_ref)
    ET.SubElement(activity, "activity-status", {"code": ACTIVITY_STATUS.get(project.status, "2")})
    # ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end; an actual date is never ahead.
    ET.SubElement(activity, "activity-date", {"type": "1", "iso-date": project.start_date.isoformat()})
    if project.status != m.ProjectStatus.PIPELINE and project.start_date <= today:
        ET.SubElement(activity, "activity-date", {"type": "2", "iso-date": project.start_date.isoformat()})
    ET.SubElement(activity, "activity-date", {"type": "3", "iso-date": project.end_date.isoformat()})
    if project.status in (m.ProjectStatus.COMPLETED, m.ProjectStatus.CLOSED) and project.end_date <= today:
        ET.SubElement(activity, "activity-date", {"type": "4", "iso-date": project.end_date.isoformat()})
    contact = ET.SubElement(activity, "contact-info", {"type": "1"})  # ContactType 1: general enquiries
    _narrative(contact, "organisation", org_name)
    if org_website:
        ET.SubElement(contact, "website").text = org_website
    countries = sorted({place.pcode[:2].upper() for place in places})
    for country, share in zip(countries, shares([Decimal(1)] * len(countries))):
        ET.SubElement(activity, "recipient-country", {"code": country, "percentage": _percent(share)})
    for place in places:
        location = ET.SubElement(activity, "location", {"ref": place.pcode})
        ET.SubElement(location, "location-reach", {"code": "1"})  # GeographicLocationReach 1: activity
        _narrative(location, "name", place.name)
        ET.SubElement(location, "administrative", {"vocabulary": "A4", "level": "0", "code": place.pcode[:2].upper()})
        if place.latitude is not None and place.longitude is not None:
            point = ET.SubElement(location, "point", {"srsName": WGS84})
            ET.SubElement(point, "pos").text = f"{place.latitude:.5f} {place.longitude:.5f}"
            # GeographicExactness 2: approximate (an area's centre); GeographicLocationClass 1: administrative region.
            ET.SubElement(location, "exactness", {"code": "2"})
        ET.SubElement(location, "location-class", {"code": "1"})
    for vocabulary, codes in by_vocabulary.items():
        for code, share in codes:
            attrs = {"vocabulary": vocabulary, "code": code, "percentage": _percent(share)}
            if vocabulary == "99":
                _narrative(activity, "sector", code, **attrs)
            else:
                ET.SubElement(activity, "sector", attrs)
    ET.SubElement(activity, "default-flow-type", {"code": FLOW_TYPE})
    ET.SubElement(activity, "default-finance-type", {"code": FINANCE_TYPE})
    ET.SubElement(activity, "default-aid-type", {"code": AID_TYPE, "vocabulary": "1"})
    for start, end, amount in yearly_budgets(project.start_date, project.end_date, project.budget):
        budget = ET.SubElement(activity, "budget", {"type": "1", "status": "2"})  # original, committed
        ET.SubElement(budget, "period-start", {"iso-date": start.isoformat()})
        ET.SubElement(budget, "period-end", {"iso-date": end.isoformat()})
        _value(budget, amount, project.currency, start)
    if project.start_date <= today:  # a transaction has taken place
        commitment = ET.SubElement(activity, "transaction")
        ET.SubElement(commitment, "transaction-type", {"code": INCOMING_COMMITMENT})
        ET.SubElement(commitment, "transaction-date", {"iso-date": project.start_date.isoformat()})
        _value(commitment, project.budget, project.currency, project.start_date)
        _narrative(commitment, "provider-org", donor.name, ref=donor.iati_ref, type=donor_type)
        _narrative(commitment, "receiver-org", org_name, ref=org_ref, type=DEFAULT_ORG_TYPE)
        _types(commitment)
    for month, currency, words, amount in _expenditures(session, project):
        if month > today:
            continue
        transaction = ET.SubElement(activity, "transaction")
        ET.SubElement(transaction, "transaction-type", {"code": EXPENDITURE})
        ET.SubElement(transaction, "transaction-date", {"iso-date": month.isoformat()})
        _value(transaction, amount, currency, month)
        _narrative(transaction, "description", f"{words}, {month:%B %Y}")
        _narrative(transaction, "provider-org", org_name, ref=org_ref, type=DEFAULT_ORG_TYPE)
        _types(transaction)
    _results(activity, session, project)
    return activity


def write_iati(session: Session, path: str | Path, projects: list[str] | None = None,
               org_ref: str = DEFAULT_ORG_REF, org_name: str = DEFAULT_ORG_NAME,
               org_website: str | None = DEFAULT_ORG_WEBSITE) -> int:
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
    if org_website == DEFAULT_ORG_WEBSITE and org_ref != DEFAULT_ORG_REF:
        org_website = None  # IOM's website is no other reporter's contact
    for project in chosen:
        root.append(activity_element(session, project, org_ref, org_name, org_website))
    ET.indent(root)
    with atomic_output(path) as partial:  # a failed write leaves the file that was there
        ET.ElementTree(root).write(partial, encoding="utf-8", xml_declaration=True)
        from workbench.io.export import record_export

        record_export(session, m.Project.__tablename__, kind="project", rows=len(chosen), path=Path(path),
                      personal_data="none", format="iati")
    return len(chosen)
