"""The queries behind the screens' tables, pick-lists and history tabs: plain rows out, never ORM objects. No Qt.

A table is a `TableSource`: the record it lists, the columns it shows (SQL expressions, joined columns
included), what the text search looks in and which filters it offers. Sorting, searching, filtering and
counting all happen in SQL, and the primary key is always the last sort key so batches fetched with
LIMIT/OFFSET never skip or repeat a row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import (
    Boolean,
    Date,
    Select,
    and_,
    func,
    inspect as sa_inspect,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.util import find_tables

from workbench import models as m
from workbench.kinds import referenced_kind, rules
from workbench.services import permissions, records
from workbench.services.errors import DomainError


@dataclass(frozen=True)
class TableQuery:
    """What a user asked a table for: filters (by key), a text search and a sort column."""

    filters: dict = field(default_factory=dict)
    text: str = ""
    order_by: str | None = None
    descending: bool = False

    def replace(self, **changes) -> TableQuery:
        values = {"filters": dict(self.filters), "text": self.text, "order_by": self.order_by,
                  "descending": self.descending} | changes
        return TableQuery(**values)


@dataclass(frozen=True)
class TableSource:
    name: str
    model: type
    columns: dict[str, ColumnElement]
    kind: str | None = None  # the record kind a row opens (records.KINDS); None for read-only lists
    joins: tuple = ()        # (target, onclause) outer joins to many-to-one records
    search: tuple[ColumnElement, ...] = ()
    filters: dict[str, Callable[[object], ColumnElement]] = field(default_factory=dict)
    default_order: tuple[str, bool] | None = None  # (column key, descending)

    @property
    def id_column(self):
        return self.model.id


def _period(column):
    """Filters 'from' and 'to' on a date column: the table's reporting period."""
    return {
        "period_from": lambda value: column >= value,
        "period_to": lambda value: column <= value,
    }


def _location_within(location_alias):
    """The area picked and everything below it (P-codes do not always nest: IQG15 > IQD086)."""
    def where(location_id):
        area = select(m.Location.id).where(m.Location.id == location_id).cte("area", recursive=True)
        area = area.union_all(select(m.Location.id).where(m.Location.parent_id == area.c.id))
        return location_alias.id.in_(select(area.c.id))
    return where


