"""The rules of the record kinds, each written once with its two halves side by side: `one` checks one record for
the services (and raises a DomainError naming the field), `many` checks every row of an import at once (whole
columns, pandas) and gives each row its first broken rule in the same words. A kind declares its rules in order
(workbench/kinds/<kind>.py); tests/io/test_checks_agree.py holds the two halves to the same verdict and message.

Both halves run in the same order: the fields a record needs (`required`), the limits of the columns (length,
range, decimals: limits.py), the declared choices, then the kind's own rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.kinds import limits
from workbench.services.errors import DomainError

PCODE = re.compile(r"^[A-Z]{2}[A-Z0-9]{0,18}$")


# --- what the column-wise halves read ------------------------------------------------------------------

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
    # What a rule `reads` of the records a file's rows name: (reference column, attribute) -> id -> value
    # (read_for_rules), so a new kind's rule needs no lookup of its own in the import.
    read: dict[tuple[str, str], dict[int, object]] = field(default_factory=dict)
    # What a rule looks up itself for a whole file (`lookup`), when that is no attribute of the records the rows
    # name: a receipt's place on its distribution's list, a warehouse's stock. Keyed by the rule's own name.
    looked_up: dict[str, object] = field(default_factory=dict)


class Rows:
    """Parsed rows by model column, with the first broken rule of each row (as the services stop at one)."""

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


def iso(value) -> str:
    return pd.Timestamp(value).date().isoformat()


def shown(value) -> str:
    """A value inside a message as the services show it: repr, and 2 rather than 2.0."""
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


def number(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def no_autoflush_get(session: Session, model, ident):
    with session.no_autoflush:
        return session.get(model, ident) if ident is not None else None


# --- conditions a rule may depend on, with both halves -------------------------------------------------

@dataclass(frozen=True)
class Is:
    """The field holds this value."""

    key: str
    value: object

    def one(self, obj) -> bool:
        return getattr(obj, self.key) == self.value

    def many(self, rows: Rows) -> pd.Series:
        return rows[self.key] == self.value


@dataclass(frozen=True)
class IsNot(Is):
    def one(self, obj) -> bool:
        return not super().one(obj)

    def many(self, rows: Rows) -> pd.Series:
        return ~super().many(rows)


@dataclass(frozen=True)
class Given:
    """The field has a value."""

    key: str

    def one(self, obj) -> bool:
        return getattr(obj, self.key) is not None

    def many(self, rows: Rows) -> pd.Series:
        return rows[self.key].notna()


@dataclass(frozen=True)
class In:
    """The field holds one of these values (a referral for protection, GBV, child protection or MHPSS)."""

    key: str
    values: tuple

    def one(self, obj) -> bool:
        return getattr(obj, self.key) in self.values

    def many(self, rows: Rows) -> pd.Series:
        return rows[self.key].isin([str(v) for v in self.values])


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --- the rules -------------------------------------------------------------------------------------------

class Rule:
    """One rule of a kind. `one(session, obj)` raises a DomainError; `many(rows, ctx)` marks the rows breaking it."""

    def one(self, session: Session, obj) -> None:
        raise NotImplementedError

    def many(self, rows: Rows, ctx: Context) -> None:
        raise NotImplementedError

    def texts(self) -> set[str]:
        """The texts this rule puts into its messages (a whole message, or the words of its %1: "the start date"),
        for the window to translate: tools/translations.py collects them from every kind's declared rules."""
        values = [getattr(self, f) for f in getattr(self, "__dataclass_fields__", {})]
        values += [getattr(type(self), name) for name in dir(type(self)) if name.isupper()]
        texts = set()
        for value in values:
            if isinstance(value, str) and " " in value:
                parts = re.split(r"\{\w+\}", value)  # "{item}" as the window's "%1"
                texts.add("".join(part + (f"%{i}" if i < len(parts) else "") for i, part in enumerate(parts, 1)))
        return texts


@dataclass(frozen=True)
class Required(Rule):
    """The fields must be given (when the condition holds)."""

    keys: tuple[str, ...]
    when: Is | Given | None = None
    message: str = "is required"

    def one(self, session, obj) -> None:
        if self.when is not None and not self.when.one(obj):
            return
        for key in self.keys:
            if _blank(getattr(obj, key)):
                raise DomainError(self.message, key)

    def many(self, rows, ctx) -> None:
        where = self.when.many(rows) if self.when is not None else None
        for key in self.keys:
            mask = rows[key].isna()
            rows.fail(mask if where is None else mask & where, key, self.message)


