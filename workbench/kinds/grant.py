"""A livelihood grant: an enterprise development fund grant (EDF), individual livelihood assistance (ILA) or cash
for work (CfW), with its workflow from application to monitoring and its tranches."""

from decimal import Decimal

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, LOCATION, PROJECT, RATE, SEX_WORDS, amount
from workbench.services import rules

DETAILS = N("fields", "Programme details")


def grant_refusal(session, grant: m.LivelihoodGrant) -> str | None:
    if grant.tranches:
        return "money was paid on this grant; its payments must stay on record"
    return None


def cfw_amount(grant: m.LivelihoodGrant) -> None:
    """A cash-for-work amount left blank is days worked x daily rate."""
    if grant.programme == m.Programme.CFW and grant.amount is None and grant.days_worked is not None \
            and grant.daily_rate is not None:
        grant.amount = (Decimal(grant.days_worked) * Decimal(grant.daily_rate)).quantize(Decimal("0.01"))


KIND = Kind(
    "grant", m.LivelihoodGrant, "grant", N("records", "Livelihood grant"), key="code",
    search=("code", "recipient_name", "business_name", "sector"), pick=("code", "recipient_name"),
    workflow_fields=("status", "approved_on"), validate=rules.livelihood_grant, delete_refusal=grant_refusal,
    prepare=cfw_amount,
    imports="grants", import_title=N("ImportWizard", "Livelihood grants (EDF, ILA, CfW)"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), header="Grant code", hxl="#activity+code+grant",
          words=("grant code", "grant id", "code", "code subvention", "code de la subvention")),
        PROJECT,
        F("programme", N("fields", "Programme"), choices=m.Programme, hxl="#activity+type",
          words=("program", "programme type", "type de programme"),
          value_words={"cfw": "CfW", "cash for work": "CfW", "argent contre travail": "CfW", "edf": "EDF",
                       "ila": "ILA"}),
        F("recipient_name", N("fields", "Recipient"), hxl="#beneficiary+name", personal="name",
          words=("recipient name", "beneficiary", "beneficiary name", "participant", "beneficiaire",
                 "nom du beneficiaire")),
        F("recipient_sex", N("fields", "Sex of the recipient"), header="Sex of recipient", choices=m.Sex,
          hxl="#beneficiary+sex", value_words=SEX_WORDS,
          words=("recipient sex", "sex", "sexe", "sexe du beneficiaire")),
        F("recipient_phone", N("fields", "Phone"), header="Recipient phone", hxl="#contact+phone", personal="phone",
          words=("phone", "telephone", "telephone du beneficiaire")),
        LOCATION,
        F("sector", N("fields", "Sector"), hxl="#sector", words=("business sector", "secteur", "secteur d activite")),
        F("applied_on", N("fields", "Applied on"), hxl="#date+applied",
          words=("application date", "date of application", "date de demande", "demande le")),
        amount(),
        CURRENCY,
        *RATE,
        F("business_name", N("fields", "Business name (EDF)"), header="Business name", section=DETAILS,
          hxl="#org+business", words=("business", "enterprise", "nom de l entreprise", "entreprise")),
        F("jobs_created", N("fields", "Jobs created (EDF)"), header="Jobs created", section=DETAILS,
          hxl="#output+jobs+created", words=("emplois crees",)),
        F("jobs_retained", N("fields", "Jobs retained (EDF)"), header="Jobs retained", section=DETAILS,
          hxl="#output+jobs+retained", words=("emplois maintenus",)),
        F("ila_kind", N("fields", "Kind of assistance (ILA)"), header="ILA kind", choices=m.IlaKind, section=DETAILS,
          hxl="#activity+type+ila", words=("ila type", "type ila")),
        F("days_worked", N("fields", "Days worked (CfW)"), header="Days worked", section=DETAILS, hxl="#output+days",
          words=("days", "jours travailles", "jours")),
        F("daily_rate", N("fields", "Daily rate (CfW)"), header="Daily rate", section=DETAILS, hxl="#value+daily",
          words=("rate per day", "taux journalier")),
        F("work_site", N("fields", "Work site (CfW)"), header="Work site", section=DETAILS, hxl="#loc+name+work",
          words=("chantier", "site de travail")),
        F("status", N("fields", "Status"), choices=m.GrantStatus, on_form=False),
        F("approved_on", N("fields", "Approved on"), on_form=False),
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
)
