"""An indicator of a project's logframe, measuring an outcome or an output."""

from dataclasses import dataclass

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import NotBoth, Rule
from workbench.services.errors import DomainError

NOT_SUMMED = "a percentage's periods cannot be added up: choose latest, average or maximum"


@dataclass(frozen=True)
class PercentagesNotSummed(Rule):
    """A share (unit "percent", "%") is never added up over reporting periods: six quarters at 80 % are not 480 %."""

    def one(self, session, obj) -> None:
        if (obj.unit or "").strip().lower() in m.PERCENT_UNITS and (obj.aggregation or "sum") == m.Aggregation.SUM:
            raise DomainError(NOT_SUMMED, "aggregation")

    def many(self, rows, ctx) -> None:
        units = rows["unit"].fillna("").astype(str).str.strip().str.lower()
        summed = rows["aggregation"].fillna(m.Aggregation.SUM.value) == m.Aggregation.SUM.value
        rows.fail(units.isin(m.PERCENT_UNITS) & summed, "aggregation", NOT_SUMMED)


KIND = Kind(
    "indicator", m.Indicator, "indicator", N("records", "Indicator"), area="programme", order=50, search=("code", "title"),
    parent="project_id", pick=("code", "title"),
    not_imported="named by a code unique only within its project: typed in the project's window",
    rules=(NotBoth("outcome_id", "output_id", "an indicator measures an outcome or an output, not both"),
           PercentagesNotSummed()),
    fields=(
        F("project_id", N("fields", "Project"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
        F("unit", N("fields", "Unit")),
        # Declared once here and read by every total of the indicator (services.figures.indicator_total).
        F("aggregation", N("fields", "Periods add up as"), choices=m.Aggregation,
          help=N("fields", "How the reporting periods make one figure: counts add up; a share takes its latest "
                 "value or the mean of the periods; a figure measured again each period takes its largest")),
        F("baseline", N("fields", "Baseline")),
        F("means_of_verification", N("fields", "Means of verification"),
          help=N("fields", "Where the values come from: departure lists, a household survey, the engineer's "
                 "reports")),
        F("outcome_id", N("fields", "Outcome")),
        F("output_id", N("fields", "Output")),
    ),
    columns=(C("code", N("columns", "Code"), width=80), C("title", N("columns", "Title"), width=320),
             C("unit", N("columns", "Unit")), C("aggregation", N("columns", "Adds up as"), "word")),
    value_texts={
        "sum": ("somme", "المجموع"),
        "latest": ("dernière valeur", "آخر قيمة"),
        "average": ("moyenne", "المتوسط"),
        "maximum": ("maximum", "الحد الأقصى"),
    },
)
