#!/usr/bin/env python3
"""The window's words in French and Arabic: finds every translatable text in workbench/views and keeps
resources/i18n/workbench_<lang>.ts up to date, then compiles the .qm files the program loads.

    .venv/bin/python tools/translations.py update     # add new texts to the .ts files (translations kept)
    .venv/bin/python tools/translations.py release    # .ts -> .qm (pyside6-lrelease)
    .venv/bin/python tools/translations.py check      # exit 1 if a text is missing, untranslated or stale
    .venv/bin/python tools/translations.py fill F.json  # add translations: [[context, source, fr, ar], ...]
    .venv/bin/python tools/translations.py merge REF  # after a git merge: keep both sides' translations

A text is translatable when the code marks it the way Qt's tools read it, with the context Qt looks it up in:
    self.tr("...")                                 context: the class the method is written in
    QCoreApplication.translate("context", "...")   and QT_TRANSLATE_NOOP("context", "...") (also imported as N)
    _tr("...") / tr("...")                         a module's helper calling translate("context", text)
pyside6-lupdate reads the first two but not the helpers, hence this script (Python's ast; no Qt needed). The
record kinds' declarations (workbench/kinds, no Qt) mark their labels with N() too, and their rules' words are
collected from the declared rules.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIEWS = ROOT / "workbench" / "views"
_PLACEHOLDER = re.compile(r"%\d")
KINDS = ROOT / "workbench" / "kinds"  # the declarations' labels, titles and column headers, marked with N()
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"fr": "fr_FR", "ar": "ar_IQ"}


@dataclass
class Message:
    context: str
    source: str
    places: list[str] = field(default_factory=list)


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level helpers such as `def _tr(text): return QCoreApplication.translate("MainWindow", text)`."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                        and len(call.args) >= 2 and _literal(call.args[0]) is not None
                        and isinstance(call.args[1], ast.Name) and call.args[1].id == node.args.args[0].arg):
                    helpers[node.name] = _literal(call.args[0])
    return helpers


def extract(folders: tuple[Path, ...] = (VIEWS, KINDS)) -> dict[tuple[str, str], Message]:
    """Every translatable text of the window, by (context, source text)."""
    found: dict[tuple[str, str], Message] = {}

    def add(context: str, source: str, path: Path, line: int) -> None:
        message = found.setdefault((context, source), Message(context, source))
        place = f"{path.relative_to(ROOT)}:{line}"
        if place not in message.places:
            message.places.append(place)

    for path in [p for folder in folders for p in sorted(folder.glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        helpers = _helper_contexts(tree)

        def visit(node, cls: str | None) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call):
                    func = child.func
                    args = child.args
                    if (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
                            and func.value.id == "self" and args and _literal(args[0]) is not None and cls):
                        add(cls, _literal(args[0]), path, child.lineno)  # noqa: B023
                    elif ((isinstance(func, ast.Attribute) and func.attr == "translate")
                          or (isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "N"))):
                        if len(args) >= 2 and _literal(args[0]) is not None and _literal(args[1]) is not None:
                            add(_literal(args[0]), _literal(args[1]), path, child.lineno)  # noqa: B023
                    elif isinstance(func, ast.Name) and func.id in helpers and args and _literal(args[0]) is not None:  # noqa: B023
                        add(helpers[func.id], _literal(args[0]), path, child.lineno)  # noqa: B023
                visit(child, cls)

        visit(tree, None)
    return found


# --- messages of the Qt-free modules ------------------------------------------------------------------
# A broken rule, a refused file or database says why in English (services, io, reports, db: no Qt there, and the
# command line speaks English). The window translates such a message by its template: each f-string becomes
# "cannot be before %1 (%2)", kept in workbench/views/message_templates.py (written by `update`) and
# translated under the context "messages"; views/messages.py matches a message against the templates.

MESSAGE_MODULES = ("workbench/services", "workbench/io", "workbench/reports", "workbench/kinds", "workbench/db.py",
                   "workbench/files.py")
ERRORS = {"DomainError", "ImportFileError", "DatabaseError", "NotFoundError", "StaleRecordError", "OutputRefused",
          "DatabaseBusy", "SyncError"}
TEMPLATES = ROOT / "workbench" / "views" / "message_templates.py"


def _template(node) -> str | None:
    """A message's text with each {value} as %1, %2 ...; None when it is not a written text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out, n = [], 0
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            else:
                n += 1
                out.append(f"%{n}")
        return "".join(out)
    return None


