"""On the office server, a long import does not stop the other users' saves: its audit entries are chained once its
rows are written, so the chain's head (which every audited save locks) is held only for that last moment, not for
the whole import. Before, the head was locked from the first chunk, and a colleague's save waited 5 s and was told
"another user is saving"."""

from __future__ import annotations

import threading

import pytest

from workbench.db import open_database
from workbench.io.importing import CHUNK, import_rows, validate
from workbench.io.reading import read_table
from workbench.services import records


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_colleague_saves_while_a_long_import_writes(fresh_url, tmp_path):
    db = open_database(fresh_url, creator="tester")
    with db.session("tester", write=True) as session, session.begin():
        country = records.create(session, "location", {"pcode": "CD", "name": "DR Congo", "admin_level": 0})
    rows = ["P-code,Name,Admin level,Parent P-code"] + [f"CD{i:06d},Village {i},1,CD" for i in range(2 * CHUNK + 10)]
    path = tmp_path / "villages.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    second_chunk, colleague_done = threading.Event(), threading.Event()
    outcome: dict = {}

    def progress(fraction: float, words: str) -> None:
        if words.startswith("Writing") and f"({CHUNK:,} of" in words:  # the first chunk is written
            second_chunk.set()
            assert colleague_done.wait(30), "the colleague's save did not finish"

    def importing() -> None:
        with db.session("tester", write=True) as session, session.begin():
            result = validate(session, "locations", read_table(path))
            outcome["imported"] = import_rows(session, result, progress=progress).created

    worker = threading.Thread(target=importing)
    worker.start()
    assert second_chunk.wait(60)
    try:
        with db.session("colleague", write=True) as session, session.begin():
            records.update(session, "location", country.id, {"name": "Congo (RDC)"})
        outcome["colleague"] = "saved"
    except Exception as exc:  # noqa: BLE001 - what the colleague was told
        outcome["colleague"] = str(exc)
    finally:
        colleague_done.set()
        worker.join(60)
    db.close()
    assert outcome == {"colleague": "saved", "imported": 2 * CHUNK + 10}
