"""A file attached to a record (a signed agreement, a photo of a work)."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import non_negative

KIND = Kind(
    "attachment", m.Attachment, "attachment", N("records", "Attachment"), area="documents", order=200, search=("file_name", "description"),
    not_imported="a file is attached to its record (workbench attach, or the window), not imported",
    table_filters=("owner_table", "owner_id"), table_order=("added_on", True),
    rules=(non_negative("size"),), set_from_file=("file_name", "media_type", "size", "sha256"),
    fields=(
        F("file_name", N("fields", "File name"), identifies="indirect"),
        F("description", N("fields", "Description"), identifies="indirect"),
        F("media_type", N("fields", "Type"), read_only=True),
        F("size", N("fields", "Size (bytes)"), read_only=True),
        F("added_on", N("fields", "Added on"), editor="text", read_only=True),
        F("owner_table", N("fields", "Attached to"), on_form=False),
        F("owner_id", N("fields", "Record"), on_form=False),
        F("sha256", N("fields", "Checksum"), on_form=False),
    ),
    columns=(C("file_name", N("columns", "File"), width=220), C("media_type", N("columns", "Type")),
             C("size", N("columns", "Bytes"), "int"), C("description", N("columns", "Description"), width=200),
             C("added_on", N("columns", "Added"), "datetime")),
)
