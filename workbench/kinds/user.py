"""A person who uses the workbench."""

from workbench import models as m
from workbench.kinds.base import Column as C, Field as F, Kind, N
from workbench.kinds.rules import Unique

KIND = Kind(
    "user", m.User, "user", N("records", "User"), order=190, key="username", search=("username", "full_name"),
    not_imported="a person is added by an administrator, never from a file",
    rules=(Unique("username", "user"),),
    fields=(
        F("username", N("fields", "Login name"), personal="name"),
        F("full_name", N("fields", "Full name"), personal="name"),
        F("role", N("fields", "Role")),
        F("active", N("fields", "Active")),
    ),
    columns=(C("username", N("columns", "Login name"), width=140), C("full_name", N("columns", "Full name"), width=200),
             C("role", N("columns", "Role")), C("active", N("columns", "Active"), "bool")),
)
