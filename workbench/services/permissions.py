"""Who may do what: the roles, the one permission table derived from the kinds' declarations, and users' scopes.

A role's permission is stated per area (each kind declares its `area`: sites, households, crc...), per action
(read, create, edit, delete, step, export, print_names) and per field class (ordinary; personal: the fields a
declaration marks `personal`; sensitive: the fields marked `sensitive` and the records a kind's `sensitive`
condition marks). `matrix()` enumerates every role x kind x action x field class that applies, so the services,
the window, the command line (`workbench roles`) and the PostgreSQL grants all read the same table.

A user has a role and scopes: none is the whole office; `project:CODE` and `site:NAME` (several allowed) limit the
records the user reads and writes to those whose parent chain reaches that project or site. Kinds that belong to no
site or project (donors, locations, kit types, service providers) are the whole office's and their role decides.
No Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import inspect as sa_inspect, not_, or_, select, true
from sqlalchemy.orm import Session, defer
from sqlalchemy.sql import ColumnElement

from workbench import models as m
from workbench.kinds.base import Kind
from workbench.kinds.rules import In, Is
from workbench.services.errors import DomainError

ROLES: tuple[str, ...] = ("viewer", "officer", "site_manager", "me_officer", "protection", "admin")
ROLE_TITLES = {"viewer": "viewer", "officer": "officer", "site_manager": "site manager",
               "me_officer": "M&E officer", "protection": "protection focal point", "admin": "administrator"}
ROLE_DESCRIPTIONS = {
    "viewer": "reads the records of its scope without personal data; exports without personal data",
    "officer": "adds and changes records of its scope, with personal data; prints lists with names",
    "site_manager": "an officer who also deletes sites', households' and distributions' records and keeps the places",
    "me_officer": "keeps projects, logframes, indicators and their values; reads the rest without personal data",
    "protection": "the protection focal point: sensitive referrals (protection, GBV, child protection, MHPSS)",
    "admin": "the data protection officer / administrator: users and roles, exports with personal data, erasure",
}
ACTIONS: tuple[str, ...] = ("read", "create", "edit", "delete", "step", "export", "print_names")
FIELD_CLASSES: tuple[str, ...] = ("ordinary", "personal", "sensitive")
AREAS: tuple[str, ...] = ("programme", "places", "sites", "households", "cash", "livelihoods", "works",
                          "distributions", "crc", "protection", "documents", "admin")
# What an existing database's free-text role becomes (revision 0012); anything else becomes a viewer.
OLD_ROLES = {"programme officer": "officer", "officer": "officer", "site manager": "site_manager",
             "m&e officer": "me_officer", "me officer": "me_officer", "protection focal point": "protection",
             "protection officer": "protection", "administrator": "admin", "admin": "admin",
             "data protection officer": "admin"}

_READ = frozenset({"read", "export"})
_WRITE = frozenset({"read", "create", "edit", "step", "export"})
_NAMES = frozenset({"read", "create", "edit", "print_names"})
_DOCUMENTS = frozenset({"read", "create", "edit", "export"})
_ALL = frozenset(ACTIONS)
_FIELD_WORK = ("sites", "households", "cash", "livelihoods", "works", "distributions", "crc", "protection")


def _grants() -> dict[str, dict[str, dict[str, frozenset]]]:
    """role -> area -> field class -> the actions allowed. Stated once here; everything else is derived."""
    grants: dict[str, dict[str, dict[str, frozenset]]] = {role: {} for role in ROLES}
    for area in AREAS:
        if area == "admin":
            continue
        grants["viewer"][area] = {"ordinary": _READ}
        grants["me_officer"][area] = {"ordinary": _READ}
        grants["protection"][area] = {"ordinary": _READ}
        grants["officer"][area] = {"ordinary": _READ}
    grants["me_officer"]["programme"] = {"ordinary": _WRITE | {"delete"}}
    for role in ("officer", "me_officer", "protection"):
        grants[role]["documents"] = {"ordinary": _DOCUMENTS}
    for area in _FIELD_WORK:
        grants["officer"][area] = {"ordinary": _WRITE, "personal": _NAMES}
    grants["protection"]["households"] = {"ordinary": _READ, "personal": frozenset({"read"})}
    for area in ("crc", "protection"):
        grants["protection"][area] = {"ordinary": _WRITE, "personal": _NAMES, "sensitive": _WRITE}
    grants["site_manager"] = {area: dict(classes) for area, classes in grants["officer"].items()}
    for area in ("sites", "households", "cash", "distributions"):
        grants["site_manager"][area] = {"ordinary": _WRITE | {"delete"}, "personal": _NAMES}
    grants["site_manager"]["places"] = {"ordinary": _WRITE | {"delete"}}
    grants["admin"] = {area: {fc: _ALL for fc in FIELD_CLASSES} for area in AREAS}
    return grants


GRANTS = _grants()


class PermissionRefused(DomainError):
    """The user's role or scope does not allow what was asked; the message says why in one line."""


