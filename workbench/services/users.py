"""The people who use a database: added, changed and deactivated by an administrator, with their role and scopes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.services import permissions, records
from workbench.services.errors import DomainError, NotFoundError


@dataclass(frozen=True)
class UserRow:
    """A user as a list shows it (never the ORM object)."""

    id: int
    username: str
    full_name: str
    role: str
    active: bool
    scopes: tuple[str, ...]
    version: int

    @property
    def scope_text(self) -> str:
        return ", ".join(self.scopes) or "whole office"


def _role(role: str) -> str:
    if role not in permissions.ROLES:
        raise DomainError(f"{role!r} is not a role; the roles are: {', '.join(permissions.ROLES)}", "role")
    return role


def _user(session: Session, username: str) -> m.User:
    user = session.scalars(select(m.User).where(m.User.username == username)).first()
    if user is None:
        raise NotFoundError(f"unknown user {username!r}", "username")
    return user


def _set_scopes(session: Session, user: m.User, scopes: Sequence[str]) -> None:
    places = [permissions.parse_scope(session, text) for text in scopes]
    user.scopes.clear()
    session.flush()
    for project_id, site_id in dict.fromkeys(places):
        user.scopes.append(m.UserScope(project_id=project_id, site_id=site_id))


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(m.User).where(
        m.User.role == "admin", m.User.active.is_(True))) or 0


def _keep_an_admin(session: Session, user: m.User, role: str | None, active: bool | None) -> None:
    loses = user.role == "admin" and user.active and (role not in (None, "admin") or active is False)
    if loses and _active_admins(session) <= 1:
        raise DomainError(f"{user.username} is the last active administrator; make another user an administrator "
                          "first", "role" if role not in (None, "admin") else "active")


def _server_login(session: Session, user: m.User, password: str | None = None) -> None:
    """On the office's PostgreSQL server, the person's own login role follows the user (workbench.server)."""
    if session.get_bind().dialect.name == "postgresql":
        from workbench import server

        server.set_login(session.connection(), user.username, user.role if user.active else None, password)


def add_user(session: Session, username: str, role: str, scopes: Sequence[str] = (), full_name: str = "",
             password: str | None = None) -> UserRow:
    """A new user (administrators only): its login name, role and scopes (none: the whole office). On PostgreSQL
    also the person's login role on the server, with `password`, in its role's group."""
    permissions.require(session, "user", "create")
    username = (username or "").strip()
    if not username:
        raise DomainError("give the user's login name", "username")
    user = records.create(session, "user", {"username": username, "full_name": full_name.strip() or username,
                                            "role": _role(role), "active": True})
    _set_scopes(session, user, scopes)
    session.flush()
    _server_login(session, user, password)
    return row(session, user)


def set_user(session: Session, username: str, role: str | None = None, scopes: Sequence[str] | None = None,
             full_name: str | None = None, active: bool | None = None, password: str | None = None) -> UserRow:
    """Change a user's role, scopes, name or whether it is active (administrators only). The last active
    administrator keeps its role."""
    permissions.require(session, "user", "edit")
    user = _user(session, username)
    if role is not None:
        _role(role)
    _keep_an_admin(session, user, role, active)
    values = {k: v for k, v in (("role", role), ("full_name", full_name), ("active", active)) if v is not None}
    if values:
        records.update(session, "user", user.id, values)
    if scopes is not None:
        _set_scopes(session, user, scopes)
        user.version += 1  # a change of scopes is a change of the user: another admin's stale copy is refused
    session.flush()
    if role is not None or active is not None or password or scopes is not None:
        _server_login(session, user, password)
    permissions.forget_actor(session)
    return row(session, user)


def deactivate_user(session: Session, username: str) -> UserRow:
    return set_user(session, username, active=False)


def row(session: Session, user: m.User) -> UserRow:
    scopes = permissions.actor_of(session, user).scopes
    return UserRow(user.id, user.username, user.full_name, user.role, user.active, scopes, user.version)


def list_users(session: Session) -> list[UserRow]:
    """Every user, active ones first, by login name (administrators only)."""
    permissions.require(session, "user", "read")
    users = session.scalars(select(m.User).order_by(m.User.active.desc(), m.User.username))
    return [row(session, u) for u in users]
