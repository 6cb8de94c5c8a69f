"""The fields of every record's form (label, editor, choices, references and sections), from the declarations."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.kinds import KINDS, referenced_kind
from workbench.kinds.base import DETAILS, Kind


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # marked for translation; translated when the form is built
    editor: str = "text"  # text, multiline, int, decimal, float, money, date, choice, multichoice, reference, bool
    choices: tuple = ()   # stored values of a choice (shown as words)
    reference: str | None = None   # the record kind a reference picks
    currency: str | None = None    # for money: the currency field shown beside the amount
    section: str = DETAILS
    read_only: bool = False
    shown_for: tuple[str, tuple[str, ...]] | None = None  # asked only while that field holds one of these values


def enum_values(enum) -> tuple:
    return tuple(str(v) for v in enum)


def _form(kind: Kind) -> tuple[Field, ...]:
    """A kind's form: its declared fields shown on forms, in the declared order, with editors read from the columns."""
    fields = []
    for f in kind.fields:
        # The record a child belongs to is set by its parent's window (not shown there); opened alone (an outcome
        # from Office set-up), its form asks for it.
        parent_pick = f.key == kind.parent and (target := referenced_kind(kind, f.key)) is not None and target.pick
        if not f.on_form and not parent_pick:
            continue
        editor = kind.editor(f)
        reference = referenced_kind(kind, f.key).name if editor == "reference" else None
        fields.append(Field(f.key, f.label, editor, f.values, reference, f.currency, f.section, f.read_only,
                            f.shown_for))
    return tuple(fields)


FORMS: dict[str, tuple[Field, ...]] = {name: _form(kind) for name, kind in KINDS.items()}
