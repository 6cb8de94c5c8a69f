"""A payment to a works contractor: an advance, an interim payment certificate or the final payment."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import CURRENCY, RATE, amount
from workbench.kinds.rules import MoreThanZero, RateWhenForeignViaWork, UniqueTogether

KIND = Kind(
    "work_payment", m.WorkPayment, "payment to a contractor", N("records", "Payment to the contractor"), area="works",
    order=175, parent="work_id", tab_title=N("records", "Payments"), table_order=("paid_on", True),
    rules=(MoreThanZero("amount"), RateWhenForeignViaWork(),
           UniqueTogether(("work_id", "reference"), "this work already has a payment with reference {reference}")),
    imports="work payments", import_title=N("ImportWizard", "Payments to works contractors"),
    import_key=("work", "reference"),  # a payment file imported twice updates its payments, never doubles them
    fields=(
        F("work_id", N("fields", "Work"), header="Work code", on_form=False, hxl="#activity+code+x_work",
          words=("work", "work code", "code", "code des travaux", "code chantier")),
        F("paid_on", N("fields", "Paid on"), hxl="#date+x_paid",
          words=("date", "payment date", "date paid", "date de paiement", "paye le")),
        amount(section=N("fields", "Details")),
        CURRENCY,
        F("reference", N("fields", "Reference"), hxl="#meta+x_ref",
          words=("reference", "voucher", "payment reference", "certificate", "référence", "reference du paiement",
                 "bon de paiement", "decompte")),
        *RATE,
    ),
    columns=(C("paid_on", N("columns", "Paid on"), "date"),
             C("amount", N("columns", "Amount"), "money", "currency", 130),
             C("reference", N("columns", "Reference"), width=200)),
)
