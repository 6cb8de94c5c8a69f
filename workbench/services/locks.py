"""Row locks for the rules that span records: a grant and its tranches, a site and the households in it.

A rule that reads one record to judge a change to another (what remains of a grant, whether a site is closed)
reads that record under a lock, so another user's change to it waits for this transaction or is seen by it.
On PostgreSQL (read committed) these are SELECT ... FOR UPDATE / FOR SHARE on the record the rule is about:
a change to the parent (lowering a grant, closing a site) takes it FOR UPDATE, a change under it (paying a
tranche takes FOR UPDATE too, registering a household FOR SHARE, so several registrations go on side by side).
SQLite has no row locks and renders no FOR UPDATE: there a writing session already holds the whole database's
write lock from its BEGIN IMMEDIATE (db.WRITE), so nothing changes under a rule while it is judged.
"""

from __future__ import annotations

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.orm import Session


def lock_for_update(session: Session, obj) -> None:
    """Lock the record's row FOR UPDATE and read it again (its columns now; its relations when next used):
    what this session read of it before may be another user's older state. Pending changes to `obj` are lost,
    so a service calls this before changing it."""
    session.refresh(obj, with_for_update=True)


def lock_row(session: Session, model, ident, *columns, shared: bool = False):
    """Lock one row by its id (FOR UPDATE, or FOR SHARE with shared) and return the named columns as they are
    committed now, or None when there is no such row; nothing of the session is flushed or changed."""
    stmt = select(*(columns or (model.id,))).where(model.id == ident).with_for_update(read=shared)
    with session.no_autoflush:
        return session.execute(stmt).one_or_none()


def read_again(obj, *relations: str) -> None:
    """Forget the loaded, unchanged collections of `obj` so their next use reads them (after a lock) from the
    database; one with changes of this session not yet written is kept."""
    state = sa_inspect(obj)
    session = state.session
    for name in relations:
        if name not in state.unloaded and not state.attrs[name].history.has_changes():
            session.expire(obj, [name])
