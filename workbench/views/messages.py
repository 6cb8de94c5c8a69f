"""Messages of the services, the import and the reports (English, as the command line prints them) in the
window's language: a message is matched against the templates in message_templates.py ("cannot be before %1
(%2)") and the template's translation gets the same values. A value that is itself a message word ("a whole
number") is translated too; a message without a template stays as it is."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from workbench.views import words
from workbench.views.message_templates import TEMPLATES

_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    """Templates as anchored patterns, the most specific (longest fixed text) first."""
    out = []
    for template in TEMPLATES:
        fixed = _PLACEHOLDER.sub("", template)
        parts = _PLACEHOLDER.split(template)  # text, number, text, number, ...
        # A value may be empty: "no grants%1" is said "no grants" when the report covers the whole office.
        pattern = "".join(re.escape(part) if i % 2 == 0 else f"(?P<g{part}>.*?)" for i, part in enumerate(parts))
        out.append((len(fixed), re.compile(f"^{pattern}$", re.S), template))
    out.sort(key=lambda item: -item[0])
    return [(pattern, template) for _, pattern, template in out]


def translated(text: str | None) -> str:
    """`text` in the window's language when it is one of the known messages, else as it is."""
    if not text:
        return text or ""
    for pattern, template in _patterns():
        match = pattern.match(text)
        if match is None:
            continue
        result = QCoreApplication.translate("messages", template)
        if result == template:  # English, or no translation: the message as it was written
            return text
        values = match.groupdict()
        # A value that is a message of its own ("a whole number", the reason after "row 12: ") is translated too.
        return _PLACEHOLDER.sub(lambda m: _value(values.get(f"g{m.group(1)}", "")), result)  # noqa: B023
    return text


def _value(value: str) -> str:
    """A value inside a message: a message of its own, or a stored word ("ongoing"), in the window's language."""
    said = translated(value)
    if said == value and words.is_value_word(value):
        return words.word(value)
    return said


def error_text(exc: BaseException) -> str:
    """An exception's message for the window: a DomainError's message translated (its field, when there is one,
    in front as the command line prints it), or any other error's text translated when it is a known message."""
    message = getattr(exc, "message", None)
    if isinstance(message, str):
        field = getattr(exc, "field", None)
        return f"{field}: {translated(message)}" if field else translated(message)
    return translated(str(exc))