def required(*keys: str, when=None, message: str = "is required") -> Required:
    return Required(keys, when, message)


@dataclass(frozen=True)
class Empty(Rule):
    """The field must be left empty when the condition holds."""

    key: str
    when: Is | Given
    message: str

    def one(self, session, obj) -> None:
        if self.when.one(obj) and getattr(obj, self.key) is not None:
            raise DomainError(self.message, self.key)

    def many(self, rows, ctx) -> None:
        rows.fail(self.when.many(rows) & rows[self.key].notna(), self.key, self.message)


@dataclass(frozen=True)
class NonNegative(Rule):
    keys: tuple[str, ...]

    def one(self, session, obj) -> None:
        for key in self.keys:
            value = getattr(obj, key)
            if value is not None and value < 0:
                raise DomainError("cannot be negative", key)

    def many(self, rows, ctx) -> None:
        for key in self.keys:
            rows.fail(rows[key].astype("float64") < 0, key, "cannot be negative")


def non_negative(*keys: str) -> NonNegative:
    return NonNegative(keys)


@dataclass(frozen=True)
class WithoutCharacters(Rule):
    """A text holds none of the characters: an IATI identifier has no / & | ? (IATI's Standard Ruleset)."""

    key: str
    characters: str
    message: str

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if isinstance(value, str) and any(c in value for c in self.characters):
            raise DomainError(self.message, self.key)

    def many(self, rows, ctx) -> None:
        pattern = "[" + re.escape(self.characters) + "]"
        rows.fail(rows[self.key].astype("string").str.contains(pattern, regex=True), self.key, self.message)


@dataclass(frozen=True)
class AtLeast(Rule):
    key: str
    least: int

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if value is not None and value < self.least:
            raise DomainError(f"must be at least {self.least}", self.key)

    def many(self, rows, ctx) -> None:
        rows.fail(rows[self.key] < self.least, self.key, f"must be at least {self.least}")


@dataclass(frozen=True)
class MoreThanZero(Rule):
    """More than zero; with `required`, a missing value breaks the rule too (in the same words)."""

    key: str
    required: bool = False

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if (value is None and self.required) or (value is not None and value <= 0):
            raise DomainError("must be more than zero", self.key)

    def many(self, rows, ctx) -> None:
        values = rows[self.key]
        mask = values <= 0
        rows.fail((mask | values.isna()) if self.required else mask, self.key, "must be more than zero")


@dataclass(frozen=True)
class Between(Rule):
    key: str
    low: float
    high: float

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if value is not None and not self.low <= value <= self.high:
            raise DomainError(f"must be between {self.low} and {self.high}", self.key)

    def many(self, rows, ctx) -> None:
        values = rows[self.key]
        rows.fail(values.notna() & ~values.between(self.low, self.high), self.key,
                  f"must be between {self.low} and {self.high}")


@dataclass(frozen=True)
class NotInFuture(Rule):
    """A date of something that has happened (an application received) is not after today: 2030 is a typing slip."""

    key: str
    MESSAGE = "cannot be in the future"

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if value is not None and value > dt.date.today():
            raise DomainError(self.MESSAGE, self.key)

    def many(self, rows, ctx) -> None:
        values = pd.to_datetime(rows[self.key], errors="coerce")
        rows.fail(values.notna() & (values > pd.Timestamp(dt.date.today())), self.key, self.MESSAGE)


@dataclass(frozen=True)
class NotMoreThan(Rule):
    """A count cannot exceed another (households and individuals, women members and members)."""

    key: str
    other: str
    other_words: str  # "the individuals"

    def one(self, session, obj) -> None:
        value, other = getattr(obj, self.key), getattr(obj, self.other)
        if value is not None and other is not None and value > other:
            raise DomainError(f"cannot be more than {self.other_words} ({other})", self.key)

    def many(self, rows, ctx) -> None:
        words = self.other_words
        rows.fail(rows[self.key] > rows[self.other], self.key,
                  lambda f: f[self.other].map(lambda n: f"cannot be more than {words} ({number(n)})"))


