"""The Reports screen: choose a report and what it covers, build it in the background, preview, save and print it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt, QTemporaryDir
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.db import sqlite_path
from workbench.files import OutputRefused, atomic_output
from workbench.reports import REPORTS, RenderOptions, ReportParams, make_report
from workbench.reports.registry import record_report
from workbench.services import screens
from workbench.services.errors import DomainError
from workbench.views import languages, messages, roles, words
from workbench.views.context import settings
from workbench.views.forms import DateEdit, ReferenceCombo
from workbench.views.tasks import run_task

# The printer's own resolution can be 1200 dpi (a PDF printer): an A4 page would then be a 550 MB image.
# 300 dpi prints text and tables sharply on office printers and keeps each page near 35 MB.
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25


# The reports' names and descriptions (English in workbench/reports), marked for the window's translations.
REPORT_WORDS = (
    QT_TRANSLATE_NOOP("ReportsScreen", "Project progress report"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Key figures, logframe indicators against targets, sites, grants, works, budget committed and paid."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Site profile"),
    QT_TRANSLATE_NOOP("ReportsScreen", "A displacement site: P-code, status history, population, committees, complaints, infrastructure."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Site closure and returns report"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Closing and closed sites: departures by destination, return or relocation, cash tranches."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Livelihood grants register"),
    QT_TRANSLATE_NOOP("ReportsScreen", "EDF, ILA and cash-for-work grants with totals by programme, status, sex and governorate."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Infrastructure works status"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Works with contractor, contract value, progress, planned and actual dates, delays, people served."),
    QT_TRANSLATE_NOOP("ReportsScreen", "3W/4W matrix"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Who does what, where and when: activities by location, sector and period, for the clusters."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Community Resource Centre report"),
    QT_TRANSLATE_NOOP("ReportsScreen", "A CRC's or every CRC's contacts, sessions and attendance, referrals by service and status, answers, response times, overdue referrals and follow-up; no names."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Distribution list"),
    QT_TRANSLATE_NOOP("ReportsScreen", "The sheet taken to the field: each household's code, head, size and kits, with room to sign."),
    QT_TRANSLATE_NOOP("ReportsScreen", "Distributions report"),
    QT_TRANSLATE_NOOP("ReportsScreen", "Kits planned and distributed by kit, site and month, cases not received, stock in the warehouses."),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsScreen", text)


def database_name(database) -> str:
    """What a printed footer names: the file's name, or the server database's name, never a password or path."""
    path = sqlite_path(database.url)
    return path.name if path else (database.engine.url.database or "")


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Prints every page of a loaded PDF on `printer`, each rendered as an image onto white paper.

    QPdfDocument.render() gives a transparent image, which some printer drivers print black; so each page is
    painted onto white first. Returns the number of pages printed.
    """
    pages = document.pageCount()
    if pages <= 0:
        return 0
    first = document.pagePointSize(0)
    size_id = QPageSize.id(first.transposed() if first.width() > first.height() else first,
                           QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyMatch)
    if size_id != QPageSize.PageSizeId.Custom:
        printer.setPageSize(QPageSize(size_id))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                               else QPageLayout.Orientation.Portrait)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise DomainError(_tr("the printer cannot be opened"))
    try:
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            white = QImage(pixels, QImage.Format.Format_RGB32)
            white.fill(QColor("white"))
            rendered = document.render(page, pixels)
            with_page = QPainter(white)
            with_page.drawImage(0, 0, rendered)
            with_page.end()
            # Fitted into the printable area, keeping the page's proportions, centred.
            area = QRectF(painter.viewport())
            scale = min(area.width() / pixels.width(), area.height() / pixels.height())
            target = QSizeF(pixels.width() * scale, pixels.height() * scale)
            corner = QPointF(area.x() + (area.width() - target.width()) / 2,
                             area.y() + (area.height() - target.height()) / 2)
            painter.drawImage(QRectF(corner, target), white)
    finally:
        painter.end()
    return pages


