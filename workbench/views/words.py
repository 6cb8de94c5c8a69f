"""How stored values read on screen: enum values as words, statuses with a colour cue, dates and amounts in the user's locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale
from PySide6.QtGui import QColor

from workbench.kinds import KINDS
from workbench.kinds.values import VALUES, value_word

# Stored values are English words (the database and exports keep them); screens show them in the window's language,
# with the words the reports print (workbench/kinds/values.py). These are the window's own: a workflow's next step
# and what the History tab says was done.
ACTION_WORDS: dict[str, str] = {
    "pay": QT_TRANSLATE_NOOP("values", "Pay next tranche"),
    "create": QT_TRANSLATE_NOOP("values", "Created"),
    "update": QT_TRANSLATE_NOOP("values", "Changed"),
    "delete": QT_TRANSLATE_NOOP("values", "Deleted"),
}


def is_value_word(text: str) -> bool:
    """A stored value the window shows in words ("ongoing")."""
    return text in VALUES or text in ACTION_WORDS


# A colour cue per status; the word is always shown too, so the colour is never the only signal.
GREEN, AMBER, RED, BLUE, GREY = "#1b7a3a", "#a15c00", "#b3261e", "#1f5fa8", "#5f6368"
STATUS_COLOURS: dict[str, str] = {
    "pipeline": GREY, "ongoing": BLUE, "completed": GREEN, "closed": GREY,
    "open": BLUE, "closing": AMBER, "in progress": AMBER, "resolved": GREEN,
    "application": GREY, "vetting": AMBER, "approved": BLUE, "disbursed": BLUE, "monitored": GREEN,
    "rejected": RED, "cancelled": RED, "planned": GREY, "paid": GREEN,
    "handed over": GREEN, "suspended": RED, "good": GREEN, "needs repair": AMBER, "out of order": RED,
    "draft": GREY, "sent": AMBER, "accepted": BLUE, "declined": RED, "service delivered": GREEN, "withdrawn": RED,
    "received": GREEN, "not received": RED, "received with issues": AMBER,
}


def word(value) -> str:
    """A stored value as the user reads it ('in progress' -> 'In progress', 'En traitement', 'قيد المعالجة')."""
    if value is None:
        return ""
    text = str(value)
    if text in ACTION_WORDS:
        return QCoreApplication.translate("values", ACTION_WORDS[text])
    if text not in VALUES:
        return text  # a code (USD, CD74)
    from workbench.views import languages

    said = value_word(text, languages.current())
    return said[:1].upper() + said[1:]


def words_text(value) -> str:
    """Stored words separated by commas ('legal aid, civil documentation'), each in the window's language and
    separated as the language writes a list (the Arabic comma in Arabic)."""
    from workbench.views import languages

    separator = "، " if languages.current() == "ar" else ", "
    return separator.join(word(v.strip()) for v in str(value).split(",") if v.strip())


def status_colour(value) -> QColor | None:
    colour = STATUS_COLOURS.get(str(value)) if value is not None else None
    return QColor(colour) if colour else None


# Arabic-Indic digits as Latin ones: in Arabic the window, like the printed reports, writes 0-9 (codes, P-codes,
# amounts and the office's workbooks all use them), with Iraq's month names.
_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _latin_numbers(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Arabic


def date_text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)  # a moment (an audit time, in UTC) at this computer's clock
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # No locale set (a service account, a bare container): Qt's C format prints "1 01 2023"; say it plainly.
        fmt = "d MMM yyyy HH:mm" if isinstance(value, dt.datetime) else "d MMM yyyy"
        return locale.toString(QDateTime(value) if isinstance(value, dt.datetime)
                               else QDate(value.year, value.month, value.day), fmt)
    if isinstance(value, dt.datetime):
        text = locale.toString(QDateTime(value), QLocale.FormatType.ShortFormat)
    else:
        text = locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    return text.translate(_LATIN_DIGITS) if _latin_numbers(locale) else text


def month_text(value: dt.date) -> str:
    """A month as the window's language names it ('Mar 2023', 'mars 2023', 'آذار 2023' with Latin digits)."""
    text = QLocale().toString(QDate(value.year, value.month, 1), "MMM yyyy")
    return text.translate(_LATIN_DIGITS) if _latin_numbers(QLocale()) else text