def _sources() -> dict[str, TableSource]:
    P = aliased(m.Project, name="project")
    L = aliased(m.Location, name="location")
    D = aliased(m.Donor, name="donor")
    S = aliased(m.Site, name="site")
    G, H, W = m.LivelihoodGrant, m.Household, m.InfrastructureWork

    latest_progress = (select(m.WorkProgressReport.progress_percent)
                       .where(m.WorkProgressReport.work_id == W.id)
                       .order_by(m.WorkProgressReport.reported_on.desc(), m.WorkProgressReport.id.desc())
                       .limit(1).correlate(W).scalar_subquery())
    from workbench.services import figures  # as work_delay below: figures reads records of its own

    work_delay = figures.work_delay_sql(W)  # the works report's own reckoning (figures.work_delay_days)
    grant_paid = (select(func.coalesce(func.sum(m.GrantTranche.amount), 0))
                  .where(m.GrantTranche.grant_id == G.id).correlate(G).scalar_subquery())
    latest_population = (select(m.PopulationCount.individuals)
                         .where(m.PopulationCount.site_id == m.Site.id)
                         .order_by(m.PopulationCount.counted_on.desc(), m.PopulationCount.id.desc())
                         .limit(1).correlate(m.Site).scalar_subquery())
    site_location = aliased(m.Location, name="site_location")
    K = aliased(m.KitType, name="kit_type")
    DI = aliased(m.Distribution, name="distribution")

    sources = [
        TableSource(
            "project", m.Project, kind="project",
            columns={"code": m.Project.code, "title": m.Project.title, "donor": D.code,
                     "start_date": m.Project.start_date, "end_date": m.Project.end_date,
                     "budget": m.Project.budget, "currency": m.Project.currency, "status": m.Project.status,
                     "sectors": m.Project.sectors},
            joins=((D, D.id == m.Project.donor_id),),
            search=(m.Project.code, m.Project.title, m.Project.sectors, m.Project.partners),
            filters={"status": lambda v: m.Project.status == v, "donor": lambda v: m.Project.donor_id == v,
                     **_period(m.Project.start_date)},
            default_order=("code", False)),
        TableSource(
            "site", m.Site, kind="site",
            columns={"name": m.Site.name, "site_type": m.Site.site_type, "location": site_location.name,
                     "pcode": site_location.pcode, "project": P.code, "managing_agency": m.Site.managing_agency,
                     "status": m.Site.status, "opened_on": m.Site.opened_on, "closed_on": m.Site.closed_on,
                     "population": latest_population, "dtm_site_id": m.Site.dtm_site_id},
            joins=((site_location, site_location.id == m.Site.location_id), (P, P.id == m.Site.project_id)),
            search=(m.Site.name, m.Site.managing_agency, site_location.name, m.Site.dtm_site_id),
            filters={"status": lambda v: m.Site.status == v, "project": lambda v: m.Site.project_id == v,
                     "open": lambda v: (m.Site.status != m.SiteStatus.CLOSED) if v else (m.Site.status == m.SiteStatus.CLOSED),
                     "location": _location_within(site_location), "site_type": lambda v: m.Site.site_type == v,
                     **_period(m.Site.opened_on)},
            default_order=("name", False)),
        TableSource(
            "household", H, kind="household",
            columns={"code": H.code, "head_name": H.head_name, "head_sex": H.head_sex, "size": H.size,
                     "status": H.status, "site": S.name, "intention": H.intention,
                     "registered_on": H.registered_on, "departure_date": H.departure_date},
            joins=((S, S.id == H.site_id),),
            search=(H.code, H.head_name),
            filters={"status": lambda v: H.status == v, "project": lambda v: H.project_id == v,
                     "site": lambda v: H.site_id == v, "intention": lambda v: H.intention == v,
                     "departed": _departed, **_period(H.registered_on)}),
        TableSource(
            "grant", G, kind="grant",
            columns={"code": G.code, "programme": G.programme, "recipient_name": G.recipient_name,
                     "business_name": G.business_name, "sector": G.sector, "project": P.code,
                     "location": L.name, "status": G.status, "amount": G.amount, "currency": G.currency,
                     "paid": grant_paid, "applied_on": G.applied_on, "approved_on": G.approved_on},
            joins=((P, P.id == G.project_id), (L, L.id == G.location_id)),
            search=(G.code, G.recipient_name, G.business_name, G.sector),
            filters={"status": lambda v: G.status == v, "project": lambda v: G.project_id == v,
                     "programme": lambda v: G.programme == v, "location": _location_within(L),
                     "currency": lambda v: G.currency == v,
                     **_period(G.applied_on)}),
        TableSource(
            "work", W, kind="work",
            columns={"code": W.code, "title": W.title, "work_type": W.work_type, "project": P.code,
                     "location": L.name, "contractor": W.contractor, "contract_value": W.contract_value,
                     "currency": W.currency, "status": W.status, "progress": latest_progress,
                     "planned_start": W.planned_start, "planned_end": W.planned_end,
                     "actual_start": W.actual_start, "actual_end": W.actual_end, "delay_days": work_delay,
                     "people_served": W.people_served},
            joins=((P, P.id == W.project_id), (L, L.id == W.location_id)),
            search=(W.code, W.title, W.contractor),
            filters={"status": lambda v: W.status == v, "project": lambda v: W.project_id == v,
                     "code": lambda v: W.code == v,  # one work, as the dashboard's bar opens it
                     "work_type": lambda v: W.work_type == v, "location": _location_within(L),
                     **_period(W.planned_start)}),
        TableSource(
            "grant_tranche", m.GrantTranche,
            columns={"sequence": m.GrantTranche.sequence, "amount": m.GrantTranche.amount,
                     "currency": G.currency, "paid_on": m.GrantTranche.paid_on},
            joins=((G, G.id == m.GrantTranche.grant_id),),
            filters={"grant_id": lambda v: m.GrantTranche.grant_id == v},
            default_order=("sequence", False)),
        TableSource(
            "grant_history", m.GrantStatusChange,
            columns={"changed_on": m.GrantStatusChange.changed_on, "from_status": m.GrantStatusChange.from_status,
                     "to_status": m.GrantStatusChange.to_status, "user_name": m.GrantStatusChange.user_name,
                     "note": m.GrantStatusChange.note},
            filters={"grant_id": lambda v: m.GrantStatusChange.grant_id == v},
            default_order=("changed_on", False)),
        TableSource(
            "referral_history", m.ReferralStatusChange,
            columns={"changed_on": m.ReferralStatusChange.changed_on,
                     "from_status": m.ReferralStatusChange.from_status,
                     "to_status": m.ReferralStatusChange.to_status, "user_name": m.ReferralStatusChange.user_name,
                     "note": m.ReferralStatusChange.note},
            filters={"referral_id": lambda v: m.ReferralStatusChange.referral_id == v},
            default_order=("changed_on", False)),
        TableSource(
            "indicator_value", m.IndicatorValue, kind="indicator_value",
            columns={"indicator": m.Indicator.code, "title": m.Indicator.title, "unit": m.Indicator.unit,
                     "period_label": m.IndicatorValue.period_label, "period_start": m.IndicatorValue.period_start,
                     "target": m.IndicatorValue.target, "achieved": m.IndicatorValue.achieved},
            joins=((m.Indicator, m.Indicator.id == m.IndicatorValue.indicator_id),),
            filters={"project_id": lambda v: m.Indicator.project_id == v},
            default_order=("indicator", False)),
        TableSource(
            "distribution", m.Distribution, kind="distribution",
            columns={"code": m.Distribution.code, "project": P.code, "site": S.name, "location": L.pcode,
                     "modality": m.Distribution.modality, "status": m.Distribution.status,
                     "planned_on": m.Distribution.planned_on, "started_on": m.Distribution.started_on,
                     "completed_on": m.Distribution.completed_on, "warehouse": m.Distribution.warehouse},
            joins=((P, P.id == m.Distribution.project_id), (S, S.id == m.Distribution.site_id),
                   (L, L.id == m.Distribution.location_id)),
            search=(m.Distribution.code, m.Distribution.warehouse, S.name, L.name),
            filters={"status": lambda v: m.Distribution.status == v,
                     "project": lambda v: m.Distribution.project_id == v,
                     "site": lambda v: m.Distribution.site_id == v,
                     "modality": lambda v: m.Distribution.modality == v, "kits_received": _kits_received,
                     **_period(m.Distribution.planned_on)},
            default_order=("planned_on", True)),
        TableSource(
            "stock_movement", m.StockMovement, kind="stock_movement",
            columns={"moved_on": m.StockMovement.moved_on, "warehouse": m.StockMovement.warehouse,
                     "kit_type": K.code, "movement": m.StockMovement.movement, "quantity": m.StockMovement.quantity,
                     "distribution": DI.code, "note": m.StockMovement.note},
            joins=((K, K.id == m.StockMovement.kit_type_id), (DI, DI.id == m.StockMovement.distribution_id)),
            search=(m.StockMovement.warehouse, K.code, DI.code, m.StockMovement.note),
            filters={"movement": lambda v: m.StockMovement.movement == v,
                     "kit_type_id": lambda v: m.StockMovement.kit_type_id == v,
                     "warehouse": lambda v: m.StockMovement.warehouse == v,
                     "distribution_id": lambda v: m.StockMovement.distribution_id == v,
                     **_period(m.StockMovement.moved_on)},
            default_order=("moved_on", True)),
        TableSource(
            "entitlement", m.Entitlement, kind="entitlement",
            columns={"household": H.code, "head_name": H.head_name, "size": H.size, "kit_type": K.code,
                     "quantity": m.Entitlement.quantity, "site": S.name},
            joins=((H, H.id == m.Entitlement.household_id), (K, K.id == m.Entitlement.kit_type_id),
                   (S, S.id == H.site_id)),
            search=(H.code, H.head_name),
            filters={"distribution_id": lambda v: m.Entitlement.distribution_id == v,
                     "kit_type_id": lambda v: m.Entitlement.kit_type_id == v},
            default_order=("household", False)),
        TableSource(
            "receipt", m.Receipt, kind="receipt",
            columns={"household": H.code, "head_name": H.head_name, "received_on": m.Receipt.received_on,
                     "received_by": m.Receipt.received_by, "proof": m.Receipt.proof,
                     "verification": m.Receipt.verification, "verified_on": m.Receipt.verified_on,
                     "recorded_by": m.Receipt.recorded_by, "distribution": DI.code},
            joins=((H, H.id == m.Receipt.household_id), (DI, DI.id == m.Receipt.distribution_id)),
            search=(H.code, H.head_name, m.Receipt.proxy_name, m.Receipt.recorded_by),
            filters={"distribution_id": lambda v: m.Receipt.distribution_id == v,
                     "household_id": lambda v: m.Receipt.household_id == v,
                     "verification": lambda v: m.Receipt.verification == v},
            default_order=("received_on", True)),
        TableSource(
            "history", m.AuditEntry,
            columns={"at": m.AuditEntry.at, "user_name": m.AuditEntry.user_name, "action": m.AuditEntry.action,
                     "field": m.AuditEntry.field, "old_value": m.AuditEntry.old_value,
                     "new_value": m.AuditEntry.new_value},
            filters={"table_name": lambda v: m.AuditEntry.table_name == v,
                     "record_id": lambda v: m.AuditEntry.record_id == v},
            default_order=("at", True)),
    ]
    tables = {source.name: source for source in sources}
    SP = m.ServiceProvider
    # Computed columns and filters beside a kind's declared ones: a referral overdue now (referral_overdue), a
    # provider offering a service (one of its comma-separated services, never a part of another's name).
    computed = {"referral": {"overdue": referral_overdue()}}
    more_filters = {
        # overdue: True (today by the database's clock) or the day the dashboard counted them on
        "referral": {"overdue": lambda v: (referral_overdue(v if isinstance(v, dt.date) else None) if v
                                           else ~referral_overdue()),
                     "open": lambda v: m.Referral.status.in_(OPEN_REFERRALS) if v
                     else m.Referral.status.not_in(OPEN_REFERRALS),
                     "project": lambda v: m.Referral.crc_id.in_(
                         select(m.ResourceCentre.id).where(m.ResourceCentre.project_id == v))},
        "service_provider": {"service": lambda v: (literal(", ") + SP.services + literal(",")).like(f"%, {v},%"),
                             "accepts_referrals": lambda v: SP.accepts_referrals.is_(bool(v))},
    }
    for kind in records.KINDS.values():
        if kind.name not in tables:
            tables[kind.name] = _declared_source(kind, computed.get(kind.name, {}), more_filters.get(kind.name, {}))
    return tables


