"""A site's latrines, showers, water points... and their condition."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import non_negative

KIND = Kind(
    "site_infrastructure", m.SiteInfrastructure, "site infrastructure", N("records", "Site infrastructure"),
    parent="site_id", rules=(non_negative("quantity"),),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False),
        F("kind", N("fields", "Kind"), choices=m.InfrastructureKind),
        F("quantity", N("fields", "Quantity")),
        F("condition", N("fields", "Condition"), choices=m.Condition),
        F("recorded_on", N("fields", "Recorded on")),
    ),
    columns=(C("kind", N("columns", "Kind"), "word", width=160), C("quantity", N("columns", "Quantity"), "int"),
             C("condition", N("columns", "Condition"), "status"), C("recorded_on", N("columns", "Recorded on"), "date")),
)
