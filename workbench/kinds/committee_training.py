"""A training given to a site committee."""

from workbench import models as m
from workbench.kinds.base import Field as F, Kind, N
from workbench.kinds.rules import non_negative

KIND = Kind(
    "committee_training", m.CommitteeTraining, "committee training", N("records", "Committee training"),
    search=("topic",), parent="committee_id", rules=(non_negative("participants"),),
    fields=(
        F("committee_id", N("fields", "Committee"), on_form=False),
        F("topic", N("fields", "Topic")),
        F("held_on", N("fields", "Held on")),
        F("participants", N("fields", "Participants")),
    ),
)