# --- what applies to a kind -----------------------------------------------------------------------------

def _kinds() -> dict[str, Kind]:
    from workbench.kinds import KINDS

    return KINDS


def kind_named(kind: Kind | str) -> Kind:
    return kind if isinstance(kind, Kind) else _kinds()[kind]


def has_steps(kind: Kind) -> bool:
    return bool(kind.workflow_fields)


def field_classes(kind: Kind) -> tuple[str, ...]:
    """The field classes a kind has: always ordinary; personal and sensitive when its declaration has them."""
    found = ["ordinary"]
    if any(f.personal for f in kind.fields):
        found.append("personal")
    if kind.sensitive is not None or any(f.sensitive for f in kind.fields):
        found.append("sensitive")
    return tuple(found)


def columns(kind: Kind | str, field_class: str) -> tuple[str, ...]:
    """The columns of a kind's table in a field class (for column privileges): personal and sensitive as declared,
    ordinary every other column."""
    kind = kind_named(kind)
    personal = {f.key for f in kind.fields if f.personal}
    sensitive = {f.key for f in kind.fields if f.sensitive}
    every = [c.key for c in sa_inspect(kind.model).columns]
    if field_class == "personal":
        return tuple(c for c in every if c in personal)
    if field_class == "sensitive":
        return tuple(c for c in every if c in sensitive)
    return tuple(c for c in every if c not in personal and c not in sensitive)