OPEN_REFERRALS = (m.ReferralStatus.DRAFT, m.ReferralStatus.SENT, m.ReferralStatus.ACCEPTED)  # not yet answered


def _within(column, days: tuple) -> list:
    """A column's day between the (first, last) given, both included, either None (open)."""
    first, last = days
    return ([column >= first] if first is not None else []) + ([column <= last] if last is not None else [])


def _departed(days: tuple) -> ColumnElement:
    """Households that left their site (the people "supported to leave"), between (first, last) day if given."""
    return and_(m.Household.departure_date.is_not(None), *_within(m.Household.departure_date, days))


def _kits_received(days: tuple) -> ColumnElement:
    """Distributions that handed kits to households: a receipt not found "not received" on verification, received
    between (first, last) day if given."""
    R = m.Receipt
    return m.Distribution.id.in_(select(R.distribution_id).where(
        or_(R.verification.is_(None), R.verification != m.Verification.NOT_RECEIVED), *_within(R.received_on, days)))


def referral_overdue(today=None) -> ColumnElement:
    """A referral not yet answered (a draft or sent) whose answer deadline has passed: the priority's 24 hours,
    72 hours or 14 days from the referral date. Today by the database's clock, unless a day is given."""
    R = m.Referral
    day = func.current_date() if today is None else literal(today, Date)
    return and_(R.status.in_((m.ReferralStatus.DRAFT, m.ReferralStatus.SENT)), R.due_on < day)


