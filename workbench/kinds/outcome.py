"""An outcome of a project's logframe."""

from workbench import models as m
from workbench.kinds.base import Field as F, Kind, N

KIND = Kind(
    "outcome", m.Outcome, "outcome", N("records", "Outcome"), search=("code", "title"), parent="project_id",
    pick=("code", "title"), 
    fields=(
        F("project_id", N("fields", "Project"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
    ),
)
