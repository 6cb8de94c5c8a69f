"""The dashboard: key figures of the office or one project, and charts (QtCharts) of population, money and works."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QLocale, QMargins, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.services import dashboard, demo, screens
from workbench.services.errors import DomainError
from workbench.views import messages, words
from workbench.views.actions import ask, tell
from workbench.views.bidi import DirectionDelegate
from workbench.views.elided import ElidedComboBox
from workbench.views.forms import DateEdit
from workbench.views.signals import emit
from workbench.views.tasks import Newest, run_task

# The figures a period restricts (services.dashboard.key_figures); the others are as they stand today.
PERIOD_FIGURES = {"people_left", "households", "intention", "grants", "kits"}

PALETTE = ["#1f5fa8", "#1b7a3a", "#a15c00", "#b3261e", "#6a3d9a", "#5f6368"]


class FigureTile(QFrame):
    """One key figure: a big number and what it counts; clicked (or Enter, Space), it opens the table of what it
    counts, when a table lists it."""

    clicked = Signal()

    def __init__(self, caption: str, name: str, parent: QWidget | None = None, opens: bool = True):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"tile_{name}")
        self.opens = opens
        if opens:
            self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Show them in their table"))
        layout = QVBoxLayout(self)
        self.value = QLabel("-", self)
        self.value.setObjectName(f"figure_{name}")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f5fa8;")
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        layout.addStretch(1)

    def mouseReleaseEvent(self, event) -> None:
        if self.opens and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            emit(self.clicked)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self.opens and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            emit(self.clicked)
            return
        super().keyPressEvent(event)


class EmptyState(QFrame):
    """What a new, empty database shows instead of figures: where to start (the demo data, or a workbook)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#emptyState { background: #f4f7fb; border: 1px solid #c9d6e8; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(self.tr("This database is empty"), self)
        heading.setStyleSheet("font-size: 15pt; font-weight: bold; border: none;")
        layout.addWidget(heading)
        text = QLabel(self.tr(
            "There are no projects or households here yet. Load the demo data to look around the workbench with a "
            "made-up country office, import your office's workbooks (projects, sites, households, grants, works), "
            "or set up the office by hand: its donors and locations first, then its projects and sites."),
            self)
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 11pt; border: none;")
        layout.addWidget(text)
        buttons = QHBoxLayout()
        self.load_demo = QPushButton(self.tr("Load the demo data"), self)
        self.load_demo.setObjectName("load_demo")
        self.load_demo.setToolTip(self.tr("About 10,000 households, 1,000 livelihood grants and 60 works in DR Congo "
                                          "and Iraq; only while the database is empty"))
        self.import_workbook = QPushButton(self.tr("Import a workbook..."), self)
        self.import_workbook.setObjectName("import_workbook")
        self.import_workbook.setToolTip(self.tr("Excel, CSV or KoboToolbox files (File > Import)"))
        self.set_up = QPushButton(self.tr("Set up the office..."), self)
        self.set_up.setObjectName("set_up")
        self.set_up.setToolTip(self.tr("Donors, locations (P-codes), logframes, users: Office set-up"))
        for button in (self.load_demo, self.import_workbook, self.set_up):
            button.setMinimumHeight(34)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    # Axis and bar numbers as the window writes numbers (30 000 000 and 18,4 in French); in Arabic the window
    # writes Latin digits, which Qt's Arabic locale would not, so there they stay unlocalised (30000000, 18.4).
    locale = QLocale()
    chart.setLocale(locale)
    chart.setLocalizeNumbers(locale.language() not in (QLocale.Language.Arabic, QLocale.Language.C))
    return chart


def _msecs(day: dt.date) -> int:
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()


def _spread(points: list, n: int) -> list:
    """n of the points, evenly spaced, each in the middle of its nth of the axis: a label on the first or the
    last point would hang over the chart's edge and be cut."""
    if len(points) <= 2:
        return list(points)
    n = min(n, len(points) - 2)
    return [points[min(len(points) - 2, max(1, int((i + 0.5) * len(points) / n)))] for i in range(n)]