def _equals(column) -> Callable[[object], ColumnElement]:
    return lambda value: column == value


def _declared_source(kind, computed: dict | None = None, more_filters: dict | None = None) -> TableSource:
    """The table of a kind, from its declaration: its own columns, and a reference named without its _id (a CRC's
    `location`, a contact's `crc`) shown by the referenced record's key through an outer join. Filtered on its
    parent and its choices, unless it says otherwise; sorted by its first column, unless it says otherwise."""
    model = kind.model
    own = sa_inspect(model).columns
    columns, joins = {}, []
    computed = computed or {}
    for c in kind.columns:
        if c.key in computed:
            columns[c.key] = computed[c.key]
            continue
        if c.key in own:
            columns[c.key] = getattr(model, c.key)
            continue
        target = referenced_kind(kind, f"{c.key}_id")
        if target is None or not target.key:
            raise KeyError(f"{kind.name}'s column {c.key!r} is neither its own nor a reference with a key")
        alias = aliased(target.model, name=c.key)
        joins.append((alias, alias.id == getattr(model, f"{c.key}_id")))
        columns[c.key] = getattr(alias, target.key)
    for c in kind.columns:
        # An amount's currency, which the table shows beside it: a household's tranches did not load without it.
        if c.currency and c.currency not in columns and c.currency in own:
            columns[c.currency] = getattr(model, c.currency)
    filtered = kind.table_filters
    if filtered is None:
        filtered = tuple(k for k in ([kind.parent] if kind.parent else [])) + tuple(
            f.key for f in kind.fields if f.choices is not None and f.key in columns)
    return TableSource(
        kind.name, model, kind=kind.name, columns=columns, joins=tuple(joins),
        search=tuple(getattr(model, key) for key in kind.search),
        filters={key: _equals(getattr(model, key)) for key in filtered} | (more_filters or {}),
        default_order=kind.table_order or ((kind.columns[0].key, False) if kind.columns else None))


