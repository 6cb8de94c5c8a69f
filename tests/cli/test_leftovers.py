"""A write killed half way (power cut, SIGKILL) leaves its temporary `.<name>.<pid>-<random>.partial<suffix>` file
beside the output; the next write of that output removes it, so a folder of exports does not fill with
half-written copies of people's records. A write still in progress keeps its file."""

from __future__ import annotations

import glob
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.builders import Build
from workbench import cli
from workbench.db import open_database
from workbench.files import atomic_output, remove_leftovers


def killed_while_writing(target: Path) -> subprocess.CompletedProcess:
    """A process that starts writing `target` through atomic_output and is killed with SIGKILL half way."""
    code = textwrap.dedent(f"""
        import os, signal
        from workbench.files import atomic_output
        with atomic_output({str(target)!r}) as partial:
            partial.write_text("Household ID,Head of household\\nKAL-1,Mwamba\\n")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def leftovers(target: Path) -> list[Path]:
    return sorted(target.parent.glob(f".{glob.escape(target.name)}.*.partial{glob.escape(target.suffix)}"))


@pytest.fixture
def office(fresh_url):
    db = open_database(fresh_url)
    with db.session("tester", write=True) as s, s.begin():
        b = Build(s)
        b.household(b.site(b.tanganyika()[2], "Kalonda"))
    db.close()
    return fresh_url


def test_the_next_export_removes_what_a_killed_export_left(office, tmp_path, capsys):
    target = tmp_path / "households.csv"
    result = killed_while_writing(target)
    assert result.returncode == -signal.SIGKILL
    [left] = leftovers(target)
    assert not target.exists() and "Mwamba" in left.read_text()
    code = cli.main(["export", "households", "--db", office, "--out", str(target)])
    assert code == 0, capsys.readouterr().err
    assert leftovers(target) == [] and "KAL-0001" in target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("name", ["backup.db", "grants [2024].xlsx", "report"])
def test_the_next_write_of_the_same_output_replaces_its_leftovers_only(tmp_path, name):
    target = tmp_path / name
    other = tmp_path / f"other-{name}"
    for path in (target, other):
        assert killed_while_writing(path).returncode == -signal.SIGKILL
    [first] = leftovers(target)
    assert killed_while_writing(target).returncode == -signal.SIGKILL  # killed again: the first one's file went
    [second] = leftovers(target)
    assert second != first and not first.exists() and len(leftovers(other)) == 1
    with atomic_output(target) as partial:
        partial.write_text("complete")
    assert leftovers(target) == [] and target.read_text() == "complete"
    assert len(leftovers(other)) == 1  # another output's leftover waits for that output's next write


def test_a_write_in_progress_keeps_its_file(tmp_path):
    target = tmp_path / "households.csv"
    code = textwrap.dedent(f"""
        import sys, time
        from workbench.files import atomic_output
        with atomic_output({str(target)!r}) as partial:
            partial.write_text("writing")
            print("started", flush=True)
            sys.stdin.readline()
    """)
    writer = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "started"
        [in_progress] = leftovers(target)
        assert remove_leftovers(target) == [] and in_progress.exists()
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.wait(timeout=60) == 0
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert target.read_text() == "writing" and leftovers(target) == []


def test_an_old_leftover_without_a_process_id_is_removed_after_a_day(tmp_path):
    target = tmp_path / "households.xlsx"
    old = tmp_path / ".households.xlsx.k2j4h1.partial.xlsx"  # named as before the process id was in the name
    old.write_text("half")
    recent = tmp_path / ".households.xlsx.p9q8r7.partial.xlsx"
    recent.write_text("half")
    day_ago = time.time() - 25 * 3600
    import os

    os.utime(old, (day_ago, day_ago))
    assert remove_leftovers(target) == [old] and recent.exists()
