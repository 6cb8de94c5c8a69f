"""The main window: a sidebar of screens, the File menu (databases, backup), the status bar and About."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench import __version__
from workbench.db import DatabaseError, backup_database, data_dir, open_database, shown_url, sqlite_path, to_url
from workbench.files import OutputRefused
from workbench.services.errors import DomainError
from workbench.views import fit, messages
from workbench.views.bidi import isolated_ltr
from workbench.views.context import Context, settings
from workbench.views.elided import ElidedLabel
from workbench.views.errors import log_path
from workbench.views.resources import app_icon
from workbench.views.signals import emit
from workbench.views.tasks import run_task

MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def screen_names() -> list[tuple[str, str]]:
    """(key, title) of every screen in the sidebar, in order."""
    return [("dashboard", _tr("Dashboard")), ("project", _tr("Projects")), ("site", _tr("Sites")),
            ("household", _tr("Households")), ("grant", _tr("Livelihood grants")),
            ("work", _tr("Infrastructure works")), ("crc", _tr("Resource centres (CRCs)")),
            ("referral", _tr("Referrals")), ("service_provider", _tr("Service providers")),
            ("distribution", _tr("Distributions")), ("stock", _tr("Stock")),
            ("reports", _tr("Reports")), ("setup", _tr("Office set-up")), ("sync", _tr("Field sync")),
            ("settings", _tr("Settings"))]


def screen_shortcut(index: int) -> str | None:
    """The key of the index-th screen of the sidebar: Ctrl+1 ... Ctrl+9, Ctrl+0 for the tenth, Alt+1 ... Alt+9 for
    the rest (Ctrl+Shift+digit is a different key on each keyboard layout: "!" on a US one, "1" on a French one)."""
    if index < 9:
        return f"Ctrl+{index + 1}"
    if index == 9:
        return "Ctrl+0"
    if index < 19:
        return f"Alt+{index - 9}"
    return None


def make_screen(context: Context, key: str, parent: QWidget) -> QWidget:
    if key == "dashboard":
        from workbench.views.dashboard import DashboardScreen
        return DashboardScreen(context, parent)
    if key in ("project", "site", "household", "grant", "work", "crc", "referral", "service_provider", "distribution"):
        from workbench.views.tables import TableScreen
        return TableScreen(context, key, parent=parent)
    if key == "stock":
        from workbench.views.stock import StockScreen
        return StockScreen(context, parent)
    if key == "reports":
        from workbench.views.reports import ReportsScreen
        return ReportsScreen(context, parent)
    if key == "setup":
        from workbench.views.setup_screen import SetupScreen
        return SetupScreen(context, parent)
    if key == "sync":
        from workbench.views.sync_screen import SyncScreen
        return SyncScreen(context, parent)
    from workbench.views.settings_screen import SettingsScreen
    return SettingsScreen(context, parent)


def remember_database(name: str) -> None:
    s = settings()
    recent = [r for r in (s.value("recentDatabases", []) or []) if r != name]
    s.setValue("recentDatabases", [name, *recent][:MAX_RECENT])


def recent_databases() -> list[str]:
    value = settings().value("recentDatabases", []) or []
    return [value] if isinstance(value, str) else list(value)


class AboutDialog(QDialog):
    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the programme workbench"))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon)
        title = QLabel(self.tr("<b>Programme workbench</b><br>version %1").replace("%1", __version__), self)
        title.setObjectName("aboutVersion")
        head.addWidget(title, 1)
        layout.addLayout(head)
        form = QFormLayout()
        database = QLabel(isolated_ltr(context.database.display_name), self)
        database.setObjectName("aboutDatabase")
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database.setWordWrap(True)
        form.addRow(self.tr("Database"), database)
        form.addRow(self.tr("Signed in as"), QLabel(context.user, self))
        form.addRow(self.tr("Log file"), QLabel(str(log_path()), self))
        layout.addLayout(form)
        text = QLabel(self.tr("Projects, displacement sites, households, livelihood grants and infrastructure "
                              "works of a country office, on this computer or the office's server."), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class MainWindow(QMainWindow):
    databaseChanged = Signal(str)

    def __init__(self, context: Context):
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Programme workbench"))
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.resize(self._first_size())
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget(central)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet("QListWidget#sidebar { font-size: 11pt; padding-top: 8px; }"
                                   "QListWidget#sidebar::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, QWidget] = {}
        self.keys: list[str] = []
        for i, (key, title) in enumerate(screen_names()):
            item = QListWidgetItem(title, self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
            # Ctrl+1 to Ctrl+9 for the first nine screens; a key stands for one screen only.
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(i + 1)) if i < 9 else title)
            self.keys.append(key)
            placeholder = QWidget(self.stack)  # the screen is built when first shown
            self.stack.addWidget(placeholder)
        # As wide as its longest name needs (French and Arabic names are longer than English ones), 190 at least.
        self.sidebar.setFixedWidth(max(190, self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth() + 12))
        self.sidebar.currentRowChanged.connect(self.show_screen_at)
        self._menus()
        self.database_label = ElidedLabel("", self)
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        self._show_database()
        self._restore()

    def _first_size(self) -> QSize:
        """1280x800, or the screen's free area when it is smaller (a 1366x768 laptop less its task bar)."""
        return fit.first_size(self, QSize(1280, 800))

    # --- screens ----------------------------------------------------------------------------------

    def show_screen_at(self, row: int) -> None:
        if 0 <= row < len(self.keys):
            self.show_screen(self.keys[row])

    def show_screen(self, key: str) -> QWidget:
        row = self.keys.index(key)
        if key not in self.screens:
            screen = make_screen(self.context, key, self.stack)
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, screen)
            self.screens[key] = screen
            if key == "dashboard":
                screen.drillRequested.connect(self.show_drill)
        self.stack.setCurrentIndex(row)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        settings().setValue("window/lastScreen", key)
        return self.screens[key]

    def show_drill(self, drill, note: str) -> None:
        """A dashboard figure clicked: the table of what it counts."""
        self.show_screen(drill.table).show_filtered(drill.filters, drill.text, note)

    def current_screen(self) -> str:
        return self.keys[self.stack.currentIndex()]

    # --- menus ------------------------------------------------------------------------------------

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = file_menu.addAction(self.tr("&New database..."), self.new_database)
        self.open_action = file_menu.addAction(self.tr("&Open database..."), self.open_database_file)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addAction(self.tr("Open a &server database..."), self.open_server)
        self.recent_menu = file_menu.addMenu(self.tr("&Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.import_action = file_menu.addAction(self.tr("&Import..."), self.open_import_wizard)
        self.import_action.setObjectName("action_import")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import households, sites, grants... from a spreadsheet"))
        file_menu.addAction(self.tr("&Backup..."), self.backup_database)
        file_menu.addSeparator()
        # An encrypted database file's keys (what `workbench db passphrase` and `db recovery-key` do).
        self.passphrase_action = file_menu.addAction(self.tr("Change the &passphrase..."), self.change_passphrase)
        self.recovery_action = file_menu.addAction(self.tr("Make an office &recovery key..."), self.make_recovery_key)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for i, (key, title) in enumerate(screen_names()):
            action = go_menu.addAction(title, lambda key=key: self.show_screen(key))
            action.setObjectName(f"go_{key}")  # the dashboard's empty state opens Office set-up through it
            if key_name := screen_shortcut(i):
                action.setShortcut(QKeySequence(key_name))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.shortcuts)
        help_menu.addAction(self.tr("&About"), self.about)

    def open_import_wizard(self):
        """File > Import...: the wizard writes through workbench.io and announces the change itself."""
        from workbench.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        names = recent_databases()
        for name in names:
            self.recent_menu.addAction(name, lambda name=name: self.switch_database(name))
        if not names:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def shortcuts(self) -> QMessageBox:
        """Help > Keyboard shortcuts: the keys every screen answers to."""
        lines = [self.tr("%1: %2").replace("%1", screen_shortcut(i)).replace("%2", title)
                 for i, (_key, title) in enumerate(screen_names()) if screen_shortcut(i)]
        lines += [self.tr("Ctrl+N: a new record (in a table or a record's window)"),
                  self.tr("Ctrl+S: save the record"), self.tr("Esc: close the record's window (asks before "
                                                              "discarding changes)"),
                  self.tr("Ctrl+I: import a spreadsheet"), self.tr("Ctrl+O: open a database")]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "\n".join(lines),
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcuts")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def about(self) -> AboutDialog:
        dialog = AboutDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- databases --------------------------------------------------------------------------------

    def _show_database(self) -> None:
        name = self.context.database.display_name
        # The path (or URL) isolated as left-to-right text: in Arabic its slashes were at the wrong ends.
        self.database_label.setText(self.tr("Database: %1").replace("%1", isolated_ltr(name)))
        self.setWindowTitle(self.tr("%1 - Programme workbench").replace("%1", Path(name).name or name))
        remember_database(name)
        encrypted = self._encrypted_file() is not None
        for action in getattr(self, "passphrase_action", None), getattr(self, "recovery_action", None):
            if action is not None:
                action.setEnabled(encrypted)

    def _encrypted_file(self) -> Path | None:
        """The file of the open database when it is an encrypted SQLite file (it has keys to change), else None."""
        from workbench.db import sqlite_file_state

        path = sqlite_path(self.context.database.url)
        try:
            return path if path is not None and sqlite_file_state(path) == "encrypted" else None
        except DatabaseError:
            return None

    def change_passphrase(self):
        from workbench.views.passphrase_dialog import ChangePassphraseDialog

        path = self._encrypted_file()
        if path is None:
            return None
        dialog = ChangePassphraseDialog(path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("The passphrase of %1 is changed.").replace("%1", isolated_ltr(path.name)), 8000))
        dialog.open()
        return dialog

    def make_recovery_key(self) -> None:
        from workbench.views.passphrase_dialog import ask_recovery_key

        path = self._encrypted_file()
        if path is not None:
            ask_recovery_key(path, self)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"), str(data_dir()),
                                              self.tr("Workbench databases (*.db)"))
        if path:
            if not path.endswith(".db"):
                path += ".db"
            if Path(path).exists():
                QMessageBox.warning(self, self.tr("New database"),
                                    self.tr("%1 already exists; open it or choose another name.").replace("%1", path))
                return
            # New databases are encrypted: their passphrase is chosen first; Cancel creates nothing.
            from workbench.views.passphrase_dialog import ask_new_passphrase

            chosen = ask_new_passphrase(path, self)
            if chosen is not None:
                self.switch_database(path, new=chosen)

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), str(data_dir()),
                                              self.tr("Workbench databases (*.db *.sqlite);;All files (*)"))
        if path:
            self.switch_database(path)

    def open_server(self) -> None:
        """The office's server: the person logs in with their own user name and password (views/server_login)."""
        from workbench.views.server_login import ask_server_url

        url = ask_server_url(self)
        if url:
            self.switch_database(url)

    def switch_database(self, db: str, new=None) -> bool:
        """Opens another database in the background; a foreign or newer database is refused with its reason. An
        encrypted one asks its passphrase first (Cancel: the open database stays). A new file is created encrypted
        with `new` (a passphrase_dialog.NewPassphrase), asked for here when not given: the window never writes a
        plain database."""
        from workbench.db import is_encrypted
        from workbench.views.passphrase_dialog import ask_key, ask_new_passphrase, is_new_file, make_recovery_key

        key = None
        try:
            if is_encrypted(db):
                key = ask_key(sqlite_path(to_url(db)), self)
                if key is None:
                    return False
            elif new is None and is_new_file(db):
                new = ask_new_passphrase(sqlite_path(to_url(db)), self)
                if new is None:
                    return False
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), messages.error_text(exc))
            return False
        def opened(database):
            old = self.context.database
            self.context.database = database
            if database.login:  # on the office server, who logged in is who works
                self.context.user = database.login
            self.context.forget_actor()
            old.close()
            try:
                self.context.record_login()
            except DomainError:  # a name this database does not know: the screens say so and offer nothing
                pass
            self._show_database()
            for key in list(self.screens):  # rebuilt on the new database when shown again
                self.screens.pop(key).deleteLater()
                row = self.keys.index(key)
                old_widget = self.stack.widget(row)
                self.stack.removeWidget(old_widget)
                self.stack.insertWidget(row, QWidget(self.stack))
            self.show_screen(self.keys[max(self.sidebar.currentRow(), 0)])
            emit(self.databaseChanged, database.display_name)
            if new is not None:
                make_recovery_key(sqlite_path(database.url), new, self)
            self.statusBar().showMessage(self.tr("Opened %1").replace("%1", isolated_ltr(database.display_name)),
                                         5000)

        def refused(exc):
            if isinstance(exc, DatabaseError):
                QMessageBox.warning(self, self.tr("Cannot open the database"), messages.error_text(exc))
            else:
                raise exc

        run_task(self, lambda state: open_database(db, key=key, passphrase=new.passphrase if new else None),
                 opened, refused, progress=self.tr("Opening %1...").replace("%1", shown_url(db)))
        return True

    def backup_database(self, out: str | None = None) -> None:
        if not out:
            # A new name each time: a backup never replaces a database, an earlier backup included.
            stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M")
            suggested = str(data_dir() / "backups" / f"workbench-backup-{stamp}.db")
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), suggested)
        if not out:
            return
        try:
            self.context.output_file(out)
        except OutputRefused as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), messages.error_text(exc))
            return
        database, user = self.context.database, self.context.user

        def failed(exc):
            if isinstance(exc, DatabaseError):
                QMessageBox.warning(self, self.tr("Backup failed"), messages.error_text(exc))
            else:
                raise exc

        run_task(self, lambda state: backup_database(database, Path(out), user),
                 lambda path: self.statusBar().showMessage(
                     self.tr("Backed up to %1").replace("%1", isolated_ltr(str(path))), 8000),
                 failed, progress=self.tr("Backing up the database..."))

    # --- remembered between runs -------------------------------------------------------------------

    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        last = s.value("window/lastScreen", "dashboard")
        self.show_screen(last if last in self.keys else "dashboard")

    def closeEvent(self, event) -> None:
        settings().setValue("window/geometry", self.saveGeometry())
        for window in self.findChildren(QDialog):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        super().closeEvent(event)
