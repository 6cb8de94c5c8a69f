"""The dated, audited steps of grants, sites, infrastructure works and referrals: only legal transitions are allowed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from workbench import models as m
from workbench.services import locks, permissions, records
from workbench.services.errors import DomainError

G = m.GrantStatus
GRANT_STEPS: dict[str, tuple[str, ...]] = {
    G.APPLICATION: (G.VETTING, G.REJECTED, G.CANCELLED),
    G.VETTING: (G.APPROVED, G.REJECTED, G.CANCELLED),
    G.APPROVED: (G.DISBURSED, G.CANCELLED),  # disbursed by paying the first tranche
    G.DISBURSED: (G.MONITORED,),             # once the whole grant is paid
    G.MONITORED: (G.CLOSED,),
    G.CLOSED: (), G.REJECTED: (), G.CANCELLED: (),
}

S = m.SiteStatus
SITE_STEPS: dict[str, tuple[str, ...]] = {
    S.OPEN: (S.CLOSING,),
    S.CLOSING: (S.CLOSED, S.OPEN),  # a planned closure can be called off
    S.CLOSED: (),
}

W = m.WorkStatus
WORK_STEPS: dict[str, tuple[str, ...]] = {
    W.PLANNED: (W.ONGOING, W.SUSPENDED),
    W.ONGOING: (W.COMPLETED, W.SUSPENDED),
    W.SUSPENDED: (W.ONGOING,),
    W.COMPLETED: (W.HANDED_OVER,),
    W.HANDED_OVER: (),
}

R = m.ReferralStatus
REFERRAL_STEPS: dict[str, tuple[str, ...]] = {
    R.DRAFT: (R.SENT, R.WITHDRAWN),
    R.SENT: (R.ACCEPTED, R.DECLINED, R.WITHDRAWN),
    R.ACCEPTED: (R.DELIVERED, R.WITHDRAWN),
    R.DECLINED: (R.CLOSED,),    # the person may be referred again, in a new referral
    R.DELIVERED: (R.CLOSED,),
    R.CLOSED: (), R.WITHDRAWN: (),
}


DS = m.DistributionStatus
DISTRIBUTION_STEPS: dict[str, tuple[str, ...]] = {
    DS.PLANNED: (DS.IN_PROGRESS, DS.CANCELLED),
    DS.IN_PROGRESS: (DS.COMPLETED, DS.CANCELLED),
    DS.COMPLETED: (), DS.CANCELLED: (),
}


def _user(session: Session) -> str:
    return session.info.get("user", "system")



def _record_step(session: Session, kind: str, obj, history: list, change_model, to_status: str, on: dt.date,
                 note: str):
    """A step taken: its dated row in the record's history (from the status it had), the new status, flushed."""
    history.append(change_model(from_status=obj.status, to_status=to_status, changed_on=on, note=note,
                                user_name=_user(session)))
    obj.status = to_status
    records._flush(session, records.KINDS[kind])
    return obj

def _illegal(label: str, current: str, wanted: str, steps: dict) -> DomainError:
    # A grant becomes disbursed by paying its first tranche, so that is the step to name.
    allowed = ["pay a tranche" if step == G.DISBURSED else step for step in steps.get(current, ())]
    choices = ", ".join(allowed) if allowed else "none: this is a final step"
    return DomainError(f"A {label} that is {current} cannot become {wanted}; next steps: {choices}.", "status")


def _not_before(on: dt.date, last: dt.date | None, what: str) -> None:
    if last is not None and on < last:
        raise DomainError(f"cannot be before {what} ({last.isoformat()})", "date")


# --- grants -----------------------------------------------------------------------------------

def grant_paid(grant: m.LivelihoodGrant) -> Decimal:
    return sum((t.amount for t in grant.tranches), Decimal("0.00"))


def grant_next_steps(grant: m.LivelihoodGrant) -> list[str]:
    """The steps a user may take now; 'pay' stands for paying the next tranche."""
    steps = [s for s in GRANT_STEPS[grant.status] if s != G.DISBURSED]
    if grant.status == G.DISBURSED and grant_paid(grant) < grant.amount:
        steps = ["pay"]
    elif grant.status == G.APPROVED:
        steps = ["pay", *steps]
    return steps


