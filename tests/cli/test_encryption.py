"""Encrypted SQLite databases through the command line: no name or phone in the bytes of the database, its -wal, a
backup or the pre-upgrade copy; a wrong passphrase refused in one line with nothing changed; a passphrase change,
a recovery key, encrypt and decrypt keeping every row; `db encrypt` killed with SIGKILL at several moments leaving
the plain database or the encrypted one, whole."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.migrations.test_upgrade import FIRST, _fill_at_first_revision
from workbench import models as m
from workbench.cli import main
from workbench.db import head_revision, make_engine, open_database, unlock, upgrade_schema
from workbench.keys import keys_path, new_keys, write_keys

PASS = "blue kettle at dawn"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def passphrase(monkeypatch):
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    return PASS


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    os.environ["WORKBENCH_PASSPHRASE"] = PASS
    try:
        assert main(["demo", "--db", str(path), "--scale", "0.2"]) == 0
    finally:
        del os.environ["WORKBENCH_PASSPHRASE"]
    return path


def a_person(path: Path, key: bytes | None) -> tuple[str, str]:
    """A name and a phone number of the demo, read through the workbench."""
    engine = make_engine(f"sqlite:///{path}", key)
    try:
        with engine.connect() as conn:
            name, phone = conn.execute(select(m.Household.head_name, m.Household.phone)
                                       .where(m.Household.phone.is_not(None)).limit(1)).one()
    finally:
        engine.dispose()
    return name, phone


def row_counts(path: Path, key: bytes | None) -> dict[str, int]:
    engine = make_engine(f"sqlite:///{path}", key)
    try:
        with engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'").scalars().all()
            return {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in tables}
    finally:
        engine.dispose()


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def test_a_new_database_given_a_passphrase_is_encrypted_and_its_wal_and_backup_too(demo_file, passphrase, capsys,
                                                                                   tmp_path):
    key = unlock(demo_file, PASS)
    name, phone = a_person(demo_file, key)
    data = demo_file.read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    assert name.encode() not in data and phone.encode() not in data
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(demo_file).execute("SELECT count(*) FROM households").fetchone()
    # A save's pages in the -wal, read while the database is open (the -wal is gone once the last user closes it).
    db = open_database(demo_file, passphrase=PASS)
    try:
        with db.session(write=True) as session, session.begin():
            session.execute(text("UPDATE households SET head_name = 'Zawadi Kabeya Ilunga', phone = '+243 997 123 456' "
                                 "WHERE id = (SELECT min(id) FROM households)"))
        wal = Path(f"{demo_file}-wal").read_bytes()
        assert len(wal) > 4096
        assert b"Zawadi" not in wal and b"997 123 456" not in wal and name.encode() not in wal
    finally:
        db.close()
    code, out, err = run(capsys, "db", "backup", "--db", str(demo_file), "--out", str(tmp_path / "copy.db"))
    assert code == 0, err
    copy = (tmp_path / "copy.db").read_bytes()
    assert b"Zawadi" not in copy and b"997 123 456" not in copy and b"SQLite format 3" not in copy
    assert keys_path(tmp_path / "copy.db").exists()
    copied, now = row_counts(tmp_path / "copy.db", key), row_counts(demo_file, key)
    # The backup's own audit entry is written after the copy is made (db.backup_database).
    assert copied | {"audit_log": copied["audit_log"] + 1} == now
    code, out, err = run(capsys, "list", "household", "--db", str(tmp_path / "copy.db"), "--search", "Zawadi")
    assert code == 0 and "Zawadi Kabeya Ilunga" in out
    code, out, _ = run(capsys, "db", "check", "--db", str(demo_file))
    assert code == 0 and "no problem found" in out
    code, out, err = run(capsys, "export", "households", "--db", str(demo_file), "--out", str(tmp_path / "h.csv"))
    assert code == 0, err
    assert "Zawadi Kabeya Ilunga" in (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    # An export aimed at the encrypted database (no SQLite header to know it by) is refused, even with --replace.
    before = digest(demo_file)
    code, out, err = run(capsys, "export", "households", "--db", str(tmp_path / "copy.db"), "--out", str(demo_file),
                         "--replace")
    assert code == 1 and "is a database" in err and digest(demo_file) == before


def test_the_copy_before_an_upgrade_of_an_encrypted_database_is_encrypted(tmp_path, passphrase):
    path = tmp_path / "office.db"
    key, keys = new_keys(PASS)
    write_keys(keys_path(path), keys)
    engine = make_engine(f"sqlite:///{path}", key)
    upgrade_schema(engine, FIRST)
    _fill_at_first_revision(engine)
    engine.dispose()
    db = open_database(path, passphrase=PASS)
    db.close()
    assert db.backup_path is not None and keys_path(db.backup_path).exists()
    for file in (path, db.backup_path):
        assert b"Mwamba Kasongo" not in file.read_bytes()
    copy = make_engine(f"sqlite:///{db.backup_path}", key)
    with copy.connect() as conn:
        assert conn.execute(text("SELECT head_name FROM households")).scalar() == "Mwamba Kasongo"
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == FIRST
    copy.dispose()
    with make_engine(f"sqlite:///{path}", key).connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(demo_file, monkeypatch, capsys):
    files = [demo_file, keys_path(demo_file), Path(f"{demo_file}-wal")]
    before = digest(*files)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "not the passphrase")
    for argv in (["list", "household"], ["db", "upgrade"], ["db", "check"], ["db", "passphrase"],
                 ["db", "decrypt"], ["db", "recovery-key"], ["db", "backup", "--out", str(demo_file) + ".x"]):
        monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "another one entirely")
        code, out, err = run(capsys, *argv, "--db", str(demo_file))
        assert code == 1, argv
        assert err.strip().count("\n") == 0 and "wrong passphrase" in err, (argv, err)
    assert digest(*files) == before
    assert not Path(str(demo_file) + ".x").exists()
    monkeypatch.delenv("WORKBENCH_PASSPHRASE")
    code, out, err = run(capsys, "list", "household", "--db", str(demo_file))
    assert code == 1 and "a passphrase is needed: set WORKBENCH_PASSPHRASE" in err


def test_passphrase_change_and_recovery_key_keep_every_row_without_rewriting_the_database(tmp_path, monkeypatch,
                                                                                          capsys, demo_file):
    path = tmp_path / "office.db"
    path.write_bytes(demo_file.read_bytes())
    keys_path(path).write_bytes(keys_path(demo_file).read_bytes())
    key = unlock(path, PASS)
    rows = row_counts(path, key)
    database_bytes = digest(path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    code, out, err = run(capsys, "db", "recovery-key", "--db", str(path))
    assert code == 0, err
    recovery = out.strip().splitlines()[-1]
    assert recovery.startswith("WBRK-") and recovery not in keys_path(path).read_text()
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "short")
    code, out, err = run(capsys, "db", "passphrase", "--db", str(path))
    assert code == 1 and "at least 8 characters" in err
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "green ladder at noon")
    code, out, err = run(capsys, "db", "passphrase", "--db", str(path))
    assert code == 0, err
    assert digest(path) == database_bytes  # only the keys file was rewritten
    code, out, err = run(capsys, "list", "household", "--db", str(path))
    assert code == 1 and "wrong passphrase" in err  # the old passphrase no longer opens it
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", "green ladder at noon")
    code, out, err = run(capsys, "list", "household", "--db", str(path), "--limit", "100000")
    assert code == 0 and len(out.strip().splitlines()) == rows["households"] + 1
    # The data protection officer's recovery key opens it when the passphrase is forgotten, and sets a new one.
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", recovery.lower())
    monkeypatch.setenv("WORKBENCH_NEW_PASSPHRASE", "red kite over hills")
    code, out, err = run(capsys, "db", "passphrase", "--db", str(path))
    assert code == 0, err
    assert row_counts(path, unlock(path, "red kite over hills")) == rows


def test_encrypt_then_decrypt_in_place_keep_every_row_and_leave_no_plain_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "plain.db"
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "demo", "--db", str(path), "--scale", "0.1")  # no passphrase, no terminal: plain
    assert code == 0, err
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    name, phone = a_person(path, None)
    rows = row_counts(path, None)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    code, out, err = run(capsys, "db", "encrypt", "--db", str(path))
    assert code == 0, err
    data = path.read_bytes()
    assert name.encode() not in data and phone.encode() not in data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db", "plain.db.keys"]
    assert {oct(p.stat().st_mode & 0o777) for p in tmp_path.iterdir()} == {"0o600"}
    assert row_counts(path, unlock(path, PASS)) == rows
    code, out, err = run(capsys, "db", "encrypt", "--db", str(path))
    assert code == 1 and "already encrypted" in err
    code, out, err = run(capsys, "db", "decrypt", "--db", str(path))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db"]
    assert row_counts(path, None) == rows


def test_encrypt_refuses_a_database_open_elsewhere(tmp_path, monkeypatch, capsys):
    path = tmp_path / "busy.db"
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    open_database(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys, time\n"
                               f"c = sqlite3.connect({str(path)!r}); c.execute('PRAGMA journal_mode=WAL')\n"
                               "c.execute('SELECT count(*) FROM households').fetchone(); print('open', flush=True)\n"
                               "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
        code, out, err = run(capsys, "db", "encrypt", "--db", str(path))
    finally:
        holder.kill()
        holder.wait()
    assert code == 1 and "open in another window or command" in err
    assert not keys_path(path).exists() and path.read_bytes()[:16] == b"SQLite format 3\x00"
    code, out, err = run(capsys, "db", "encrypt", "--db", str(path))  # closed: it goes
    assert code == 0, err


def whole(path: Path, rows: dict[str, int]) -> str:
    """'plain' or 'encrypted' when the database at `path` is whole with every row; fails otherwise."""
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        state, key = "plain", None
    else:
        state, key = "encrypted", unlock(path, PASS)
    engine = make_engine(f"sqlite:///{path}", key)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()
    assert row_counts(path, key) == rows
    return state


def test_db_encrypt_killed_at_any_moment_leaves_the_plain_or_the_encrypted_database_whole(tmp_path_factory):
    source = tmp_path_factory.mktemp("source") / "office.db"
    env = {k: v for k, v in os.environ.items() if k != "WORKBENCH_PASSPHRASE"}
    subprocess.run([sys.executable, "-m", "workbench.cli", "demo", "--db", str(source), "--scale", "1"], env=env,
                   check=True, capture_output=True)
    rows = row_counts(source, None)
    env["WORKBENCH_PASSPHRASE"] = PASS
    seen = set()
    # After each printed step, and at delays spread over the whole conversion (about a second here).
    moments = [("Copying", 0.0), ("Copying", 0.05), ("Copying", 0.15), ("Checking", 0.0), ("Checking", 0.05),
               ("Checking", 0.2), (None, 0.1), (None, 0.4), (None, 0.8), (None, 1.5),
               ("Encrypted", 0.0)]  # the last once it says it is done, however slow the machine is today
    for step, delay in moments:
        folder = tmp_path_factory.mktemp("kill")
        path = folder / "office.db"
        path.write_bytes(source.read_bytes())
        process = subprocess.Popen([sys.executable, "-u", "-m", "workbench.cli", "db", "encrypt", "--db", str(path)],
                                   env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        if step is not None:
            for line in process.stdout:
                if line.startswith(step):
                    break
        time.sleep(delay)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate(timeout=60)
        state = whole(path, rows)
        seen.add(state)
        leftovers = {p.name for p in folder.iterdir()} - {"office.db", "office.db.keys"}
        assert not {n for n in leftovers if n.endswith(("-wal", "-shm"))}, leftovers
        if state == "encrypted":
            assert path.read_bytes().find(b"SQLite format 3") < 0
        # Encrypting again after the kill finishes the job (a killed copy is cleared first).
        if state == "plain":
            done = subprocess.run([sys.executable, "-m", "workbench.cli", "db", "encrypt", "--db", str(path)],
                                  env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr
            assert whole(path, rows) == "encrypted"
            assert {p.name for p in folder.iterdir()} == {"office.db", "office.db.keys"}
    assert seen == {"plain", "encrypted"}


def test_keys_wrapped_before_the_switch_to_pycryptodomex_still_open():
    """A data key wrapped by `cryptography`'s AESGCM (keys files written until stop 23): the same AES-256-GCM layout,
    the wrapped key then its 16-byte tag, so it unwraps unchanged; a wrong key or purpose gives nothing."""
    from workbench import keys

    entry = {"nonce": "AAECAwQFBgcICQoL", "wrapped": "I2ewfK2MqHDhLPnkwZgKHvej8UOIAiUHRBqb+p3ogjFtqq0KIOK1PouX5hoGkCBC"}
    assert keys._unwrap(bytes(range(32)), entry, "passphrase") == bytes(range(100, 132))
    assert keys._unwrap(bytes(range(1, 33)), entry, "passphrase") is None
    assert keys._unwrap(bytes(range(32)), entry, "recovery") is None
    again = keys._wrap(bytes(range(32)), bytes(range(100, 132)), "passphrase")
    assert keys._unwrap(bytes(range(32)), again, "passphrase") == bytes(range(100, 132))
