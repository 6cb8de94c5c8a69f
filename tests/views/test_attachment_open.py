"""The window opens an attachment only as a document or an image, through a private copy named by its bytes."""

import os
import stat

from PySide6.QtGui import QDesktopServices

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench.services.attachments import attach_file
from workbench.views import record_window
from workbench.views.record_window import AttachmentsTab


def test_a_program_is_refused_and_a_document_opens_from_a_private_copy(qtbot, context, database, tmp_path,
                                                                       monkeypatch):
    program, scan = tmp_path / "payslip.pdf.exe", tmp_path / "scan.exe.jpg"
    program.write_bytes(b"MZ\x90\x00\x03" + bytes(300))
    scan.write_bytes(b"\xff\xd8\xff" + bytes(range(256)))
    with database.session("setup") as session, session.begin():
        b = Build(session)
        ident = b.work(b.iraq_project(), b.ninewa()[3]).id
        program_id = attach_file(session, "work", ident, program).id
        scan_id = attach_file(session, "work", ident, scan).id
    opened, told = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    monkeypatch.setattr(record_window, "tell", lambda parent, title, text: told.append((title, text)))
    tab = AttachmentsTab(context, "work", ident)
    qtbot.addWidget(tab)

    tab.open_file(program_id)
    wait_idle(qtbot)
    assert opened == []
    assert told == [("Cannot open",
                     "payslip.pdf.exe is not a document the workbench opens; save it and check it first")]

    tab.open_file(scan_id)
    wait_idle(qtbot)
    assert len(opened) == 1 and opened[0].endswith("/scan.jpg")
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(opened[0]).st_mode) == 0o600
