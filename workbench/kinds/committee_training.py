"""A training given to a site committee."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import non_negative

KIND = Kind(
    "committee_training", m.CommitteeTraining, "committee training", N("records", "Committee training"), area="sites", order=100,
    search=("topic",),
    not_imported="named only through its committee, whose name is unique only within its site",
    parent="committee_id", tab_title=N("records", "Trainings"), rules=(non_negative("participants"),),
    fields=(
        F("committee_id", N("fields", "Committee"), on_form=False),
        F("topic", N("fields", "Topic")),
        F("held_on", N("fields", "Held on")),
        F("participants", N("fields", "Participants")),
    ),
    columns=(C("topic", N("columns", "Topic"), width=240), C("held_on", N("columns", "Held on"), "date"),
             C("participants", N("columns", "Participants"), "int")),
)