TABLES: dict[str, TableSource] = _sources()


def joined_kinds(name: str) -> set[str]:
    """The record kinds a table's rows show columns of, besides its own (the projects, sites, locations joined)."""
    by_model = {kind.model: kind.name for kind in records.KINDS.values()}
    return {by_model[sa_inspect(target).mapper.class_] for target, _ in source_of(name).joins
            if sa_inspect(target).mapper.class_ in by_model}


def source_of(name: str) -> TableSource:
    try:
        return TABLES[name]
    except KeyError:
        raise DomainError(f"no table {name!r}; use one of: {', '.join(TABLES)}") from None


class contains_text(FunctionElement):
    """`column` contains `pattern` (a LIKE pattern) whatever the case: ILIKE on PostgreSQL, plain LIKE on SQLite.

    SQLite's LIKE already ignores case, for ASCII letters only, and so does its lower(): SQLAlchemy's
    `lower(x) LIKE lower(y)` gives the same answers at almost three times the cost on a million households.
    """

    type = Boolean()
    name = "contains_text"
    inherit_cache = True
    _is_implicitly_boolean = True  # a condition as it stands: never "... = 1" on SQLite


@compiles(contains_text)
def _contains_text(element, compiler, **kw):
    column, pattern = element.clauses
    return compiler.process(column.ilike(pattern), **kw)


@compiles(contains_text, "sqlite")
def _contains_text_sqlite(element, compiler, **kw):
    column, pattern = element.clauses
    return compiler.process(column.like(pattern), **kw)


def viewer(session: Session, name: str) -> permissions.Actor | None:
    """The session's user, if its role reads the records of this table (PermissionRefused otherwise); None for a
    table of no record kind."""
    source = source_of(name)
    if source.kind is None:
        return None
    return permissions.require(session, source.kind, "read")


def hidden_columns(name: str, who: permissions.Actor | None) -> set[str]:
    """The table's columns the user may not read: a kind's personal fields for a role without personal data."""
    source = source_of(name)
    if who is None or source.kind is None:
        return set()
    kind = records.KINDS[source.kind]
    if who.may(kind, "read", "personal"):
        return set()
    return {f.key for f in kind.fields if f.personal and f.key in source.columns}


def _conditions(source: TableSource, query: TableQuery, who: permissions.Actor | None = None) -> list[ColumnElement]:
    """The query's filters and search; with `who`, only the rows that user may see (its scopes, sensitive records if
    its role reads them), and no search in the columns it may not read."""
    where = []
    for key, value in query.filters.items():
        if value is None or value == "":
            continue
        if key not in source.filters:
            raise DomainError(f"the {source.name} table has no filter {key!r}")
        where.append(source.filters[key](value))
    text = (query.text or "").strip()
    hidden = hidden_columns(source.name, who)
    searched = [c for c in source.search if c.key not in hidden]  # nobody finds people by names they cannot read
    if text and searched:
        pattern = f"%{text}%"
        where.append(or_(*(contains_text(column, pattern) for column in searched)))
    if who is not None and source.kind is not None:
        where.append(permissions.visible_clause(source.kind, who))
    return where


def _filtered(source: TableSource, stmt: Select, query: TableQuery, who: permissions.Actor | None = None) -> Select:
    for target, onclause in source.joins:
        stmt = stmt.outerjoin(target, onclause)
    return stmt.where(*_conditions(source, query, who))


def _ordering(source: TableSource, name: str, order_by: str | None, descending: bool, c=None) -> list:
    """The ORDER BY of a table's rows: the sort column (an amount within its currency), then the id. With `c`, the
    same on a subquery's columns of those keys."""
    def col(key):
        return source.columns[key] if c is None else c[key]

    clauses = []
    if order_by is not None:
        if order_by not in source.columns:
            raise DomainError(f"the {source.name} table cannot be sorted by {order_by!r}")
        # Amounts in several currencies are sorted within their currency: 39,000 USD is not beside 39,000 IQD.
        declared = records.KINDS[name].columns if name in records.KINDS else ()
        currency = next((d.currency for d in declared if d.key == order_by and d.currency), None)
        if currency in source.columns:
            clauses.append(col(currency).asc())
        clauses.append(col(order_by).desc() if descending else col(order_by).asc())
    ident = source.id_column if c is None else c["id"]
    clauses.append(ident.desc() if descending else ident.asc())
    return clauses