def applies(kind: Kind, action: str, field_class: str) -> str | None:
    """None when the action and field class mean something for this kind; else why not."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if field_class not in FIELD_CLASSES:
        raise ValueError(f"unknown field class {field_class!r}")
    if field_class not in field_classes(kind):
        return f"{plural(kind)} hold no {field_class} data"
    if action == "step" and not has_steps(kind):
        return f"{plural(kind)} have no workflow steps"
    if action == "print_names" and field_class != "personal":
        return "printing names is about personal data"
    return None


def plural(kind: Kind) -> str:
    label = kind.label
    return label if label.endswith("infrastructure") else f"{label}s"


# --- the table ------------------------------------------------------------------------------------------

def allowed(role: str, kind: Kind | str, action: str, field_class: str = "ordinary") -> bool:
    """Whether a role may take this action on this kind's records (or on their fields of this class).
    print_names is always about personal data."""
    kind = kind_named(kind)
    if action == "print_names":
        field_class = "personal"
    if role not in GRANTS or applies(kind, action, field_class) is not None:
        return False
    classes = GRANTS[role].get(kind.area or "", {})
    # A personal or sensitive action needs the ordinary one too: nobody exports names of records they cannot export.
    needed = ("ordinary", field_class) if action != "print_names" else ("personal",)
    return all(action in classes.get(fc, ()) for fc in needed)


def role_title(role: str) -> str:
    title = ROLE_TITLES.get(role, role)
    return f"{'an' if title[0] in 'aeiouAEIOUM' else 'a'} {title}"


_VERBS = {"read": "read", "create": "add", "edit": "change", "delete": "delete", "step": "take workflow steps on",
          "export": "export", "print_names": "print the names of"}


def why_not(role: str, kind: Kind | str, action: str, field_class: str = "ordinary") -> str | None:
    """None when allowed; else one line: "a viewer may not delete households"."""
    kind = kind_named(kind)
    if action == "print_names":
        field_class = "personal"
    if allowed(role, kind, action, field_class):
        return None
    if role not in GRANTS:
        return f"{role!r} is not a role; the roles are: {', '.join(ROLES)}"
    reason = applies(kind, action, field_class)
    if reason:
        return reason
    who, what = role_title(role), plural(kind)
    if field_class == "ordinary" or not allowed(role, kind, action):
        return f"{who} may not {_VERBS[action]} {what}"
    if action == "print_names":
        return f"{who} may not print the names of {what}"
    if action == "export":
        return f"{who} may not export {what} with their {field_class} data"
    if field_class == "sensitive":
        return f"{who} may not {_VERBS[action]} sensitive {what}"
    return f"{who} may not {_VERBS[action]} the personal data of {what}"


@dataclass(frozen=True)
class Permission:
    role: str
    kind: str
    table: str
    area: str
    action: str
    field_class: str
    allowed: bool


def matrix() -> Iterator[Permission]:
    """Every role x kind x action x field class that applies, allowed or not, in a stable order."""
    for role in ROLES:
        for kind in _kinds().values():
            for field_class in field_classes(kind):
                for action in ACTIONS:
                    if applies(kind, action, field_class) is None:
                        yield Permission(role, kind.name, kind.table_name, kind.area or "", action, field_class,
                                         allowed(role, kind, action, field_class))


# --- the session's user ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    """The user a session acts for, read once per session: name, role and scopes (ids and their words)."""

    id: int
    name: str
    role: str
    site_ids: frozenset[int] = frozenset()
    project_ids: frozenset[int] = frozenset()
    scopes: tuple[str, ...] = ()  # project:CODE, site:NAME; empty: the whole office

    @property
    def whole_office(self) -> bool:
        return not self.site_ids and not self.project_ids

    def may(self, kind: Kind | str, action: str, field_class: str = "ordinary") -> bool:
        return allowed(self.role, kind, action, field_class)

    def why_not(self, kind: Kind | str, action: str, field_class: str = "ordinary") -> str | None:
        return why_not(self.role, kind, action, field_class)


def user_refusal(session: Session, name: str | None) -> str | None:
    """Why a name cannot act on this database (empty, unknown, deactivated), or None."""
    if name is None or not str(name).strip():
        return "no user given: name a user of this database (workbench user list)"
    user = session.scalars(select(m.User).where(m.User.username == str(name))).first()
    if user is None:
        return f"{name!r} is not a user of this database; an administrator adds users (workbench user add)"
    if not user.active:
        return f"user {name!r} is deactivated"
    return None


def actor(session: Session) -> Actor:
    """The session's user (session.info["user"]) as an Actor, resolved once per session; PermissionRefused when
    that name is no active user of the database."""
    name = session.info.get("user")
    cached = session.info.get("_actor")
    if cached is not None and cached.name == name:
        return cached
    refusal = user_refusal(session, name)
    if refusal:
        raise PermissionRefused(refusal)
    user = session.scalars(select(m.User).where(m.User.username == str(name))).one()
    found = actor_of(session, user)
    session.info["_actor"] = found
    return found


def actor_of(session: Session, user: m.User) -> Actor:
    rows = session.execute(
        select(m.UserScope.project_id, m.UserScope.site_id, m.Project.code, m.Site.name)
        .outerjoin(m.Project, m.Project.id == m.UserScope.project_id)
        .outerjoin(m.Site, m.Site.id == m.UserScope.site_id)
        .where(m.UserScope.user_id == user.id).order_by(m.UserScope.id)).all()
    words = tuple(f"project:{code}" if pid is not None else f"site:{name}" for pid, _sid, code, name in rows)
    return Actor(user.id, user.username, user.role, frozenset(r.site_id for r in rows if r.site_id is not None),
                 frozenset(r.project_id for r in rows if r.project_id is not None), words)


def forget_actor(session: Session) -> None:
    """After a user's role or scopes change in this session."""
    session.info.pop("_actor", None)


def require(session: Session, kind: Kind | str, action: str, field_class: str = "ordinary") -> Actor:
    """The session's user, if its role allows the action; else PermissionRefused with why_not's line."""
    who = actor(session)
    reason = who.why_not(kind, action, field_class)
    if reason:
        raise PermissionRefused(reason)
    return who


def may(session: Session, kind: Kind | str, action: str, field_class: str = "ordinary") -> bool:
    try:
        return actor(session).may(kind, action, field_class)
    except PermissionRefused:
        return False


# --- scopes ---------------------------------------------------------------------------------------------

def parse_scope(session: Session, text: str) -> tuple[int | None, int | None]:
    """(project_id, site_id) of a scope typed as project:CODE or site:NAME; DomainError naming what is wrong."""
    what, _, key = str(text).partition(":")
    what, key = what.strip().lower(), key.strip()
    if what not in ("project", "site") or not key:
        raise DomainError(f"a scope is project:CODE or site:NAME, not {text!r}", "scope")
    model, column = (m.Project, m.Project.code) if what == "project" else (m.Site, m.Site.name)
    ident = session.scalar(select(model.id).where(column == key))
    if ident is None:
        raise DomainError(f"unknown {what} {key!r}", "scope")
    return (ident, None) if what == "project" else (None, ident)


