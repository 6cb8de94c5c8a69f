"""A complaint or feedback received at a site, and its resolution."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Empty, Is, IsNot, not_before, required

KIND = Kind(
    "complaint", m.Complaint, "complaint", N("records", "Complaint or feedback"), search=("category", "description"),
    parent="site_id", rules=(not_before("resolved_on", "received_on", "the date received"),
           required("resolved_on", when=Is("status", m.ComplaintStatus.RESOLVED),
                    message="is required for a resolved complaint"),
           Empty("resolved_on", IsNot("status", m.ComplaintStatus.RESOLVED),
                 "only a resolved complaint has a resolution date")),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False),
        F("received_on", N("fields", "Received on")),
        F("channel", N("fields", "Channel"), choices=m.ComplaintChannel),
        F("category", N("fields", "Category")),
        F("status", N("fields", "Status"), choices=m.ComplaintStatus),
        F("resolved_on", N("fields", "Resolved on")),
        F("description", N("fields", "Description")),
    ),
    columns=(C("received_on", N("columns", "Received"), "date"), C("channel", N("columns", "Channel"), "word"),
             C("category", N("columns", "Category")), C("status", N("columns", "Status"), "status"),
             C("resolved_on", N("columns", "Resolved"), "date"),
             C("description", N("columns", "Description"), width=260)),
)