def number_text(value, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal point, exact for Decimals (no float rounding)."""
    if value is None or value == "":
        return ""
    value = Decimal(str(value))
    text = f"{value:,.{decimals}f}"
    locale = QLocale()
    if _latin_numbers(locale):
        return text  # 1,234.50, as the Arabic reports print it
    return text.replace(",", "\x00").replace(".", locale.decimalPoint()).replace("\x00", locale.groupSeparator())


def plural(n: int, one: str, many: str) -> str:
    """"1 duplicate skipped", "3 duplicates skipped": `one` and `many` hold %1 for the number."""
    return (one if n == 1 else many).replace("%1", number_text(n))


def money_text(amount, currency: str | None) -> str:
    if amount is None or amount == "":
        return ""
    text = number_text(amount, 2)
    if not currency:
        return text
    if _latin_numbers(QLocale()):
        # A left-to-right mark first: in a right-to-left line the amount still reads "33,000.00 USD", as printed.
        return f"\u200e{text} {currency}"
    return f"{text} {currency}"


class NumberTextError(ValueError):
    """Text that is not a number as the window's language writes one; `hint` says how to write it."""

    def __init__(self, text: str, hint: str):
        super().__init__(text)
        self.hint = hint


_SPACES = (" ", "\xa0", "\u202f")
_EXAMPLE = QT_TRANSLATE_NOOP("numbers", "write a number such as %1")
_DECIMALS_HERE = QT_TRANSLATE_NOOP(
    "numbers", "the decimals follow \u201c%1\u201d here, and \u201c%2\u201d separates thousands: write %3 or %4")


def _number_hint(source: str, *examples: str) -> str:
    text = QCoreApplication.translate("numbers", source)
    for i, example in enumerate(examples, start=1):
        text = text.replace(f"%{i}", example)
    return text


def parse_number(text: str) -> Decimal | None:
    """A number as a user types it in their locale ('15 000,50' in French, '15,000.50' in English).

    Strict, so that nothing is misread: a separator of thousands must stand between groups of three digits, and the
    decimals follow the language's decimal point. '100000,50' and '1,5' in English, '1.5' in French, are refused
    with a hint rather than read as 10,000,050, 15 or 15; '15.000' in French (how DR Congo often writes 15 000 FC)
    is fifteen thousand."""
    text = (text or "").replace("\u200e", "").replace("\u200f", "").strip()  # direction marks (Arabic)
    if not text:
        return None
    locale = QLocale()
    if _latin_numbers(locale):
        # Arabic-Indic or Latin digits, "," (or ٬) grouping and "." (or ٫) for the decimals, as the reports print.
        text = text.translate(_LATIN_DIGITS).replace("٫", ".").replace("٬", ",")
        point, groups = ".", {","}
    else:
        point = locale.decimalPoint()
        groups = {locale.groupSeparator()}
    groups |= set(_SPACES)
    # The other language's decimal point, taken as grouping only where it stands between groups of three.
    foreign = "." if point == "," else ","
    if foreign not in groups:
        groups.add(foreign)
    sign = ""
    if text[:1] in "+-\u2212":
        sign, text = ("" if text[0] == "+" else "-"), text[1:].lstrip()
    example = _number_hint(_EXAMPLE, number_text(Decimal("1234.5"), 2))
    whole, has_point, decimals = text.partition(point)
    if not (whole or decimals) or (has_point and not decimals.isdigit()):
        raise NumberTextError(text, example)
    whole = "".join(" " if c in _SPACES else c for c in whole)
    used = {c for c in whole if not c.isdigit()}
    if not used <= groups | {" "} or len(used) > 1:
        raise NumberTextError(text, example)
    if used:
        separator = used.pop()
        parts = whole.split(separator)
        if not (1 <= len(parts[0]) <= 3 and all(len(p) == 3 and p.isdigit() for p in parts[1:])):
            if separator in (",", "."):
                # '1,5' or '100000,50' in English, '1.5' in French: the user meant decimals.
                raise NumberTextError(text, _number_hint(_DECIMALS_HERE, point, separator, number_text(Decimal("1.5"), 1),
                    number_text(Decimal("1500"), 0)))
            raise NumberTextError(text, example)
        whole = "".join(parts)
    if not (whole or "0").isdigit():
        raise NumberTextError(text, example)
    return Decimal(f"{sign}{whole or '0'}.{decimals}" if has_point else f"{sign}{whole}")


def exact_number_text(value) -> str:
    """A stored decimal with every digit it has (an exchange rate of 0.00076336), in the locale's writing."""
    if value is None or value == "":
        return ""
    value = Decimal(str(value))
    exponent = value.normalize().as_tuple().exponent
    return number_text(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def kind_title(kind: str) -> str:
    """What the window calls a record of this kind (its declared title, translated)."""
    declared = KINDS.get(kind)
    return QCoreApplication.translate("records", declared.title) if declared else kind
