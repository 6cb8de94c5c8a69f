"""A work's photos and documents: attached and opened from its window, the file work done in the background."""

from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from tests.builders import Build
from tests.views.conftest import wait_idle
from workbench import models as m
from workbench.views.record_window import AttachmentsTab


def test_a_photo_is_attached_to_a_work_and_opened(qtbot, context, database, tmp_path, monkeypatch):
    with database.session("setup") as session, session.begin():
        b = Build(session)
        project = b.iraq_project()
        work = b.work(project, b.ninewa()[3])
        ident = work.id
    photo = tmp_path / "bartella-pumps.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 50)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    tab = AttachmentsTab(context, "work", ident)
    qtbot.addWidget(tab)
    tab.add_file(str(photo))
    wait_idle(qtbot, tab.list.model)
    assert tab.list.model.rowCount() == 1
    with database.session("check") as session:
        stored = session.scalars(select(m.Attachment)).one()
        assert (stored.file_name, stored.size, stored.owner_id) == ("bartella-pumps.jpg", photo.stat().st_size, ident)
        attachment_id = stored.id

    tab.open_file(attachment_id)
    wait_idle(qtbot)
    assert len(opened) == 1 and opened[0].endswith("bartella-pumps.jpg")
    assert open(opened[0], "rb").read() == photo.read_bytes()


def test_a_missing_file_is_refused_with_a_message_and_nothing_stored(qtbot, context, database, tmp_path,
                                                                      monkeypatch):
    from workbench.views import record_window

    with database.session("setup") as session, session.begin():
        b = Build(session)
        ident = b.work(b.iraq_project(), b.ninewa()[3]).id
    told = []
    monkeypatch.setattr(record_window, "tell", lambda parent, title, text: told.append((title, text)))
    tab = AttachmentsTab(context, "work", ident)
    qtbot.addWidget(tab)
    tab.add_file(str(tmp_path / "contract.pdf"))
    wait_idle(qtbot)
    assert told == [("Not attached", f"no file at {tmp_path / 'contract.pdf'}")]
    with database.session("check") as session:
        assert session.scalars(select(m.Attachment)).all() == []
