"""Office set-up: what the other records refer to (donors, locations and their P-codes, the logframes' outcomes,
outputs and indicators, the service map, the CRCs, the users), one table each on a tab."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as N, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from workbench.views import roles, words
from workbench.views.context import settings
from workbench.views.tables import SCREENS, TableScreen
from workbench.views.users_screen import UsersScreen

# The tabs, in the order a new office fills them in: a project needs a donor, a site a location.
# The users have a screen of their own, last (views/users_screen.py), for administrators only.
TABS = ("donor", "location", "outcome", "output", "indicator", "service_provider", "crc")

# Each tab's one line, under its table's buttons.
HINTS = {
    "donor": N("SetupScreen", "A project names its donor: add the donors first."),
    "location": N("SetupScreen", "Sites, grants and works are placed by P-code: type the areas, or import OCHA's "
                                 "COD-AB list of P-codes."),
    "outcome": N("SetupScreen", "A project's logframe: its outcomes, their outputs and the indicators measuring "
                                "them. They are also on the project's window."),
    "output": N("SetupScreen", "Each output belongs to an outcome of a project's logframe."),
    "indicator": N("SetupScreen", "An indicator measures an outcome or an output; its values by period are on its "
                                  "window."),
    "service_provider": N("SetupScreen", "The service map: who the CRCs refer people to."),
    "crc": N("SetupScreen", "Community resource centres: walk-in, hotline or mobile."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupScreen", text)


class SetupScreen(QWidget):
    """A tab per record kind the office sets up once and refers to after; each tab is that kind's table."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_setup")
        layout = QVBoxLayout(self)
        title = QLabel(_tr("Office set-up"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("setupTabs")
        self.tabs.setUsesScrollButtons(True)  # eight tabs in French must not widen a 1366-pixel window
        layout.addWidget(self.tabs, 1)
        self.tables: dict[str, TableScreen] = {}
        for kind in TABS:
            table = TableScreen(context, kind, parent=self.tabs, titled=False)
            hint = QLabel(_tr(HINTS[kind]), table)
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            hint.setStyleSheet(f"color: {words.GREY};")
            table.layout().insertWidget(0, hint)
            if kind == "location":
                self.import_locations = QPushButton(_tr("Import P-codes..."), table)
                self.import_locations.setObjectName("import_locations")
                self.import_locations.setToolTip(_tr("A COD-AB workbook, HDX's P-code list or any sheet of P-codes "
                                                     "(File > Import)"))
                self.import_locations.clicked.connect(self.open_location_import)
                table.extra_buttons.insertWidget(1, self.import_locations)
            self.tables[kind] = table
            self.tabs.addTab(table, QCoreApplication.translate("screens", SCREENS[kind].title))
        self.users: UsersScreen | None = None
        if roles.refusal(context, "user", "read") is None:  # an administrator's tab
            self.users = UsersScreen(context, self.tabs)
            hint = QLabel(_tr("The people who use the workbench: each has a role and, if limited to some, the "
                              "projects and sites it works on."), self.users)
            hint.setWordWrap(True)
            hint.setStyleSheet(f"color: {words.GREY};")
            self.users.layout().insertWidget(0, hint)
            self.tabs.addTab(self.users, _tr("Users"))

    def show_tab(self, kind: str) -> TableScreen:
        self.tabs.setCurrentWidget(self.tables[kind])
        return self.tables[kind]

    def open_location_import(self):
        """The import wizard, set to locations."""
        from workbench.views.import_wizard import ImportWizard

        settings().setValue("import/kind", "locations")  # the wizard's first page starts on the last kind imported
        wizard = ImportWizard(self.context, self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard
