"""The garbage collector is paused during an import and given back as it was, whatever happens."""

from __future__ import annotations

import gc
import threading

import pytest

from tests.io.conftest import write_xlsx
from workbench.io import ImportFileError, read_table
from workbench.io.collection import bulk, collector_paused


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_reading_a_file_pauses_the_collector_and_gives_it_back(tmp_path, collector_on):
    seen = []

    @bulk
    def watched():
        seen.append(gc.isenabled())
        return read_table(write_xlsx(tmp_path / "hh.xlsx", [["Household ID", "Site"], ["KAL-0001", "Kalonda"]]))

    assert watched().columns == ["Household ID", "Site"]
    assert seen == [False]
    assert gc.isenabled()


def test_a_refused_file_gives_the_collector_back(tmp_path, collector_on):
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ImportFileError):
        read_table(tmp_path / "empty.csv")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_window_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_threads_nest_and_the_last_one_out_gives_it_back(collector_on):
    inside, release = threading.Event(), threading.Event()
    states = []

    def other():
        with collector_paused():
            inside.set()
            release.wait(5)
        states.append(gc.isenabled())

    thread = threading.Thread(target=other)
    with collector_paused():
        thread.start()
        assert inside.wait(5)
    states.append(gc.isenabled())  # the other thread is still inside
    release.set()
    thread.join(5)
    assert states == [False, True]
    assert gc.isenabled()
