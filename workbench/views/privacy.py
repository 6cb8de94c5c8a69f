"""Personal data in the window: the level of an export of a table (and its encrypted archive), and the erasure of a
person's personal data from a record's window, confirmed by typing the record's code (services/erasure.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from workbench.services.errors import DomainError
from workbench.views import words
from workbench.views.context import settings
from workbench.views.tasks import run_task

RETENTION_KEY = "privacy/retention_years"
RETENTION_DEFAULT = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("privacy", text)


def retention_years() -> int:
    """The retention period set in Settings: households of sites closed longer ago are erased when asked."""
    try:
        return max(1, int(settings().value(RETENTION_KEY, RETENTION_DEFAULT)))
    except (TypeError, ValueError):
        return RETENTION_DEFAULT


def level_texts() -> dict[str, str]:
    return {
        "none": _tr("None: names, phones, ID numbers and exact coordinates left out"),
        "anonymised": _tr("Anonymised: also vulnerabilities, sex, exact dates and sites left out or coarsened"),
        "masked": _tr("Masked: initials, the last two digits of phones, coordinates to 0.1 degree"),
        "all": _tr("All: every value as stored"),
    }


class PersonalDataDialog(QDialog):
    """Asked before "Export this table" writes a table that holds personal data: the level (none unless chosen),
    and, for a file that keeps some, an AES-encrypted archive with a passphrase."""

    def __init__(self, parent: QWidget | None = None, allowed: tuple[str, ...] = ("none", "anonymised", "masked",
                                                                                  "all")):
        super().__init__(parent)
        self.setObjectName("personal_data_dialog")
        self.setWindowTitle(_tr("Personal data in this export"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("This table holds personal data. Choose what the file keeps of it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.level = QComboBox(self)
        self.level.setObjectName("personal_level")
        for key, text in level_texts().items():
            if key in allowed:
                self.level.addItem(text, key)
        form.addRow(_tr("Personal data"), self.level)
        self.encrypt = QCheckBox(_tr("Encrypt the file in a .zip archive with a passphrase (AES-256)"), self)
        self.encrypt.setObjectName("personal_encrypt")
        form.addRow("", self.encrypt)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("personal_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("personal_passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("Passphrase"), self.passphrase)
        form.addRow(_tr("The same again"), self.again)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("personal_problem")
        self.problem.setStyleSheet(f"color: {words.RED};")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._show_passphrase)
        self._show_passphrase(False)

    def _show_passphrase(self, shown: bool) -> None:
        for edit in (self.passphrase, self.again):
            edit.setEnabled(shown)

    def chosen(self) -> tuple[str, str | None]:
        return self.level.currentData(), (self.passphrase.text() if self.encrypt.isChecked() else None)

    def accept(self) -> None:
        from workbench.io.archive import MIN_PASSPHRASE

        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.problem.setText(_tr("The passphrase must have at least %1 characters.")
                                     .replace("%1", str(MIN_PASSPHRASE)))
                return
            if self.again.text() != self.passphrase.text():
                self.problem.setText(_tr("The two passphrases differ."))
                return
        super().accept()


class ErasureDialog(QDialog):
    """Asks an administrator to type what is erased (a record's code, a number of households) before erasing."""

    def __init__(self, text: str, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.setObjectName("erasure_dialog")
        self.setWindowTitle(_tr("Erase personal data"))
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.typed = QLineEdit(self)
        self.typed.setObjectName("erasure_code")
        form.addRow(_tr("Type %1 to confirm").replace("%1", code), self.typed)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(_tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setObjectName("erasure_confirm")
        self.erase_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.typed.textChanged.connect(lambda text: self.erase_button.setEnabled(text.strip() == code))


def _run_erasure(parent: QWidget, context, erase, on_done=None) -> None:
    """erase(session) in a transaction off the GUI thread, then the database compacted so the values leave its
    file; a refusal (not an administrator) shown as it is."""
    from workbench.services import erasure, records
    from workbench.views.actions import tell

    def work(_state):
        with context.transaction() as session:
            done = erase(session)
        erasure.compact(context.database.engine, [records.KINDS[k].table_name for k in done.records])
        return done

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        tell(parent if isValid(parent) else None, _tr("Not erased"), exc.message)

    run_task(parent, work, lambda done: on_done(done) if on_done is not None else None, failed)


def erase_past_retention(parent: QWidget, context, on_done=None) -> None:
    """Settings' "Erase past the retention period...": lists the households of sites closed longer ago than the
    period, asks for their number typed, erases."""
    from workbench.services import erasure
    from workbench.views.actions import tell

    years = retention_years()
    found = context.read(lambda session: erasure.households_past_retention(session, years))
    if not found:
        tell(parent, _tr("Erase personal data"),
             _tr("No household of a site closed more than %1 years ago has personal data left.")
             .replace("%1", str(years)))
        return
    sites = sorted({site for _, _, site, _ in found})
    text = _tr("The names, phone numbers, coordinates and notes of %1 households of sites closed more than %2 "
               "years ago (%3) will be replaced by \"erased on DATE by you\". Their figures still count. This "
               "cannot be undone.").replace("%1", words.number_text(len(found))).replace("%2", str(years)) \
        .replace("%3", ", ".join(sites))
    if ErasureDialog(text, str(len(found)), parent).exec() != QDialog.DialogCode.Accepted:
        return
    _run_erasure(parent, context, lambda session: erasure.erase_past_retention(session, years), on_done)


def erase_from_window(parent: QWidget, context, kind: str, ident: int, on_done=None) -> None:
    """The record window's "Erase personal data...": confirmed with the record's code typed."""
    from workbench.services import erasure, records

    def key(session):
        obj = records.get(session, kind, ident)
        field = records.KINDS[kind].key
        return str(getattr(obj, field)) if field else str(ident)

    code = context.read(key)
    text = _tr("The names, phone numbers, coordinates and notes of the %1 %2 will be replaced by \"erased on DATE "
               "by you\", here, in its related records and in the history. Its figures still count. This cannot "
               "be undone.").replace("%1", words.kind_title(kind).lower()).replace("%2", code)
    if ErasureDialog(text, code, parent).exec() != QDialog.DialogCode.Accepted:
        return
    _run_erasure(parent, context, lambda session: erasure.erase(session, kind, code), on_done)