def _scope_path(kind: Kind) -> tuple[tuple[str, ...], tuple[str, Kind] | None]:
    """How a kind's records reach their site and project: its own site_id / project_id columns, or else the column
    leading to the record above it (its declared parent, or the first reference to a kind that has a place)."""
    from workbench.kinds.catalogue import referenced_kind

    if kind.name in ("site", "project"):
        return (("id",), None)
    cols = sa_inspect(kind.model).columns
    direct = tuple(c for c in ("site_id", "project_id") if c in cols)
    if direct:
        return direct, None
    candidates = ([kind.parent] if kind.parent else []) + [c.key for c in cols if c.foreign_keys]
    for key in candidates:
        target = referenced_kind(kind, key)
        if target is not None and target is not kind and scoped(target):
            return (), (key, target)
    return (), None


def scoped(kind: Kind | str) -> bool:
    """Whether a kind's records belong to a site or project (and so to scopes); others are the whole office's."""
    kind = kind_named(kind)
    direct, up = _scope_path(kind)
    return bool(direct or up)


def _site_clause(who: Actor) -> ColumnElement:
    return or_(m.Site.id.in_(who.site_ids), m.Site.project_id.in_(who.project_ids))


def scope_clause(kind: Kind | str, who: Actor) -> ColumnElement | None:
    """The WHERE condition keeping a kind's records to a user's scopes; None when nothing is to be kept out."""
    kind = kind_named(kind)
    if who.whole_office or not scoped(kind):
        return None
    model = kind.model
    if kind.name == "site":
        return _site_clause(who)
    if kind.name == "project":
        return or_(m.Project.id.in_(who.project_ids),
                   m.Project.id.in_(select(m.Site.project_id).where(m.Site.id.in_(who.site_ids))))
    direct, up = _scope_path(kind)
    if direct:
        parts = []
        if "site_id" in direct:
            parts.append(model.site_id.in_(select(m.Site.id).where(_site_clause(who))))
        if "project_id" in direct:
            parts.append(model.project_id.in_(who.project_ids))
        return or_(*parts)
    key, target = up
    return getattr(model, key).in_(select(target.model.id).where(scope_clause(target, who)))


def sensitive_clause(kind: Kind | str) -> ColumnElement | None:
    """The WHERE condition of a kind's sensitive records (its declared condition), or None."""
    kind = kind_named(kind)
    condition = kind.sensitive
    if condition is None:
        return None
    column = getattr(kind.model, condition.key)
    if isinstance(condition, In):
        return column.in_([getattr(v, "value", v) for v in condition.values])
    if isinstance(condition, Is):
        return column == getattr(condition.value, "value", condition.value)
    raise TypeError(f"no SQL for the sensitive condition of {kind.name}: {condition!r}")


def visible_clause(kind: Kind | str, who: Actor) -> ColumnElement:
    """What of a kind a user may see in a list: the records of its scopes, without the sensitive ones unless its
    role reads sensitive records."""
    kind = kind_named(kind)
    parts = [c for c in (scope_clause(kind, who),) if c is not None]
    sensitive = sensitive_clause(kind)
    if sensitive is not None and not who.may(kind, "read", "sensitive"):
        parts.append(not_(sensitive))
    return parts[0] if len(parts) == 1 else (true() if not parts else parts[0] & parts[1])


def _places(session: Session, kind: Kind, obj) -> tuple[set[int], set[int]] | None:
    """(site ids, project ids) a record belongs to, following its parent chain; None for the whole office's."""
    if kind.name == "attachment":
        owner = next((k for k in _kinds().values() if k.table_name == obj.owner_table), None)
        parent = session.get(owner.model, obj.owner_id) if owner is not None else None
        return _places(session, owner, parent) if parent is not None else (set(), set())
    if not scoped(kind):
        return None
    if kind.name == "site":
        return {obj.id} if obj.id is not None else set(), {obj.project_id} - {None}
    if kind.name == "project":
        return set(), {obj.id} - {None}
    direct, up = _scope_path(kind)
    sites: set[int] = set()
    projects: set[int] = set()
    if direct:
        site_id = getattr(obj, "site_id", None) if "site_id" in direct else None
        if site_id is not None:
            sites.add(site_id)
            site = session.get(m.Site, site_id)
            if site is not None and site.project_id is not None:
                projects.add(site.project_id)
        if "project_id" in direct and getattr(obj, "project_id", None) is not None:
            projects.add(obj.project_id)
        return sites, projects
    key, target = up
    parent = session.get(target.model, getattr(obj, key)) if getattr(obj, key, None) is not None else None
    return _places(session, target, parent) if parent is not None else (sites, projects)