def _sort_of(source: TableSource, query: TableQuery) -> tuple[str | None, bool]:
    if query.order_by is None and source.default_order:
        return source.default_order
    return query.order_by, query.descending


def table_statement(name: str, query: TableQuery, columns: Sequence[str] | None = None,
                    who: permissions.Actor | None = None) -> Select:
    """SELECT id, <columns...> with the query's filters, search and order; the id is the last sort key. With `who`,
    only the rows that user may see, and the personal columns empty for a role that reads no personal data."""
    source = source_of(name)
    keys = list(columns) if columns is not None else list(source.columns)
    hidden = hidden_columns(name, who)
    stmt = select(source.id_column.label("id"),
                  *((null().label(k) if k in hidden else source.columns[k].label(k)) for k in keys))
    stmt = _filtered(source, stmt.select_from(source.model), query, who)
    return stmt.order_by(*_ordering(source, name, *_sort_of(source, query)))


class _ReadInOrder(Join):
    """An inner join read with its left side as the outer loop: the referenced records in their order, then each
    one's rows through the index on the reference. SQLite's planner, without statistics (ANALYZE) on a database,
    may take the million rows as the outer loop and sort them all instead; on SQLite, CROSS JOIN fixes the order
    (https://sqlite.org/optoverview.html#manual_control_of_query_plans_using_cross_join). Elsewhere a plain JOIN."""

    __visit_name__ = "read_in_order_join"
    inherit_cache = True


@compiles(_ReadInOrder)
def _read_in_order(element, compiler, **kw):
    return compiler.visit_join(element, **kw)


@compiles(_ReadInOrder, "sqlite")
def _read_in_order_sqlite(element, compiler, **kw):
    kw["asfrom"] = True
    return (f"{element.left._compiler_dispatch(compiler, **kw)} CROSS JOIN "
            f"{element.right._compiler_dispatch(compiler, **kw)} ON {element.onclause._compiler_dispatch(compiler, **kw)}")


def _tables_of(expression) -> set[str]:
    expression = expression.__clause_element__() if hasattr(expression, "__clause_element__") else expression
    return {t.name for t in find_tables(expression, check_columns=True, include_aliases=True)}


def _sorted_join(source: TableSource, order_by: str | None):
    """The join a sort column comes through when it is a column of another record (a household's site): (target,
    onclause, the reference column). None for the table's own columns and computed ones."""
    if order_by is None:
        return None
    tables = _tables_of(source.columns[order_by])
    own = source.model.__table__
    for target, onclause in source.joins:
        reference = getattr(onclause, "right", None)
        if sa_inspect(target).selectable.name in tables and getattr(reference, "table", None) is own:
            return target, onclause, reference
    return None


def _only_needed_joins(source: TableSource, stmt: Select, where: list, also: set[str] = frozenset(),
                       skip=None) -> Select:
    """The outer joins a subquery needs: those its conditions (or `also`) look into; each is to the one record a
    row refers to, so leaving the others out changes no row."""
    used = set(also)
    for condition in where:
        used |= _tables_of(condition)
    grown = True
    while grown:  # a join through another one (an entitlement's site, through its household) needs that one too
        grown = False
        for target, onclause in source.joins:
            if sa_inspect(target).selectable.name in used:
                more = _tables_of(onclause) - used
                used |= more
                grown |= bool(more)
    for target, onclause in source.joins:
        if target is not skip and sa_inspect(target).selectable.name in used:
            stmt = stmt.outerjoin(target, onclause)
    return stmt.where(*where)