def change_grant_status(session: Session, grant_id: int, to_status: str, on: dt.date, note: str = ""):
    permissions.require(session, "grant", "step")
    grant = records.get(session, "grant", grant_id)
    permissions.require_record(session, "grant", "step", grant)
    current = grant.status
    if to_status == G.DISBURSED:
        raise DomainError("A grant becomes disbursed when its first tranche is paid; pay a tranche instead.",
                          "status")
    if to_status not in GRANT_STEPS.get(current, ()):
        raise _illegal("grant", current, to_status, GRANT_STEPS)
    last = grant.history[-1].changed_on if grant.history else grant.applied_on
    what = "the grant's last step"
    # Tranches after the first one are paid without a step of their own; nothing is dated before them either.
    if grant.tranches and grant.tranches[-1].paid_on > last:
        last, what = grant.tranches[-1].paid_on, "the last tranche paid"
    _not_before(on, last, what)
    if to_status == G.MONITORED and grant_paid(grant) < grant.amount:
        raise DomainError(f"The grant is not fully paid ({grant_paid(grant)} of {grant.amount} {grant.currency}); "
                          "pay the remaining tranches before monitoring.", "status")
    _step_grant(session, grant, to_status, on, note)
    return grant


def _step_grant(session: Session, grant: m.LivelihoodGrant, to_status: str, on: dt.date, note: str) -> None:
    grant.history.append(m.GrantStatusChange(from_status=grant.status, to_status=to_status, changed_on=on,
                                             note=note, user_name=_user(session)))
    grant.status = to_status
    if to_status == G.APPROVED:
        grant.approved_on = on
    records._flush(session, records.KINDS["grant"])


def pay_grant_tranche(session: Session, grant_id: int, amount: Decimal, paid_on: dt.date, note: str = ""):
    """Pay the next tranche of an approved grant; tranches never add up to more than the grant."""
    permissions.require(session, "grant", "step")
    grant = records.get(session, "grant", grant_id)
    permissions.require_record(session, "grant", "step", grant)
    # Held until this payment is saved; another user lowering the grant or paying it waits (services/locks.py).
    locks.lock_for_update(session, grant)
    amount = Decimal(amount)
    if grant.status not in (G.APPROVED, G.DISBURSED):
        raise DomainError(f"Only an approved grant can be paid; this grant is {grant.status}.", "status")
    if amount <= 0:
        raise DomainError("must be more than zero", "amount")
    if paid_on < grant.approved_on:
        raise DomainError(f"cannot be before the grant was approved ({grant.approved_on.isoformat()})", "paid_on")
    if grant.tranches and paid_on < grant.tranches[-1].paid_on:
        raise DomainError(f"cannot be before the previous tranche ({grant.tranches[-1].paid_on.isoformat()})",
                          "paid_on")
    remaining = grant.amount - grant_paid(grant)
    if amount > remaining:
        raise DomainError(f"is more than what remains of the grant ({remaining} {grant.currency})", "amount")
    tranche = m.GrantTranche(sequence=len(grant.tranches) + 1, amount=amount, paid_on=paid_on)
    grant.tranches.append(tranche)
    if grant.status == G.APPROVED:
        _step_grant(session, grant, G.DISBURSED, paid_on, note or f"tranche 1 paid: {amount} {grant.currency}")
    else:
        records._flush(session, records.KINDS["grant"])
    return tranche


# --- households' cash tranches ---------------------------------------------------------------

def pay_household_tranche(session: Session, tranche_id: int, paid_on: dt.date, method: str | None = None,
                          reference: str | None = None):
    """Pay a planned cash tranche of a household (issue 17, defect 11): paid on the day, how, and the receipt or
    transaction number; the tranche's own rules judge it as an edit would (not before the household registered,
    its currency's rate), and a paid or cancelled tranche is refused."""
    tranche = records.get(session, "cash_tranche", tranche_id)
    if tranche.status != m.TrancheStatus.PLANNED:
        raise DomainError(f"this tranche is {tranche.status}; only a planned tranche is paid", "status")
    if paid_on is None:
        raise DomainError("is required for a paid tranche", "paid_on")
    values = {"status": m.TrancheStatus.PAID.value, "paid_on": paid_on, "payment_method": method or None,
              "payment_reference": (reference or "").strip() or None}
    return records.update(session, "cash_tranche", tranche_id, values)


