"""A target and what was achieved for one indicator in one reporting period."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import PROJECT, SADD
from workbench.services import rules

KIND = Kind(
    "indicator_value", m.IndicatorValue, "indicator value", N("records", "Indicator value"),
    parent="indicator_id", validate=rules.indicator_value,
    imports="indicators", import_title=N("ImportWizard", "Indicator values"),
    import_key=("project", "indicator", "period_start"),
    import_extra=(PROJECT,),
    fields=(
        F("indicator_id", N("fields", "Indicator"), reference=("indicator", "code"), hxl="#indicator+code",
          words=("indicator", "indicator code", "indicateur", "code indicateur")),
        F("period_label", N("fields", "Reporting period"), header="Period", hxl="#date+period",
          words=("period", "reporting period", "periode")),
        F("period_start", N("fields", "Period start"), hxl="#date+start",
          words=("start", "from", "debut", "debut de periode", "du")),
        F("period_end", N("fields", "Period end"), hxl="#date+end", words=("end", "to", "fin", "fin de periode", "au")),
        F("target", N("fields", "Target"), hxl="#indicator+value+target", words=("cible",)),
        F("achieved", N("fields", "Achieved"), hxl="#indicator+value+achieved",
          words=("achieved value", "actual", "realise", "valeur atteinte", "atteint")),
        *SADD,
    ),
    columns=(
        C("indicator", N("columns", "Indicator"), width=80), C("title", N("columns", "Title"), width=260),
        C("unit", N("columns", "Unit")), C("period_label", N("columns", "Period")),
        C("target", N("columns", "Target"), "decimal"), C("achieved", N("columns", "Achieved"), "decimal"),
    ),
)