@dataclass(frozen=True)
class OneOf(Rule):
    """The value is one of the declared choices (stated once, on the field)."""

    key: str
    values: tuple[str, ...]

    def one(self, session, obj) -> None:
        value = getattr(obj, self.key)
        if value is not None and str(value) not in self.values:
            raise DomainError(f"must be one of: {', '.join(self.values)} (not {value!r})", self.key)

    def many(self, rows, ctx) -> None:
        col = rows[self.key]
        text = ", ".join(self.values)
        rows.fail(col.notna() & ~col.astype(str).isin(self.values), self.key,
                  lambda f: f[self.key].map(lambda v: f"must be one of: {text} (not {shown(v)})"))


@dataclass(frozen=True)
class AllOf(Rule):
    """A list of values separated by commas (vulnerabilities), each one of the declared choices."""

    key: str
    values: tuple[str, ...]
    message: str  # "unknown vulnerability {item}; use: {values}"

    def _unknown(self, text) -> str | None:
        return next((item for item in (v.strip() for v in (text or "").split(",")) if item and item not in self.values),
                    None)

    def _message(self, item: str) -> str:
        return self.message.format(item=repr(item), values=", ".join(self.values))

    def one(self, session, obj) -> None:
        item = self._unknown(getattr(obj, self.key))
        if item is not None:
            raise DomainError(self._message(item), self.key)

    def many(self, rows, ctx) -> None:
        values = rows[self.key].fillna("")
        listed = values[values != ""]
        if not len(listed):
            return
        unknown = listed.map(self._unknown)
        rows.fail(unknown.notna().reindex(rows.frame.index, fill_value=False), self.key,
                  lambda f: unknown[f.index].map(self._message))


@dataclass(frozen=True)
class NotBefore(Rule):
    """A date is not before another date of the same record."""

    later: str
    earlier: str
    earlier_label: str  # "the start date"

    def one(self, session, obj) -> None:
        first, second = getattr(obj, self.earlier), getattr(obj, self.later)
        if first is not None and second is not None and second < first:
            raise DomainError(f"cannot be before {self.earlier_label} ({first.isoformat()})", self.later)

    def many(self, rows, ctx) -> None:
        first, second = rows[self.earlier], rows[self.later]
        label = self.earlier_label
        rows.fail(first.notna() & second.notna() & (second < first), self.later,
                  lambda f: f[self.earlier].map(lambda d: f"cannot be before {label} ({iso(d)})"))


def not_before(later: str, earlier: str, earlier_label: str) -> NotBefore:
    return NotBefore(later, earlier, earlier_label)


@dataclass(frozen=True)
class NotAfter(Rule):
    """A date typed is not after a date the record's steps set: a referral's date and the day it was sent. Said on
    the date typed, since the other one is not edited."""

    earlier: str
    later: str
    later_label: str  # "the day it was sent"

    def one(self, session, obj) -> None:
        first, second = getattr(obj, self.earlier), getattr(obj, self.later)
        if first is not None and second is not None and first > second:
            raise DomainError(f"cannot be after {self.later_label} ({second.isoformat()})", self.earlier)

    def many(self, rows, ctx) -> None:
        first, second = rows[self.earlier], rows[self.later]
        label = self.later_label
        rows.fail(first.notna() & second.notna() & (first > second), self.earlier,
                  lambda f: f[self.later].map(lambda d: f"cannot be after {label} ({iso(d)})"))


@dataclass(frozen=True)
class NotBeforeParent(Rule):
    """A date is not before a date of the record it belongs to (a count and its site's opening)."""

    key: str
    parent: str           # the reference: site_id
    model: type           # m.Site
    parent_date: str      # opened_on
    words: str            # "the site opened"
    context: str          # the Context map of the parent's date: site_opened

    def one(self, session, obj) -> None:
        parent = no_autoflush_get(session, self.model, getattr(obj, self.parent))
        date = getattr(parent, self.parent_date) if parent is not None else None
        value = getattr(obj, self.key)
        if date is not None and value is not None and value < date:
            raise DomainError(f"cannot be before {self.words} ({date.isoformat()})", self.key)

    def many(self, rows, ctx) -> None:
        mapping = getattr(ctx, self.context)
        dates = pd.to_datetime(rows[self.parent].map(
            lambda ident: (lambda v: v[0] if isinstance(v, tuple) else v)(mapping.get(ident))))
        words = self.words
        rows.fail(dates.notna() & rows[self.key].notna() & (rows[self.key] < dates), self.key,
                  lambda f: dates[f.index].map(lambda d: f"cannot be before {words} ({iso(d)})"))