def household_cash(session: Session, household_id: int) -> list[tuple[str, Decimal, Decimal, int, int]]:
    """What a household was paid and is still owed, per currency: (currency, paid, owed, tranches paid, tranches
    planned); cancelled tranches count in neither."""
    T = m.CashTranche
    rows = session.execute(select(T.currency, T.status, func.sum(T.amount), func.count())
                           .where(T.household_id == household_id, T.status != m.TrancheStatus.CANCELLED)
                           .group_by(T.currency, T.status).order_by(T.currency))
    found: dict[str, list] = {}
    for currency, status, amount, n in rows:
        entry = found.setdefault(currency, [Decimal("0.00"), Decimal("0.00"), 0, 0])
        at = 0 if status == m.TrancheStatus.PAID else 1
        entry[at] += Decimal(amount)
        entry[2 + at] += n
    return [(c, paid.quantize(Decimal("0.01")), owed.quantize(Decimal("0.01")), n_paid, n_owed)
            for c, (paid, owed, n_paid, n_owed) in found.items()]


# --- sites ------------------------------------------------------------------------------------

def households_present(session: Session, site_id: int, on: dt.date | None = None) -> int:
    """Households registered in the site that have not departed (by the given date, when one is given)."""
    gone = m.Household.departure_date.is_not(None)
    if on is not None:
        gone = and_(gone, m.Household.departure_date <= on)
    return session.scalar(select(func.count()).select_from(m.Household).where(
        and_(m.Household.site_id == site_id, ~gone))) or 0


def site_next_steps(site: m.Site) -> list[str]:
    return list(SITE_STEPS[site.status])


def change_site_status(session: Session, site_id: int, to_status: str, on: dt.date, note: str = ""):
    permissions.require(session, "site", "step")
    site = records.get(session, "site", site_id)
    permissions.require_record(session, "site", "step", site)
    # Held until the step is saved: a household being registered in the site now is counted below, or waits
    # and then finds the site closed (services/locks.py).
    locks.lock_for_update(session, site)
    current = site.status
    if to_status not in SITE_STEPS.get(current, ()):
        raise _illegal("site", current, to_status, SITE_STEPS)
    last = site.status_changes[-1].changed_on if site.status_changes else site.opened_on
    _not_before(on, last, "the site's last status change" if site.status_changes else "the site opened")
    if to_status == S.CLOSED:
        present = households_present(session, site.id, on)
        if present:
            raise DomainError(f"{site.name} cannot be closed: {present} households are still present. "
                              "Record their departure first.", "status")
        site.closed_on = on
    return _record_step(session, "site", site, site.status_changes, m.SiteStatusChange, to_status, on, note)


# --- infrastructure works ---------------------------------------------------------------------

def work_next_steps(work: m.InfrastructureWork) -> list[str]:
    return list(WORK_STEPS[work.status])


def change_work_status(session: Session, work_id: int, to_status: str, on: dt.date, note: str = ""):
    permissions.require(session, "work", "step")
    work = records.get(session, "work", work_id)
    permissions.require_record(session, "work", "step", work)
    current = work.status
    if to_status not in WORK_STEPS.get(current, ()):
        raise _illegal("work", current, to_status, WORK_STEPS)
    last = work.status_changes[-1].changed_on if work.status_changes else None
    _not_before(on, last, "the work's last status change")
    if to_status == W.ONGOING and work.actual_start is None:
        work.actual_start = on
    if to_status == W.COMPLETED:
        # Reports are added through records.create (by the foreign key), which leaves a collection this
        # session read earlier out of date: read it again.
        session.expire(work, ["progress_reports"])
        latest = max(work.progress_reports, key=lambda r: (r.reported_on, r.id), default=None)
        if latest is not None and on < latest.reported_on:
            raise DomainError(f"cannot be before the last progress report ({latest.reported_on.isoformat()})",
                              "date")
        work.actual_end = on
        if latest is None or latest.progress_percent < 100:
            work.progress_reports.append(m.WorkProgressReport(reported_on=on, progress_percent=Decimal(100),
                                                              note=note or "completed"))
    return _record_step(session, "work", work, work.status_changes, m.WorkStatusChange, to_status, on, note)


