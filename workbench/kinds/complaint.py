"""A complaint or feedback received at a site, and its resolution."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Empty, Is, IsNot, not_before, required

KIND = Kind(
    "complaint", m.Complaint, "complaint", N("records", "Complaint or feedback"), area="sites", order=110, search=("category", "description"),
    parent="site_id", tab_title=N("records", "Complaints and feedback"), table_order=("received_on", True),
    imports="complaints", import_title=N("ImportWizard", "Complaints and feedback of sites"), rules=(not_before("resolved_on", "received_on", "the date received"),
           required("resolved_on", when=Is("status", m.ComplaintStatus.RESOLVED),
                    message="is required for a resolved complaint"),
           Empty("resolved_on", IsNot("status", m.ComplaintStatus.RESOLVED),
                 "only a resolved complaint has a resolution date")),
    fields=(
        F("site_id", N("fields", "Site"), on_form=False, hxl="#loc+name", words=("site", "site name", "nom du site")),
        F("received_on", N("fields", "Received on"), hxl="#date+x_received",
          words=("date", "date received", "recu le", "date de reception")),
        F("channel", N("fields", "Channel"), choices=m.ComplaintChannel, hxl="#meta+x_channel", words=("canal",),
          value_words={"boite a suggestions": "suggestion box", "ligne verte": "hotline", "point focal": "focal point"}),
        F("category", N("fields", "Category"), hxl="#meta+x_category", words=("categorie", "type")),
        F("status", N("fields", "Status"), choices=m.ComplaintStatus, hxl="#status", words=("statut", "etat"),
          value_words={"ouvert": "open", "ouverte": "open", "en cours": "in progress", "resolu": "resolved",
                       "resolue": "resolved"}),
        F("resolved_on", N("fields", "Resolved on"), hxl="#date+x_resolved", words=("date resolved", "resolu le")),
        F("description", N("fields", "Description"), identifies="indirect", hxl="#description",
          words=("complaint", "feedback", "plainte", "commentaire")),
    ),
    columns=(C("received_on", N("columns", "Received"), "date"), C("channel", N("columns", "Channel"), "word"),
             C("category", N("columns", "Category")), C("status", N("columns", "Status"), "status"),
             C("resolved_on", N("columns", "Resolved"), "date"),
             C("description", N("columns", "Description"), width=260)),
    value_texts={
        'suggestion box': ('boîte à suggestions', 'صندوق الاقتراحات'),
        'hotline': ('ligne verte', 'الخط الساخن'),
        'focal point': ('point focal', 'نقطة الاتصال'),
        'in progress': ('en traitement', 'قيد المعالجة'),
        'resolved': ('résolu', 'تمت المعالجة'),
    },
)
