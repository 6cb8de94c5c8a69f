"""Words, numbers, dates and amounts of a printed report in English, French or Arabic (Babel; no Qt)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import arabic_reshaper
from babel import Locale
from babel.dates import format_date
from babel.numbers import get_currency_precision, parse_pattern

# python-bidi's pure-Python algorithm, not its Rust get_display: 0.6's Rust version skips rule L4 and
# leaves brackets unmirrored, printing "(دفعات)" as ")دفعات(".
from bidi.algorithm import get_display

from workbench.kinds.values import VALUES, value_word
from workbench.reports.catalogue import CATALOGUE, PLURALS

LANGUAGES = ("en", "fr", "ar")

# Babel locales: British English writes "31 Mar 2023" (no month/day ambiguity for donors), French as in
# DR Congo, Arabic as in Iraq (its month names: آذار, نيسان...).
LOCALES = {"en": "en_GB", "fr": "fr_CD", "ar": "ar_IQ"}

# Arabic reports use Latin digits (0-9, CLDR's "latn" numbering system, Babel's default). Codes and
# P-codes (IQ-EDF-0001, IQG15) are Latin anyway, and staff check printed amounts against the database,
# the English edition and Excel workbooks, all in Latin digits; Arabic-Indic digits in the same table as
# Latin codes made figures harder, not easier, to compare.
NUMBERING_SYSTEM = "latn"

# Direction marks Babel puts around Arabic dates and numbers: the bidi step below orders the text itself,
# and DejaVu has no glyph for the Arabic letter mark.
_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


# A register repeats the same words thousands of times (statuses, sexes, month names, governorates): shaping
# and the pure-Python bidi algorithm run once per distinct text. Both are pure functions of their input.
_CACHED_TEXTS = 1 << 16


def shape(text: str) -> str:
    """Arabic letters joined (presentation forms), still in logical order: wrap lines after this."""
    return _shaped(text) if has_arabic(text) else text


@lru_cache(maxsize=_CACHED_TEXTS)
def _shaped(text: str) -> str:
    return arabic_reshaper.reshape(text)


def visual(line: str, rtl: bool = True) -> str:
    """One line, shaped, in the left-to-right order a PDF draws it. Call per line, after wrapping."""
    line = _MARKS.sub("", line)
    if not has_arabic(line):
        return line
    return reorder(shape(line), rtl)


def reorder(shaped_line: str, rtl: bool = True) -> str:
    """The Unicode bidi algorithm on one already shaped line (brackets mirrored inside Arabic runs).

    A line with no Arabic letter is left as it is: a project title or a donor's name keeps its closing
    bracket at its end instead of having it moved to its start by the right-to-left base direction. In a line
    with Arabic, each Latin run (amounts with their currency, codes, coordinates) is embedded left to right
    first (embed_latin): left to the algorithm alone, "5,145,700.00 USD + 1,241,618,000 IQD" in an Arabic
    sentence is drawn "5,145,700.00 IQD 1,241,618,000 + USD", each number moved away from its currency.
    """
    if not has_arabic(shaped_line):
        return shaped_line
    return _displayed(embed_latin(shaped_line), "R" if rtl else "L")


# A Latin run: from a Latin letter or digit (or the brackets opening it) to the last Latin letter, digit, "%"
# or closing bracket, over spaces and the punctuation of amounts, codes and coordinates; not over a spaced dash,
# which separates ("1 Mar 2023 – 30 Jun 2023" keeps its two dates apart, each placed by the algorithm).
_LATIN_RUN = re.compile(r"[(\[]*[A-Za-z0-9][A-Za-z0-9 ,.+\-/:%&'\u00a0\u202f()\[\]]*[A-Za-z0-9%)\]]|[(\[]*[A-Za-z0-9]")
_LRE, _PDF = "\u202a", "\u202c"


def embed_latin(line: str) -> str:
    """Each Latin run of a line with Arabic between left-to-right embedding marks (LRE ... PDF, which the bidi
    algorithm removes), its brackets kept only when they pair up inside it."""

    def embedded(match: re.Match) -> str:
        run = match.group(0)
        start, end = 0, len(run)
        while start < end and run[start] in "([" and _unpaired_opening(run[start:end]):
            start += 1
        while end > start and run[end - 1] in ")]" and _unpaired_closing(run[start:end]):
            end -= 1
        if start == end:
            return run
        return f"{run[:start]}{_LRE}{run[start:end]}{_PDF}{run[end:]}"

    return _LATIN_RUN.sub(embedded, line)


def _unpaired_opening(run: str) -> bool:
    return run.count("(") + run.count("[") > run.count(")") + run.count("]")


def _unpaired_closing(run: str) -> bool:
    return run.count(")") + run.count("]") > run.count("(") + run.count("[")


@lru_cache(maxsize=_CACHED_TEXTS)
def _displayed(shaped_line: str, base_dir: str) -> str:
    return get_display(shaped_line, base_dir=base_dir)


@lru_cache(maxsize=None)
def _precision(currency: str) -> int:
    return get_currency_precision(currency)


@dataclass
class Formatter:
    """Translates the report's words and formats its figures for one language."""

    lang: str = "en"
    # English words that had no translation while rendering (a test keeps this empty).
    missing: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"unknown report language {self.lang!r}; use one of: {', '.join(LANGUAGES)}")
        self.locale = LOCALES[self.lang]
        # Babel parses the locale and the number pattern on every format_decimal call; a register formats
        # some 40,000 numbers, so both are parsed once here (what format_decimal does, minus the parsing).
        self._babel_locale = Locale.parse(self.locale)
        self._patterns: dict[int, object] = {}
        self._dates: dict[dt.date, str] = {}

    @property
    def rtl(self) -> bool:
        return self.lang == "ar"

    def tr(self, text: str, **values) -> str:
        """The sentence in this language, placeholders filled ({n}, {period}...)."""
        if self.lang != "en" and text:
            entry = CATALOGUE.get(text)
            if entry is not None:
                text = entry[LANGUAGES.index(self.lang) - 1]
            elif text in VALUES:  # a stored value: the window's words too
                text = value_word(text, self.lang)
            else:
                self.missing.add(text)
        return text.format(**values) if values else text

    def plural(self, text: str, n, **values) -> str:
        """`text` (its English plural, a key of PLURALS) in the form this language's CLDR rule gives for `n`
        ("1 site", "3 sites"; Arabic "موقعان", "5 مواقع", "23 موقعاً"); {n} is filled with n as a number."""
        forms = PLURALS.get(text)
        if forms is None:
            self.missing.add(text)
            chosen = text
        else:
            by_category = forms[self.lang]
            chosen = by_category.get(self._babel_locale.plural_form(abs(n)), by_category["other"])
        return chosen.format(n=self.number(n), **values)

    def number(self, value, decimals: int = 0) -> str:
        if value is None:
            return "–"
        pattern = self._patterns.get(decimals)
        if pattern is None:
            pattern = self._patterns[decimals] = parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))
        return _MARKS.sub("", pattern.apply(Decimal(value), self._babel_locale, numbering_system=NUMBERING_SYSTEM))

    def money(self, amount, currency: str) -> str:
        """An amount with its currency code (USD, CDF, IQD), with the currency's usual decimals."""
        if amount is None:
            return "–"
        return f"{self.number(amount, _precision(currency))}\u00a0{currency}"

    def money_rounded(self, amount, currency: str) -> str:
        """A large amount for a key figure: no decimals ("4,000,000 USD")."""
        return "–" if amount is None else f"{self.number(amount)}\u00a0{currency}"

    def percent(self, value) -> str:
        """A percentage given in percent units (64.5 -> "64.5%", French "64,5 %")."""
        if value is None:
            return "–"
        sign = "\u202f%" if self.lang == "fr" else "%"
        return self.number(value, 1) + sign

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return "–"
        text = self._dates.get(value)
        if text is None:
            # Non-breaking spaces: a narrow date column (Arabic month names are long: "كانون الثاني") wraps
            # between dates, never inside one.
            text = self._dates[value] = _MARKS.sub("", format_date(value, "d MMM y", locale=self._babel_locale)
                                                   ).replace(" ", "\u00a0")
        return text

    def month(self, day: dt.date) -> str:
        """"Jul 2023", French "juil. 2023", Arabic "تموز 2023" (a month's departures)."""
        return _MARKS.sub("", format_date(day, "MMM y", locale=self._babel_locale)).replace(" ", "\u00a0")

    def dates(self, start: dt.date | None, end: dt.date | None, open_end: str = "") -> str:
        """"1 Apr 2023 – 20 Aug 2023" for a table cell: a narrow column wraps after the dash, never inside a date
        (a date's spaces are non-breaking); `open_end` (e.g. "ongoing") when there is no end yet."""
        last = self.date(end) if end is not None else open_end
        return f"{self.date(start)} – {last}" if last else f"{self.date(start)} –"

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        if start is None and end is None:
            return self.tr("all dates")
        return self.tr("{start} to {end}", start=self.date(start) if start else "…",
                       end=self.date(end) if end else "…")
