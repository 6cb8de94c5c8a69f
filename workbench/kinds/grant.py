"""A livelihood grant: an enterprise development fund grant (EDF), individual livelihood assistance (ILA) or cash
for work (CfW), with its workflow from application to monitoring and its tranches."""

from decimal import Decimal

import pandas as pd

from workbench import models as m
from workbench.kinds.base import Closes, Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, LOCATION, PROJECT, RATE, SEX_WORDS, amount, indirect
from workbench.kinds.rules import (
    Is,
    IsNot,
    MoreThanZero,
    NotInFuture,
    RateWhenForeign,
    Rule,
    Unique,
    non_negative,
    required,
)
from workbench.services import locks
from workbench.services.errors import DomainError

DETAILS = N("fields", "Programme details")


def grant_refusal(session, grant: m.LivelihoodGrant) -> str | None:
    if grant.tranches:
        return "money was paid on this grant; its payments must stay on record"
    return None


def days_times_rate(days, rate) -> Decimal:
    return (Decimal(int(days)) * Decimal(rate if isinstance(rate, Decimal) else repr(float(rate)))).quantize(
        Decimal("0.01"))


EDF = ("programme", (m.Programme.EDF,))  # asked on the form only for that programme's grants
ILA = ("programme", (m.Programme.ILA,))
CFW = ("programme", (m.Programme.CFW,))


class CashForWorkAmount:
    """A cash-for-work amount left blank is days worked x daily rate, computed before the rules run; on the form
    it follows the days and the rate as they are typed (`follow`)."""

    def follow(self, values: dict, changed: str) -> dict:
        """What the form sets when `changed` was typed: a CfW grant's amount, days worked x daily rate."""
        if changed not in ("days_worked", "daily_rate") or values.get("programme") != m.Programme.CFW:
            return {}
        days, rate = values.get("days_worked"), values.get("daily_rate")
        if days is None or rate is None or days < 0 or rate < 0 or days >= 2 ** 31 or abs(rate) >= 1e13:
            return {}
        return {"amount": days_times_rate(days, rate)}

    def one(self, grant: m.LivelihoodGrant) -> None:
        if grant.programme == m.Programme.CFW and grant.amount is None and grant.days_worked is not None \
                and grant.daily_rate is not None:
            grant.amount = days_times_rate(grant.days_worked, grant.daily_rate)

    def many(self, rows) -> None:
        # Only what fits its columns is computed with (limits.py refuses a rate of 1e308 next).
        cfw = (rows["programme"] == m.Programme.CFW) & rows["amount"].isna() & rows["days_worked"].notna() \
            & rows["daily_rate"].notna() & (rows["daily_rate"].astype("float64").abs() < 1e13) \
            & (rows["days_worked"].astype("float64").abs() < 2 ** 31)
        if cfw.any():
            rows.frame.loc[cfw, "amount"] = [float(days_times_rate(d, r)) for d, r in
                                             zip(rows.frame.loc[cfw, "days_worked"], rows.frame.loc[cfw, "daily_rate"])]


class DaysTimesRate(Rule):
    """A cash-for-work amount is days worked x daily rate."""

    def one(self, session, obj: m.LivelihoodGrant) -> None:
        if obj.programme == m.Programme.CFW and None not in (obj.days_worked, obj.daily_rate, obj.amount):
            expected = days_times_rate(obj.days_worked, obj.daily_rate)
            if obj.amount != expected:
                raise DomainError(f"must be days worked x daily rate = {expected}", "amount")

    def many(self, rows, ctx) -> None:
        days, rate, amount = rows["days_worked"], rows["daily_rate"], rows["amount"]
        both = (rows["programme"] == m.Programme.CFW) & days.notna() & rate.notna() & amount.notna()
        if not both.any():
            return
        expected = pd.Series(float("nan"), index=rows.frame.index)
        expected[both] = [float(days_times_rate(d, r)) for d, r in zip(days[both], rate[both])]
        rows.fail(both & ((amount - expected).abs() > 0.001), "amount",
                  lambda f: [f"must be days worked x daily rate = {days_times_rate(d, r)}"
                             for d, r in zip(f["days_worked"], f["daily_rate"])])


class NotBelowPaid(Rule):
    """A grant's amount is never below what was already paid on it. An import creates grants, which have no
    payments yet; an update row goes through `one` (io/importing._check_updates), so `many` has nothing to refuse."""

    def one(self, session, obj: m.LivelihoodGrant) -> None:
        paid = Decimal(0)
        if obj.id is not None:
            # What was paid, read under the grant's lock (services/locks.py): a tranche another user is paying
            # now is either in this sum or waits for this change and is then judged against the new amount.
            locks.lock_row(session, m.LivelihoodGrant, obj.id)
            locks.read_again(obj, "tranches")
            with session.no_autoflush:
                paid = sum((t.amount for t in obj.tranches), Decimal(0))
        if obj.amount is not None and obj.amount < paid:
            raise DomainError(f"cannot be less than what was already paid ({paid})", "amount")

    def many(self, rows, ctx) -> None:
        return None