# --- distributions ----------------------------------------------------------------------------

def distribution_next_steps(distribution: m.Distribution) -> list[str]:
    return list(DISTRIBUTION_STEPS[distribution.status])


def change_distribution_status(session: Session, distribution_id: int, to_status: str, on: dt.date, note: str = ""):
    """Start, complete or cancel a distribution. It starts only with kit types that all have items and a list of
    households; it is cancelled only while no household has received anything on it."""
    from workbench.kinds.distribution_kit import no_items_refusal

    permissions.require(session, "distribution", "step")
    distribution = records.get(session, "distribution", distribution_id)
    permissions.require_record(session, "distribution", "step", distribution)
    # Held until the step is saved: a receipt being recorded on it now is counted below, or waits.
    locks.lock_for_update(session, distribution)
    current = distribution.status
    if to_status not in DISTRIBUTION_STEPS.get(current, ()):
        raise _illegal("distribution", current, to_status, DISTRIBUTION_STEPS)
    if to_status == DS.IN_PROGRESS:
        kits = session.execute(
            select(m.KitType.code, func.count(m.KitItem.id)).select_from(m.DistributionKit)
            .join(m.KitType, m.KitType.id == m.DistributionKit.kit_type_id)
            .outerjoin(m.KitItem, m.KitItem.kit_type_id == m.KitType.id)
            .where(m.DistributionKit.distribution_id == distribution.id)
            .group_by(m.KitType.code).order_by(m.KitType.code)).all()
        if not kits:
            raise DomainError("The distribution has no kit types; add the kits it hands out first.", "status")
        empty = [code for code, n in kits if n == 0]
        if empty:
            raise DomainError(no_items_refusal(empty[0]), "status")
        listed = session.scalar(select(func.count()).select_from(m.Entitlement)
                                .where(m.Entitlement.distribution_id == distribution.id)) or 0
        if not listed:
            raise DomainError("The distribution's list has no household; build the list first.", "status")
        first = session.scalar(select(func.min(m.Receipt.received_on))
                               .where(m.Receipt.distribution_id == distribution.id))
        if first is not None and on > first:  # receipts are never before the distribution's date
            raise DomainError(f"cannot be after its first receipt ({first.isoformat()})", "date")
        distribution.started_on = on
    elif to_status == DS.COMPLETED:
        _not_before(on, distribution.started_on, "the distribution started")
        last = session.scalar(select(func.max(m.Receipt.received_on))
                              .where(m.Receipt.distribution_id == distribution.id))
        _not_before(on, last, "its last receipt")
        distribution.completed_on = on
    elif to_status == DS.CANCELLED:
        received = session.scalar(select(func.count()).select_from(m.Receipt)
                                  .where(m.Receipt.distribution_id == distribution.id)) or 0
        if received:
            raise DomainError(f"The distribution cannot be cancelled: {received} households already received "
                              "their kits on it.", "status")
        _not_before(on, distribution.started_on, "the distribution started")
    if note:
        distribution.note = (distribution.note + "\n" if distribution.note else "") + f"{on.isoformat()}: {note}"
    distribution.status = to_status
    records._flush(session, records.KINDS["distribution"])
    return distribution


def receipt_next_steps(receipt: m.Receipt) -> list[str]:
    """The verifications a receipt not yet verified may be given."""
    return [] if receipt.verification else [str(v) for v in m.Verification]


