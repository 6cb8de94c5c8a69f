"""The one background task runner: work off the GUI thread, progress and cancel, results back on the GUI thread."""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from workbench.views.signals import emit


class Cancelled(Exception):
    """Raised inside a task (by state.check()) when the user pressed Cancel."""


class TaskState:
    """Handed to a task function: report progress, and ask whether the user cancelled."""

    def __init__(self, relay: _Relay):
        self._relay = relay
        self._cancelled = threading.Event()

    def set_progress(self, fraction: float, text: str = "") -> None:
        emit(self._relay.progress, float(fraction), text)

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()


class _Relay(QObject):
    """Carries a worker's results across threads: emitted in the pool, received in the GUI thread."""

    finished = Signal(object)
    failed = Signal(object, str)
    progress = Signal(float, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable, state: TaskState, relay: _Relay):
        super().__init__()
        self.fn, self.state, self.relay = fn, state, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.state)
        except BaseException as exc:  # handed to on_error on the GUI thread; nothing is lost in the pool
            emit(self.relay.failed, exc, traceback.format_exc())
        else:
            emit(self.relay.finished, result)


_running: set[Task] = set()  # keeps each Task alive until its result is delivered


class _MainThreadGarbageCollector(QObject):
    """Runs Python's cyclic garbage collection on the GUI thread only.

    Left automatic, a collection may start in a pool thread and delete a widget or chart held in a reference
    cycle there, which crashes Qt. So automatic collection is switched off while tasks exist, and the
    generations are collected from a timer on the GUI thread, as thresholds are reached.
    """

    def __init__(self):
        super().__init__()
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(500)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self.threshold[0]:
            gen = 2 if counts[2] > self.threshold[2] else 1 if counts[1] > self.threshold[1] else 0
            gc.collect(gen)


_collector: _MainThreadGarbageCollector | None = None


def collect_garbage_on_gui_thread() -> None:
    global _collector
    if _collector is None:
        _collector = _MainThreadGarbageCollector()


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class Task(QObject):
    """One running task; lives in the GUI thread so its slots (on_done, on_error) run there."""

    def __init__(self, parent: QWidget | None, fn: Callable, on_done: Callable | None,
                 on_error: Callable | None, progress: str | None):
        super().__init__()
        self.relay = _Relay()
        self.state = TaskState(self.relay)
        self.on_done, self.on_error = on_done, on_error
        self.done = False
        self.dialog: QProgressDialog | None = None
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        if progress is not None:
            dialog = QProgressDialog(progress, self.tr("Cancel"), 0, 1000, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)  # quick tasks never flash a dialog
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            dialog.setValue(0)
            self.dialog = dialog
        collect_garbage_on_gui_thread()
        _running.add(self)
        pool().start(_Runnable(fn, self.state, self.relay))

    def cancel(self) -> None:
        self.state.cancel()

    @property
    def cancelled(self) -> bool:
        return self.state.is_cancelled()

    def _close(self) -> None:
        self.done = True
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        # Dropped on the next turn of the event loop, after the slot that called us has returned.
        QTimer.singleShot(0, lambda: _running.discard(self))

    @Slot(float, str)
    def _progress(self, fraction: float, text: str) -> None:
        dialog = self.dialog
        if dialog is not None and not self.done:
            if text:
                dialog.setLabelText(text)
            # A modal dialog's setValue() turns the event loop, which may deliver the result and close the dialog.
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    @Slot(object)
    def _finished(self, result) -> None:
        cancelled = self.cancelled
        self._close()
        if not cancelled and self.on_done is not None:
            self.on_done(result)

    @Slot(object, str)
    def _failed(self, exc: BaseException, details: str) -> None:
        cancelled = self.cancelled
        self._close()
        if isinstance(exc, Cancelled) or cancelled:
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            from workbench.views.errors import report_exception

            report_exception(type(exc), exc, exc.__traceback__)


def run_task(parent: QWidget | None, fn: Callable[[TaskState], object], on_done: Callable | None = None,
             on_error: Callable[[BaseException], None] | None = None, progress: str | None = None) -> Task:
    """Run fn(state) on the thread pool; on_done(result) or on_error(exception) then run on the GUI thread.

    With `progress` (the text to show), a cancellable progress dialog appears if the task takes a moment;
    after Cancel neither callback runs. Without it the task runs quietly (a table's count, a batch of rows).
    An error without on_error goes to the unexpected-error dialog.
    """
    return Task(parent, fn, on_done, on_error, progress)


def wait_for_tasks(timeout_ms: int = 10000) -> bool:
    """Waits until every task has delivered its result (tests, closing the window)."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    while any(not t.done for t in list(_running)):
        pool().waitForDone(QDeadlineTimer(20))
        QCoreApplication.processEvents()
        if timer.elapsed() > timeout_ms:
            return False
    QCoreApplication.processEvents()
    return True


class Newest:
    """One "newest request wins" slot, for every screen that reads in the background: each request takes a ticket
    (`ticket = slot.take()`), and its result is shown only while `ticket()` holds: no newer request started since
    (a new search, another file, a later change) and the widget that asked still exists."""

    def __init__(self, owner: QObject | None = None):
        self._owner = owner
        self._number = 0

    def take(self) -> Callable[[], bool]:
        """A new request: the results of the earlier ones are no longer wanted."""
        self._number += 1
        return self.current()

    def current(self) -> Callable[[], bool]:
        """A ticket for one more part of the current request (the next batch of the same rows, their count)."""
        number = self._number
        return lambda: number == self._number and (self._owner is None or isValid(self._owner))

    def drop(self) -> None:
        """No result of the requests made so far is wanted any more."""
        self._number += 1

