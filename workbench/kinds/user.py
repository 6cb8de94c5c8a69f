"""A person who uses the workbench."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Unique

KIND = Kind(
    "user", m.User, "user", N("records", "User"), area="admin", order=190, key="username", search=("username", "full_name"),
    not_imported="a person is added by an administrator, never from a file",
    rules=(Unique("username", "user"),),
    fields=(
        F("username", N("fields", "Login name"), personal="name"),
        F("full_name", N("fields", "Full name"), personal="name"),
        F("role", N("fields", "Role"), choices=m.ROLES),
        F("active", N("fields", "Active")),
    ),
    columns=(C("username", N("columns", "Login name"), width=140), C("full_name", N("columns", "Full name"), width=200),
             C("role", N("columns", "Role"), "word"), C("active", N("columns", "Active"), "bool")),
    value_texts={
        "viewer": ("lecteur", "مُطّلع"),
        "officer": ("chargé de programme", "موظف برامج"),
        "site_manager": ("gestionnaire de site", "مدير موقع"),
        "me_officer": ("chargé de suivi et évaluation", "موظف الرصد والتقييم"),
        "admin": ("administrateur", "مسؤول النظام"),
    },
)
