"""A report of a work's progress on one day."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Between, NotBeforeParent

KIND = Kind(
    "progress_report", m.WorkProgressReport, "progress report", N("records", "Progress report"), area="works", order=170, parent="work_id", tab_title=N("records", "Progress reports"), table_order=("reported_on", True),
    rules=(Between("progress_percent", 0, 100),
           NotBeforeParent("reported_on", "work_id", m.InfrastructureWork, "actual_start", "the work started",
                           "work_started")),
    imports="progress", import_title=N("ImportWizard", "Progress reports of works"),
    import_key=("work", "reported_on"),  # a report file imported twice updates its reports, never doubles them
    fields=(
        F("work_id", N("fields", "Work"), header="Work code", on_form=False, hxl="#activity+code+work",
          words=("work", "work code", "code", "code des travaux", "code chantier")),
        F("reported_on", N("fields", "Reported on"), hxl="#date+reported",
          words=("date", "report date", "date du rapport")),
        F("progress_percent", N("fields", "Progress (%)"), header="Progress %", hxl="#output+progress+pct",
          words=("progress", "percent", "progress percent", "avancement", "taux d avancement", "avancement %",
                 "pourcentage")),
        F("note", N("fields", "Note"), hxl="#description", words=("comment", "remarks", "commentaire", "observations")),
    ),
    columns=(C("reported_on", N("columns", "Reported on"), "date"),
             C("progress_percent", N("columns", "Progress"), "percent"), C("note", N("columns", "Note"), width=300)),
)