class ReportsScreen(QWidget):
    """Left: which report, on what, in which language and paper. Right: the PDF, to read, save or print."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("screen_reports")
        self.temp = QTemporaryDir()
        self.built = 0
        self.pdf_path: Path | None = None
        self.task = None
        self._kind_built: str | None = None
        self._scope_built: str | None = None
        self.document = QPdfDocument(self)
        layout = QHBoxLayout(self)
        layout.addWidget(self._choices_panel())
        layout.addWidget(self._preview_panel(), 1)
        self.reports.currentRowChanged.connect(self._kind_changed)
        self.load_choices()
        self._restore()
        context.changes.recordChanged.connect(self._records_changed)

    # --- building the screen ------------------------------------------------------------------------

    def _choices_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setFixedWidth(380)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Reports"), panel)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        self.reports = QListWidget(panel)
        self.reports.setObjectName("reportList")
        for kind in REPORTS.values():
            item = QListWidgetItem(_tr(kind.title), self.reports)
            item.setData(Qt.ItemDataRole.UserRole, kind.name)
            item.setToolTip(_tr(kind.description))
        self.reports.setStyleSheet("QListWidget#reportList::item { padding: 4px 6px; }")
        self.reports.ensurePolished()  # the padding counts in the rows' height only once the style is applied
        self.reports.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reports.setFixedHeight(self.reports.sizeHintForRow(0) * len(REPORTS) + 2 * self.reports.frameWidth() + 4)
        layout.addWidget(self.reports)
        self.description = QLabel(panel)
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        self.description.setStyleSheet(f"color: {words.GREY};")
        layout.addWidget(self.description)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.project = ReferenceCombo(True, panel)
        self.project.setObjectName("reportProject")
        self.project.setMinimumContentsLength(16)
        self.project.lineEdit().setPlaceholderText(self.tr("(all projects)"))
        self.site = ReferenceCombo(True, panel)
        self.site.setObjectName("reportSite")
        self.site.setMinimumContentsLength(16)
        self.site.lineEdit().setPlaceholderText(self.tr("(all sites)"))
        self.crc = ReferenceCombo(True, panel)
        self.crc.setObjectName("reportCrc")
        self.crc.setMinimumContentsLength(16)
        self.crc.lineEdit().setPlaceholderText(self.tr("(all CRCs)"))
        self.distribution = ReferenceCombo(True, panel)
        self.distribution.setObjectName("reportDistribution")
        self.distribution.setMinimumContentsLength(16)
        self.distribution.lineEdit().setPlaceholderText(self.tr("(choose one)"))
        self.date_from = DateEdit(True, panel)
        self.date_from.setObjectName("reportFrom")
        self.date_to = DateEdit(True, panel)
        self.date_to.setObjectName("reportTo")
        self.hide_names = QCheckBox(self.tr("Leave personal names out (codes only)"), panel)
        self.hide_names.setObjectName("reportHideNames")
        self.language = QComboBox(panel)
        self.language.setObjectName("reportLanguage")
        for code, name in languages.LANGUAGES.items():
            self.language.addItem(name, code)
        self.paper = QComboBox(panel)
        self.paper.setObjectName("reportPaper")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.labels: dict[str, QLabel] = {}
        for key, text, editor in (("project_code", self.tr("Project"), self.project),
                                  ("site_name", self.tr("Site"), self.site),
                                  ("crc_code", self.tr("CRC"), self.crc),
                                  ("distribution_code", self.tr("Distribution"), self.distribution),
                                  ("date_from", self.tr("From"), self.date_from),
                                  ("date_to", self.tr("To"), self.date_to)):
            label = QLabel(text, panel)
            label.setBuddy(editor)
            self.labels[key] = label
            form.addRow(label, editor)
        form.addRow("", self.hide_names)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        layout.addLayout(form)
        self.build_button = QPushButton(self.tr("Build the report"), panel)
        self.build_button.setObjectName("buildReport")
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        layout.addWidget(self.build_button)
        self.message = QLabel(panel)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)
        return panel

    def _preview_panel(self) -> QWidget:
        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.preview_title = QLabel(panel)
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setStyleSheet("font-weight: bold;")
        self.preview_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.preview_title, 1)
        self.zoom_out_button = self._tool(panel, "\u2212", self.tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = self._tool(panel, "+", self.tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_button = self._tool(panel, self.tr("Fit width"), self.tr("Fit the page to the width"),
                                     self.fit_width)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            bar.addWidget(button)
        self.save_button = QPushButton(self.tr("Save as..."), panel)
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(lambda: self.save_as())
        self.print_button = QPushButton(self.tr("Print..."), panel)
        self.print_button.setObjectName("printReport")
        self.print_button.clicked.connect(lambda: self.print_report())
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.pages = QStackedWidget(panel)
        self.empty = QLabel(self.tr("Choose a report on the left and press \u201cBuild the report\u201d: "
                                    "it appears here, to read, save as PDF or print."), panel)
        self.empty.setObjectName("previewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {words.GREY}; font-size: 11pt;")
        self.view = QPdfView(panel)
        self.view.setObjectName("reportPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.view)
        layout.addWidget(self.pages, 1)
        self._enable_preview(False)
        return panel

    def _tool(self, parent: QWidget, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(parent)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _enable_preview(self, on: bool) -> None:
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.save_button,
                       self.print_button):
            button.setEnabled(on)
        self.pages.setCurrentWidget(self.view if on else self.empty)

    def load_choices(self) -> None:
        """Projects and sites from the database; a report is typed by code (project) or name (site)."""
        def read(session):
            return (screens.reference_choices(session, "project"), screens.reference_choices(session, "site"),
                    screens.reference_choices(session, "crc"), screens.reference_choices(session, "distribution"))

        projects, sites, crcs, distributions = self.context.read(read)
        for combo, choices in ((self.project, projects), (self.site, sites), (self.crc, crcs),
                               (self.distribution, distributions)):
            text = combo.currentText()
            # The code is what a report is asked for, so it is the item's data.
            combo.set_choices([screens.Choice(c.key, c.key, c.label) for c in choices])
            combo.setEditText(text)

    def _records_changed(self, kind: str, _ident: int) -> None:
        if kind in ("project", "site", "crc", "distribution"):
            self.load_choices()

    # --- the choices ---------------------------------------------------------------------------------

    def kind(self) -> str | None:
        item = self.reports.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose(self, kind: str) -> None:
        for row in range(self.reports.count()):
            if self.reports.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.reports.setCurrentRow(row)
                return
        raise KeyError(kind)

    def _kind_changed(self, _row: int) -> None:
        kind = self.kind()
        if kind is None:
            return
        report = REPORTS[kind]
        self.description.setText(_tr(report.description))
        for key, label in self.labels.items():
            editor = label.buddy()
            editor.setEnabled(key in report.accepts)
            base = {"project_code": self.tr("Project"), "site_name": self.tr("Site"), "crc_code": self.tr("CRC"),
                    "distribution_code": self.tr("Distribution"),
                    "date_from": self.tr("From"), "date_to": self.tr("To")}[key]
            label.setText(self.tr("%1 *").replace("%1", base) if key in report.requires else base)
            label.setEnabled(key in report.accepts)
        self.hide_names.setEnabled("hide_names" in report.accepts)
        names_of = {"grants": "grant", "distribution-list": "household"}.get(report.name)
        if names_of and roles.refusal(self.context, names_of, "print_names"):  # the role prints codes only
            self.hide_names.setChecked(True)
            roles.permit(self.hide_names, self.context, names_of, "print_names")
        placeholder = self.tr("(choose one)")
        self.project.lineEdit().setPlaceholderText(
            placeholder if "project_code" in report.requires else self.tr("(all projects)"))
        self.site.lineEdit().setPlaceholderText(
            placeholder if "site_name" in report.requires else self.tr("(all sites)"))
        self.crc.lineEdit().setPlaceholderText(
            placeholder if "crc_code" in report.requires else self.tr("(all CRCs)"))
        self.show_message("")

    def _code(self, combo: ReferenceCombo, what: str) -> str | None:
        text = combo.currentText().strip()
        if not text:
            return None
        try:
            return combo.value()
        except ValueError:
            raise DomainError(self.tr("there is no %1 %2").replace("%1", what).replace("%2", repr(text))) from None

    def params(self) -> ReportParams:
        """The choices as the reports package takes them; DomainError when one cannot be read."""
        report = REPORTS[self.kind()]
        values = {}
        if "project_code" in report.accepts:
            values["project_code"] = self._code(self.project, self.tr("project"))
        if "site_name" in report.accepts:
            values["site_name"] = self._code(self.site, self.tr("site"))
        if "crc_code" in report.accepts:
            values["crc_code"] = self._code(self.crc, self.tr("CRC"))
        if "distribution_code" in report.accepts:
            values["distribution_code"] = self._code(self.distribution, self.tr("distribution"))
        for key, edit, word in (("date_from", self.date_from, self.tr("From")), ("date_to", self.date_to, self.tr("To"))):
            if key in report.accepts:
                try:
                    values[key] = edit.value()
                except ValueError:
                    raise DomainError(self.tr("%1: %2 is not a date; type it as YYYY-MM-DD")
                                      .replace("%1", word).replace("%2", repr(edit.text()))) from None
        if "hide_names" in report.accepts:
            values["hide_names"] = self.hide_names.isChecked()
        values["lang"] = self.language.currentData()  # places are named in the report's language
        params = ReportParams(**values)
        report.check(params)
        return params

    def options(self) -> RenderOptions:
        from workbench.views.settings_screen import report_logo, report_office

        return RenderOptions(lang=self.language.currentData(), paper=self.paper.currentData(),
                             database_name=database_name(self.context.database), author=self.context.user,
                             office_name=report_office() or RenderOptions.office_name, logo_path=report_logo())

    def show_message(self, text: str, problem: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {words.RED if problem else words.GREY}; font-weight: bold;")
        self.message.setVisible(bool(text))

    # --- building ------------------------------------------------------------------------------------

    def build(self) -> None:
        kind = self.kind()
        if kind is None:
            self.show_message(self.tr("Choose a report first."))
            return
        try:
            params = self.params()
            options = self.options()
        except DomainError as exc:
            self.show_message(_sentence(exc.message))
            return
        self._remember()
        self._params_built, self._lang_built = params, options.lang
        self.built += 1
        out = Path(self.temp.path()) / f"report-{self.built}.pdf"
        database, user = self.context.database, self.context.user

        def work(state):
            state.set_progress(0.1, _tr("Reading the figures and laying out the pages..."))
            # A session of its own, opened and closed on the worker thread.
            with database.session(user) as session:
                return make_report(session, kind, params, options, out)

        self.build_button.setEnabled(False)
        self.show_message(self.tr("Building the %1...").replace("%1", _tr(REPORTS[kind].title).lower()), False)
        self.task = run_task(self, work, self._built, self._failed,
                             progress=self.tr("Building the %1...").replace("%1", _tr(REPORTS[kind].title).lower()))
        # A cancelled task delivers nothing: give the button back at once. (The dialog also says "canceled"
        # when the task closes it after finishing: only a real cancel counts.)
        task = self.task
        if task.dialog is not None:
            task.dialog.canceled.connect(lambda: task.cancelled and self._cancelled())

    def _cancelled(self) -> None:
        self.build_button.setEnabled(True)
        self.show_message(self.tr("Cancelled."), False)

    def building(self) -> bool:
        return self.task is not None and not self.task.done

    def _built(self, path) -> None:
        self.build_button.setEnabled(True)
        old = self.pdf_path
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.show_message(self.tr("The report was built but cannot be shown (%1).").replace("%1", error.name))
            return
        self.pdf_path = Path(path)
        if old is not None and old != self.pdf_path:
            old.unlink(missing_ok=True)
        report = REPORTS[self.kind_built()]
        pages = self.document.pageCount()
        self.preview_title.setText(self.tr("%1 \u2014 %2 pages").replace("%1", _tr(report.title))
                                   .replace("%2", str(pages)) if pages != 1 else
                                   self.tr("%1 \u2014 1 page").replace("%1", _tr(report.title)))
        self._enable_preview(True)
        self.fit_width()
        self.show_message("")

    def kind_built(self) -> str:
        return self._kind_built

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        if isinstance(exc, DomainError):
            self.show_message(_sentence(exc.message))
            return
        from workbench.views.errors import report_exception

        report_exception(type(exc), exc, exc.__traceback__)

    # --- the preview ---------------------------------------------------------------------------------

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom_factor(self) -> float:
        """The zoom as shown: in "fit width" QPdfView keeps its last custom factor, so work out the real one."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() <= 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(0)
        width = points.width() * self.view.logicalDpiX() / 72
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(usable / width, 0.1) if width else 1.0

    def zoom(self, step: float) -> None:
        factor = min(max(self.zoom_factor() * step, 0.25), 6.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    # --- save and print ------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        kind = self._kind_built
        code = self._scope_built or ""
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in code)
        return f"{kind}-{safe}.pdf" if safe else f"{kind}-{dt.date.today().isoformat()}.pdf"

    def save_as(self, path: str | None = None) -> Path | None:
        if self.pdf_path is None:
            return None
        s = settings()
        if path is None:
            folder = s.value("reports/saveFolder", str(Path.home()))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                                  str(Path(folder) / self.suggested_name()),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            self.context.output_file(target)
        except OutputRefused as exc:
            self.show_message(messages.error_text(exc))
            return None
        try:
            with atomic_output(target) as partial:  # a failed copy leaves the file that was there
                shutil.copyfile(self.pdf_path, partial)
                self._record(target)  # before the file takes its name: a report the log cannot hold is not saved
        except OSError as exc:
            self.show_message(self.tr("The report could not be saved to %1: %2")
                              .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        except DomainError as exc:
            self.show_message(self.tr("The report could not be saved to %1: %2")
                              .replace("%1", str(target)).replace("%2", _sentence(exc.message)))
            return None
        s.setValue("reports/saveFolder", str(target.parent))
        self.show_message(self.tr("Saved to %1").replace("%1", str(target)), False)
        return target

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Asks which printer (unless one is given), then prints every page; returns the pages printed."""
        if self.pdf_path is None or self.document.pageCount() <= 0:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.suggested_name())
            points = self.document.pagePointSize(0)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                       else QPageLayout.Orientation.Portrait)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the report"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        try:
            pages = print_pdf(self.document, printer)
            self._record(Path(self.suggested_name()), printer=printer.printerName() or printer.outputFileName())
        except DomainError as exc:
            self.show_message(_sentence(exc.message))
            return 0
        self.show_message(self.tr("Sent %1 pages to the printer.").replace("%1", str(pages)), False)
        return pages

    def _record(self, target: Path, printer: str | None = None) -> None:
        """The saved or printed report in the audit log, as the command line records it."""
        with self.context.transaction() as session:
            record_report(session, self._kind_built, self._params_built, target, lang=self._lang_built,
                          printer=printer)

    # --- remembered between runs ---------------------------------------------------------------------

    def _remember(self) -> None:
        s = settings()
        s.setValue("reports/kind", self.kind())
        s.setValue("reports/project", self.project.currentText())
        s.setValue("reports/site", self.site.currentText())
        s.setValue("reports/crc", self.crc.currentText())
        s.setValue("reports/from", self.date_from.text())
        s.setValue("reports/to", self.date_to.text())
        s.setValue("reports/hideNames", self.hide_names.isChecked())
        s.setValue("reports/language", self.language.currentData())
        s.setValue("reports/paper", self.paper.currentData())
        self._kind_built = self.kind()
        self._scope_built = next((combo.currentData() for combo in (self.project, self.site, self.crc)
                                  if combo.isEnabled() and combo.currentText()), None)

    def _restore(self) -> None:
        s = settings()
        self._kind_built, self._scope_built = None, None
        self._params_built, self._lang_built = ReportParams(), "en"
        kind = s.value("reports/kind", "project")
        try:
            self.choose(kind if kind in REPORTS else "project")
        except KeyError:
            self.reports.setCurrentRow(0)
        self.project.setEditText(s.value("reports/project", "") or "")
        self.site.setEditText(s.value("reports/site", "") or "")
        self.crc.setEditText(s.value("reports/crc", "") or "")
        self.date_from.lineEdit().setText(s.value("reports/from", "") or "")
        self.date_to.lineEdit().setText(s.value("reports/to", "") or "")
        self.hide_names.setChecked(s.value("reports/hideNames", False, type=bool))
        # The report's language: as last chosen, else the window's (French staff print in French by default).
        for combo, key, default in ((self.language, "reports/language", languages.current()),
                                    (self.paper, "reports/paper", "")):
            index = combo.findData(s.value(key, "") or default)
            if index >= 0:
                combo.setCurrentIndex(index)


def _sentence(text: str) -> str:
    """A service's message ("no grants in the period ...") as a sentence on its own, in the window's language."""
    text = messages.translated(text.strip())
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


if __name__ == "__main__":  # python -m workbench.views.reports [--db demo.db]: the screen alone
    import sys

    from workbench.db import open_database
    from workbench.views.app import application
    from workbench.views.context import Context

    app = application()
    db = sys.argv[sys.argv.index("--db") + 1] if "--db" in sys.argv else None
    screen = ReportsScreen(Context(open_database(db)))
    screen.resize(1200, 800)
    screen.show()
    sys.exit(app.exec())
