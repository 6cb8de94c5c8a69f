"""A referral: a CRC refers a person, known by a case code and never by name, to a provider of the service map for a
service, with the consent to share, the priority's deadline for the provider's answer and the workflow's dated steps.

Referrals for protection, GBV, child protection and MHPSS are sensitive (the declaration says so): no household may
be linked to them, so no name can reach a table, an export or a print through one."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import SEX_WORDS
from workbench.kinds.crc_contact import AGE_WORDS
from workbench.kinds.rules import Empty, In, InParentPeriod, NotAfter, Rule, Unique, not_before
from workbench.services.errors import DomainError

PERSON = N("fields", "Who")
CONSENT = N("fields", "Consent to share")
FOLLOW_UP = N("fields", "Follow-up")
STEPS = N("fields", "Steps")

SENSITIVE = In("service", m.SENSITIVE_SERVICES)


def due_date(referred_on: dt.date | None, priority: str | None) -> dt.date | None:
    """The day by which the provider should have answered: 1 day (24 hours) for an emergency, 3 (72 hours) for an
    urgent referral, 14 for a normal one."""
    days = m.RESPONSE_DAYS.get(priority)
    if referred_on is None or days is None:
        return None
    return referred_on + dt.timedelta(days=days)


class ResponseDeadline:
    """The deadline is derived from the referral's date and its priority before the rules run."""

    def one(self, referral: m.Referral) -> None:
        referral.due_on = due_date(referral.referred_on, referral.priority)

    def many(self, rows) -> None:
        days = rows["priority"].map(lambda p: m.RESPONSE_DAYS.get(p) if isinstance(p, str) else None)
        referred = pd.to_datetime(rows["referred_on"], errors="coerce")
        due = referred + pd.to_timedelta(days.astype("float64"), unit="D")
        rows.frame["due_on"] = [d.date() if pd.notna(d) else None for d in due]


class ProviderTakesReferrals(Rule):
    """The provider referred to accepts referrals now and offers the service needed (the service map). Read once
    for a whole file (`reads`)."""

    CLOSED = "does not accept referrals now (the service map says so); choose another provider"
    NOT_OFFERED = "does not offer {service}; it offers: {services}"

    reads = (("provider_id", ("accepts_referrals", "services")),)

    def _reason(self, accepts, services, service) -> str | None:
        if accepts is False:
            return self.CLOSED
        offered = [s.strip() for s in (services or "").split(",") if s.strip()]
        if isinstance(service, str) and offered and service not in offered:
            return self.NOT_OFFERED.format(service=service, services=", ".join(offered))
        return None

    def one(self, session, obj) -> None:
        if obj.provider_id is None:
            return
        provider = session.get(m.ServiceProvider, obj.provider_id)
        if provider is None:
            return
        reason = self._reason(provider.accepts_referrals, provider.services, obj.service)
        if reason:
            raise DomainError(reason, "provider_id")

    def many(self, rows, ctx) -> None:
        accepts = ctx.read.get(("provider_id", "accepts_referrals"), {})
        services = ctx.read.get(("provider_id", "services"), {})
        ids = rows["provider_id"]
        reasons = pd.Series([self._reason(accepts.get(i), services.get(i), s) if pd.notna(i) else None
                             for i, s in zip(ids, rows["service"])], index=rows.frame.index, dtype=object)
        rows.fail(reasons.notna(), "provider_id", lambda f: reasons[f.index])

    def texts(self) -> set[str]:
        return {self.CLOSED, "does not offer %1; it offers: %2"}


class ConsentDated(Rule):
    """Consent given says when and by whom; consent not given leaves both empty (they would say it was given)."""

    GIVEN = "is required when the consent to share was given"
    NOT_GIVEN = "must be empty when no consent to share was given"

    def one(self, session, obj) -> None:
        if obj.consent_given:
            for key in ("consent_on", "consent_by"):
                if getattr(obj, key) is None:
                    raise DomainError(self.GIVEN, key)
        else:
            for key in ("consent_on", "consent_by"):
                if getattr(obj, key) is not None:
                    raise DomainError(self.NOT_GIVEN, key)

    def many(self, rows, ctx) -> None:
        given = rows["consent_given"].fillna(False).astype(bool)
        for key in ("consent_on", "consent_by"):
            rows.fail(given & rows[key].isna(), key, self.GIVEN)
            rows.fail(~given & rows[key].notna(), key, self.NOT_GIVEN)