def _texts_in(node) -> list:
    """The strings and f-strings under `node`, whole: not the pieces of an f-string."""
    if isinstance(node, (ast.JoinedStr, ast.Constant)):
        return [node]
    if isinstance(node, ast.IfExp):  # "updated" if on_duplicate == "update" else "skipped": not the test
        return _texts_in(node.body) + _texts_in(node.orelse)
    return [text for child in ast.iter_child_nodes(node) for text in _texts_in(child)]


def _sentence(template: str | None) -> bool:
    """Only sentences are messages: a bare value ("%1"), a value and its reason ("%1: %2", which would match any
    text with a colon, a translated one too) or an f-string's inner piece is not."""
    words = _PLACEHOLDER.sub("", template or "")
    return any(ch.isalpha() for ch in words) and " " in template.strip()


def message_templates() -> list[str]:
    """Every message the Qt-free modules raise or give a rejected import row, as a template, sorted."""
    found: set[str] = set()
    paths = []
    for name in MESSAGE_MODULES:
        target = ROOT / name
        paths += [target] if target.is_file() else sorted(target.rglob("*.py"))
    for path in paths:
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        # A message kept in a module's constant, raised by name: DatabaseBusy(BUSY_MESSAGE) (db.py).
        constants = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                     for target in node.targets if isinstance(target, ast.Name)
                     and isinstance(node.value, (ast.Constant, ast.JoinedStr))}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and (node.name.endswith("_refusal") or node.name == "problem"):
                # Why a record cannot be deleted, put into "This %1 cannot be deleted: %2." (services/records.py),
                # and why a value does not fit its column (kinds/limits.py)
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and ret.value is not None:
                        found.update(t for t in map(_template, _texts_in(ret.value)) if _sentence(t))
                continue
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            texts = []
            if name in ERRORS and node.args:
                first = node.args[0]
                texts = [constants.get(first.id, first) if isinstance(first, ast.Name) else first]
            elif name == "fail" and len(node.args) >= 3:  # a rejected row's reason (kinds/rules.py, importing.py)
                texts = _texts_in(node.args[2])
            elif name == "not_before":  # "cannot be before %1 (%2)": %1 is one of these words, translated too
                found.update(k.value.value for k in node.keywords
                             if k.arg and k.arg.endswith("_label") and isinstance(k.value, ast.Constant))
                found.update(a.value for a in node.args[3:] if isinstance(a, ast.Constant) and isinstance(a.value, str))
            elif name == "Kind" and len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                found.add(node.args[2].value)  # a record's name inside a message ("This household cannot be ...")
            elif name in ("Duplicate", "_duplicate") and len(node.args) >= 4:  # where a duplicate row's record is,
                at = 1 if name == "_duplicate" else 0                            # and what was done
                found.update(t for t in map(_template, _texts_in(node.args[3 + at])) if t)
                texts = _texts_in(node.args[2 + at])
            for text in texts:
                template = _template(text)
                if _sentence(template):
                    found.add(template)
    sys.path.insert(0, str(ROOT))
    from workbench.io.parsing import WANTED
    from workbench.kinds import KINDS

    found.update(WANTED.values())  # "must be %1, not %2": what a value must be is a message word too
    for kind in KINDS.values():  # the declared rules' own words: "is required for a paid tranche", "the start date"
        for rule in kind.rules:
            found.update(rule.texts())
    return sorted(found)