@dataclass(frozen=True)
class NotBoth(Rule):
    first: str
    second: str
    message: str

    def one(self, session, obj) -> None:
        if getattr(obj, self.first) is not None and getattr(obj, self.second) is not None:
            raise DomainError(self.message, self.second)

    def many(self, rows, ctx) -> None:
        rows.fail(rows[self.first].notna() & rows[self.second].notna(), self.second, self.message)


@dataclass(frozen=True)
class SexAndAgeAddUp(Rule):
    """Either no sex and age count is given, or all are and they add up to the total."""

    total: str

    def one(self, session, obj) -> None:
        values = obj.sadd_values()
        given = [v for v in values.values() if v is not None]
        if not given:
            return
        for name, value in values.items():
            if value is None:
                raise DomainError("is missing: give every sex and age group, or none", name)
            if value < 0:
                raise DomainError("cannot be negative", name)
        total = getattr(obj, self.total)
        if total is not None and sum(given) != total:
            raise DomainError(f"sex and age groups add up to {sum(given)}, not {total}", self.total)

    def many(self, rows, ctx, where: pd.Series | None = None) -> None:
        names = list(m.SADD_FIELDS)
        given = rows.frame[names].notna().any(axis=1)
        if where is not None:
            given &= where
        for name in names:
            rows.fail(given & rows[name].isna(), name, "is missing: give every sex and age group, or none")
            rows.fail(given & (rows[name] < 0), name, "cannot be negative")
        sums = rows.frame[names].astype("float64").sum(axis=1)
        totals = rows[self.total].astype("float64")
        rows.fail(given & totals.notna() & (sums != totals), self.total,
                  lambda f: [f"sex and age groups add up to {int(s)}, not {number(t)}"
                             for s, t in zip(f[names].astype("float64").sum(axis=1), f[self.total])])


@dataclass(frozen=True)
class GroupsAddUp(Rule):
    """Either none of these counts is given, or all are and they add up to the total: a session's attendance by
    population group (IDPs, returnees, host community) agrees with its number of participants."""

    total: str
    keys: tuple[str, ...]
    words: str  # "population groups add up to {given}, not {total}"

    def one(self, session, obj) -> None:
        values = {key: getattr(obj, key) for key in self.keys}
        given = [v for v in values.values() if v is not None]
        if not given:
            return
        for name, value in values.items():
            if value is None:
                raise DomainError("is missing: give every group, or none", name)
            if value < 0:
                raise DomainError("cannot be negative", name)
        total = getattr(obj, self.total)
        if total is not None and sum(given) != total:
            raise DomainError(self.words.format(given=sum(given), total=total), self.total)

    def many(self, rows, ctx) -> None:
        names = list(self.keys)
        given = rows.frame[names].notna().any(axis=1)
        for name in names:
            rows.fail(given & rows[name].isna(), name, "is missing: give every group, or none")
            rows.fail(given & (rows[name] < 0), name, "cannot be negative")
        sums = rows.frame[names].astype("float64").sum(axis=1)
        totals = rows[self.total].astype("float64")
        rows.fail(given & totals.notna() & (sums != totals), self.total,
                  lambda f: [self.words.format(given=int(s), total=number(t))
                             for s, t in zip(f[names].astype("float64").sum(axis=1), f[self.total])])


