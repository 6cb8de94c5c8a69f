"""Two people edited one record at once: what each of them changed, field by field, so the second to save can keep
either version of each field (or both, where they changed different fields) and nothing either typed is lost. No Qt.

The form keeps the record as it was opened (the base), the user's own values (mine) and, once the save is refused
as stale, reads the record as the other user saved it (theirs). A field only one of them changed keeps that change
unless the user decides otherwise; a field both changed to different values is the user's to choose."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.models.admin import AuditEntry
from workbench.services import records

MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class Difference:
    """One field where the user's version and the saved one differ, or that one of them changed."""

    key: str
    base: object     # as the user opened it
    mine: object     # as the user typed it
    theirs: object   # as the other user saved it

    @property
    def changed_by_me(self) -> bool:
        return not records.same_value(self.base, self.mine)

    @property
    def changed_by_them(self) -> bool:
        return not records.same_value(self.base, self.theirs)

    @property
    def clash(self) -> bool:
        """Both changed it, to different values: only the user can say which to keep."""
        return self.changed_by_me and self.changed_by_them and not records.same_value(self.mine, self.theirs)

    @property
    def proposed(self) -> str | None:
        """The version kept unless the user picks the other: the one change made, none for a clash."""
        if self.clash:
            return None
        return MINE if self.changed_by_me else THEIRS


def differences(base: dict, mine: dict, theirs: dict) -> list[Difference]:
    """The fields of `mine` (the form's fields, in its order) where the two versions differ: one of the users changed
    it, or both did, differently. A field both left alone, or set to the same value, needs no choice."""
    return [Difference(key, base.get(key), value, theirs.get(key)) for key, value in mine.items()
            if not records.same_value(value, theirs.get(key))]


def chosen_values(found: list[Difference], choices: dict[str, str]) -> dict:
    """The value kept of each compared field: the user's where they chose their own, the saved one where they chose
    it; a field left unchosen keeps its proposal, and a clash left unchosen is refused (the dialog's Save waits)."""
    values = {}
    for diff in found:
        choice = choices.get(diff.key) or diff.proposed
        if choice is None:
            raise ValueError(f"no version chosen for {diff.key}")
        values[diff.key] = diff.mine if choice == MINE else diff.theirs
    return values


@dataclass(frozen=True)
class Saver:
    user: str
    at: dt.datetime | None


def last_saver(session: Session, kind: str, ident: int) -> Saver | None:
    """Who saved the record last and when, from its audit entries (None when it has none)."""
    table = records.kind_of(kind).model.__tablename__
    entry = session.scalars(select(AuditEntry).where(AuditEntry.table_name == table, AuditEntry.record_id == ident)
                            .order_by(AuditEntry.id.desc()).limit(1)).first()
    return Saver(entry.user_name, entry.at) if entry is not None else None
