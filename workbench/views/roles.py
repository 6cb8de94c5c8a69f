"""What the window offers to the user's role: an action its role may not take is disabled, with why as its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workbench.services.permissions import PermissionRefused
from workbench.views import words


def _tr(text: str) -> str:
    return QCoreApplication.translate("roles", text)


def _reason(action: str) -> str:
    texts = {
        "read": _tr("Your role (%1) does not allow reading these records"),
        "create": _tr("Your role (%1) does not allow adding these records"),
        "edit": _tr("Your role (%1) does not allow changing these records"),
        "delete": _tr("Your role (%1) does not allow deleting these records"),
        "step": _tr("Your role (%1) does not allow workflow steps on these records"),
        "export": _tr("Your role (%1) does not allow exporting these records"),
        "print_names": _tr("Your role (%1) does not allow printing names"),
    }
    return texts[action]


def role_word(role: str, capital: bool = True) -> str:
    """A role as the window names it: "Site manager", "Chargé de suivi et évaluation", "مدير موقع"."""
    from workbench.services.permissions import ROLE_TITLES
    from workbench.views import languages

    said = ROLE_TITLES.get(role, role) if languages.current() == "en" else words.word(role).lower()
    return said[:1].upper() + said[1:] if capital else said


def refusal(context, kind: str, action: str, field_class: str = "ordinary") -> str | None:
    """Why the user's role may not take this action on this kind, in the window's language; None when it may."""
    try:
        actor = context.actor
    except PermissionRefused as exc:
        return exc.message
    if actor.may(kind, action, field_class):
        return None
    return _reason(action).replace("%1", role_word(actor.role, capital=False))


def permit(widget: QWidget, context, kind: str, action: str, tooltip: str | None = None,
           field_class: str = "ordinary") -> bool:
    """Enables `widget` when the role may take the action (with its own tooltip), else disables it and says why."""
    reason = refusal(context, kind, action, field_class)
    widget.setEnabled(reason is None)
    if reason is not None:
        widget.setToolTip(reason)
    elif tooltip is not None:
        widget.setToolTip(tooltip)
    return reason is None


def out_of_scope(kind_title: str, scopes) -> str:
    return _tr("This %1 is outside your scope (%2)").replace("%1", kind_title.lower()).replace("%2", ", ".join(scopes))