KIND = Kind(
    "grant", m.LivelihoodGrant, "grant", N("records", "Livelihood grant"), area="livelihoods", order=150, key="code",
    search=("code", "recipient_name", "business_name", "sector"), pick=("code", "recipient_name"),
    workflow_fields=("status", "approved_on"), closes=Closes((m.GrantStatus.CLOSED,)), delete_refusal=grant_refusal, prepare=CashForWorkAmount(),
    required_when={"amount": IsNot("programme", m.Programme.CFW)},
    rules=(non_negative("jobs_created", "jobs_retained", "days_worked", "daily_rate"),
           required("days_worked", "daily_rate", when=Is("programme", m.Programme.CFW)), DaysTimesRate(),
           required("business_name", when=Is("programme", m.Programme.EDF)),
           required("ila_kind", when=Is("programme", m.Programme.ILA)),
           MoreThanZero("amount", required=True), NotInFuture("applied_on"), NotBelowPaid(), RateWhenForeign(), Unique("code", "grant")),
    imports="grants", import_title=N("ImportWizard", "Livelihood grants (EDF, ILA, CfW)"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), identifies="indirect", header="Grant code", hxl="#activity+code+x_grant",
          words=("grant code", "grant id", "code", "code subvention", "code de la subvention")),
        PROJECT,
        F("programme", N("fields", "Programme"), choices=m.Programme, hxl="#activity+type",
          words=("program", "programme type", "type de programme"),
          value_words={"cfw": "CfW", "cash for work": "CfW", "argent contre travail": "CfW", "edf": "EDF",
                       "ila": "ILA"}),
        F("recipient_name", N("fields", "Recipient"), hxl="#beneficiary+name", personal="name",
          words=("recipient name", "beneficiary", "beneficiary name", "participant", "beneficiaire",
                 "nom du beneficiaire")),
        F("recipient_sex", N("fields", "Sex of the recipient"), identifies="indirect", header="Sex of recipient", choices=m.Sex,
          hxl="#beneficiary+x_sex", value_words=SEX_WORDS,
          words=("recipient sex", "sex", "sexe", "sexe du beneficiaire")),
        F("recipient_phone", N("fields", "Phone"), header="Recipient phone", hxl="#contact+phone", personal="phone",
          words=("phone", "telephone", "telephone du beneficiaire")),
        *indirect(LOCATION, anonymised="area"),  # the grantee's village: its territory when anonymised
        F("sector", N("fields", "Sector"), hxl="#sector", words=("business sector", "secteur", "secteur d activite")),
        F("applied_on", N("fields", "Applied on"), identifies="indirect", anonymised="month", hxl="#date+x_applied",
          words=("application date", "date of application", "date de demande", "demande le")),
        amount(),
        CURRENCY,
        *RATE,
        F("business_name", N("fields", "Business name (EDF)"), personal="name", header="Business name", section=DETAILS, shown_for=EDF,
          hxl="#org+x_business", words=("business", "enterprise", "nom de l entreprise", "entreprise")),
        F("jobs_created", N("fields", "Jobs created (EDF)"), header="Jobs created", section=DETAILS, shown_for=EDF,
          hxl="#output+x_jobs+x_created", words=("emplois crees",)),
        F("jobs_retained", N("fields", "Jobs retained (EDF)"), header="Jobs retained", section=DETAILS, shown_for=EDF,
          hxl="#output+x_jobs+x_retained", words=("emplois maintenus",)),
        F("ila_kind", N("fields", "Kind of assistance (ILA)"), header="ILA kind", choices=m.IlaKind, section=DETAILS, shown_for=ILA,
          hxl="#activity+type+x_ila", words=("ila type", "type ila")),
        F("days_worked", N("fields", "Days worked (CfW)"), header="Days worked", section=DETAILS, shown_for=CFW, hxl="#output+x_days",
          words=("days", "jours travailles", "jours")),
        F("daily_rate", N("fields", "Daily rate (CfW)"), header="Daily rate", section=DETAILS, shown_for=CFW, hxl="#value+x_daily",
          words=("rate per day", "taux journalier")),
        F("work_site", N("fields", "Work site (CfW)"), header="Work site", section=DETAILS, shown_for=CFW, hxl="#loc+name+x_work",
          words=("chantier", "site de travail")),
        F("status", N("fields", "Status"), choices=m.GrantStatus, on_form=False, hxl="#status"),
        F("approved_on", N("fields", "Approved on"), identifies="indirect", anonymised="month", on_form=False, hxl="#date+approved"),
    ),
    columns=(
        C("code", N("columns", "Code"), width=120), C("programme", N("columns", "Programme"), "word", width=90),
        C("recipient_name", N("columns", "Recipient"), width=160),
        C("business_name", N("columns", "Business"), width=150),
        C("sector", N("columns", "Sector"), width=120, hidden=True), C("project", N("columns", "Project"), width=140),
        C("location", N("columns", "Location")), C("status", N("columns", "Status"), "status"),
        C("amount", N("columns", "Amount"), "money", "currency", 120),
        C("paid", N("columns", "Paid"), "money", "currency", 120), C("applied_on", N("columns", "Applied"), "date"),
        C("approved_on", N("columns", "Approved"), "date", hidden=True),
    ),
    value_texts={
        'EDF': ('EDF', 'EDF'),
        'ILA': ('ILA', 'ILA'),
        'CfW': ('CfW', 'CfW'),
        'application': ('demande', 'طلب'),
        'vetting': ('vérification', 'تدقيق'),
        'approved': ('approuvée', 'موافق عليها'),
        'disbursed': ('décaissée', 'مصروفة'),
        'monitored': ('suivie', 'قيد المتابعة'),
        'rejected': ('rejetée', 'مرفوضة'),
        'vocational training': ('formation professionnelle', 'تدريب مهني'),
        'business kit': ('kit de démarrage', 'عدة عمل'),
        'micro-enterprise grant': ('subvention de micro-entreprise', 'منحة مشروع متناهي الصغر'),
    },
)
