"""The limits a stored value must fit, read from its SQLAlchemy column, and the one rule holding values to them.

The rule has two halves side by side: `problem()` judges one value (the services, for a form or the command line)
and `problems()` a whole column of an import, by calling `problem()` on the values that may break it, so the two
give the same verdict in the same words. Both backends take what fits: SQLite would store a 10,000-character name
or 99,999,999,999 people that PostgreSQL then refuses with a bare database error, and keeps its decimals as floats
(exact to 15 significant digits), so an amount is held to what both store exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import pandas as pd
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Numeric, String, Text

TEXT_LIMIT = 4_000          # a Text column (a description, a note): about two printed pages
INT_LOW, INT_HIGH = -(2 ** 31), 2 ** 31 - 1   # PostgreSQL's integer
EXACT_DIGITS = 15           # what a float (SQLite's storage of a decimal) keeps exactly


@dataclass(frozen=True)
class Limits:
    """What one column holds: its type (text, int, decimal, float, date, bool) and its bounds."""

    type: str
    max_length: int | None = None
    high: Decimal | int | None = None   # the largest value; the smallest is its negative (INT_LOW for integers)
    low: Decimal | int | None = None
    scale: int | None = None            # decimals kept


def value_type(column) -> str:
    t = column.type
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, (Date, DateTime)):
        return "date"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Numeric) and not isinstance(t, Float):
        return "decimal"
    if isinstance(t, Float):
        return "float"
    return "text"


def limits_of(column) -> Limits:
    kind = value_type(column)
    t = column.type
    if kind == "text":
        length = getattr(t, "length", None)
        return Limits(kind, max_length=length if isinstance(t, String) and length else TEXT_LIMIT
                      if isinstance(t, (String, Text)) else None)
    if kind == "int":
        return Limits(kind, high=INT_HIGH, low=INT_LOW)
    if kind == "decimal":
        scale = t.scale or 0
        digits = min(t.precision or EXACT_DIGITS, EXACT_DIGITS)
        high = Decimal(10) ** (digits - scale) - Decimal(1).scaleb(-scale)
        return Limits(kind, high=high, low=-high, scale=scale)
    return Limits(kind)


# Invisible characters that make look-alike records ("Kalonda\u200b", "Ka\u200dlonda"): taken out of stored text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
# Direction controls that turn text around on screen ("\u202eadnolaK" shows as Kalonda): refused in stored text.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_text(value: str) -> str:
    """Text as it is stored and compared: Unicode NFC, without invisible characters or surrounding spaces, so two
    records that look the same are the same (and a duplicate is found as one)."""
    if value.isascii():
        return value.strip()
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", value)).strip()


def _number(value) -> str:
    return f"{value:,}"


def problem(limits: Limits, value) -> str | None:
    """Why `value` cannot be stored in a column with these limits, or None (also for no value)."""
    if value is None or isinstance(value, bool):
        return None
    kind = limits.type
    if kind == "text":
        if limits.max_length is not None and isinstance(value, str) and len(value) > limits.max_length:
            return f"is too long: at most {_number(limits.max_length)} characters ({_number(len(value))} given)"
        if isinstance(value, str) and not value.isascii() and _DIRECTION_CONTROLS.search(value):
            return "holds a character that turns text around on screen (a direction control); type it again"
        return None
    if kind == "float":
        if isinstance(value, (int, float, Decimal)) and not np.isfinite(float(value)):
            return "must be a finite number"
        return None
    if kind not in ("int", "decimal") or not isinstance(value, (int, float, Decimal)):
        return None
    if isinstance(value, Decimal) and not value.is_finite() or isinstance(value, float) and not np.isfinite(value):
        return "must be a finite number"
    if value > limits.high:
        return f"is too large: at most {_number(limits.high)}"
    if value < limits.low:
        return f"is too small: at least {_number(limits.low)}"
    if limits.scale is not None:
        exact = value if isinstance(value, Decimal) else Decimal(repr(value)) if isinstance(value, float) \
            else Decimal(value)
        if exact != exact.quantize(Decimal(1).scaleb(-limits.scale)):
            places = "no decimals" if limits.scale == 0 else \
                f"at most {limits.scale} decimal{'s' if limits.scale > 1 else ''}"
            return f"has {places} ({exact} given)"
    return None


def problems(limits: Limits, values: pd.Series) -> pd.Series:
    """`problem()` for a whole column: the reason of each value that breaks a limit, None elsewhere.

    Only values that may break one are judged one by one (long texts, big or fractional numbers), so a column of
    100,000 ordinary cells costs a few vector operations."""
    reasons = pd.Series(None, index=values.index, dtype=object)
    kind = limits.type
    if kind == "text" and limits.max_length is not None:
        if values.dtype != object:
            return reasons
        texts = values.tolist()
        try:  # the longest text first, at C speed: most columns have none too long, and only ASCII
            longest = max(map(len, filter(None, texts)), default=0)
            plain = "".join(filter(None, texts)).isascii()
        except TypeError:  # not only texts: judged cell by cell
            longest, plain = limits.max_length + 1, False
        if longest <= limits.max_length and plain:
            return reasons
        suspects = values.map(lambda v: isinstance(v, str) and (len(v) > limits.max_length or not v.isascii()))
        suspects = suspects.astype(bool)
    elif kind in ("int", "float") and values.dtype != object:
        numbers = values.astype("float64")
        suspects = numbers.notna() & ~np.isfinite(numbers.fillna(0))
        if kind == "int":
            suspects |= numbers.notna() & ((numbers > INT_HIGH) | (numbers < INT_LOW))
    elif kind in ("int", "float", "decimal"):
        suspects = values.map(lambda v: v is not None and v is not pd.NA and not (isinstance(v, float) and v != v))
        suspects = suspects.astype(bool)
    else:
        return reasons
    if suspects.any():
        found = values[suspects].map(lambda v: problem(limits, v.item() if hasattr(v, "item") else v))
        reasons[found.index] = found
    return reasons


__all__ = ["Limits", "limits_of", "problem", "problems", "value_type", "clean_text", "TEXT_LIMIT"]
