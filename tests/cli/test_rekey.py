"""`workbench db rekey`: a new random data key for an encrypted database, every row kept, every wrapping made again
(the passphrase, new recovery keys in place of the old), the old keys no longer opening it, an audit event; killed
with SIGKILL at several moments it leaves the old key or the new one opening the database, with the keys file that
matches."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.cli.test_encryption import row_counts
from workbench import models as m
from workbench.cli import main
from workbench.db import DatabaseError, key_opens, make_engine, unlock
from workbench.keys import keys_path, pending_keys_path, read_keys

PASS = "blue kettle at dawn"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def encrypted_demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    env = {**os.environ, "WORKBENCH_PASSPHRASE": PASS}
    subprocess.run([sys.executable, "-m", "workbench.cli", "demo", "--db", str(path), "--scale", "1",
                    "--user", "tester"], env=env,
                   check=True, capture_output=True)
    return path


def copy_of(source: Path, folder: Path) -> Path:
    path = folder / "office.db"
    path.write_bytes(source.read_bytes())
    keys_path(path).write_bytes(keys_path(source).read_bytes())
    return path


def test_rekey_gives_a_new_data_key_keeps_every_row_and_retires_the_old_keys(encrypted_demo, tmp_path, monkeypatch,
                                                                             capsys):
    path = copy_of(encrypted_demo, tmp_path)
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    code, out, err = run(capsys, "db", "recovery-key", "--db", str(path))
    assert code == 0, err
    old_recovery = out.strip().splitlines()[-1]
    old_key = unlock(path, PASS)
    rows = row_counts(path, old_key)
    old_keys_file = keys_path(path).read_bytes()
    old_pages = path.read_bytes()

    monkeypatch.setenv("WORKBENCH_PASSPHRASE", old_recovery)  # a recovery key opens it, but cannot rekey it
    code, out, err = run(capsys, "db", "rekey", "--db", str(path), "--user", "tester")
    assert code == 1 and "not a recovery key" in err and err.count("\n") == 1
    assert keys_path(path).read_bytes() == old_keys_file and path.read_bytes() == old_pages

    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    code, out, err = run(capsys, "db", "rekey", "--db", str(path), "--user", "tester")
    assert code == 0, err
    new_recovery = out.strip().splitlines()[-1]
    assert new_recovery.startswith("WBRK-") and new_recovery != old_recovery
    new_key = unlock(path, PASS)
    assert new_key != old_key and len(new_key) == 32
    assert row_counts(path, new_key) == {**rows, "audit_log": rows["audit_log"] + 1}  # and the rekey's event
    assert unlock(path, new_recovery) == new_key
    doc = json.loads(keys_path(path).read_text())
    assert len(doc["recovery"]) == 1 and "previous" not in doc and new_recovery not in keys_path(path).read_text()
    assert not pending_keys_path(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["office.db", "office.db.keys"]
    # Every page was re-encrypted: none of the old file's 4 KiB pages is left as it was.
    new_pages = path.read_bytes()
    old_set = {old_pages[i:i + 4096] for i in range(0, len(old_pages), 4096)}
    assert not any(new_pages[i:i + 4096] in old_set for i in range(0, len(new_pages), 4096))
    # The old keys (an old keys file with the passphrase, the old recovery key) no longer open it.
    assert not key_opens(path, old_key)
    with pytest.raises(DatabaseError, match="wrong passphrase"):
        unlock(path, old_recovery)
    # The audit trail says who did it.
    engine = make_engine(f"sqlite:///{path}", new_key)
    with engine.connect() as conn:
        event = conn.execute(select(m.AuditEntry.user_name, m.AuditEntry.new_value)
                             .where(m.AuditEntry.action == "rekey")).one()
    engine.dispose()
    assert event.user_name == "tester" and json.loads(event.new_value)["recovery_keys"] == 1


def test_rekey_of_a_plain_database_is_refused(tmp_path, monkeypatch, capsys):
    path = tmp_path / "plain.db"
    monkeypatch.delenv("WORKBENCH_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "db", "upgrade", "--db", str(path))
    assert code == 0, err
    monkeypatch.setenv("WORKBENCH_PASSPHRASE", PASS)
    code, out, err = run(capsys, "db", "rekey", "--db", str(path))
    assert code == 1 and "is not encrypted" in err


def opened_by(path: Path, old_key: bytes, rows: dict[str, int]) -> str:
    """'old' or 'new': which key opens the database after a kill, through the program's own unlock (which finishes
    the keys file); the database whole with every row, and its keys file matching it."""
    key = unlock(path, PASS)
    assert key_opens(path, key)
    assert read_keys(keys_path(path)).unlock(PASS) == key  # the keys file itself, not only the pending one
    assert not pending_keys_path(path).exists()
    engine = make_engine(f"sqlite:///{path}", key)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    engine.dispose()
    counts = row_counts(path, key)
    assert counts["audit_log"] >= rows["audit_log"]  # the rekey's own event, when it got that far
    assert {**counts, "audit_log": 0} == {**rows, "audit_log": 0}
    return "old" if key == old_key else "new"


def test_db_rekey_killed_at_any_moment_leaves_the_old_or_the_new_key_with_its_keys_file(encrypted_demo,
                                                                                       tmp_path_factory):
    env = {**os.environ, "WORKBENCH_PASSPHRASE": PASS}
    old_key = unlock(encrypted_demo, PASS)
    rows = row_counts(encrypted_demo, old_key)
    seen, found = set(), []
    # After each printed step, and at delays spread over the whole rekey (about a second here).
    moments = [("Re-encrypting", 0.0), ("Re-encrypting", 0.02), ("Re-encrypting", 0.1), ("Re-encrypting", 0.3),
               ("Checking", 0.0), ("Checking", 0.05), ("Writing", 0.0), ("Writing", 0.002),
               (None, 1.0), (None, 2.5), (None, 4.0)]
    for step, delay in moments:
        folder = tmp_path_factory.mktemp("kill")
        path = copy_of(encrypted_demo, folder)
        process = subprocess.Popen([sys.executable, "-u", "-m", "workbench.cli", "db", "rekey", "--db", str(path),
                                    "--user", "tester"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True, start_new_session=True)
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
        left = ("journal" if Path(f"{path}-journal").exists() else "") + (
            " pending" if pending_keys_path(path).exists() else "")
        state = opened_by(path, old_key, rows)
        seen.add(state)
        found.append((step, delay, left.strip(), state))
        leftovers = {p.name for p in folder.iterdir()} - {"office.db", "office.db.keys"}
        # At most a keys file half written when the kill came (its temporary, never read); no journal, no -wal.
        assert all(n.startswith(".office.db.keys") and n.endswith(".partial") for n in leftovers), (step, leftovers)
        # Rekeying again after the kill finishes the job.
        done = subprocess.run([sys.executable, "-m", "workbench.cli", "db", "rekey", "--db", str(path), "--user",
                               "tester"], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert opened_by(path, old_key, rows) == "new"
        assert {p.name for p in folder.iterdir()} == {"office.db", "office.db.keys"}
    assert seen == {"old", "new"}
    # Among them: killed during the rekey's transaction (its journal left, the old key opening) and after it
    # committed, before the keys file was replaced (the pending keys then finishing it).
    assert ("journal pending", "old") in {(left, state) for _, _, left, state in found}, found
    assert ("pending", "new") in {(left, state) for _, _, left, state in found}, found
