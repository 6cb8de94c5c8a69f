"""No command writes over a database: an export, a report, the rejected rows or a backup aimed at a database
(the open one, its -wal/-shm/-journal, or any other) is refused with one line and exit code 1, nothing written;
another existing file is replaced only with --replace, and a failed write leaves the file that was there."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from tests.builders import Build
from workbench import cli
from workbench.db import open_database, sqlite_path
from workbench.files import OutputRefused, atomic_output, check_output


@pytest.fixture
def office(fresh_url, tmp_path):
    """An office database (SQLite or PostgreSQL) and, beside it, another SQLite database."""
    db = open_database(fresh_url)
    with db.session("tester") as s, s.begin():
        _, _, territory, _ = Build(s).tanganyika()
        Build(s).site(territory, "Kalonda")
    db.close()
    other = tmp_path / "other" / "kalemie.db"
    other.parent.mkdir()
    open_database(str(other)).close()
    return fresh_url, other


@pytest.fixture
def run(capsys):
    def run(*argv):
        code = cli.main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rejected_file(tmp_path: Path) -> Path:
    path = tmp_path / "households.csv"
    path.write_text("Household ID,Head of household,Sex of head,Household size,Site,Registered on\n"
                    "KAL-1,Mwamba,female,5,Kalonda,2021-03-01\nKAL-2,Ilunga,unknown,5,Nowhere,2021-03-01\n")
    return path


def commands(db: str, target: Path, tmp_path: Path) -> dict[str, list]:
    return {
        "export": ["export", "households", "--db", db, "--out", target, "--format", "csv"],
        "report": ["report", "site", "--site", "Kalonda", "--db", db, "--out", target],
        "rejected rows": ["import", "households", rejected_file(tmp_path), "--db", db, "--rejected-out", target,
                          "--valid-only"],
        "backup": ["db", "backup", "--db", db, "--out", target],
    }


@pytest.mark.parametrize("command", ["export", "report", "rejected rows", "backup"])
def test_no_command_writes_over_another_database(run, office, tmp_path, command):
    url, other = office
    before = digest(other)
    for extra in ([], ["--replace"]):  # not even when told to replace
        code, out, err = run(*commands(url, other, tmp_path)[command], *extra)
        assert code == 1
        assert err.strip() == f"workbench: refused: {other} is a database; it is never overwritten: choose another file"
        assert "Imported" not in out and "Wrote" not in out
        assert digest(other) == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["kalemie.db"]


@pytest.mark.parametrize("command", ["export", "report", "rejected rows", "backup"])
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_no_command_writes_over_its_own_database_or_its_files(run, office, tmp_path, command, suffix, backend):
    if backend != "sqlite":
        pytest.skip("a server database has no file to protect")
    url, _ = office
    own = Path(f"{sqlite_path(url)}{suffix}")
    own.touch()  # the -wal and -shm exist while the database is open; a -journal after a crash
    before = digest(sqlite_path(url)), digest(own)
    code, out, err = run(*commands(url, own, tmp_path)[command], "--replace")
    assert code == 1
    assert err.strip() == f"workbench: refused: {own} is the open database or one of its files; choose another file"
    assert (digest(sqlite_path(url)), digest(own)) == before


@pytest.mark.parametrize("command", ["export", "report", "rejected rows", "backup"])
def test_an_existing_file_is_replaced_only_with_replace(run, office, tmp_path, command):
    url, _ = office
    target = tmp_path / "out" / "notes.txt"
    target.parent.mkdir()
    target.write_text("last week's notes\n")
    argv = commands(url, target, tmp_path)[command]
    code, out, err = run(*argv)
    assert code == 1 and err.strip() == f"workbench: refused: {target} exists; add --replace to overwrite it"
    assert target.read_text() == "last week's notes\n"
    code, out, err = run(*argv, "--replace")
    assert code in (0, 1) and "refused" not in err, err  # 1: the import rejected a row, as it should
    assert target.read_bytes() != b"last week's notes\n" and target.stat().st_size > 0
    assert [p.name for p in target.parent.iterdir()] == ["notes.txt"]  # no temporary file left


def test_a_failed_write_leaves_the_file_that_was_there(tmp_path):
    target = tmp_path / "grants.xlsx"
    target.write_bytes(b"yesterday's export")
    with pytest.raises(OSError, match="disk full"):
        with atomic_output(target) as partial:
            partial.write_bytes(b"half of today's")
            raise OSError("disk full")
    assert target.read_bytes() == b"yesterday's export"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as partial:
        partial.write_bytes(b"today's export")
    assert target.read_bytes() == b"today's export"
    assert (target.stat().st_mode & 0o777) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_a_database_is_known_by_its_header_whatever_its_name(tmp_path):
    database = tmp_path / "office.xlsx"
    open_database(str(tmp_path / "real.db")).close()
    shutil.copy(tmp_path / "real.db", database)
    with pytest.raises(OutputRefused, match="is a database"):
        check_output(database, replace=True)
    with pytest.raises(OutputRefused, match="is a database"):
        with atomic_output(database) as partial:
            partial.write_bytes(b"export")
    assert database.read_bytes() == (tmp_path / "real.db").read_bytes()
    not_yet = tmp_path / "SQLite.txt"
    not_yet.write_bytes(b"SQLite format 2 is not a database header")
    assert check_output(not_yet, replace=True) == not_yet
