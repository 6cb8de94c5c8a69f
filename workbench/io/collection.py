"""Python's cyclic garbage collector paused while a big file is read, checked and written.

Reading, checking and writing 100,000 rows creates millions of objects that all stay alive until the end,
and the automatic collector keeps walking through them for nothing: about a tenth of an import's time
(measured in bench/bench_import.py). Nothing made during an import is garbage in a cycle, and what is
collected afterwards is collected at once when the collector runs again.

Where the collector is already off (the window runs it itself, on its own thread: views/tasks.py), this
changes nothing. Threads may nest: the collector comes back when the last of them leaves.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_lock = threading.Lock()
_depth = 0
_was_enabled = False

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def bulk(function: Callable[P, R]) -> Callable[P, R]:
    """Run `function` with the collector paused (see the module's text)."""
    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return function(*args, **kwargs)
    return paused