class DashboardScreen(QWidget):
    """The key figures, their tables and charts, for the office or a project, to date or for a period. Each figure
    opens the table of what it counts (drillRequested: the services' Drill and a sentence saying what it is)."""

    drillRequested = Signal(object, str)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_dashboard")
        self.data: dashboard.Dashboard | None = None
        self._shown: tuple | None = None  # what the figures shown were read for: project id and name, period, day
        self._task = None
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("Dashboard"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        head.addWidget(title)
        head.addStretch(1)
        self.show_label = QLabel(self.tr("Show"), self)
        head.addWidget(self.show_label)
        # A set width: a long project title is cut with "…" (whole in the tooltip and the list), never widening
        # the window past a laptop's screen.
        self.project = ElidedComboBox(self, chars=34)
        self.project.setObjectName("dashboard_project")
        self.project.currentIndexChanged.connect(self.refresh)
        head.addWidget(self.project)
        # The period: what happens on a day (people leaving, households registered, grants applied for, kits, money
        # paid) counts only within it; empty, to date.
        self.period_edits: dict[str, DateEdit] = {}
        for part, text in (("from", self.tr("From")), ("to", self.tr("To"))):
            label = QLabel(text, self)
            edit = DateEdit(True, self)
            edit.setObjectName(f"dashboard_{part}")
            edit.lineEdit().setPlaceholderText(self.tr("any date"))
            edit.textChanged.connect(self._period_typed)
            label.setBuddy(edit)
            head.addWidget(label)
            head.addWidget(edit)
            self.period_edits[part] = edit
        self.state = QLabel(self)
        self.state.setObjectName("dashboard_state")
        head.addWidget(self.state)
        outer.addLayout(head)

        self.empty_state = EmptyState(self)
        self.empty_state.hide()
        self.empty_state.load_demo.clicked.connect(lambda: self.load_demo())
        self.empty_state.import_workbook.clicked.connect(self.import_workbook)
        self.empty_state.set_up.clicked.connect(self.open_setup)
        outer.addWidget(self.empty_state)
        self.empty_spacer = QWidget(self)  # keeps the empty-state panel at the top while the figures are hidden
        self.empty_spacer.hide()
        outer.addWidget(self.empty_spacer, 1)

        scroll = QScrollArea(self)
        self.figures_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)

        tiles = QGridLayout()
        self.tiles: dict[str, FigureTile] = {}
        for i, (name, caption) in enumerate([
            ("people_left", self.tr("people supported to leave sites")),
            ("open_sites", self.tr("sites open or closing")),
            ("households", self.tr("households registered")),
            ("grants", self.tr("livelihood grants")),
            ("works", self.tr("infrastructure works")),
            ("old_complaints", self.tr("complaints open for more than 30 days")),
            ("open_referrals", self.tr("referrals open")),
            ("overdue_referrals", self.tr("referrals past their answer deadline")),
            ("kits", self.tr("kits distributed to households")),
        ]):
            tile = FigureTile(caption, name, body, opens=dashboard.drill(name) is not None)
            tile.clicked.connect(lambda name=name: self.drill(name))
            self.tiles[name] = tile
            tiles.addWidget(tile, i // 4, i % 4)  # two rows of four: eight in one row do not fit a laptop
        layout.addLayout(tiles)
        self.period_note = QLabel(self.tr(
            "In the period: the people who left sites, the households registered, the grants applied for, the kits "
            "received and the money paid. As they stand today: sites, works, complaints and referrals."), body)
        self.period_note.setObjectName("period_note")
        self.period_note.setWordWrap(True)
        self.period_note.setStyleSheet(f"color: {words.GREY};")
        self.period_note.hide()
        layout.addWidget(self.period_note)

        tables = QHBoxLayout()
        self.grants_table = self._table(body, [self.tr("Programme"), self.tr("Status"), self.tr("Grants"),
                                               self.tr("Amount")], "grants_by_status")
        self.works_table = self._table(body, [self.tr("Status"), self.tr("Works"), self.tr("Average progress")],
                                       "works_by_status")
        self.grants_table.setToolTip(self.tr("Double-click a row, or press Enter, to see its grants"))
        self.works_table.setToolTip(self.tr("Double-click a row, or press Enter, to see its works"))
        self.grants_table.cellActivated.connect(lambda row, _col: self._drill_row("grants", row))
        self.works_table.cellActivated.connect(lambda row, _col: self._drill_row("works", row))
        tables.addWidget(self._boxed(self.tr("Grants by programme and status"), self.grants_table, body), 3)
        tables.addWidget(self._boxed(self.tr("Works by status"), self.works_table, body), 2)
        layout.addLayout(tables)

        charts = QGridLayout()
        self.population_chart = QChartView(body)
        self.disbursement_chart = QChartView(body)
        self.works_chart = QChartView(body)
        self.intention_chart = QChartView(body)
        for i, view in enumerate((self.population_chart, self.disbursement_chart, self.works_chart,
                                  self.intention_chart)):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(280)
            charts.addWidget(view, i // 2, i % 2)
        layout.addLayout(charts)
        self._projects_loaded = False
        self._stale = False
        self._newest = Newest(self)
        # Many changes at once (the demo data, an import) make one refresh.
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        context.changes.recordChanged.connect(self._changed)

    def _changed(self, kind: str = "", _ident: int = 0) -> None:
        if kind == "project":
            self._projects_loaded = False  # the list to pick from changed too
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True  # read again when shown

    def _refresh_after_change(self) -> None:
        if not self._projects_loaded:
            self._load_projects()
        else:
            self.refresh()

    def _table(self, parent, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setItemDelegate(DirectionDelegate(table))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(150)
        table.setMaximumHeight(230)
        return table

    def _boxed(self, title: str, widget: QWidget, parent) -> QWidget:
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        label = QLabel(title, box)
        label.setStyleSheet("font-weight: bold;")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def showEvent(self, event) -> None:
        if not self._projects_loaded:
            self._load_projects()
        elif self._stale:
            self.refresh()
        super().showEvent(event)

    def _load_projects(self) -> None:
        self._projects_loaded = True
        choices = self.context.read(lambda s: screens.reference_choices(s, "project"))
        current = self.project.currentData()
        self.project.blockSignals(True)
        self.project.clear()
        self.project.addItem(self.tr("The whole office"), None)
        for choice in choices:
            self.project.addItem(choice.label, choice.id)
        self.project.setCurrentIndex(max(self.project.findData(current), 0))
        self.project.blockSignals(False)
        self.refresh()

    def period(self) -> dashboard.Period | None:
        """The period typed, None while a date is half typed or not a date."""
        try:
            return dashboard.Period(self.period_edits["from"].value(), self.period_edits["to"].value())
        except ValueError:
            return None

    def _period_typed(self, text: str) -> None:
        if not text.strip() or len(text.strip()) == 10:  # wait until a whole date is typed
            self.refresh()

    def refresh(self, *_args) -> None:
        """Reads every figure in the background (a million households take a moment to count)."""
        self._stale = False
        project_id = self.project.currentData()
        today = dt.date.today()
        period = self.period()
        if period is None:
            self.state.setText(self.tr("A date is written YYYY-MM-DD, as 2024-03-31."))
            return
        if period.start is not None and period.end is not None and period.end < period.start:
            self.state.setText(self.tr("\"To\" is before \"From\": no day can fall in that period."))
            return
        self.period_note.setVisible(period.set)
        self.state.setText(self.tr("Updating..."))
        if self._task is not None and not self._task.done:
            self._task.cancel()
        ticket = self._newest.take()  # a project picked while the figures of another are read: only the last shows
        asked = (project_id, self.project.currentText(), period, today)
        self._task = run_task(self, lambda state: self.context.read(
            lambda s: dashboard.dashboard(s, today, project_id, period)),
            lambda data: ticket() and self.show_data(data, asked), lambda exc: ticket() and self._failed(exc))

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(self.tr("The figures could not be read: %1").replace("%1", messages.error_text(exc)))

    # --- a new, empty database ----------------------------------------------------------------------

    def _show_empty_state(self, empty: bool) -> None:
        self.empty_state.setVisible(empty)
        self.empty_spacer.setVisible(empty)
        self.figures_area.setVisible(not empty)
        self.show_label.setVisible(not empty)  # nothing to choose from yet
        self.project.setVisible(not empty)

    def load_demo(self):
        """Asks first, then writes the demo office (scale 1) in the background; every screen then refreshes."""
        if not ask(self, self.tr("Load the demo data"), self.tr(
                "Fill this database with the demo data: a made-up country office with 8 projects, about 10,000 "
                "households, 1,000 livelihood grants and 60 infrastructure works?\n\nIt is meant for looking "
                "around and training; keep your office's real records in another database.")):
            return None
        engine = self.context.database.engine
        self.empty_state.load_demo.setEnabled(False)

        def work(state):
            def progress(fraction: float, text: str) -> None:
                state.check()  # Cancel: the demo's one transaction is rolled back, nothing is written
                state.set_progress(fraction, text)
            return demo.generate(engine, 1, progress=progress)

        def done(_counts) -> None:
            self.empty_state.load_demo.setEnabled(True)
            # The demo is written in bulk (services/demo.py), past the audit hook's list of changes: say so here.
            for kind in ("location", "project", "site", "household", "grant", "work"):
                self.context.changed(kind)

        def failed(exc: BaseException) -> None:
            self.empty_state.load_demo.setEnabled(True)
            if isinstance(exc, DomainError):  # someone filled the database meanwhile
                tell(self, self.tr("Demo data not loaded"), exc.message)
                self.refresh()
            else:
                raise exc

        task = run_task(self, work, done, failed, progress=self.tr("Loading the demo data..."))
        if task.dialog is not None:  # a Cancel leaves the button usable again
            task.dialog.canceled.connect(lambda: self.empty_state.load_demo.setEnabled(True))
        return task

    def open_setup(self) -> None:
        """Go > Office set-up, as the window offers it."""
        action = self.window().findChild(QAction, "go_setup")
        if action is not None:
            action.trigger()

    def import_workbook(self) -> None:
        """Opens File > Import (the import wizard) as the window offers it; without one, says how to import."""
        action = self.window().findChild(QAction, "action_import")
        if action is not None and action.isEnabled():
            action.trigger()
            return
        try:
            from workbench.views.import_wizard import ImportWizard
        except ImportError:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import a workbook"), self.tr(
                "Import a workbook from the command line:\n\n    workbench import KIND FILE\n\n"
                "KIND is what the file holds: locations, sites, population, households, tranches, grants, works, "
                "progress or indicators."), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("importHint")
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.open()
            return
        wizard = ImportWizard(self.context, self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    # --- showing ----------------------------------------------------------------------------------

    # --- drill-down ---------------------------------------------------------------------------------

    def drill(self, figure: str, caption: str | None = None, **choice) -> None:
        """Opens the table of what a figure counts, for the project and period of the figures shown (not of a date
        half typed, or a project picked while its figures are read)."""
        if self._shown is None:
            return
        project_id, _project, period, today = self._shown
        found = dashboard.drill(figure, project_id, period, today, **choice)
        if found is None:
            return
        if caption is None:  # a tile: its figure and what it counts, read as on the tile ("969 people ...")
            tile = self.tiles[figure]
            caption = f"{tile.value.text()} {tile.caption.text()}"
        emit(self.drillRequested, found, self._drill_note(caption, figure in PERIOD_FIGURES, period))

    def _drill_note(self, caption: str, dated: bool, period: dashboard.Period) -> str:
        parts = [caption]
        project_id, project, _period, _today = self._shown
        if project_id is not None:
            parts.append(project)
        if dated and period.start is not None and period.end is not None:
            parts.append(self.tr("%1 to %2").replace("%1", words.date_text(period.start))
                         .replace("%2", words.date_text(period.end)))
        elif dated and period.start is not None:
            parts.append(self.tr("from %1").replace("%1", words.date_text(period.start)))
        elif dated and period.end is not None:
            parts.append(self.tr("until %1").replace("%1", words.date_text(period.end)))
        return self.tr("From the dashboard: %1").replace("%1", ", ".join(parts))

    def _drill_row(self, table: str, row: int) -> None:
        if self.data is None:
            return
        f = self.data.figures
        if table == "grants" and row < len(f.grants):
            g = f.grants[row]
            caption = f"{self.tr('livelihood grants')}: {words.word(g.programme)}, {words.word(g.status)} ({g.currency})"
            self.drill("grants", caption, programme=g.programme, status=g.status, currency=g.currency)
        elif table == "works" and row < len(f.works):
            w = f.works[row]
            self.drill("works", f"{self.tr('infrastructure works')}: {words.word(w.status)}", status=w.status)

    def show_data(self, data: dashboard.Dashboard, asked: tuple | None = None) -> None:
        self.data = data
        self._shown = asked or (None, "", dashboard.ALL_TIME, dt.date.today())  # (project id, its name, period, day)
        self.state.setText("")
        self._show_empty_state(data.empty)
        f = data.figures
        values = {"people_left": f.people_supported_to_leave, "open_sites": f.open_sites, "households": f.households,
                  "grants": f.grants_total, "works": f.works_total, "old_complaints": f.open_complaints_over_30_days,
                  "open_referrals": f.open_referrals, "overdue_referrals": f.overdue_referrals,
                  "kits": f.kits_distributed}
        for name, value in values.items():
            self.tiles[name].value.setText(words.number_text(value))
        old = self.tiles["old_complaints"].value
        old.setStyleSheet(f"font-size: 20pt; font-weight: bold; color: "
                          f"{words.RED if f.open_complaints_over_30_days else words.GREEN};")
        self.tiles["overdue_referrals"].value.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: {words.RED if f.overdue_referrals else words.GREEN};")

        self.grants_table.setRowCount(len(f.grants))
        for row, g in enumerate(f.grants):
            self._set_row(self.grants_table, row, [words.word(g.programme), words.word(g.status),
                                                   words.number_text(g.grants), words.money_text(g.amount, g.currency)],
                          right=(2, 3), status_col=1, status=g.status)
        self.works_table.setRowCount(len(f.works))
        for row, w in enumerate(f.works):
            self._set_row(self.works_table, row, [words.word(w.status), words.number_text(w.works),
                                                  f"{words.number_text(w.average_progress, 1)} %"],
                          right=(1, 2), status_col=0, status=w.status)
        self._population(data.population)
        self._payments(data.payments)
        self._works(data.works)
        self._intentions(f.households_by_intention)

    def _set_row(self, table: QTableWidget, row: int, texts: list[str], right=(), status_col=None, status=None):
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if col in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == status_col and words.status_colour(status) is not None:
                item.setForeground(words.status_colour(status))
            table.setItem(row, col, item)

    def _note(self, chart: QChart, text: str) -> None:
        # A second, grey line (not italics: the italic font has no Arabic letters and drew boxes).
        chart.setTitle(f"{chart.title()}<br><span style='color:{words.GREY}'>{text}</span>")

    def _population(self, points) -> None:
        chart = _chart(self.tr("People living in sites"))
        series = QLineSeries()
        series.setName(self.tr("Individuals (last count of each site, per month)"))
        for p in points:
            series.append(_msecs(p.month), float(p.value))
        chart.addSeries(series)
        # Months named by words.month_text (Latin digits in Arabic, which a date axis would write in Arabic-Indic),
        # and no more of them than fit side by side: a date axis cut "كانون الأول 2021" to "كانون الأول ٢...".
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setMin(0)
        if points:
            first, last = _msecs(points[0].month), _msecs(points[-1].month)
            x.setRange(first, max(last, first + 1))
            x.setStartValue(first)
            for p in _spread(points, self._label_room(x, [words.month_text(p.month) for p in points])):
                x.append(words.month_text(p.month), _msecs(p.month))
            y.setMax(max(float(p.value) for p in points) * 1.1 or 1)
            y.applyNiceNumbers()
        else:
            self._note(chart, self.tr("no population counts yet"))
            x.setVisible(False)
            y.setVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        series.setColor(QColor(PALETTE[0]))
        self.population_chart.setChart(chart)

    def _label_room(self, axis, labels: list[str]) -> int:
        """How many of these labels fit side by side along the chart's width (at least 2)."""
        widest = max((QFontMetrics(axis.labelsFont()).horizontalAdvance(text) for text in labels), default=0)
        width = max(self.population_chart.width(), 400) - 120  # the value axis and the margins
        return max(2, min(8, width // (widest + 24)))

    def _payments(self, series_list) -> None:
        # Grants' tranches and households' cash, each in its project's currency (services.dashboard
        # .payments_by_month converts IQD and CDF at the stored rates); one bar per series and month, side by side:
        # amounts in USD and EUR are never added up or stacked.
        chart = _chart(self.tr("Money paid per month: grant tranches and household cash"))
        months = sorted({p.month for s in series_list for p in s.points})[-12:]
        bars = QBarSeries()
        # Short names: three or four side by side in the legend, where a longer one lost its currency to "...".
        names = {"grant": self.tr("Grants (%1)"), "household": self.tr("Household cash (%1)")}
        for i, series in enumerate(series_list):
            values = {p.month: p.value for p in series.points}
            bar_set = QBarSet(names[series.kind].replace("%1", series.currency))
            bar_set.setColor(QColor(PALETTE[(1 + i) % len(PALETTE)]))
            for month in months:
                bar_set.append(float(values.get(month, 0)))
            bars.append(bar_set)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append([f"{month:%m/%y}" for month in months] or [""])
        x.setLabelsAngle(-90)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setMin(0)
        if months:
            y.setMax(max(float(p.value) for s in series_list for p in s.points if p.month in months) * 1.1 or 1)
            y.applyNiceNumbers()
            if any(s.converted for s in series_list):
                self._note(chart, self.tr("in each project's currency: others converted at the stored exchange rates"))
        else:
            self._note(chart, self.tr("nothing paid yet"))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        chart.legend().setVisible(bool(months))
        self.disbursement_chart.setChart(chart)

    def _works(self, works) -> None:
        chart = _chart(self.tr("Works under way: progress (least advanced first)"))
        bars = QHorizontalBarSeries()
        bar_set = QBarSet(self.tr("Progress %"))
        bar_set.setColor(QColor(PALETTE[2]))
        labels = []
        # The eight least advanced: more bars than that leave no room for their codes, which Qt then elides.
        for w in reversed(works[:8]):
            bar_set.append(float(w.progress))
            labels.append(w.code)
        bars.append(bar_set)
        bar_set.clicked.connect(lambda index: self.drill("work", labels[index], code=labels[index])
                                if 0 <= index < len(labels) else None)
        bars.setLabelsVisible(True)
        chart.addSeries(bars)
        y = QBarCategoryAxis()
        y.append(labels or [""])
        small = y.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        y.setLabelsFont(small)
        # Labels written by the window ("25 %", Latin digits in Arabic): QValueAxis's "%.0f %%" printed "0 %%"
        # once the chart wrote numbers in the window's language.
        x = QCategoryAxis()
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x.setRange(0, 100)
        x.setStartValue(0)
        for value in range(0, 101, 25):
            x.append(f"{words.number_text(value)} %", value)
        if not works:
            self._note(chart, self.tr("no work under way"))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x)
        bars.attachAxis(y)
        chart.legend().setVisible(False)
        self.works_chart.setChart(chart)

    def _intentions(self, by_intention: dict[str, int]) -> None:
        chart = _chart(self.tr("Households by intention"))
        pie = QPieSeries()
        for i, (intention, n) in enumerate(sorted(by_intention.items(), key=lambda item: -item[1])):
            piece = pie.append(f"{words.word(intention)}: {words.number_text(n)}", n)
            piece.setColor(QColor(PALETTE[i % len(PALETTE)]))
            piece.clicked.connect(lambda i=intention: self.drill(
                "intention", f"{self.tr('households registered')}: {words.word(i)}", intention=i))
        if not by_intention:
            self._note(chart, self.tr("no household registered yet"))
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.intention_chart.setChart(chart)
