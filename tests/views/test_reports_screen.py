"""The Reports screen: a report chosen and built as a user would, previewed, saved, printed; problems shown inline."""

import json
import re
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from sqlalchemy import select

from tests.views.conftest import type_into, wait_idle, when_dialog
from workbench import models as m
from workbench.views.reports import ReportsScreen


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def click_report(qtbot, screen, title: str) -> None:
    items = screen.reports.findItems(title, Qt.MatchFlag.MatchExactly)
    assert items, title
    rect = screen.reports.visualItemRect(items[0])
    qtbot.mouseClick(screen.reports.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def build(qtbot, screen) -> None:
    qtbot.mouseClick(screen.build_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_a_project_report_is_built_previewed_saved_and_printed(qtbot, context, office, tmp_path):
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    click_report(qtbot, screen, "Project progress report")
    assert screen.kind() == "project"
    assert screen.labels["project_code"].text() == "Project *"
    type_into(qtbot, screen.project, "IRQ-BHA-2023-02")
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=10000)
    assert screen.view.isVisible() and screen.save_button.isEnabled()
    assert "IRQ-BHA-2023-02" in screen.document.getAllText(0).text()
    assert not screen.message.isVisible()

    # Zoom in from "fit width" makes the page larger than it was; fit width goes back.
    before = screen.zoom_factor()
    screen.zoom_in_button.click()
    assert screen.zoom_factor() > before
    screen.fit_button.click()

    saved = screen.save_as(str(tmp_path / "progress"))
    assert saved == tmp_path / "progress.pdf"
    assert saved.read_bytes() == screen.pdf_path.read_bytes()
    assert saved.stat().st_mode & 0o777 == 0o600  # a report names people: readable by its owner only
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True, check=True).stdout
    assert "IRQ-BHA-2023-02" in text

    # Printing renders each page onto white paper; a PDF printer stands in for a real one.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = screen.print_report(printer)
    assert pages == screen.document.pageCount() == pdf_pages(saved)
    assert pdf_pages(tmp_path / "printed.pdf") == pages
    # Each printed page is the report on white paper, not a transparent (black on some printers) image.
    subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "1", str(tmp_path / "printed.pdf"),
                    str(tmp_path / "printed")], check=True)
    image = QImage(str(next(tmp_path.glob("printed*.png"))))
    corner, ink = image.pixelColor(2, 2), 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            ink += image.pixelColor(x, y).lightness() < 128
    assert corner.lightness() > 250 and ink > 20
    assert "Sent" in screen.message.text()
    # The saved and the printed report are in the audit log; the previews built are not.
    with context.database.session() as session:
        entries = list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "report")
                                       .order_by(m.AuditEntry.id)))
    assert [(e.user_name, e.table_name) for e in entries] == [("officer", "-"), ("officer", "-")]
    saved_entry, printed_entry = (json.loads(e.new_value) for e in entries)
    assert (saved_entry["report"], saved_entry["project_code"], saved_entry["file"]) == (
        "project", "IRQ-BHA-2023-02", str(saved.resolve()))
    assert printed_entry["printer"] == str(tmp_path / "printed.pdf") and "file" not in printed_entry

    # The Print button asks which printer first; cancelling the dialog prints nothing.
    handled = when_dialog(lambda dialog: dialog.reject(), ready=lambda d: isinstance(d, QPrintDialog))
    screen.print_button.click()
    assert handled and "Sent" in screen.message.text()


def test_an_empty_period_and_a_missing_project_are_said_inline(qtbot, context, office):
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    click_report(qtbot, screen, "Project progress report")
    build(qtbot, screen)
    assert screen.message.isVisible()
    assert "needs a project" in screen.message.text()

    click_report(qtbot, screen, "Livelihood grants register")
    assert not screen.site.isEnabled() and screen.hide_names.isEnabled()
    type_into(qtbot, screen.date_from, "2010-01-01")
    type_into(qtbot, screen.date_to, "2010-03-31")
    build(qtbot, screen)
    assert screen.message.text() == "No grants in the period 2010-01-01 to 2010-03-31."
    assert screen.document.pageCount() == 0 and not screen.save_button.isEnabled()

    type_into(qtbot, screen.date_from, "2010-05-01")
    build(qtbot, screen)
    assert "starts (2010-05-01) after it ends (2010-03-31)" in screen.message.text()

    type_into(qtbot, screen.date_from, "31/12/2010")
    build(qtbot, screen)
    assert "is not a date" in screen.message.text()


def test_the_last_choices_are_remembered(qtbot, context, office):
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    click_report(qtbot, screen, "Livelihood grants register")
    type_into(qtbot, screen.project, "IRQ-BHA-2023-02")
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    screen.paper.setCurrentIndex(screen.paper.findData("letter"))
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=10000)
    assert "Registre des subventions" in " ".join(screen.document.getAllText(0).text().split())
    again = ReportsScreen(context)
    qtbot.addWidget(again)
    assert again.kind() == "grants"
    assert again.project.currentText() == "IRQ-BHA-2023-02"
    assert again.language.currentData() == "fr" and again.paper.currentData() == "letter"


def test_the_office_name_and_logo_chosen_in_settings_are_printed(qtbot, context, office, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from workbench.resources import resource_path
    from workbench.views.settings_screen import SettingsScreen

    settings_screen = SettingsScreen(context)
    qtbot.addWidget(settings_screen)
    settings_screen.office.clear()
    type_into(qtbot, settings_screen.office, "OIM Kalemie, bureau de terrain")
    qtbot.keyClick(settings_screen.office, Qt.Key.Key_Return)
    logo = tmp_path / "logo-kalemie.png"
    logo.write_bytes(resource_path("logo.png").read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo), ""))
    settings_screen._choose_logo()
    assert settings_screen.logo.text() == str(logo)

    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    options = screen.options()
    assert (options.office_name, options.logo_path) == ("OIM Kalemie, bureau de terrain", logo)
    click_report(qtbot, screen, "Project progress report")
    type_into(qtbot, screen.project, "IRQ-BHA-2023-02")
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=10000)
    assert "OIM Kalemie, bureau de terrain" in screen.document.getAllText(0).text()


def test_an_arabic_report_from_the_screen_names_governorates_in_arabic(qtbot, context, office, tmp_path):
    from tests.reports.test_report_pdfs import arabic_in_order, normalised

    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    click_report(qtbot, screen, "Livelihood grants register")
    screen.language.setCurrentIndex(screen.language.findData("ar"))
    build(qtbot, screen)
    qtbot.waitUntil(lambda: screen.document.pageCount() > 0, timeout=15000)
    saved = screen.save_as(str(tmp_path / "register"))
    text = normalised(subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True,
                                     check=True).stdout)
    assert arabic_in_order(text, "نينوى") and "Ninewa" not in text
