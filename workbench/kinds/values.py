"""The words of stored values (statuses, types, channels...) in French and Arabic, once for the window and the
printed reports, gathered from the kinds' declarations (`Kind.value_texts`). A value is stored in English
(`in progress`); the window writes it with a capital letter (views/words.py), the reports as it stands in a
sentence (reports/i18n.py). Acronyms staff use in every language (EDF, ILA, CfW) are kept. A kind's declared
choices each need their words (tests/test_kinds_complete.py)."""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar")


# Words the window shows for values no kind's choice holds: a yes-or-no column.
COMMON: dict[str, tuple[str, str]] = {
    'overdue': ('en retard', 'متأخرة'),
    'yes': ('oui', 'نعم'),
    'no': ('non', 'لا'),
}


def _declared() -> dict[str, tuple[str, str]]:
    """Every kind's value words, and the common ones; a value two kinds state must read the same in both."""
    from workbench.kinds.catalogue import KINDS

    found: dict[str, tuple[str, str]] = dict(COMMON)
    for kind in KINDS.values():
        for value, words in kind.value_texts.items():
            if found.setdefault(value, words) != words:
                raise ValueError(f"the value {value!r} has two sets of words: {found[value]} and {words} ({kind.name})")
    return found


def _values() -> dict[str, tuple[str, str]]:
    found = globals().get("VALUES")
    if found is None:
        globals()["VALUES"] = found = _declared()
    return found


def __getattr__(name: str):
    # VALUES is gathered when first asked for: the catalogue imports every module of this folder, this one too.
    if name == "VALUES":
        return _values()
    raise AttributeError(name)


def value_word(value: str, lang: str) -> str:
    """A stored value in `lang` ("approved" -> "approuvée"); a value without words (a code) as it is."""
    words = _values()
    if lang == "en" or value not in words:
        return value
    return words[value][LANGUAGES.index(lang) - 1]
