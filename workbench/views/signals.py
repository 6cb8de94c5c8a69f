"""Emitting a Qt signal from Python without the PySide 6.12 reference-count bug.

On Python 3.11, PySide 6.12's `Signal.emit()` returns True or False without taking a reference to it, so every
emit drops one reference to True; after a few thousand emits the interpreter aborts ("bool_dealloc").
`emit()` gives the missing reference back, only when the running PySide shows the bug (checked once).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal(int)


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.ping.emit(1)
    lost = sys.getrefcount(True) < before - 5
    if lost:
        for _ in range(10):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost


_LOSES_REFERENCE = _emit_loses_a_reference()


def emit(signal, *args) -> None:
    result = signal.emit(*args)
    if _LOSES_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