def in_scope(session: Session, who: Actor | m.User, obj, kind: Kind | str | None = None) -> bool:
    """Whether a record (saved or about to be) lies in a user's scopes, following its parent chain to its site and
    project; the whole office's records (donors, locations) are in every scope."""
    if isinstance(who, m.User):
        who = actor_of(session, who)
    if who.whole_office:
        return True
    kind = kind_named(kind) if kind is not None else next(k for k in _kinds().values() if isinstance(obj, k.model))
    places = _places(session, kind, obj)
    if places is None:
        return True
    sites, projects = places
    if sites & who.site_ids or projects & who.project_ids:
        return True
    # A project-scoped user reaches the sites of its projects; a site-scoped one the projects of its sites (read).
    return False


def scope_refusal(session: Session, who: Actor, kind: Kind, obj) -> str | None:
    if in_scope(session, who, obj, kind):
        return None
    name = getattr(obj, kind.key, None) if kind.key else None
    record = f"{kind.label} {name}" if name else f"this {kind.label}"
    return f"{record} is outside your scope ({', '.join(who.scopes)})"


def require_in_scope(session: Session, who: Actor, kind: Kind, obj) -> None:
    reason = scope_refusal(session, who, kind, obj)
    if reason:
        raise PermissionRefused(reason)


def sensitive_record(kind: Kind, obj) -> bool:
    return kind.sensitive is not None and bool(kind.sensitive.one(obj))


def require_record(session: Session, kind: Kind | str, action: str, obj) -> Actor:
    """The role allows the action, the record lies in the user's scopes, and a sensitive record needs the role's
    sensitive permission; else PermissionRefused."""
    kind = kind_named(kind)
    who = require(session, kind, action)
    require_in_scope(session, who, kind, obj)
    if sensitive_record(kind, obj) and action != "export":
        reason = who.why_not(kind, action, "sensitive")
        if reason:
            raise PermissionRefused(reason)
    return who


def refusal(session: Session, kind: Kind | str, action: str, obj=None, field_class: str = "ordinary") -> str | None:
    """Why the session's user may not (for the window: a disabled action's tooltip), or None."""
    try:
        if obj is None:
            require(session, kind, action, field_class)
        else:
            require_record(session, kind, action, obj)
    except PermissionRefused as exc:
        return exc.message
    return None


def table_text() -> str:
    """The permission table as text, one line per role and kind (for `workbench roles` and the README)."""
    short = {"read": "R", "create": "C", "edit": "E", "delete": "D", "step": "S", "export": "X", "print_names": "N"}
    lines = []
    for role in ROLES:
        lines.append(f"{role} ({ROLE_TITLES[role]}): {ROLE_DESCRIPTIONS[role]}")
        for kind in _kinds().values():
            cells = []
            for field_class in field_classes(kind):
                letters = "".join(short[a] for a in ACTIONS if applies(kind, a, field_class) is None
                                  and allowed(role, kind, a, field_class))
                cells.append(f"{field_class} {letters or '-'}")
            lines.append(f"  {kind.name:<20} {kind.area:<14} " + "; ".join(cells))
    return "\n".join(lines)


__all__ = ["ACTIONS", "AREAS", "FIELD_CLASSES", "ROLES", "Actor", "PermissionRefused", "actor", "allowed",
           "columns", "in_scope", "matrix", "require", "scope_clause", "why_not"]


# --- what the ORM loads ---------------------------------------------------------------------------------

def _kinds_by_model() -> dict[type, Kind]:
    return {k.model: k for k in _kinds().values() if k.name != "user"}  # who is who is everyone's to read


def _leave_out_unreadable_columns(state) -> None:
    """On PostgreSQL a role has no SELECT on the personal columns it may not read: the ORM's loads of those records
    leave them out (deferred), so a viewer's list of households is no "permission denied". `readable_dict` shows
    them empty, as on SQLite."""
    session = state.session
    if not state.is_select or session.info.get("_resolving") or session.get_bind().dialect.name != "postgresql":
        return
    session.info["_resolving"] = True
    try:
        who = actor(session)
    except PermissionRefused:
        return
    finally:
        session.info.pop("_resolving", None)
    kinds = _kinds_by_model()
    hidden = []
    statement = state.statement
    loaded = [d["entity"] for d in getattr(statement, "column_descriptions", ())
              if d.get("entity") is not None and d.get("expr") is d.get("entity")]  # whole records, not columns
    for model in loaded:
        kind = kinds.get(model)
        if kind is not None and not who.may(kind, "read", "personal"):
            hidden += [defer(getattr(model, f.key)) for f in kind.fields if f.personal]
    if hidden:
        state.statement = state.statement.options(*hidden)


def install_column_guard(factory) -> None:
    from sqlalchemy import event

    event.listen(factory, "do_orm_execute", _leave_out_unreadable_columns)