class ConsentKeptOnceSent(Rule):
    """A referral sent with the person's consent keeps it on record: unticking it afterwards would say the
    information went out without consent. Consent withdrawn is a step (withdrawn), not an edit."""

    MESSAGE = "cannot be taken back once the referral was sent ({date}); withdraw the referral instead"

    def one(self, session, obj) -> None:
        if obj.sent_on is not None and not obj.consent_given:
            raise DomainError(self.MESSAGE.format(date=obj.sent_on.isoformat()), "consent_given")

    def many(self, rows, ctx) -> None:
        # A file's row that says it was sent without consent is refused by the workflow its steps go through
        # ("is required before the referral is sent"); an update row of a sent referral goes through `one`.
        return None


# The steps a referral of a status went through, each with the field holding its day (a register's columns).
_PATHS = {
    m.ReferralStatus.SENT: (("sent", "sent_on"),),
    m.ReferralStatus.ACCEPTED: (("sent", "sent_on"), ("accepted", "responded_on")),
    m.ReferralStatus.DECLINED: (("sent", "sent_on"), ("declined", "responded_on")),
    m.ReferralStatus.DELIVERED: (("sent", "sent_on"), ("accepted", "responded_on"),
                                 ("service delivered", "delivered_on")),
}


def steps_from_file(session, referral: m.Referral, values: dict) -> None:
    """A register's status and step dates, taken through the referral's workflow (consent, order and dates checked
    as in the window): a referral closed in the office's Excel register arrives closed, with its history. Closed
    follows the service delivered when that day is given, else the refusal; withdrawn follows the steps whose days
    are given."""
    from workbench.services import workflows

    status = values.get("status") or referral.status
    if status == referral.status:
        return
    if referral.status != m.ReferralStatus.DRAFT:
        raise DomainError(f"cannot go from {referral.status} to {status} in a file; take the step in the window",
                          "status")
    if status == m.ReferralStatus.CLOSED:
        path = (*_PATHS[m.ReferralStatus.DELIVERED if values.get("delivered_on") else m.ReferralStatus.DECLINED],
                ("closed", "closed_on"))
    elif status == m.ReferralStatus.WITHDRAWN:
        path = (*(step for step in _PATHS[m.ReferralStatus.ACCEPTED] if values.get(step[1])),
                ("withdrawn", "closed_on"))
    else:
        path = _PATHS.get(status, ())
    for step, key in path:
        on = values.get(key)
        if on is None:
            raise DomainError(f"is required for a referral that is {status}", key)
        workflows.change_referral_status(session, referral.id, step, on, "from the imported register")