@dataclass(frozen=True)
class RateWhenForeign(Rule):
    """An amount in another currency than its project's keeps the rate used and its date. The project is the
    record's own (project_id) or its household's."""

    via_household: bool = False
    currency: str = "currency"

    def _project(self, session, obj):
        if not self.via_household:
            return obj.project_id
        owner = no_autoflush_get(session, m.Household, obj.household_id)
        return owner.project_id if owner is not None else None

    def one(self, session, obj) -> None:
        project_id = self._project(session, obj)
        if project_id is None:
            return
        with session.no_autoflush:
            project_currency = session.scalar(select(m.Project.currency).where(m.Project.id == project_id))
        if project_currency is None or getattr(obj, self.currency) == project_currency:
            return
        if obj.exchange_rate is None or obj.exchange_rate <= 0:
            raise DomainError(f"is required for an amount in {getattr(obj, self.currency)} "
                              f"(the project is in {project_currency})", "exchange_rate")
        if obj.rate_date is None:
            raise DomainError("is required with an exchange rate", "rate_date")

    def _project_ids(self, rows, ctx) -> pd.Series:
        if self.via_household:
            return rows["household_id"].map(ctx.household).map(lambda o: o[1] if isinstance(o, tuple) else None)
        return rows["project_id"]

    def many(self, rows, ctx) -> None:
        project_currency = self._project_ids(rows, ctx).map(ctx.project_currency)
        foreign = project_currency.notna() & (rows[self.currency] != project_currency)
        rate = rows["exchange_rate"].astype("float64")
        rows.fail(foreign & (rate.isna() | (rate <= 0)), "exchange_rate",
                  lambda f: [f"is required for an amount in {c} (the project is in {p})"
                             for c, p in zip(f[self.currency], project_currency[f.index])])
        rows.fail(foreign & rows["rate_date"].isna(), "rate_date", "is required with an exchange rate")


@dataclass(frozen=True)
class RateWhenForeignViaWork(RateWhenForeign):
    """RateWhenForeign for a record of a work (a payment to its contractor): the project is its work's."""

    reads = (("work_id", ("project_id",)),)

    def _project(self, session, obj):
        work = no_autoflush_get(session, m.InfrastructureWork, obj.work_id)
        return work.project_id if work is not None else None

    def _project_ids(self, rows, ctx) -> pd.Series:
        known = ctx.read.get(("work_id", "project_id"), {})
        return rows["work_id"].map(lambda i: known.get(i) if pd.notna(i) else None)


@dataclass(frozen=True)
class Unique(Rule):
    """No other record has the same value. An import finds these itself, as duplicates the user may skip or update
    (the kind's import key), so the column-wise half has nothing to refuse."""

    key: str
    label: str  # household: "another household already has code 'U-1'"
    words: str | None = None  # what the key is called in that message (default: its name, "code")

    def one(self, session, obj) -> None:
        model = type(obj)
        value = getattr(obj, self.key)
        if value is None or value == "":
            return
        stmt = select(model.id).where(getattr(model, self.key) == value)
        if obj.id is not None:
            stmt = stmt.where(model.id != obj.id)
        with session.no_autoflush:
            if session.scalars(stmt.limit(1)).first() is not None:
                raise DomainError(f"another {self.label} already has {self.words or self.key.replace('_', ' ')} "
                                  f"{value!r}", self.key)

    def many(self, rows, ctx) -> None:
        return None


@dataclass(frozen=True)
class UniqueTogether(Rule):
    """No other record has the same values of these fields together (a household's tranche number). `message` may
    name the fields' values ({sequence}). The kind's import key is these fields: a file's second row with them is a
    duplicate the import skips or updates, so the column-wise half has nothing to refuse."""

    keys: tuple[str, ...]
    message: str

    def one(self, session, obj) -> None:
        values = {key: getattr(obj, key) for key in self.keys}
        if any(v is None or v == "" for v in values.values()):
            return
        model = type(obj)
        stmt = select(model.id).where(*(getattr(model, key) == value for key, value in values.items()))
        if obj.id is not None:
            stmt = stmt.where(model.id != obj.id)
        with session.no_autoflush:
            if session.scalars(stmt.limit(1)).first() is not None:
                raise DomainError(self.message.format(**values), self.keys[-1])

    def many(self, rows, ctx) -> None:
        return None


@dataclass(frozen=True)
class UniqueWhenGiven(Unique):
    """An identifier besides the kind's key, unique when given (a site's DTM site ID). A file row naming the record
    that holds it (by the kind's key) keeps it; another record, in the database or higher up in the file, may not
    take it. The column half reads the holders of the file's values once (`read_for_rules`); the one-record half is
    Unique's."""

    def many(self, rows, ctx) -> None:
        values = rows[self.key]
        given = values.notna() & (values != "")
        if not given.any():
            return
        holders = ctx.read.get(("taken", self.key), {})
        owner_key = ctx.read.get(("taken key", self.key))
        names = rows[owner_key] if owner_key in rows.frame.columns else pd.Series(None, index=values.index)
        taken = pd.Series([given.loc[i] and v in holders and holders[v] != names.loc[i]
                           for i, v in values.items()], index=values.index)
        taken |= given & values.duplicated(keep="first")
        rows.fail(taken, self.key, lambda f: f[self.key].map(
            lambda v: f"another {self.label} already has {self.words} {v!r}"))


