"""An output of a logframe's outcome."""

from workbench import models as m
from workbench.kinds.base import Field as F, Kind, N

KIND = Kind(
    "output", m.Output, "output", N("records", "Output"), search=("code", "title"), parent="outcome_id",
    pick=("code", "title"), 
    fields=(
        F("outcome_id", N("fields", "Outcome"), on_form=False),
        F("code", N("fields", "Code")),
        F("title", N("fields", "Title")),
    ),
)
