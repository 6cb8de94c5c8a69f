"""Attachments kept in the database, and the default database in the user's data folder."""

import hashlib

import pytest
from sqlalchemy import func, select, text

from tests.builders import Build
from workbench import models as m
from workbench.db import default_db_path, open_database
from workbench.services.attachments import attach_file, attachments_of, export_attachment
from workbench.services.errors import DomainError


def test_a_photo_is_attached_to_a_work_stored_once_and_read_back(session, tmp_path):
    build = Build(session)
    project = build.project(code="IRQ-BHA-2023-02")
    country = build.create("location", pcode="IQ", name="Iraq", admin_level=0)
    ninewa = build.create("location", pcode="IQG15", name="Ninewa", admin_level=1, parent_id=country.id)
    work = build.work(project, ninewa)
    photo = tmp_path / "bartella-pumps.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 40)
    first = attach_file(session, "work", work.id, photo, "new pumps installed")
    second = attach_file(session, "work", work.id, photo, "same photo again")
    assert (first.media_type, first.size) == ("image/jpeg", photo.stat().st_size)
    assert first.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert session.scalar(select(func.count()).select_from(m.AttachmentContent)) == 1
    assert [a.description for a in attachments_of(session, "work", work.id)] == ["new pumps installed",
                                                                                "same photo again"]
    copy = export_attachment(session, second.id, tmp_path / "out")
    assert copy.read_bytes() == photo.read_bytes() and copy.name == "bartella-pumps.jpg"


def test_attaching_a_missing_file_or_to_a_missing_record_is_refused(session, tmp_path):
    with pytest.raises(DomainError, match="work 999 does not exist"):
        attach_file(session, "work", 999, tmp_path / "x.pdf")
    project = Build(session).project()
    with pytest.raises(DomainError, match="no file at"):
        attach_file(session, "project", project.id, tmp_path / "contract.pdf")
    assert session.scalar(select(func.count()).select_from(m.Attachment)) == 0


def test_the_default_database_is_created_in_the_data_folder_with_wal_and_foreign_keys(data_dir):
    assert default_db_path() == data_dir / "workbench.db"
    db = open_database(None)
    try:
        assert (data_dir / "workbench.db").exists()
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.close()
