"""Blocking calls kept off the GUI thread: the PIN's slow hash and the OS credential store.

:func:`off_gui_thread` runs the call on a worker thread and, while it runs, keeps the GUI
event loop turning (a nested :class:`QEventLoop` that leaves out user input, so the same
button cannot be pressed twice): the preview, the timers and the heartbeat of the flow go
on, and the caller still gets the result (or the exception) in order, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal

T = TypeVar("T")


class _Relay(QObject):
    done = Signal()


def off_gui_thread(call: Callable[[], T], *, name: str = "background") -> T:
    """``call()`` on a worker thread; the GUI keeps running until it returns.

    Called from any other thread (or with no Qt application) it simply runs ``call``."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return call()
    outcome: dict[str, object] = {}
    finished = threading.Event()
    relay = _Relay()
    loop = QEventLoop()
    relay.done.connect(loop.quit)  # queued: emitted on the worker, received here

    def work() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed to the caller, on its own thread
            outcome["error"] = exc
        finally:
            finished.set()
            relay.done.emit()

    worker = threading.Thread(target=work, name=name, daemon=True)
    worker.start()
    if not finished.is_set():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finished.wait()
    worker.join()
    relay.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    return outcome["value"]  # type: ignore[return-value]