KIND = Kind(
    "referral", m.Referral, "referral", N("records", "Referral"), area="protection", order=188, key="code", key_words="referral code",
    search=("code", "case_code"), parent="crc_id", tab_title=N("records", "Referrals"),
    pick=("code", "case_code"), table_order=("referred_on", True),
    sensitive=SENSITIVE,
    workflow_fields=("status", "due_on", "sent_on", "responded_on", "delivered_on", "closed_on"),
    steps_from_file=("status", "sent_on", "responded_on", "delivered_on", "closed_on"), take_steps=steps_from_file,
    prepare=ResponseDeadline(),
    rules=(InParentPeriod("referred_on", "crc_id", m.ResourceCentre, "the CRC opened", "the CRC closed"),
           Empty("household_id", SENSITIVE, "cannot be linked to a protection, GBV, child-protection or MHPSS "
                                            "referral: give the case code only"),
           ProviderTakesReferrals(), ConsentDated(), ConsentKeptOnceSent(),
           not_before("feedback_on", "referred_on", "the referral date"),
           NotAfter("referred_on", "sent_on", "the day it was sent"),
           Unique("code", "referral")),
    imports="referrals", import_title=N("ImportWizard", "Referrals of CRCs"), import_key=("code",),
    fields=(
        F("code", N("fields", "Code"), identifies="indirect", header="Referral code", hxl="#activity+code+x_referral",
          words=("referral code", "referral id", "referral", "code", "code du referencement", "code de reference",
                 "code reference")),
        F("crc_id", N("fields", "CRC"), header="CRC code", on_form=False, hxl="#loc+code+x_crc",
          words=("crc", "crc code", "centre", "centre code", "code du centre", "centre de ressources")),
        F("referred_on", N("fields", "Referred on"), identifies="indirect", anonymised="month", hxl="#date+x_referral",
          words=("date", "referral date", "date referred", "date du referencement", "date de reference",
                 "refere le")),
        F("case_code", N("fields", "Case code"), identifies="indirect", section=PERSON, hxl="#beneficiary+code+x_case", sensitive=True,
          words=("case", "case id", "case number", "beneficiary code", "code du cas", "numero du cas", "cas")),
        F("household_id", N("fields", "Household"), identifies="indirect", header="Household ID", section=PERSON, hxl="#x_household+id",
          sensitive=True, help=N("fields", "Never for a protection, GBV, child-protection or MHPSS referral"),
          words=("household", "household id", "household code", "hh id", "code menage", "id menage")),
        F("sex", N("fields", "Sex"), identifies="indirect", choices=m.Sex, section=PERSON, hxl="#beneficiary+x_sex",
          words=("sex", "gender", "sexe", "genre"), value_words=SEX_WORDS),
        F("age_group", N("fields", "Age group"), identifies="indirect", choices=m.AgeGroup, section=PERSON, hxl="#beneficiary+x_age+x_group",
          words=("age", "age group", "tranche d age", "groupe d age", "age range"), value_words=AGE_WORDS),
        F("service", N("fields", "Service needed"), choices=m.Service, hxl="#service+x_needed", sensitive=True,
          words=("service", "service needed", "service requested", "need", "service demande", "besoin",
                 "service requis"),
          value_words={"psychosocial": "MHPSS", "mental health": "MHPSS", "sante mentale": "MHPSS",
                       "gbv": "GBV", "vbg": "GBV", "gender based violence": "GBV", "cp": "child protection",
                       "protection de l enfance": "child protection", "aide juridique": "legal aid",
                       "documentation civile": "civil documentation", "sante": "health",
                       "moyens de subsistance": "livelihoods", "abri": "shelter", "especes": "cash"}),
        F("provider_id", N("fields", "Referred to"), header="Provider code", hxl="#org+code+x_provider",
          words=("provider", "provider code", "referred to", "service provider", "prestataire",
                 "code du prestataire", "refere a", "reference vers")),
        F("priority", N("fields", "Priority"), choices=m.ReferralPriority, hxl="#x_priority",
          words=("priority", "urgency", "priorite", "urgence"),
          value_words={"24h": "emergency", "24 h": "emergency", "24 hours": "emergency", "urgence": "emergency",
                       "72h": "urgent", "72 h": "urgent", "72 hours": "urgent", "urgente": "urgent",
                       "routine": "normal", "14 days": "normal", "14 jours": "normal", "normale": "normal"}),
        F("due_on", N("fields", "Answer due by"), identifies="indirect", anonymised="month", section=STEPS, read_only=True, hxl="#date+x_due"),
        F("consent_given", N("fields", "Consent given"), section=CONSENT, hxl="#meta+x_consent",
          words=("consent", "consent to share", "consentement", "consentement donne", "consent given")),
        F("consent_on", N("fields", "Consent given on"), identifies="indirect", anonymised="month", section=CONSENT, hxl="#date+x_consent",
          words=("consent date", "date of consent", "date du consentement")),
        F("consent_by", N("fields", "Consent given by"), identifies="indirect", choices=m.ConsentBy, section=CONSENT,
          hxl="#meta+x_consent+x_by", words=("consent by", "consent given by", "consentement donne par"),
          value_words={"person": "the person", "self": "the person", "beneficiary": "the person",
                       "la personne": "the person", "beneficiaire": "the person",
                       "parent": "parent or caregiver", "caregiver": "parent or caregiver",
                       "parent ou tuteur": "parent or caregiver", "guardian": "legal guardian",
                       "tuteur legal": "legal guardian"}),
        F("status", N("fields", "Status"), choices=m.ReferralStatus, on_form=False, hxl="#status"),
        F("sent_on", N("fields", "Sent on"), identifies="indirect", anonymised="month", section=STEPS, on_form=False, hxl="#date+x_sent"),
        F("responded_on", N("fields", "Answered on"), identifies="indirect", anonymised="month", section=STEPS, on_form=False, hxl="#date+x_answered"),
        F("delivered_on", N("fields", "Service delivered on"), identifies="indirect", anonymised="month", section=STEPS, on_form=False, hxl="#date+x_delivered"),
        F("closed_on", N("fields", "Closed on"), identifies="indirect", anonymised="month", section=STEPS, on_form=False, hxl="#date+x_closed"),
        F("outcome", N("fields", "Result of the referral"), identifies="indirect", header="Outcome", section=FOLLOW_UP, hxl="#meta+x_outcome",
          sensitive=True,
          words=("outcome", "result", "resultat", "issue")),
        F("feedback_on", N("fields", "Followed up on"), identifies="indirect", anonymised="month", section=FOLLOW_UP, hxl="#date+x_feedback",
          words=("follow up date", "feedback date", "date du suivi", "suivi le")),
        F("feedback", N("fields", "Follow-up feedback"), identifies="indirect", section=FOLLOW_UP, hxl="#meta+x_feedback", sensitive=True,
          words=("feedback", "follow up", "follow up feedback", "retour", "suivi", "retour du suivi")),
        F("satisfaction", N("fields", "Satisfaction"), choices=m.Satisfaction, section=FOLLOW_UP,
          hxl="#meta+x_satisfaction", words=("satisfaction", "satisfied", "satisfait"),
          value_words={"yes": "satisfied", "oui": "satisfied", "satisfait": "satisfied",
                       "partly": "partly satisfied", "partiellement satisfait": "partly satisfied",
                       "no": "not satisfied", "non": "not satisfied", "pas satisfait": "not satisfied",
                       "non satisfait": "not satisfied"}),
    ),
    columns=(
        C("code", N("columns", "Code"), width=120), C("referred_on", N("columns", "Referred"), "date"),
        C("crc", N("columns", "CRC"), width=110), C("case_code", N("columns", "Case"), width=140),
        C("service", N("columns", "Service"), "word", width=130),
        C("provider", N("columns", "Referred to"), width=110),
        C("priority", N("columns", "Priority"), "word", width=90),
        C("due_on", N("columns", "Answer due"), "date"), C("status", N("columns", "Status"), "status"),
        C("overdue", N("columns", "Overdue"), "alert", width=90),
        C("responded_on", N("columns", "Answered"), "date", hidden=True),
        C("sex", N("columns", "Sex"), "word", width=70, hidden=True),
        C("age_group", N("columns", "Age"), "word", width=70, hidden=True),
        C("satisfaction", N("columns", "Satisfaction"), "word", hidden=True),
    ),
    value_texts={
        'emergency': ('très urgente', 'طارئ'),  # French: of a priority (la priorité), from the most pressing
        'urgent': ('urgente', 'عاجل'),
        'normal': ('normale', 'عادي'),
        'the person': ('la personne elle-même', 'الشخص نفسه'),
        'parent or caregiver': ('parent ou aidant', 'أحد الوالدين أو مقدم الرعاية'),
        'legal guardian': ('tuteur légal', 'الوصي القانوني'),
        'draft': ('brouillon', 'مسودة'),
        'sent': ('envoyé', 'مُرسَل'),
        'accepted': ('accepté', 'مقبول'),
        'declined': ('refusé', 'مرفوض'),
        'service delivered': ('service fourni', 'تم تقديم الخدمة'),
        'withdrawn': ('retiré', 'مسحوب'),
        'satisfied': ('satisfait', 'راضٍ'),
        'partly satisfied': ('partiellement satisfait', 'راضٍ جزئياً'),
        'not satisfied': ('pas satisfait', 'غير راضٍ'),
    },
)
