"""Times the Households table of the real window on a big database next to a floor: the same SQL in raw sqlite3.

    .venv/bin/python bench/bench_tables.py                          # /tmp/bench100.db, built at scale 100 if missing
    .venv/bin/python bench/bench_tables.py --db /tmp/demo-100.db --repeat 9 --search kas

The Households screen (`workbench.views.tables.TableScreen`) runs offscreen with its background query runner, as
in the window. What a user does is timed, each until the first batch of rows is in the model and the
screen has painted (waited for with a QEventLoop on the model's rowsInserted), and separately until the row count
("1,000,000 households") is shown:

    open      a new Households screen is built and shown
    sort      a click on the "Head of household" header (ascending, then descending, in turns)
    search    text typed into the search box, then Return (the box otherwise waits 250 ms for a pause in typing)
    sort_X    a click on each other column's header (scrolled into view first), both ways in turns

The floor of each is the very statement the services build (`screens.page_statement`: the batch, and
`screens.count_statement`), compiled with literal values and run through a raw sqlite3 connection, fetching the
same number of rows. Times are medians over --repeat runs after one warm-up (warm-cache figures); the first,
cold, run of opening is printed apart. Peak memory is the process's high-water mark (VmHWM).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A private settings folder: no remembered column layout or sort of this user's changes what is timed.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="workbench-bench-")

LIMIT_MS = 200
LIMIT_MB = 400


def memory_mb(field: str = "VmHWM") -> float:
    """The process's resident memory now (VmRSS) or at its peak (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/bench100.db", help="a demo database (built at --scale if missing)")
    parser.add_argument("--scale", type=float, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--search", default="kas", help="what is typed into the search box")
    args = parser.parse_args()
    path = Path(args.db)
    if path.exists():
        print(f"reusing the demo database {path}")
    else:
        print(f"building a scale-{args.scale:g} demo into {path} (about 30-40 s) ...", flush=True)
        subprocess.run([str(ROOT / ".venv" / "bin" / "workbench"), "demo", "--db", str(path),
                        "--scale", f"{args.scale:g}", "--user", "bench"], check=True)  # the window's user below

    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from workbench.db import open_database
    from workbench.services import screens
    from workbench.services.screens import TableQuery
    from workbench.views.app import application
    from workbench.views.context import Context, settings
    from workbench.views.tables import TableScreen
    from workbench.views.tasks import wait_for_tasks

    app = application()
    # An encrypted database (bench_encrypted.py) is opened with WORKBENCH_PASSPHRASE; its floor reads it encrypted too.
    database = open_database(path, create=False, passphrase=os.environ.get("WORKBENCH_PASSPHRASE"))
    context = Context(database, user="bench")
    print(f"memory after start-up: {memory_mb('VmRSS'):.0f} MB\n")

    def wait_for(signal, timeout_ms: int = 30000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        timer = QTimer(singleShot=True, interval=timeout_ms)
        timer.timeout.connect(loop.quit)
        timer.start()
        loop.exec()
        signal.disconnect(loop.quit)
        if not timer.isActive():
            raise RuntimeError("no answer from the table in time")
        timer.stop()

    def timed(action: Callable[[], object], model_of: Callable[[], object]) -> tuple[float, float | None]:
        """Milliseconds until the first rows are in the model and painted, and until the count is shown (None when
        the action kept the count already shown, as a new sort order does)."""
        started = time.perf_counter()
        screen = action()
        model = model_of() if screen is None else screen.model
        kept = model.total is not None
        if model.rowCount() == 0:
            wait_for(model.rowsInserted)
        app.processEvents()  # the view paints the rows it was handed
        rows = time.perf_counter() - started
        if model.total is None:
            wait_for(model.countChanged)
        app.processEvents()
        count = None if kept else (time.perf_counter() - started) * 1000
        wait_for_tasks(30000)
        return rows * 1000, count

    screens_made: list[TableScreen] = []

    def open_screen() -> TableScreen:
        for old in screens_made:
            old.close()
            old.deleteLater()
        screens_made.clear()
        settings().remove("tables/household")  # opened as a new user would: in the default order
        screen = TableScreen(context, "household")
        screen.resize(1200, 760)
        screen.show()
        screens_made.append(screen)
        return screen

    first_open = timed(open_screen, lambda: None)
    screen = screens_made[0]
    model, view = screen.model, screen.view
    header = view.horizontalHeader()

    def click_header(key: str) -> Callable[[], None]:
        def act() -> None:
            column = model.column_index(key)
            view.scrollTo(model.index(0, column))  # a column past the right edge is scrolled to first, as by hand
            app.processEvents()
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        return act

    def search(text: str) -> Callable[[], None]:
        def act() -> None:
            screen.search.setFocus()
            screen.search.selectAll()
            QTest.keyClicks(screen.search, text)
            QTest.keyClick(screen.search, Qt.Key.Key_Return)
        return act

    def fresh_screen() -> TableScreen:
        return open_screen()

    # --- the workbench ------------------------------------------------------------------------------
    others = [k for k in model.keys if k != "head_name"]  # every other column a user can click to sort by
    runs: dict[str, list[tuple[float, float | None]]] = {"open": [], "sort": [], "search": []}
    runs |= {f"sort_{key}": [] for key in others}
    queries: dict[str, TableQuery] = {}
    for i in range(args.repeat + 1):  # the first run of each warms up
        runs["open"].append(timed(fresh_screen, lambda: None))
        screen = screens_made[0]
        model, view, header = screen.model, screen.view, screen.view.horizontalHeader()
        queries["open"] = model.query
        for _ in range(1 + i % 2):  # ascending on even runs, descending on odd ones
            result = timed(click_header("head_name"), lambda: model)  # noqa: B023
        runs["sort"].append(result)
        queries["sort"] = model.query
        runs["search"].append(timed(search(args.search), lambda: model))  # noqa: B023
        queries["search"] = model.query
        found = model.total
        screen.reset_filters()
        wait_for_tasks(30000)
        for key in others:
            for _ in range(1 + i % 2):
                result = timed(click_header(key), lambda: model)  # noqa: B023
            runs[f"sort_{key}"].append(result)
            queries[f"sort_{key}"] = model.query
    for key in runs:
        runs[key] = runs[key][1:]
    peak = memory_mb()
    for old in screens_made:
        old.close()
    wait_for_tasks(30000)

    # --- the floor: the same statements, raw sqlite3 -------------------------------------------------
    def literal(stmt) -> str:
        return str(stmt.compile(database.engine, compile_kwargs={"literal_binds": True}))

    if database.encrypted:
        from workbench.db import connect_encrypted, engine_key

        raw = connect_encrypted(path, engine_key(database.engine))
    else:
        raw = sqlite3.connect(path)
    for pragma in ("foreign_keys=ON", "synchronous=NORMAL"):  # what the workbench sets on each connection
        raw.execute(f"PRAGMA {pragma}")
    floors: dict[str, tuple[float, float]] = {}
    sql: dict[str, tuple[str, str]] = {}
    for key, query in queries.items():
        fetch_sql = literal(screens.page_statement("household", query, 0, model.batch, model._fetched_keys))
        count_sql = literal(screens.count_statement("household", query))
        sql[key] = (fetch_sql, count_sql)
        per_run: list[tuple[float, float]] = []
        for _ in range(args.repeat + 1):
            started = time.perf_counter()
            raw.execute(fetch_sql).fetchall()
            middle = time.perf_counter()
            raw.execute(count_sql).fetchall()
            per_run.append(((middle - started) * 1000, (time.perf_counter() - middle) * 1000))
        floors[key] = (statistics.median(r[0] for r in per_run[1:]), statistics.median(r[1] for r in per_run[1:]))
    raw.close()

    # --- figures ----------------------------------------------------------------------------------------
    with database.session("bench") as session:  # an active user: the demo's administrator
        households = screens.count_rows(session, "household", TableQuery())
    print(f"{path}: {households:,} households; a batch is {model.batch} rows; "
          f"search {args.search!r} finds {found:,}")
    print(f"median of {args.repeat} runs after a warm-up; limit {LIMIT_MS} ms each\n")
    labels = {"open": "open the Households screen", "sort": "sort by head of household (click)",
              "search": f"search {args.search!r} (type + Return)"}
    labels |= {f"sort_{key}": f"sort by {key} (click)" for key in others}
    print(f"{'work':40} {'rows ms':>8} {'floor':>7} {'count ms':>9} {'floor':>7}  {'slowest rows/count':>18}")
    over = False
    for key, label in labels.items():
        rows_ms = statistics.median(r[0] for r in runs[key])
        counts = [r[1] for r in runs[key] if r[1] is not None]
        if counts:
            count_ms = statistics.median(counts)
            count, floor, worst = f"{count_ms:.1f}", f"{floors[key][1]:.1f}", f"{max(counts):.0f}"
        else:
            count_ms, count, floor, worst = 0.0, "kept", "-", "-"
        worst = f"{max(r[0] for r in runs[key]):.0f} / {worst}"
        print(f"{label:40} {rows_ms:>8.1f} {floors[key][0]:>7.1f} {count:>9} {floor:>7}  {worst:>18}")
        over |= rows_ms >= LIMIT_MS or count_ms >= LIMIT_MS
    print(f"{'first (cold) opening in this process':40} {first_open[0]:>8.1f} {'':>7} {first_open[1]:>9.1f}")
    print(f"\npeak memory (VmHWM): {peak:.0f} MB (limit {LIMIT_MB} MB)")
    print("\nSQL (the floor's statements):")
    for key, (fetch_sql, count_sql) in sql.items():
        print(f"  {key} rows:  {' '.join(fetch_sql.split())}")
        print(f"  {key} count: {' '.join(count_sql.split())}")
    database.close()
    sys.stdout.flush()  # before Qt's objects are torn down at exit (PySide6 has been seen to abort there)
    return 1 if over or peak >= LIMIT_MB else 0


if __name__ == "__main__":
    sys.exit(main())
