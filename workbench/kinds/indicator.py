"""An indicator of a project's logframe, measuring an outcome or an output."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import NotBoth

KIND = Kind(
    "indicator", m.Indicator, "indicator", N("records", "Indicator"), area="programme", order=50, search=("code", "title"),
    parent="project_id", pick=("code", "title"),
    not_imported="named by a code unique only within its project: typed in the project's window", rules=(NotBoth("outcome_id", "output_id", "an indicator measures an outcome or an output, not both"),),
    fields=(
        F("project_id", N("fields", "Project"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
        F("unit", N("fields", "Unit")),
        F("outcome_id", N("fields", "Outcome")),
        F("output_id", N("fields", "Output")),
    ),
    columns=(C("code", N("columns", "Code"), width=80), C("title", N("columns", "Title"), width=320),
             C("unit", N("columns", "Unit"))),
)
