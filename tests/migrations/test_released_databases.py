"""Every database written by a released version opens in this one: backed up, upgraded, every row kept."""

import shutil
import sys
from pathlib import Path

import pytest

from workbench.db import current_revision, head_revision, integrity_problems, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
sys.path.insert(0, str(FIXTURES))
from compare import CHANGED_ON_PURPOSE, lost_rows  # noqa: E402

RELEASED = sorted(FIXTURES.glob("workbench-*.db"))


def test_there_is_a_database_of_the_current_release_schema():
    assert RELEASED, "keep one database per released schema in tests/fixtures/databases"


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.name)
def test_a_released_database_opens_with_nothing_lost(fixture, tmp_path, data_dir, only_real_users):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    db = open_database(copy, create=False, creator="it.support")
    try:
        assert current_revision(db.engine) == head_revision()
        assert integrity_problems(db.engine) == []
        with db.engine.connect() as conn:
            roles = dict(conn.exec_driver_sql("SELECT username, role FROM users").all())
    finally:
        db.close()
    # Users' free-text roles become roles (revision 0012); whoever upgrades a database without an administrator is one.
    assert lost_rows(str(fixture), str(copy), changed=CHANGED_ON_PURPOSE) == []
    if fixture.name == "workbench-0.1.0.db":
        assert roles == {"grace.mbuyi": "officer", "jp.kasongo": "site_manager", "neema.amisi": "officer",
                         "mathieu.banza": "me_officer", "sara.jubouri": "officer", "omar.hamdani": "viewer",
                         "rana.shammari": "me_officer", "ali.hadidi": "officer", "it.support": "admin"}


def test_the_comparison_notices_a_lost_row(tmp_path):
    import sqlite3

    copy = tmp_path / "damaged.db"
    shutil.copy(RELEASED[-1], copy)
    with sqlite3.connect(copy) as conn:
        conn.execute("DELETE FROM cash_tranches WHERE id = (SELECT MIN(id) FROM cash_tranches)")
    assert lost_rows(str(RELEASED[-1]), str(copy)) == ["cash_tranches: 1 of 329 rows lost or changed"]