def verify_receipt(session: Session, receipt_id: int, verification: str, on: dt.date, note: str = ""):
    """Record what the verification found; "not received" and "received with issues" open a complaint on the
    site (the distribution's, or the household's), linked to the receipt."""
    permissions.require(session, "receipt", "step")
    receipt = records.get(session, "receipt", receipt_id)
    permissions.require_record(session, "receipt", "step", receipt)
    locks.lock_for_update(session, receipt)
    values = [str(v) for v in m.Verification]
    if verification not in values:
        raise DomainError(f"must be one of: {', '.join(values)} (not {verification!r})", "verification")
    if receipt.verification:
        raise DomainError(f"was already verified on {receipt.verified_on.isoformat()} ({receipt.verification})",
                          "verification")
    _not_before(on, receipt.received_on, "the kits were received")
    if verification != m.Verification.RECEIVED:
        distribution = session.get(m.Distribution, receipt.distribution_id)
        household = session.get(m.Household, receipt.household_id)
        site_id = distribution.site_id or household.site_id
        if site_id is None:
            raise DomainError("no site to open the complaint on: neither the distribution nor the household has "
                              "one", "verification")
        complaint = records.create(session, "complaint", {
            "site_id": site_id, "received_on": on, "channel": m.ComplaintChannel.FOCAL_POINT,
            "category": "distribution", "status": m.ComplaintStatus.OPEN,
            "description": f"{household.code}: {verification} on distribution {distribution.code}"
                           + (f". {note}" if note else "")})
        receipt.complaint_id = complaint.id
    receipt.verification = verification
    receipt.verified_on = on
    if note:
        receipt.note = (receipt.note + "\n" if receipt.note else "") + note
    records._flush(session, records.KINDS["receipt"])
    return receipt
# --- referrals ----------------------------------------------------------------------------------

def referral_next_steps(referral: m.Referral) -> list[str]:
    return list(REFERRAL_STEPS[referral.status])


def change_referral_status(session: Session, referral_id: int, to_status: str, on: dt.date, note: str = ""):
    """Send, answer (accepted or declined), deliver, close or withdraw a referral, on a date not before its last
    step. It is sent only with the person's consent to share, to a provider that accepts referrals."""
    permissions.require(session, "referral", "step")
    referral = records.get(session, "referral", referral_id)
    permissions.require_record(session, "referral", "step", referral)
    current = referral.status
    if to_status not in REFERRAL_STEPS.get(current, ()):
        raise _illegal("referral", current, to_status, REFERRAL_STEPS)
    if referral.history:
        _not_before(on, referral.history[-1].changed_on, "the referral's last step")
    else:
        _not_before(on, referral.referred_on, "the referral date")
    if to_status == R.SENT:
        if not referral.consent_given:
            raise DomainError("is required before the referral is sent: record who gave it and when",
                              "consent_given")
        if referral.consent_on is not None and referral.consent_on > on:
            raise DomainError(f"is after the day it would be sent ({on.isoformat()}): consent comes first",
                              "consent_on")
        # As committed now, and held until the step is saved: a provider closing its referrals meanwhile waits.
        code, accepts = locks.lock_row(session, m.ServiceProvider, referral.provider_id, m.ServiceProvider.code,
                                       m.ServiceProvider.accepts_referrals, shared=True)
        if not accepts:
            raise DomainError(f"{code} does not accept referrals now (the service map says so); refer to another "
                              "provider", "provider_id")
        referral.sent_on = on
    elif to_status in (R.ACCEPTED, R.DECLINED):
        referral.responded_on = on
    elif to_status == R.DELIVERED:
        referral.delivered_on = on
    elif to_status in (R.CLOSED, R.WITHDRAWN):
        referral.closed_on = on
    return _record_step(session, "referral", referral, referral.history, m.ReferralStatusChange, to_status, on,
                        note)


# The kinds with a workflow: what takes a step, and the steps a record offers now ('pay' for a grant's tranche).
STATUS_CHANGERS = {
    "grant": change_grant_status,
    "site": change_site_status,
    "work": change_work_status,
    "referral": change_referral_status,
    "distribution": change_distribution_status,
    "receipt": verify_receipt,
}
NEXT_STEPS = {
    "grant": grant_next_steps,
    "site": site_next_steps,
    "work": work_next_steps,
    "referral": referral_next_steps,
    "distribution": distribution_next_steps,
    "receipt": receipt_next_steps,
}
