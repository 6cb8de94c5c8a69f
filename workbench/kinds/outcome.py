"""An outcome of a project's logframe."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N

KIND = Kind(
    "outcome", m.Outcome, "outcome", N("records", "Outcome"), area="programme", order=30, search=("code", "title"), parent="project_id", tab_title=N("records", "Outcomes"),
    pick=("code", "title"),
    not_imported="named by a code unique only within its project, which a file cannot say yet",
    fields=(
        F("project_id", N("fields", "Project"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
    ),
    columns=(C("code", N("columns", "Code"), width=80), C("title", N("columns", "Title"), width=420)),
)