def write_templates(templates: list[str]) -> None:
    lines = ['"""Templates of the messages the services, the import and the reports give in English, for the window to',
             'translate (views/messages.py). Written by tools/translations.py update: do not edit."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "TEMPLATES = ("]
    lines += [f"    QT_TRANSLATE_NOOP(\"messages\", {t!r})," for t in templates]
    lines.append(")")
    TEMPLATES.write_text("\n".join(lines) + "\n", encoding="utf-8")


def templates_current() -> bool:
    if not TEMPLATES.exists():
        return False
    namespace: dict = {}
    exec(compile(TEMPLATES.read_text(encoding="utf-8").replace("from PySide6.QtCore import QT_TRANSLATE_NOOP",
                                                                "QT_TRANSLATE_NOOP = lambda c, t: t"),
                 str(TEMPLATES), "exec"), namespace)
    return list(namespace["TEMPLATES"]) == message_templates()


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for the finished translations of a .ts file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished") \
                    and translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


def write_ts(path: Path, lang: str, messages: dict[tuple[str, str], Message],
             translations: dict[tuple[str, str], str]) -> None:
    """The .ts file for `lang`: every message, sorted by context and source, with its translation or unfinished."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[lang])
    for context in sorted({c for c, _ in messages}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (c, source) in sorted(k for k in messages if k[0] == context):
            message = ET.SubElement(node, "message")
            for place in messages[(c, source)].places:
                file, line = place.rsplit(":", 1)
                ET.SubElement(message, "location", filename=f"../../{file}", line=line)
            ET.SubElement(message, "source").text = source
            translated = translations.get((c, source))
            element = ET.SubElement(message, "translation")
            if translated:
                element.text = translated
            else:
                element.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")


def ts_path(lang: str) -> Path:
    return I18N / f"workbench_{lang}.ts"


def qm_path(lang: str) -> Path:
    return I18N / f"workbench_{lang}.qm"


def release(lang: str, out: Path | None = None) -> Path:
    out = out or qm_path(lang)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", "-nounfinished", str(ts_path(lang)), "-qm", str(out)], check=True)
    return out


def problems(lang: str) -> list[str]:
    """What is wrong with a language's files: texts missing from the .ts, untranslated, or no longer used."""
    messages = extract()
    translations = read_ts(ts_path(lang))
    out = []
    for key, message in sorted(messages.items()):
        if key not in translations:
            out.append(f"{lang}: not translated: [{key[0]}] {key[1]!r} ({message.places[0]})")
    stale = sorted(set(translations) - set(messages))
    out += [f"{lang}: no longer in the code: [{c}] {s!r}" for c, s in stale]
    return out


def _ts_at(ref: str, lang: str) -> dict[tuple[str, str], str]:
    """The finished translations of a language's .ts file as it is in git revision `ref`."""
    shown = subprocess.run(["git", "show", f"{ref}:{ts_path(lang).relative_to(ROOT)}"], cwd=ROOT,
                           capture_output=True, check=False)
    if shown.returncode:
        return {}
    scratch = I18N / f".merge-{lang}.ts"
    scratch.write_bytes(shown.stdout)
    try:
        return read_ts(scratch)
    finally:
        scratch.unlink()


def _rewrite(extra: dict[str, dict[tuple[str, str], str]], keep_current: bool = True) -> None:
    """Every .ts file again from the code's texts, the translations it holds plus `extra`; then the .qm files."""
    write_templates(message_templates())
    messages = extract()
    for lang in LANGUAGES:
        current = read_ts(ts_path(lang)) if keep_current else {}
        write_ts(ts_path(lang), lang, messages, {**current, **extra.get(lang, {})})
        release(lang)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "fill" and len(argv) == 2:
        import json
        rows = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        _rewrite({lang: {(row[0], row[1]): row[2 + i] for row in rows} for i, lang in enumerate(LANGUAGES)})
        return main(["check"])
    if command == "merge" and len(argv) == 2:
        # the .ts files of a merge conflict: both sides' finished translations (ours win), then rewritten
        extra = {lang: {**_ts_at(argv[1], lang), **_ts_at("HEAD", lang)} for lang in LANGUAGES}
        _rewrite(extra, keep_current=False)  # the working files may hold conflict markers
        return main(["check"])
    if command == "update":
        write_templates(message_templates())
        messages = extract()
        for lang in LANGUAGES:
            write_ts(ts_path(lang), lang, messages, read_ts(ts_path(lang)))
            print(f"{ts_path(lang).relative_to(ROOT)}: {len(messages)} texts")
        return 0
    if command == "release":
        for lang in LANGUAGES:
            print(release(lang).relative_to(ROOT))
        return 0
    if command == "check":
        found = [] if templates_current() else [f"{TEMPLATES.relative_to(ROOT)} is out of date: run update"]
        found += [p for lang in LANGUAGES for p in problems(lang)]
        print("\n".join(found[:50]) or "every text is translated")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
