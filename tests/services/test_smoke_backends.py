"""The fixtures themselves: each backend gets a schema at head, and tests do not see each other's rows."""

from sqlalchemy import func, select

from tests.builders import Build
from workbench import models as m


def test_a_project_is_created_and_audited(session):
    build = Build(session)
    project = build.project()
    assert session.scalar(select(func.count()).select_from(m.Project)) == 1
    entry = session.scalars(select(m.AuditEntry).where(m.AuditEntry.table_name == "projects")).one()
    assert (entry.user_name, entry.action, entry.record_id) == ("tester", "create", project.id)
    assert '"code": "DRC-ECHO-2023-01"' in entry.new_value


def test_rows_of_an_earlier_test_are_gone(session):
    assert session.scalar(select(func.count()).select_from(m.Project)) == 0
