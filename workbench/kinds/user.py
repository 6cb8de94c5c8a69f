"""A person who uses the workbench."""

from workbench import models as m
from workbench.kinds.base import Field as F, Kind, N
from workbench.kinds.rules import Unique

KIND = Kind(
    "user", m.User, "user", N("records", "User"), key="username", search=("username", "full_name"),
    rules=(Unique("username", "user"),),
    fields=(
        F("username", N("fields", "Login name")),
        F("full_name", N("fields", "Full name")),
        F("role", N("fields", "Role")),
        F("active", N("fields", "Active")),
    ),
)
