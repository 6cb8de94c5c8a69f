"""A distribution of kits (or cash or vouchers) at a site or in a village: its kit types (distribution_kit.py), its
list of households with their entitlements (entitlement.py), their receipts (receipt.py), and its workflow from
planned to completed (services/workflows.py)."""

from __future__ import annotations

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import LOCATION, PROJECT, count
from workbench.kinds.rules import Rule, Unique

DATES = N("fields", "Dates")


class SiteOrLocation(Rule):
    """A distribution takes place at a site or in a village: one of the two is given."""

    MESSAGE = "give the site or the village (location) of the distribution"

    def one(self, session, obj) -> None:
        from workbench.services.errors import DomainError

        if obj.site_id is None and obj.location_id is None:
            raise DomainError(self.MESSAGE, "site_id")

    def many(self, rows, ctx) -> None:
        rows.fail(rows["site_id"].isna() & rows["location_id"].isna(), "site_id", self.MESSAGE)


class NotAfterFirstReceipt(Rule):
    """The distribution's date (the day it started, or the planned day before) is not moved after a receipt
    already recorded on it: receipts are never before it (kinds/receipt.py). A file's new distributions have
    no receipts yet; an update row goes through `one`."""

    def one(self, session, obj) -> None:
        from sqlalchemy import func, select

        from workbench.services.errors import DomainError

        if obj.id is None:
            return
        key = "started_on" if obj.started_on is not None else "planned_on"
        date = getattr(obj, key)
        with session.no_autoflush:
            first = session.scalar(select(func.min(m.Receipt.received_on))
                                   .where(m.Receipt.distribution_id == obj.id))
        if date is not None and first is not None and date > first:
            raise DomainError(f"cannot be after its first receipt ({first.isoformat()})", key)

    def many(self, rows, ctx) -> None:
        return None


def distribution_refusal(session, distribution: m.Distribution) -> str | None:
    received = count(session, m.Receipt, m.Receipt.distribution_id, distribution.id)
    if received:
        return f"{received} households received kits on it; cancel it instead"
    issued = count(session, m.StockMovement, m.StockMovement.distribution_id, distribution.id)
    if issued:
        return f"stock was issued to it ({issued} movements)"
    return None


KIND = Kind(
    "distribution", m.Distribution, "distribution", N("records", "Distribution"), area="distributions", order=172, key="code",
    key_words="distribution code", search=("code", "warehouse", "note"), pick=("code", None),
    workflow_fields=("status", "started_on", "completed_on"),
    rules=(SiteOrLocation(), Unique("code", "distribution"), NotAfterFirstReceipt()),
    delete_refusal=distribution_refusal,
    imports="distributions", import_title=N("ImportWizard", "Distributions"), import_key=("code",),
    table_order=("planned_on", True),
    fields=(
        F("code", N("fields", "Code"), header="Distribution code", hxl="#activity+code+x_distribution",
          words=("distribution code", "distribution id", "code", "code de la distribution", "code distribution")),
        PROJECT,
        F("site_id", N("fields", "Site"), hxl="#loc+name+x_site", words=("site", "site name", "nom du site")),
        LOCATION,
        F("modality", N("fields", "Modality"), choices=m.Modality, hxl="#modality",
          words=("modality", "modalite", "type of assistance", "type d assistance"),
          value_words={"en nature": "in kind", "in-kind": "in kind", "kind": "in kind", "especes": "cash",
                       "argent": "cash", "coupon": "voucher", "coupons": "voucher", "vouchers": "voucher",
                       "bon": "voucher", "bons": "voucher"}),
        F("planned_on", N("fields", "Planned on"), section=DATES, hxl="#date+x_planned",
          words=("planned date", "date", "date prevue", "prevu le", "date de distribution")),
        F("warehouse", N("fields", "Warehouse"), hxl="#loc+name+x_warehouse",
          words=("warehouse", "store", "entrepot", "magasin", "depot")),
        F("note", N("fields", "Note"), hxl="#meta+x_note", words=("note", "remark", "remarque", "commentaire")),
        F("status", N("fields", "Status"), choices=m.DistributionStatus, on_form=False, hxl="#status"),
        F("started_on", N("fields", "Started on"), section=DATES, read_only=True, hxl="#date+start"),  # by its steps
        F("completed_on", N("fields", "Completed on"), section=DATES, read_only=True, hxl="#date+end"),
    ),
    columns=(
        C("code", N("columns", "Code"), width=150), C("project", N("columns", "Project"), width=140),
        C("site", N("columns", "Site"), width=130), C("location", N("columns", "P-code"), width=100, hidden=True),
        C("modality", N("columns", "Modality"), "word", width=100), C("status", N("columns", "Status"), "status"),
        C("planned_on", N("columns", "Planned"), "date"), C("started_on", N("columns", "Started"), "date"),
        C("completed_on", N("columns", "Completed"), "date"),
        C("warehouse", N("columns", "Warehouse"), width=160, hidden=True),
    ),
    value_texts={
        'in kind': ('en nature', 'عينية'),
        'voucher': ('coupon', 'قسيمة'),
    },
)