@dataclass(frozen=True)
class InParentPeriod(Rule):
    """A date falls while the record it belongs to is open: not before it opened, not after it closed (a CRC's
    contact). The one-record half reads the parent under a shared row lock, so a user closing it meanwhile waits or
    is seen (services/locks.py); the column half reads every parent of the file once (`reads`)."""

    key: str              # contacted_on
    parent: str           # crc_id
    model: type           # m.ResourceCentre
    opened_words: str     # "the CRC opened"
    closed_words: str     # "the CRC closed"
    opened: str = "opened_on"
    closed: str = "closed_on"

    @property
    def reads(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return ((self.parent, (self.opened, self.closed)),)

    def one(self, session, obj) -> None:
        from workbench.services import locks

        value, ident = getattr(obj, self.key), getattr(obj, self.parent)
        if value is None or ident is None:
            return
        row = locks.lock_row(session, self.model, ident, getattr(self.model, self.opened),
                             getattr(self.model, self.closed), shared=True)
        if row is None:
            return
        opened, closed = row
        if opened is not None and value < opened:
            raise DomainError(f"cannot be before {self.opened_words} ({opened.isoformat()})", self.key)
        if closed is not None and value > closed:
            raise DomainError(f"cannot be after {self.closed_words} ({closed.isoformat()})", self.key)

    def _dates(self, rows, ctx, attribute: str) -> pd.Series:
        known = ctx.read.get((self.parent, attribute), {})
        return pd.to_datetime(rows[self.parent].map(lambda i: known.get(i) if pd.notna(i) else None))

    def many(self, rows, ctx) -> None:
        value = pd.to_datetime(rows[self.key])
        opened, closed = self._dates(rows, ctx, self.opened), self._dates(rows, ctx, self.closed)
        before, after = self.opened_words, self.closed_words
        rows.fail(opened.notna() & value.notna() & (value < opened), self.key,
                  lambda f: opened[f.index].map(lambda d: f"cannot be before {before} ({iso(d)})"))
        rows.fail(closed.notna() & value.notna() & (value > closed), self.key,
                  lambda f: closed[f.index].map(lambda d: f"cannot be after {after} ({iso(d)})"))


@dataclass(frozen=True)
class NotBeforeLatestChild(Rule):
    """A record's date is not before the latest date of the records under it: a CRC does not close before its last
    contact. The record is locked first (FOR UPDATE), so a contact saved meanwhile waits for this change or is
    counted. A file creates new records, which have nothing under them yet; an update row goes through `one`."""

    key: str              # closed_on
    child: type           # m.CrcContact
    child_parent: str     # crc_id
    child_date: str       # contacted_on
    words: str            # "its last contact"

    def one(self, session, obj) -> None:
        from sqlalchemy import func

        from workbench.services import locks

        value = getattr(obj, self.key)
        if value is None or obj.id is None:
            return
        locks.lock_row(session, type(obj), obj.id)
        with session.no_autoflush:
            latest = session.scalar(select(func.max(getattr(self.child, self.child_date)))
                                    .where(getattr(self.child, self.child_parent) == obj.id))
        if latest is not None and value < latest:
            raise DomainError(f"cannot be before {self.words} ({latest.isoformat()})", self.key)

    def many(self, rows, ctx) -> None:
        return None


def _committed(obj, key: str):
    """A column's value as it stands in the database, before the change being checked."""
    history = sa_inspect(obj).attrs[key].history
    return history.deleted[0] if history.deleted else getattr(obj, key)


def _changed_columns(kind, obj) -> list[str]:
    return [c.key for c in sa_inspect(kind.model).columns
            if c.key != "version" and sa_inspect(obj).attrs[c.key].history.has_changes()]


def closing_parents(kind) -> list[tuple[str, object]]:
    """The references of a kind to the kinds that close with what belongs to them (a household's site): (column,
    parent kind), read from the parents' declared `closes`."""
    from workbench.kinds.catalogue import KINDS, referenced_kind

    found = []
    for parent in KINDS.values():
        if parent.closes is None or kind.name not in parent.closes.children:
            continue
        for column in sa_inspect(kind.model).columns:
            target = referenced_kind(kind, column.key) if column.foreign_keys else None
            if target is not None and target.name == parent.name:
                found.append((column.key, parent))
    return found


@dataclass(frozen=True)
class NotWhenClosed(Rule):
    """A closed record and what belongs to it are read-only (the kinds' declared `closes`): a closed grant is not
    edited, no household is added to, changed in or moved out of a closed site. Derived for every kind from the
    declarations (`closed_rules`), never declared by hand. The one-record half reads the parent under a shared row
    lock, so a user closing it meanwhile waits or is seen (services/locks.py); the column half reads every parent
    the file's rows name once (`reads`). A file's new records are not closed themselves; its update rows go through
    `one` (io/importing._check_updates)."""

    kind: str       # household
    parent: str     # site_id, or "" for the record's own state

    @property
    def reads(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        if not self.parent:
            return ()
        parent = self._parent_kind()
        return ((self.parent, (parent.closes.field, parent.key)),)

    def _parent_kind(self):
        from workbench.kinds.catalogue import KINDS

        return next(p for column, p in closing_parents(KINDS[self.kind]) if column == self.parent)

    def one(self, session, obj) -> None:
        reason = closed_refusal(session, self.kind, obj, only=self.parent)
        if reason is not None:
            raise DomainError(*reason)

    def many(self, rows, ctx) -> None:
        if not self.parent or self.parent not in rows.frame.columns:
            return
        parent = self._parent_kind()
        states = ctx.read.get((self.parent, parent.closes.field), {})
        names = ctx.read.get((self.parent, parent.key), {})
        state = rows[self.parent].map(lambda i: states.get(i) if pd.notna(i) else None)
        closed = state.isin(list(parent.closes.states))
        rows.fail(closed, self.parent, lambda f: [
            parent_closed_refusal(names.get(i), states.get(i)) for i in f[self.parent]])


def own_closed_refusal(name, state) -> str:
    return f"{name} is {state}: it can no longer be changed or deleted"


def parent_closed_refusal(name, state) -> str:
    return f"{name} is {state}: what belongs to it can no longer be added, changed or deleted"


def closed_refusal(session: Session, kind_name: str, obj, deleting: bool = False,
                   only: str | None = None, lock: bool = True) -> tuple[str, str | None] | None:
    """Why this change (or deletion) of a record is refused because it, or the record it belongs to, is closed:
    (message, field), or None. `only`: "" for the record's own state alone, a reference column for that parent
    alone; None for both (a deletion, the window's read-only line, which reads without a lock)."""
    from workbench.kinds.catalogue import KINDS
    from workbench.services import locks

    kind = KINDS[kind_name]
    exists = obj.id is not None
    changed = _changed_columns(kind, obj) if exists and not deleting else []
    if exists and not deleting and not changed:
        return None  # nothing changes: a form saved as it was, an update row that says what the record holds
    if kind.closes is not None and exists and only in (None, ""):
        state = _committed(obj, kind.closes.field)
        if state is not None and str(state) in kind.closes.states:
            moved = [c for c in changed if c not in kind.workflow_fields]
            if deleting or moved:
                return own_closed_refusal(_committed(obj, kind.key), state), (moved[0] if moved else None)
    for column, parent in closing_parents(kind):
        if only not in (None, column):
            continue
        idents = {getattr(obj, column)}
        if exists:
            idents.add(_committed(obj, column))
        for ident in sorted(i for i in idents if i is not None):
            wanted = (getattr(parent.model, parent.closes.field), getattr(parent.model, parent.key))
            if lock:
                row = locks.lock_row(session, parent.model, ident, *wanted, shared=True)
            else:
                row = session.execute(select(*wanted).where(parent.model.id == ident)).one_or_none()
            if row is not None and row[0] is not None and str(row[0]) in parent.closes.states:
                # Named by the field that changed (the reference when the record moves or is new).
                field_name = column if not exists or column in changed else (changed[0] if changed else None)
                return parent_closed_refusal(row[1], row[0]), field_name
    return None


def closed_rules(kind) -> list[Rule]:
    """The closed-record rules of a kind, from the declarations: its own state, and each parent that closes."""
    found: list[Rule] = [NotWhenClosed(kind.name, "")] if kind.closes is not None else []
    return found + [NotWhenClosed(kind.name, column) for column, _ in closing_parents(kind)]


def read_for_rules(session: Session, kind, rows: Rows, ctx: Context) -> None:
    """What the kind's rules read of the records a file's rows name (a contact's CRC: when it opened and closed),
    each attribute once for the whole file, under a shared row lock as the one-record halves take it; and what a
    rule looks up for itself (its `lookup(session, rows, ctx)`), once for the whole file too."""
    for rule in (*closed_rules(kind), *kind.rules):
        if isinstance(rule, UniqueWhenGiven):
            # Who holds the file's values already, by the kind's own key (a site's name).
            given = sorted({v for v in rows[rule.key] if isinstance(v, str) and v})
            column, owner = getattr(kind.model, rule.key), getattr(kind.model, kind.key)
            holders: dict = {}
            for start in range(0, len(given), 5000):
                with session.no_autoflush:
                    holders.update(session.execute(select(column, owner).where(
                        column.in_(given[start:start + 5000]))).all())
            ctx.read[("taken", rule.key)] = holders
            ctx.read[("taken key", rule.key)] = kind.key
        if hasattr(rule, "lookup"):
            rule.lookup(session, rows, ctx)
        for column, attributes in getattr(rule, "reads", ()):
            target = next(iter(sa_inspect(kind.model).columns[column].foreign_keys)).column.table
            ids = sorted({int(i) for i in rows[column] if i is not None and i is not pd.NA and i == i
                          and not isinstance(i, str)})
            found: dict[int, tuple] = {}
            for start in range(0, len(ids), 5000):
                stmt = (select(target.c.id, *(target.c[a] for a in attributes))
                        .where(target.c.id.in_(ids[start:start + 5000])).with_for_update(read=True))
                with session.no_autoflush:
                    found.update({row[0]: tuple(row[1:]) for row in session.execute(stmt)})
            for i, attribute in enumerate(attributes):
                ctx.read[(column, attribute)] = {ident: values[i] for ident, values in found.items()}


# --- the order every check follows -------------------------------------------------------------------------

def required_columns(kind) -> list[str]:
    """Columns the database needs a value for and that have no default."""
    return [c.key for c in sa_inspect(kind.model).columns
            if not (c.primary_key or c.nullable or c.default is not None or c.key == "version")]


def _first_rules(kind) -> list[Rule]:
    """What every kind checks before the rest: what the database needs (some columns only in some cases)."""
    found: list[Rule] = [Required(tuple(k for k in required_columns(kind) if k not in kind.required_when))]
    found += [Required((key,), when=condition) for key, condition in kind.required_when.items()]
    return found


def _choice_rules(kind) -> list[Rule]:
    """A declared choice takes one of its values (a list of them, a multiple choice: its own rule, AllOf)."""
    return [OneOf(f.key, f.values) for f in kind.fields
            if f.choices is not None and kind.editor(f) != "multichoice"]


def fits_its_columns(obj) -> None:
    """Every value fits its column on both backends: length, range, decimals (limits.py), rather than let the
    database round it or refuse it with a bare error."""
    for column in sa_inspect(type(obj)).columns:
        reason = limits.problem(limits.limits_of(column), getattr(obj, column.key))
        if reason:
            raise DomainError(reason, column.key)


def check_one(session: Session, kind, obj) -> None:
    """The services' check of one record: required fields first (so a user fixes the simplest thing first), the
    columns' limits, the choices, then the kind's own rules."""
    for rule in _first_rules(kind):
        rule.one(session, obj)
    fits_its_columns(obj)
    for rule in (*_choice_rules(kind), *closed_rules(kind), *kind.rules):
        rule.one(session, obj)


def check_required(rows: Rows, kind) -> None:
    """The import's first step, as check_one's: what the database needs."""
    for rule in _first_rules(kind):
        rule.many(rows, Context())


def check_many(rows: Rows, kind, ctx: Context) -> None:
    """The import's check of every row, after check_required and the columns' limits: the choices, then the kind's
    own rules, in the order check_one applies them."""
    for rule in (*_choice_rules(kind), *closed_rules(kind), *kind.rules):
        rule.many(rows, ctx)
