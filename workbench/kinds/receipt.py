"""A household's receipt of what it was entitled to on a distribution's list: received on, by whom (the head or a
named proxy), the proof (signature, thumbprint, photo), who recorded it; and the verification afterwards, whose
"not received" and "received with issues" open a complaint on the site (services/distributions.py)."""

from __future__ import annotations

import pandas as pd
from sqlalchemy import select

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Is, Rule, iso, required
from workbench.services.errors import DomainError

VERIFICATION = N("fields", "Verification")


def _ids(series) -> set[int]:
    return {int(i) for i in series if pd.notna(i) and not isinstance(i, str)}


class OnTheList(Rule):
    """A receipt is for a household on the distribution's list. Its entitlements are read under a row lock
    (FOR UPDATE on PostgreSQL; SQLite's write lock), so a second receipt for it being saved meanwhile waits for
    this one and then finds it (NotReceivedTwice)."""

    MESSAGE = "is not on the list of this distribution"

    def one(self, session, obj) -> None:
        if obj.distribution_id is None or obj.household_id is None:
            return
        stmt = (select(m.Entitlement.id).where(m.Entitlement.distribution_id == obj.distribution_id,
                                               m.Entitlement.household_id == obj.household_id)
                .order_by(m.Entitlement.id).with_for_update())
        with session.no_autoflush:
            if not session.scalars(stmt).all():
                raise DomainError(self.MESSAGE, "household_id")

    def lookup(self, session, rows, ctx) -> None:
        distributions = _ids(rows["distribution_id"])
        listed: set[tuple[int, int]] = set()
        if distributions:
            stmt = (select(m.Entitlement.distribution_id, m.Entitlement.household_id)
                    .where(m.Entitlement.distribution_id.in_(sorted(distributions))).distinct())
            with session.no_autoflush:
                listed = {tuple(row) for row in session.execute(stmt)}
        ctx.looked_up["on_the_list"] = listed

    def many(self, rows, ctx) -> None:
        listed = ctx.looked_up.get("on_the_list", set())
        pairs = pd.Series(list(zip(rows["distribution_id"], rows["household_id"])), index=rows.frame.index)
        given = rows["distribution_id"].notna() & rows["household_id"].notna()
        rows.fail(given & ~pairs.map(lambda p: p in listed), "household_id", self.MESSAGE)


class NotReceivedTwice(Rule):
    """One receipt per household on a distribution's list. A file's row for a household that already has one is
    a duplicate the import skips or updates (the kind's import key), so the column half has nothing to refuse."""

    def one(self, session, obj) -> None:
        stmt = select(m.Receipt.received_on).where(m.Receipt.distribution_id == obj.distribution_id,
                                                   m.Receipt.household_id == obj.household_id)
        if obj.id is not None:
            stmt = stmt.where(m.Receipt.id != obj.id)
        with session.no_autoflush:
            earlier = session.scalars(stmt.limit(1)).first()
        if earlier is not None:
            raise DomainError(f"already received this distribution's kits on {earlier.isoformat()}; "
                              "a second receipt is not recorded", "household_id")

    def many(self, rows, ctx) -> None:
        return None


def _distribution_date(started, planned):
    return started if started is not None and not pd.isna(started) else planned


class NotBeforeTheDistribution(Rule):
    """Kits are received on or after the distribution's date: the day it started, or the planned day before."""

    reads = (("distribution_id", ("planned_on", "started_on")),)

    def one(self, session, obj) -> None:
        from workbench.services import locks

        if obj.received_on is None or obj.distribution_id is None:
            return
        row = locks.lock_row(session, m.Distribution, obj.distribution_id, m.Distribution.planned_on,
                             m.Distribution.started_on, shared=True)
        if row is None:
            return
        date = _distribution_date(row.started_on, row.planned_on)
        if obj.received_on < date:
            raise DomainError(f"cannot be before the distribution's date ({date.isoformat()})", "received_on")

    def many(self, rows, ctx) -> None:
        planned = ctx.read.get(("distribution_id", "planned_on"), {})
        started = ctx.read.get(("distribution_id", "started_on"), {})
        dates = pd.to_datetime(rows["distribution_id"].map(
            lambda i: _distribution_date(started.get(i), planned.get(i)) if pd.notna(i) else None))
        received = pd.to_datetime(rows["received_on"])
        rows.fail(dates.notna() & received.notna() & (received < dates), "received_on",
                  lambda f: dates[f.index].map(lambda d: f"cannot be before the distribution's date ({iso(d)})"))


