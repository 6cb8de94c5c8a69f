"""An item of a kit type and how many of it one kit holds (2 tarpaulins, 1 jerrycan of 20 litres)."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import MoreThanZero


def kit_item_refusal(session, item: m.KitItem) -> str | None:
    """A kit's last item stays while a distribution under way hands the kit out (a planned one is stopped from
    starting instead: services/workflows.py)."""
    from sqlalchemy import func, select

    others = session.scalar(select(func.count()).select_from(m.KitItem).where(
        m.KitItem.kit_type_id == item.kit_type_id, m.KitItem.id != item.id)) or 0
    if others:
        return None
    running = session.scalar(select(m.Distribution.code).join(
        m.DistributionKit, m.DistributionKit.distribution_id == m.Distribution.id).where(
        m.DistributionKit.kit_type_id == item.kit_type_id,
        m.Distribution.status == m.DistributionStatus.IN_PROGRESS).order_by(m.Distribution.code).limit(1))
    return None if running is None else f"it is the kit's last item and {running} is handing the kit out"


KIND = Kind(
    "kit_item", m.KitItem, "kit item", N("records", "Kit item"), area="distributions", order=171, parent="kit_type_id",
    tab_title=N("records", "Items"), search=("item",),
    rules=(MoreThanZero("quantity"),), delete_refusal=kit_item_refusal,
    imports="kit-items", import_title=N("ImportWizard", "Items of kit types"), import_key=("kit_type", "item"),
    fields=(
        F("kit_type_id", N("fields", "Kit type"), header="Kit code", on_form=False, hxl="#item+code",
          words=("kit", "kit code", "code du kit", "code kit")),
        F("item", N("fields", "Item"), hxl="#item+name+x_component",
          words=("item", "article", "designation", "element", "item name")),
        F("quantity", N("fields", "Quantity"), hxl="#item+num", words=("quantity", "qty", "quantite", "nombre")),
        F("unit", N("fields", "Unit"), hxl="#item+x_unit", words=("unit", "unite")),
    ),
    columns=(C("item", N("columns", "Item"), width=260), C("quantity", N("columns", "Quantity"), "int", width=80),
             C("unit", N("columns", "Unit"), width=100)),
)