def page_statement(name: str, query: TableQuery, offset: int, limit: int, columns: Sequence[str] | None = None,
                   dialect: str = "sqlite", who: permissions.Actor | None = None):
    """One batch of a table's rows, exactly table_statement's rows offset..offset+limit, read faster.

    The ids of the batch are found first, in a subquery that carries only what the sort and the conditions need, and
    the batch's columns (and joined names) are read for those ids alone. Sorted by a column without an index, both
    databases must still sort every row, but a million households sorted with their sites joined and every shown
    column carried took 1.0 s on SQLite, their ids alone 0.2 s. Sorted by a column of a referenced record (the
    Households table by site), the ids are those without a reference (where the database orders NULL: first on
    SQLite, last on PostgreSQL) and those read through the referenced records' order and the index on the
    reference, each part at most offset + limit long: a millisecond instead of a sort of every row."""
    source = source_of(name)
    order_by, descending = _sort_of(source, query)
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    where = _conditions(source, query, who)
    outer = table_statement(name, TableQuery(order_by=order_by, descending=descending), columns, who)
    joined = _sorted_join(source, order_by)
    if joined is None:
        ids = select(source.id_column.label("id"))
        declared = records.KINDS[name].columns if name in records.KINDS else ()
        for key in {order_by, *(c.currency for c in declared if c.key == order_by and c.currency)} & set(source.columns):
            ids = ids.add_columns(source.columns[key].label(key))
        needed = set().union(*(_tables_of(source.columns[k]) for k in ids.selected_columns.keys() if k != "id"))
        ids = _only_needed_joins(source, ids.select_from(source.model), where, needed)
        ids = ids.order_by(*_ordering(source, name, order_by, descending)).offset(offset).limit(limit)
        return outer.where(source.id_column.in_(select(ids.subquery().c.id)))
    target, onclause, reference = joined
    sort_key = source.columns[order_by].label("sort_key")
    nulls = 0 if dialect == "sqlite" else 2
    without = select(literal(nulls).label("part"), sort_key, source.id_column.label("id")).select_from(source.model)
    without = _only_needed_joins(source, without.outerjoin(target, onclause), where, skip=target)
    without = without.where(reference.is_(None)).order_by(direction(source.id_column)).limit(offset + limit)
    with_ref = select(literal(1).label("part"), sort_key, source.id_column.label("id")).select_from(
        _ReadInOrder(target, source.model, onclause))
    with_ref = _only_needed_joins(source, with_ref, where, skip=target)
    with_ref = with_ref.order_by(direction(sort_key), direction(source.id_column)).limit(offset + limit)
    both = union_all(select(without.subquery()), select(with_ref.subquery())).subquery()
    ids = (select(both.c.id).order_by(direction(both.c.part), direction(both.c.sort_key), direction(both.c.id))
           .offset(offset).limit(limit))
    return outer.where(source.id_column.in_(ids))


def fetch_rows(session: Session, name: str, query: TableQuery, offset: int, limit: int,
               columns: Sequence[str] | None = None) -> list[tuple]:
    """One batch of rows as plain tuples: (id, column values in order)."""
    stmt = page_statement(name, query, offset, limit, columns, session.get_bind().dialect.name,
                          viewer(session, name))
    return [tuple(row) for row in session.execute(stmt)]


def count_statement(name: str, query: TableQuery, who: permissions.Actor | None = None) -> Select:
    """SELECT count(*) of the rows a table shows for the query.

    Every join of a table is an outer join to the one record a row refers to, so it never changes the number of
    rows: only the joins a filter or the search looks into are made. Without them, and with count(*) rather than
    count(id), SQLite counts a million households from its smallest index in a few milliseconds instead of 0.1 s.
    """
    source = source_of(name)
    # By name: the names of the tables and aliases of one FROM clause are unique.
    return _only_needed_joins(source, select(func.count()).select_from(source.model),
                              _conditions(source, query, who))


def count_rows(session: Session, name: str, query: TableQuery) -> int:
    return session.scalar(count_statement(name, query, viewer(session, name))) or 0


# --- pick-lists ---------------------------------------------------------------------------------



@dataclass(frozen=True)
class Choice:
    id: int
    key: str
    label: str


