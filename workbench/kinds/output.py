"""An output of a logframe's outcome."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N

KIND = Kind(
    "output", m.Output, "output", N("records", "Output"), area="programme", order=40, search=("code", "title"), parent="outcome_id", tab_title=N("records", "Outputs"),
    pick=("code", "title"),
    not_imported="named by a code unique only within its outcome, which a file cannot say yet",
    fields=(
        F("outcome_id", N("fields", "Outcome"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
    ),
    columns=(C("code", N("columns", "Code"), width=80), C("title", N("columns", "Title"), width=420)),
)
