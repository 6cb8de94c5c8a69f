"""A tranche of cash paid to a household (transport, construction, subsistence, completion)."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, RATE, amount
from workbench.kinds.rules import Is, MoreThanZero, NotBeforeParent, RateWhenForeign, UniqueTogether, required


def tranche_refusal(session, tranche: m.CashTranche) -> str | None:
    if tranche.status == m.TrancheStatus.PAID:
        return "the tranche was paid; cancel it instead of deleting it"
    return None


KIND = Kind(
    "cash_tranche", m.CashTranche, "cash tranche", N("records", "Cash tranche"), area="cash", order=140, parent="household_id", tab_title=N("records", "Cash tranches"),
    rules=(MoreThanZero("amount"),
           required("paid_on", when=Is("status", m.TrancheStatus.PAID), message="is required for a paid tranche"),
           NotBeforeParent("paid_on", "household_id", m.Household, "registered_on",
                           "the household's registration date", "household"),
           RateWhenForeign(via_household=True),
           UniqueTogether(("household_id", "sequence"), "this household already has a tranche No. {sequence}")),
    delete_refusal=tranche_refusal,
    imports="tranches", import_title=N("ImportWizard", "Cash tranches of households"),
    import_key=("household", "sequence"),
    fields=(
        F("household_id", N("fields", "Household"), identifies="indirect", header="Household ID", on_form=False, hxl="#x_household+id",
          words=("household", "household id", "household code", "hh id", "code menage", "id menage", "menage")),
        F("sequence", N("fields", "Number"), header="Tranche", hxl="#meta+x_sequence",
          words=("tranche", "tranche number", "sequence", "numero de tranche")),
        F("purpose", N("fields", "Purpose"), choices=m.TranchePurpose, hxl="#modality+x_purpose",
          words=("purpose", "type", "objet", "motif"),
          value_words={"construction": "construction", "abri": "construction", "subsistance": "subsistence",
                       "achevement": "completion", "finition": "completion"}),
        amount(section=N("fields", "Details")),
        CURRENCY,
        F("status", N("fields", "Status"), choices=m.TrancheStatus, hxl="#status", words=("statut", "etat"),
          value_words={"prevu": "planned", "paye": "paid", "annule": "cancelled", "canceled": "cancelled"}),
        F("planned_on", N("fields", "Planned on"), identifies="indirect", anonymised="month", hxl="#date+x_planned", words=("planned date", "date prevue", "prevu le")),
        F("paid_on", N("fields", "Paid on"), identifies="indirect", anonymised="month", hxl="#date+x_paid",
          words=("payment date", "date paid", "date de paiement", "paye le")),
        F("payment_method", N("fields", "Payment method"), choices=m.PaymentMethod, hxl="#modality+x_payment",
          words=("method", "payment method", "mode de paiement", "modalite de paiement"),
          value_words={"especes": "cash", "cash in hand": "cash", "mobile": "mobile money", "m pesa": "mobile money",
                       "airtel money": "mobile money", "orange money": "mobile money", "zain cash": "mobile money",
                       "virement": "bank transfer", "virement bancaire": "bank transfer", "bank": "bank transfer"}),
        F("payment_reference", N("fields", "Payment reference"), identifies="indirect", hxl="#meta+x_payment+x_ref",
          words=("reference", "transaction", "transaction id", "reference du paiement", "numero de transaction")),
        *RATE,
    ),
    columns=(
        C("sequence", N("columns", "No."), "int", width=50), C("purpose", N("columns", "Purpose"), "word"),
        C("amount", N("columns", "Amount"), "money", "currency", 120), C("status", N("columns", "Status"), "status"),
        C("planned_on", N("columns", "Planned on"), "date"), C("paid_on", N("columns", "Paid on"), "date"),
        C("payment_method", N("columns", "Method"), "word", hidden=True),
        C("payment_reference", N("columns", "Reference"), hidden=True),
    ),
    value_texts={
        'transport': ('transport', 'النقل'),
        'construction': ('construction', 'البناء'),
        'subsistence': ('subsistance', 'المعيشة'),
        'completion': ('achèvement', 'الإكمال'),
        'planned': ('prévu', 'مخطط'),
        'paid': ('payé', 'مدفوعة'),
        'cancelled': ('annulée', 'ملغاة'),
        'mobile money': ('mobile money', 'تحويل عبر الهاتف المحمول'),
        'bank transfer': ('virement bancaire', 'تحويل مصرفي'),
    },
)