KIND = Kind(
    "receipt", m.Receipt, "receipt", N("records", "Receipt"), area="distributions", order=175, parent="distribution_id",
    tab_title=N("records", "Receipts"), search=("proxy_name", "recorded_by", "note"),
    table_order=("received_on", True), workflow_fields=("verification", "verified_on", "complaint_id"),
    rules=(required("proxy_name", when=Is("received_by", m.ReceivedBy.PROXY),
                    message="is required when a proxy received the kits"),
           OnTheList(), NotReceivedTwice(), NotBeforeTheDistribution()),
    imports="receipts", import_title=N("ImportWizard", "Receipts of a distribution list"),
    import_key=("distribution", "household"),
    fields=(
        F("distribution_id", N("fields", "Distribution"), header="Distribution code", on_form=False,
          hxl="#activity+code+x_distribution",
          words=("distribution", "distribution code", "code de la distribution", "code distribution")),
        F("household_id", N("fields", "Household"), identifies="indirect", header="Household ID", hxl="#x_household+id",
          words=("household", "household id", "household code", "hh id", "code menage", "id menage", "menage")),
        F("received_on", N("fields", "Received on"), identifies="indirect", anonymised="month", hxl="#date+x_received",
          words=("date", "date received", "received", "recu le", "date de reception", "date")),
        F("received_by", N("fields", "Received by"), choices=m.ReceivedBy, hxl="#beneficiary+type",
          words=("received by", "recipient", "recu par", "beneficiaire"),
          value_words={"head": "head of household", "hoh": "head of household", "chef": "head of household",
                       "chef de menage": "head of household", "mandataire": "proxy", "representant": "proxy",
                       "delegue": "proxy"}),
        F("proxy_name", N("fields", "Name of the proxy"), header="Proxy", hxl="#beneficiary+name+x_proxy",
          personal="name", words=("proxy", "proxy name", "nom du mandataire", "mandataire", "representant")),
        F("proof", N("fields", "Proof"), choices=m.Proof, hxl="#meta+x_proof",
          words=("proof", "signature or thumbprint", "preuve", "signature ou empreinte"),
          value_words={"signed": "signature", "signe": "signature", "empreinte": "thumbprint",
                       "empreinte digitale": "thumbprint", "thumb": "thumbprint", "fingerprint": "thumbprint",
                       "photograph": "photo", "picture": "photo"}),
        F("recorded_by", N("fields", "Recorded by"), hxl="#contact+name+x_staff", personal="name",
          words=("recorded by", "enumerator", "staff", "enregistre par", "agent", "enqueteur")),
        F("note", N("fields", "Note"), identifies="indirect", hxl="#meta+x_note", words=("note", "remark", "remarque", "commentaire")),
        F("verification", N("fields", "Verification"), choices=m.Verification, section=VERIFICATION, on_form=False, hxl="#status+x_verification"),
        F("verified_on", N("fields", "Verified on"), identifies="indirect", anonymised="month", section=VERIFICATION, on_form=False, hxl="#date+x_verified"),
        F("complaint_id", N("fields", "Complaint"), section=VERIFICATION, on_form=False, hxl="#meta+x_complaint"),
    ),
    columns=(
        C("household", N("columns", "Household"), width=110), C("head_name", N("columns", "Head of household"),
                                                                 width=200),
        C("received_on", N("columns", "Received"), "date"), C("received_by", N("columns", "Received by"), "word"),
        C("proof", N("columns", "Proof"), "word", width=100),
        C("verification", N("columns", "Verification"), "status", width=150),
        C("verified_on", N("columns", "Verified"), "date", hidden=True),
        C("recorded_by", N("columns", "Recorded by"), width=130, hidden=True),
    ),
    value_texts={
        'head of household': ('chef de ménage', 'رب الأسرة'),
        'proxy': ('mandataire', 'وكيل'),
        'signature': ('signature', 'توقيع'),
        'thumbprint': ('empreinte digitale', 'بصمة الإبهام'),
        'photo': ('photo', 'صورة'),
        'received': ('reçu', 'مستلم'),
        'not received': ('non reçu', 'غير مستلم'),
        'received with issues': ('reçu avec problèmes', 'مستلم مع مشاكل'),
    },
)

