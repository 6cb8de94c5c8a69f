"""Every record kind, read from its declaration (workbench/kinds), has all that staff need of it: a form, a table, an
import (or a stated reason for none) with headers and HXL tags, export headers, checks with both halves, a title and
words for its values, and all of it in French and Arabic. A kind added without one of these fails here, by name."""

from __future__ import annotations

import pytest

from tools import translations
from workbench.io import export_kind
from workbench.io.fields import KINDS as IMPORT_KINDS
from workbench.kinds import KINDS
from workbench.kinds.rules import Rule
from workbench.kinds.values import VALUES
from workbench.services import screens

TRANSLATED = {lang: translations.read_ts(translations.ts_path(lang)) for lang in translations.LANGUAGES}
CODED = {"currency", "admin_level"}  # values shown as they are: USD, CDF; the levels 0 to 3


def _translated(context: str, source: str) -> list[str]:
    """The languages missing a finished translation of `source`."""
    return [lang for lang, texts in TRANSLATED.items() if not texts.get((context, source))]


def _missing(name: str) -> list[str]:
    kind = KINDS[name]
    missing: list[str] = []
    undeclared = [key for key in kind.editable() if kind.find(key) is None]
    if undeclared:
        missing.append(f"declared fields for {undeclared}")
    from workbench.views.fields import FORMS

    if not FORMS.get(name):
        missing.append("a form")
    if not kind.columns:
        missing.append("table columns")
    source = screens.TABLES.get(name)
    if source is None or any(c.key not in source.columns for c in kind.columns):
        missing.append("a table query holding its columns (services/screens.py)")
    if kind.imports:
        ikind = IMPORT_KINDS[kind.imports]
        for f in ikind.fields:
            if not f.hxl:
                missing.append(f"an HXL tag for the import field {f.name}")
            if not f.words:
                missing.append(f"header words for the import field {f.name}")
        if not kind.import_title:
            missing.append("an import title for the wizard")
    elif not kind.not_imported:
        missing.append("an import, or the reason it has none (not_imported)")
    _, columns = export_kind(kind.imports or name)
    headers = [c.field.label for c in columns]
    if len(set(headers)) != len(headers) or any(h[:1].islower() for h in headers):
        missing.append(f"distinct readable export headers (has {headers})")
    for rule in kind.rules:
        if type(rule).one is Rule.one or type(rule).many is Rule.many:
            missing.append(f"both halves of its rule {type(rule).__name__}")
    for f in kind.fields:
        if f.choices is not None and f.key not in CODED:
            missing += [f"words for the value {v!r} of {f.key}" for v in f.values if v not in VALUES]
    # The window's words in French and Arabic.
    for lang in _translated("records", kind.title):
        missing.append(f"its title in {lang}")
    for f in kind.fields:
        missing += [f"the label of {f.key} in {lang}" for lang in _translated("fields", f.label)]
    for c in kind.columns:
        missing += [f"the header of column {c.key} in {lang}" for lang in _translated("columns", c.header)]
    if kind.import_title:
        missing += [f"its import title in {lang}" for lang in _translated("ImportWizard", kind.import_title)]
    return missing


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_has_what_staff_need(name):
    assert _missing(name) == []


def test_a_kind_lacking_something_is_named(monkeypatch):
    """The check above can fail: a kind without table columns, HXL tags or value words is caught."""
    import dataclasses

    kind = KINDS["complaint"]
    bare = dataclasses.replace(kind, columns=(), fields=tuple(
        dataclasses.replace(f, hxl=None) if f.key == "category" else f for f in kind.fields))
    monkeypatch.setitem(KINDS, "complaint", bare)
    monkeypatch.setitem(IMPORT_KINDS, "complaints", dataclasses.replace(IMPORT_KINDS["complaints"], fields=tuple(
        dataclasses.replace(f, hxl=None) if f.name == "category" else f for f in IMPORT_KINDS["complaints"].fields)))
    monkeypatch.delitem(VALUES, "hotline")
    found = _missing("complaint")
    assert "table columns" in found
    assert "an HXL tag for the import field category" in found
    assert "words for the value 'hotline' of channel" in found


def test_a_value_is_given_one_set_of_words(monkeypatch):
    """Value words live in each kind's declaration; two kinds stating the same value differently is refused, so the
    window and the reports cannot print a status two ways."""
    import dataclasses

    from workbench.kinds import values

    assert VALUES["approved"] == KINDS["grant"].value_texts["approved"]
    site = KINDS["site"]
    monkeypatch.setitem(KINDS, "site", dataclasses.replace(site, value_texts={"approved": ("validée", "معتمد")}))
    with pytest.raises(ValueError, match="'approved' has two sets of words"):
        values._declared()
