"""The rules of workbench/services/rules.py, applied to whole columns at once for imports.

Each function mirrors the rule function of the same record type, check for check and in the same order,
and gives each row the first broken rule with the services' own words; tests/io/test_checks_agree.py
runs the same rows through rules.check and through these and requires the same field and message.
Uniqueness is not here: an existing code is a duplicate the user may skip or update, not an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import numpy as np
import pandas as pd

from workbench import models as m
from workbench.services import rules


@dataclass
class Context:
    """What the rules look up in the database, fetched once for the whole file."""

    project_currency: dict[int, str] = field(default_factory=dict)
    site_opened: dict[int, dt.date] = field(default_factory=dict)
    site_closed: dict[int, tuple[str, dt.date | None]] = field(default_factory=dict)  # closed sites: name, date
    household: dict[int, tuple[dt.date, int | None]] = field(default_factory=dict)  # registered_on, project_id
    work_started: dict[int, dt.date | None] = field(default_factory=dict)
    # Locations by id, and by P-code for the rows of the file itself (their parent may be in the file).
    location_level: dict[object, int] = field(default_factory=dict)
    location_pcode: dict[object, str] = field(default_factory=dict)


class Rows:
    """Parsed rows by model column, with the first broken rule of each row (as rules.check stops at one)."""

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame
        self.reason = pd.Series(None, index=frame.index, dtype=object)
        self.field = pd.Series(None, index=frame.index, dtype=object)
        # Rows with no broken rule yet, kept as an array: asking reason.isna() at every check is slow.
        self.open = np.ones(len(frame), dtype=bool)

    def __getitem__(self, column: str) -> pd.Series:
        return self.frame[column]

    def fail(self, mask: pd.Series, column: str, message) -> None:
        """Rows of `mask` without an earlier broken rule break this one; `message` may depend on the row."""
        mask = mask.fillna(False).to_numpy(dtype=bool) & self.open
        if not mask.any():
            return
        self.open &= ~mask
        if callable(message):
            self.reason[mask] = list(message(self.frame[mask]))
        else:
            self.reason[mask] = message
        self.field[mask] = column


def _iso(value) -> str:
    return pd.Timestamp(value).date().isoformat()


def _repr(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


# --- the helpers of rules.py ------------------------------------------------------------------------

def require(rows: Rows, *columns: str, where: pd.Series | None = None) -> None:
    for column in columns:
        mask = rows[column].isna()
        rows.fail(mask if where is None else mask & where, column, "is required")


def non_negative(rows: Rows, *columns: str) -> None:
    for column in columns:
        rows.fail(rows[column].astype("float64") < 0, column, "cannot be negative")


def one_of(rows: Rows, column: str, allowed, where: pd.Series | None = None) -> None:
    values = [str(a) for a in allowed]
    col = rows[column]
    given = col.notna()
    mask = given & ~col.astype(str).isin(values)
    text = ", ".join(values)
    rows.fail(mask if where is None else mask & where, column,
              lambda f: f[column].map(lambda v: f"must be one of: {text} (not {_repr(v)})"))


def not_before(rows: Rows, later: str, earlier: str, earlier_label: str) -> None:
    first, second = rows[earlier], rows[later]
    rows.fail(first.notna() & second.notna() & (second < first), later,
              lambda f: f[earlier].map(lambda d: f"cannot be before {earlier_label} ({_iso(d)})"))


def currency(rows: Rows, column: str = "currency") -> None:
    one_of(rows, column, m.CURRENCIES)


def sadd_adds_up(rows: Rows, total: str) -> None:
    names = list(m.SADD_FIELDS)
    given = rows.frame[names].notna().any(axis=1)
    for name in names:
        rows.fail(given & rows[name].isna(), name, "is missing: give every sex and age group, or none")
        rows.fail(given & (rows[name] < 0), name, "cannot be negative")
    sums = rows.frame[names].astype("float64").sum(axis=1)
    totals = rows[total].astype("float64")
    rows.fail(given & totals.notna() & (sums != totals), total,
              lambda f: [f"sex and age groups add up to {int(s)}, not {_number(t)}"
                         for s, t in zip(f[names].astype("float64").sum(axis=1), f[total])])


def _number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def rate_when_foreign(rows: Rows, project_ids: pd.Series, ctx: Context, column: str = "currency") -> None:
    project_currency = project_ids.map(ctx.project_currency)
    foreign = project_currency.notna() & (rows[column] != project_currency)
    rate = rows["exchange_rate"].astype("float64")
    rows.fail(foreign & (rate.isna() | (rate <= 0)), "exchange_rate",
              lambda f: [f"is required for an amount in {c} (the project is in {p})"
                         for c, p in zip(f[column], project_currency[f.index])])
    rows.fail(foreign & rows["rate_date"].isna(), "rate_date", "is required with an exchange rate")


# --- one function per record type, as in rules.py ---------------------------------------------------

def location(rows: Rows, ctx: Context) -> None:
    pcode = rows["pcode"]
    rows.fail(~pcode.fillna("").astype(str).str.match(rules.PCODE.pattern), "pcode",
              "must be two capital letters (the country) followed by letters or digits, e.g. CD74")
    one_of(rows, "admin_level", [level.value for level in m.AdminLevel])
    level = rows["admin_level"].astype("float64")
    parent = rows["parent_id"]
    parent_level = parent.map(ctx.location_level).astype("float64")
    parent_pcode = parent.map(ctx.location_pcode)
    country = level == m.AdminLevel.COUNTRY
    rows.fail(country & parent.notna(), "parent_id", "a country has no parent area")
    rows.fail(~country & parent.isna(), "parent_id", "is required below country level")
    rows.fail(~country & parent.notna() & (parent_level != level - 1), "parent_id",
              lambda f: [f"must be one level up (level {int(lv) - 1}); {pp} is level {int(pl)}"
                         for lv, pp, pl in zip(f["admin_level"], parent_pcode[f.index], parent_level[f.index])])
    country_of = lambda codes: codes.map(lambda c: c[:2] if isinstance(c, str) else None)  # noqa: E731
    rows.fail(~country & parent.notna() & ((country_of(parent_pcode) != country_of(pcode)) | (parent_pcode == pcode)),
              "pcode", lambda f: [f"{p} is not in the same country as its parent {pp}"
                                  for p, pp in zip(f["pcode"], parent_pcode[f.index])])
    lat, lon = rows["latitude"], rows["longitude"]
    rows.fail(lat.notna() & ~lat.between(-90, 90), "latitude", "must be between -90 and 90")
    rows.fail(lon.notna() & ~lon.between(-180, 180), "longitude", "must be between -180 and 180")


def site(rows: Rows, ctx: Context) -> None:
    one_of(rows, "site_type", m.SiteType)
    one_of(rows, "status", m.SiteStatus)
    not_before(rows, "closed_on", "opened_on", "the opening date")


def population_count(rows: Rows, ctx: Context) -> None:
    non_negative(rows, "households", "individuals")
    rows.fail(rows["households"] > rows["individuals"], "households",
              lambda f: f["individuals"].map(lambda n: f"cannot be more than the individuals ({n})"))
    sadd_adds_up(rows, "individuals")
    opened = pd.to_datetime(rows["site_id"].map(ctx.site_opened))
    rows.fail(opened.notna() & (rows["counted_on"] < opened), "counted_on",
              lambda f: opened[f.index].map(lambda d: f"cannot be before the site opened ({_iso(d)})"))


def household(rows: Rows, ctx: Context) -> None:
    rows.fail(rows["size"] < 1, "size", "must be at least 1")
    one_of(rows, "head_sex", m.Sex)
    one_of(rows, "status", m.HouseholdStatus)
    one_of(rows, "intention", m.Intention)
    sadd_adds_up(rows, "size")
    known = {str(v) for v in m.Vulnerability}
    vulnerabilities = rows["vulnerabilities"].fillna("")
    listed = vulnerabilities[vulnerabilities != ""]
    if len(listed):
        unknown = listed.map(lambda text: next((item for item in (v.strip() for v in text.split(","))
                                                if item and item not in known), None))
        rows.fail(unknown.notna().reindex(rows.frame.index, fill_value=False), "vulnerabilities",
                  lambda f: unknown[f.index].map(
                      lambda item: f"unknown vulnerability {item!r}; use: {', '.join(m.Vulnerability)}"))
    not_before(rows, "departure_date", "registered_on", "the household's registration date")
    rows.fail(rows["departure_date"].notna() & rows["destination_id"].isna(), "destination_id",
              "is required when the household has departed")
    # The import creates households here; an update goes through rules.household itself (_check_updates).
    closed = rows["site_id"].map(ctx.site_closed)
    rows.fail(closed.notna(), "site_id", lambda f: closed[f.index].map(lambda c: rules.closed_site_refusal(*c)))


def cash_tranche(rows: Rows, ctx: Context) -> None:
    one_of(rows, "purpose", m.TranchePurpose)
    one_of(rows, "status", m.TrancheStatus)
    currency(rows)
    rows.fail(rows["amount"] <= 0, "amount", "must be more than zero")
    rows.fail((rows["status"] == m.TrancheStatus.PAID) & rows["paid_on"].isna(), "paid_on",
              "is required for a paid tranche")
    owner = rows["household_id"].map(ctx.household)
    registered = pd.to_datetime(owner.map(lambda o: o[0] if isinstance(o, tuple) else None))
    rows.fail(rows["paid_on"].notna() & registered.notna() & (rows["paid_on"] < registered), "paid_on",
              lambda f: registered[f.index].map(
                  lambda d: f"cannot be before the household's registration date ({_iso(d)})"))
    project_ids = owner.map(lambda o: o[1] if isinstance(o, tuple) else None)
    rate_when_foreign(rows, project_ids, ctx)


def cfw_amount(rows: Rows) -> None:
    """records._cfw_amount: a cash-for-work amount left blank is days worked x daily rate."""
    # Only what fits its columns is computed with (kinds/limits.py refuses a rate of 1e308 next).
    cfw = (rows["programme"] == m.Programme.CFW) & rows["amount"].isna() & rows["days_worked"].notna() \
        & rows["daily_rate"].notna() & (rows["daily_rate"].astype("float64").abs() < 1e13) \
        & (rows["days_worked"].astype("float64").abs() < 2 ** 31)
    if cfw.any():
        rows.frame.loc[cfw, "amount"] = [float(_cfw(d, r)) for d, r in
                                         zip(rows.frame.loc[cfw, "days_worked"], rows.frame.loc[cfw, "daily_rate"])]


def _cfw(days, rate) -> Decimal:
    return (Decimal(int(days)) * Decimal(repr(float(rate)))).quantize(Decimal("0.01"))


def livelihood_grant(rows: Rows, ctx: Context) -> None:
    one_of(rows, "programme", m.Programme)
    one_of(rows, "status", m.GrantStatus)
    one_of(rows, "recipient_sex", m.Sex)
    currency(rows)
    non_negative(rows, "jobs_created", "jobs_retained", "days_worked", "daily_rate")
    programme = rows["programme"]
    cfw = programme == m.Programme.CFW
    require(rows, "days_worked", "daily_rate", where=cfw)
    days, rate, amount = rows["days_worked"], rows["daily_rate"], rows["amount"]
    expected = pd.Series(float("nan"), index=rows.frame.index)
    both = cfw & days.notna() & rate.notna()
    if both.any():
        expected[both] = [float(_cfw(d, r)) for d, r in zip(days[both], rate[both])]
    rows.fail(both & amount.notna() & ((amount - expected).abs() > 0.001), "amount",
              lambda f: [f"must be days worked x daily rate = {_cfw(d, r)}" for d, r in
                         zip(f["days_worked"], f["daily_rate"])])
    require(rows, "business_name", where=programme == m.Programme.EDF)
    ila = programme == m.Programme.ILA
    require(rows, "ila_kind", where=ila)
    one_of(rows, "ila_kind", m.IlaKind, where=ila)
    rows.fail(amount.isna() | (amount <= 0), "amount", "must be more than zero")
    rate_when_foreign(rows, rows["project_id"], ctx)


def infrastructure_work(rows: Rows, ctx: Context) -> None:
    one_of(rows, "work_type", m.WorkType)
    one_of(rows, "status", m.WorkStatus)
    currency(rows)
    non_negative(rows, "contract_value", "people_served")
    not_before(rows, "planned_end", "planned_start", "the planned start")
    not_before(rows, "actual_end", "actual_start", "the actual start")
    rate_when_foreign(rows, rows["project_id"], ctx)


def work_progress_report(rows: Rows, ctx: Context) -> None:
    percent = rows["progress_percent"]
    rows.fail(percent.notna() & ~percent.between(0, 100), "progress_percent", "must be between 0 and 100")
    started = pd.to_datetime(rows["work_id"].map(ctx.work_started))
    rows.fail(started.notna() & (rows["reported_on"] < started), "reported_on",
              lambda f: started[f.index].map(lambda d: f"cannot be before the work started ({_iso(d)})"))


def indicator_value(rows: Rows, ctx: Context) -> None:
    not_before(rows, "period_end", "period_start", "the period's start")
    non_negative(rows, "target", "achieved")
    achieved = rows["achieved"]
    any_sadd = rows.frame[list(m.SADD_FIELDS)].notna().any(axis=1)
    rows.fail(achieved.notna() & (achieved % 1 != 0) & any_sadd, "achieved",
              "a value broken down by sex and age must be a whole number")
    given = achieved.notna()
    names = list(m.SADD_FIELDS)
    for name in names:
        rows.fail(given & any_sadd & rows[name].isna(), name, "is missing: give every sex and age group, or none")
        rows.fail(given & any_sadd & (rows[name] < 0), name, "cannot be negative")
    sums = rows.frame[names].astype("float64").sum(axis=1)
    rows.fail(given & any_sadd & (sums != achieved), "achieved",
              lambda f: [f"sex and age groups add up to {int(s)}, not {_number(t)}"
                         for s, t in zip(f[names].astype("float64").sum(axis=1), f["achieved"])])
    rows.fail(~given & any_sadd, "achieved", "is required when sex and age groups are given")


CHECKS = {
    "location": location, "site": site, "population_count": population_count, "household": household,
    "cash_tranche": cash_tranche, "grant": livelihood_grant, "work": infrastructure_work,
    "progress_report": work_progress_report, "indicator_value": indicator_value,
}


def required(rows: Rows, record: str, model) -> None:
    """rules.check's first step: the columns the database needs, without a default."""
    columns = rules.required_columns(model())
    for column in columns:
        if record == "grant" and column == "amount":
            # rules.check does not ask for a cash-for-work amount: it is computed from days and rate.
            require(rows, column, where=rows["programme"] != m.Programme.CFW)
        else:
            require(rows, column)