def reference_choices(session: Session, kind: str, limit: int = 5000, where: dict | None = None,
                      max_admin_level: int | None = None, include: int | None = None) -> list[Choice]:
    """What a reference combo offers: id, the natural key and 'key - name', in key order.

    `include` is the record's current reference: always offered, even past `limit`, so that a form never shows
    it blank and then saves it as empty.
    """
    spec = records.kind_of(kind)
    model = spec.model
    if spec.pick is None:
        raise DomainError(f"{spec.label} records are not picked from a list")
    key, name = (getattr(model, column) if column else None for column in spec.pick)
    try:
        who = permissions.actor(session)
    except permissions.PermissionRefused:
        who = None  # no user named (a tool's session): the services refuse what is picked anyway
    if who is not None and name is not None and not who.may(spec, "read", "personal") \
            and any(f.personal and f.key == spec.pick[1] for f in spec.fields):
        name = None  # a household is offered by its code to whom may not read names
    base = select(model.id, key, name if name is not None else key)
    stmt = base.order_by(key).limit(limit)
    if who is not None:  # only what the user may see: an officer of Kilwa is offered Kilwa's sites and households
        stmt = stmt.where(permissions.visible_clause(spec, who))
    for column, value in (where or {}).items():
        stmt = stmt.where(getattr(model, column) == value)
    if max_admin_level is not None and model is m.Location:
        stmt = stmt.where(m.Location.admin_level <= max_admin_level)
    rows = list(session.execute(stmt))
    if include is not None and all(ident != include for ident, _, _ in rows):
        rows += list(session.execute(base.where(model.id == include)))
    choices = []
    for ident, k, n in rows:
        label = k if name is None or not n or n == k else f"{k} - {n}"
        choices.append(Choice(ident, str(k), label))
    return choices


# --- a record as the form sees it ----------------------------------------------------------------

def record_values(session: Session, kind: str, ident: int) -> dict:
    """A record's column values (and its version), for a form; never the ORM object itself."""
    return records.as_dict(records.get(session, kind, ident))


def closed_line(session: Session, kind: str, ident: int) -> str | None:
    """Why a record is read-only because it, or the record it belongs to, is closed (the kinds' declared `closes`):
    the services' own refusal, for the form's line; None when it may be edited."""
    reason = rules.closed_refusal(session, kind, records.get(session, kind, ident), deleting=True, lock=False)
    return None if reason is None else reason[0]


def record_title(session: Session, kind: str, ident: int) -> str:
    """How a record is named in a window title: its code, P-code or name."""
    spec = records.kind_of(kind)
    obj = records.get(session, kind, ident)
    if spec.key:
        return str(getattr(obj, spec.key))
    if isinstance(obj, (m.Receipt, m.Entitlement)):  # a household on a distribution's list
        household = session.get(m.Household, obj.household_id)
        distribution = session.get(m.Distribution, obj.distribution_id)
        return f"{household.code} ({distribution.code})"
    for name in ("code", "name", "file_name"):
        if hasattr(obj, name):
            return str(getattr(obj, name))
    # No name of its own (a population count, a progress report): what its table shows first, its date mostly;
    # never "Population count population count 456".
    first = next((c.key for c in spec.columns if hasattr(obj, c.key) and getattr(obj, c.key) is not None), None)
    if first is not None:
        value = getattr(obj, first)
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    return f"No. {ident}"


def required_fields(kind: str) -> list[str]:
    """Fields a user must fill in (the database needs them and nothing provides a default)."""
    from sqlalchemy import inspect as sa_inspect

    spec = records.kind_of(kind)
    names = []
    for column in sa_inspect(spec.model).columns:
        if column.primary_key or column.nullable or column.default is not None or column.key == "version":
            continue
        if column.key in spec.workflow_fields or column.key == spec.parent:
            continue
        names.append(column.key)
    return names


# --- workflow steps a record offers now ------------------------------------------------------------

def next_steps(session: Session, kind: str, ident: int) -> list[str]:
    """The legal next steps of a grant, site, work or referral ('pay' for a grant's next tranche); [] for others."""
    from workbench.services import workflows

    obj = records.get(session, kind, ident)
    steps = workflows.NEXT_STEPS.get(kind)
    return steps(obj) if steps else []


@dataclass(frozen=True)
class GrantBalance:
    amount: object
    paid: object
    currency: str
    tranches: int
    approved_on: dt.date | None


def work_delay(session: Session, work_id: int) -> int | None:
    """Days a work is past its planned end as of today (figures.work_delay_days), None without a planned end."""
    from workbench.services import figures

    work = records.get(session, "work", work_id)
    return None if work.planned_end is None else figures.work_delay_days(work, dt.date.today())


def grant_balance(session: Session, grant_id: int) -> GrantBalance:
    from workbench.services import workflows

    grant = records.get(session, "grant", grant_id)
    return GrantBalance(grant.amount, workflows.grant_paid(grant), grant.currency, len(grant.tranches),
                        grant.approved_on)


def children_count(session: Session, name: str, filters: dict) -> int:
    return count_rows(session, name, TableQuery(filters=filters))


__all__ = ["TABLES", "TableQuery", "TableSource", "table_statement", "fetch_rows", "count_statement", "count_rows",
           "reference_choices", "record_values", "record_title", "required_fields", "next_steps",
           "grant_balance", "Choice"]
