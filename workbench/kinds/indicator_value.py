"""A target and what was achieved for one indicator in one reporting period."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.common import PROJECT, SADD
from workbench.kinds.rules import Rule, SexAndAgeAddUp, non_negative, not_before
from workbench.services.errors import DomainError


class AchievedBySexAndAge(Rule):
    """A value broken down by sex and age is a whole number, given, and the sum of its groups."""

    adds_up = SexAndAgeAddUp("achieved")

    def one(self, session, obj: m.IndicatorValue) -> None:
        any_given = any(v is not None for v in obj.sadd_values().values())
        if obj.achieved is None:
            if any_given:
                raise DomainError("is required when sex and age groups are given", "achieved")
            return
        if any_given and obj.achieved != int(obj.achieved):
            raise DomainError("a value broken down by sex and age must be a whole number", "achieved")
        self.adds_up.one(session, obj)

    def many(self, rows, ctx) -> None:
        achieved = rows["achieved"]
        any_given = rows.frame[list(m.SADD_FIELDS)].notna().any(axis=1)
        rows.fail(achieved.notna() & (achieved % 1 != 0) & any_given, "achieved",
                  "a value broken down by sex and age must be a whole number")
        self.adds_up.many(rows, ctx, where=achieved.notna())
        rows.fail(achieved.isna() & any_given, "achieved", "is required when sex and age groups are given")


KIND = Kind(
    "indicator_value", m.IndicatorValue, "indicator value", N("records", "Indicator value"), area="programme", order=180,
    parent="indicator_id", tab_title=N("records", "Values by period"),
    rules=(not_before("period_end", "period_start", "the period's start"), non_negative("target", "achieved"),
           AchievedBySexAndAge()),
    imports="indicators", import_title=N("ImportWizard", "Indicator values"),
    import_key=("project", "indicator", "period_start"),
    import_extra=(PROJECT,),
    fields=(
        F("indicator_id", N("fields", "Indicator"), reference=("indicator", "code"), hxl="#indicator+code",
          words=("indicator", "indicator code", "indicateur", "code indicateur")),
        F("period_label", N("fields", "Reporting period"), header="Period", hxl="#x_period+name", hxl_words=("#date+period",),
          words=("period", "reporting period", "periode")),
        F("period_start", N("fields", "Period start"), hxl="#date+start",
          words=("start", "from", "debut", "debut de periode", "du")),
        F("period_end", N("fields", "Period end"), hxl="#date+end", words=("end", "to", "fin", "fin de periode", "au")),
        F("target", N("fields", "Target"), hxl="#indicator+num+x_target", hxl_words=("#indicator+value+target",),
          words=("cible",)),
        F("achieved", N("fields", "Achieved"), hxl="#indicator+num+x_achieved", hxl_words=("#indicator+value+achieved",),
          words=("achieved value", "actual", "realise", "valeur atteinte", "atteint")),
        *SADD,
    ),
    columns=(
        C("indicator", N("columns", "Indicator"), width=80), C("title", N("columns", "Title"), width=260),
        C("unit", N("columns", "Unit")), C("period_label", N("columns", "Period")),
        C("target", N("columns", "Target"), "decimal"), C("achieved", N("columns", "Achieved"), "decimal"),
    ),
)
