"""PySide 6.12 on Python 3.11 loses a reference to True on every Signal.emit() from Python; ours must not."""

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QObject, Signal
from workbench.views.signals import emit

class Probe(QObject):
    ping = Signal(int)

probe = Probe()
before = sys.getrefcount(True)
for _ in range(20000):
    emit(probe.ping, 1)
print(abs(sys.getrefcount(True) - before) < 100)
"""


def test_twenty_thousand_emits_keep_the_interpreter_alive():
    # In a child process: without the fix the interpreter aborts ("bool_dealloc"), which would kill pytest.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "True"


def test_views_emit_only_through_the_fixed_helper():
    from pathlib import Path

    views = Path(__file__).resolve().parents[2] / "workbench" / "views"
    direct = [f"{path.name}:{n}" for path in views.glob("*.py") if path.name != "signals.py"
              for n, line in enumerate(path.read_text().splitlines(), 1) if ".emit(" in line]
    assert direct == [], "use workbench.views.signals.emit(signal, ...) instead of signal.emit(...)"
