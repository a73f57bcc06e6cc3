"""The kiosk's log: rotating JSON-lines files in the platform's log folder.

One object a line: ``ts`` (UTC, ISO 8601), ``level``, ``kiosk_id``, ``component`` (the
logger below ``kiosk.``: ``api``, ``capture``, ``analysis``…), ``event`` (a short fixed
name, ``extra={"event": ...}``; else the message template), ``message`` and, for
exceptions, ``traceback``. Nothing personal: never an image, never the API token (every
registered secret, ``Bearer …`` and any long base64 run are replaced before writing); the
only identifiers are the trust validation id and the operator reference.

A full disk never stops the kiosk: a record that cannot be written is counted
(:data:`dropped`) and said once on stderr. Uncaught exceptions of any thread
(``sys.excepthook``, ``threading.excepthook``) go to the log with their traceback.
Qt-free (Qt's own messages are routed here by :mod:`kiosk.ui.qt_log`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import logging.handlers
import os
import re
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_DIR_ENV = "KIOSK_LOG_DIR"
LOG_FILE = "kiosk.jsonl"
MAX_BYTES = 5_000_000
BACKUPS = 5
LEVELS = ("debug", "info", "warning", "error")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_BEARER = re.compile(r"(Bearer\s+)\S+", re.IGNORECASE)
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]*")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{120,}={0,2}")
_installed: list[logging.Handler] = []
dropped = 0  # records that could not be written (disk full, folder gone)


def log_dir(env: dict[str, str] | os._Environ[str] = os.environ) -> Path:
    """``KIOSK_LOG_DIR``, else the platform's user log folder (platformdirs):
    ``~/.local/state/idmeta-kiosk/log`` (Linux), ``~/Library/Logs/IDmetaKiosk`` (macOS),
    ``%LOCALAPPDATA%\\IDmetaKiosk\\Logs`` (Windows)."""
    override = env.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    if sys.platform in ("win32", "darwin"):
        return Path(platformdirs.user_log_dir("IDmetaKiosk", appauthor=False))
    return Path(platformdirs.user_log_dir("idmeta-kiosk", appauthor=False))


def add_secret(value: str) -> None:
    """Never write ``value`` (a token) to the log, whatever message carries it."""
    if len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "***")
    text = _BEARER.sub(r"\1***", text)
    text = _DATA_URI.sub("<image data removed>", text)
    return _BASE64_RUN.sub("<data removed>", text)


def _slug(template: str) -> str:
    """An event name from a message template without one: "sandbox: %s" → "sandbox"."""
    words = re.sub(r"%[-\d.]*[a-z]", " ", template.lower())
    return re.sub(r"[^a-z0-9]+", "_", words).strip("_")[:40] or "log"


class JsonLineFormatter(logging.Formatter):
    def __init__(self, kiosk_id: str) -> None:
        super().__init__()
        self.kiosk_id = kiosk_id

    def format(self, record: logging.LogRecord) -> str:
        name = record.name
        component = name[len("kiosk.") :] if name.startswith("kiosk.") else name
        entry: dict[str, Any] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "kiosk_id": self.kiosk_id,
            "component": getattr(record, "component", component),
            "event": getattr(record, "event", None) or _slug(str(record.msg)),
            "message": redact(record.getMessage()),
            "thread": record.threadName,
        }
        for key in ("trust_validation_id", "operator_ref", "error_kind", "outcome", "rule"):
            value = getattr(record, key, None)
            if value is not None:
                entry[key] = redact(str(value))
        if record.exc_info:
            entry["traceback"] = redact("".join(traceback.format_exception(*record.exc_info)))
        elif record.stack_info:
            entry["traceback"] = redact(record.stack_info)
        return json.dumps(entry, ensure_ascii=False)


class SafeRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that never raises into the app (disk full, folder removed)."""

    def handleError(self, record: logging.LogRecord) -> None:
        global dropped
        dropped += 1
        if dropped == 1:
            exc = sys.exc_info()[1]
            print(f"kiosk: the log cannot be written ({exc}); going on without it", file=sys.stderr)
        if self.stream is not None:  # reopen on the next record (the disk may have room again)
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None


def setup_logging(kiosk_id: str = "", level: str = "info", directory: Path | None = None) -> Path:
    """Send the ``kiosk`` loggers (and uncaught exceptions) to the JSON-lines file; returns
    its path. Called again, it replaces the handler it installed before."""
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = SafeRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(JsonLineFormatter(kiosk_id or "unnamed"))
    root = logging.getLogger("kiosk")
    for old in _installed:
        root.removeHandler(old)
        old.close()
    _installed[:] = [handler]
    root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper()))
    install_excepthooks()
    return path


def close_logging() -> None:
    root = logging.getLogger("kiosk")
    for old in _installed:
        root.removeHandler(old)
        old.close()
    _installed.clear()


_crash_log = logging.getLogger("kiosk.crash")


def _sys_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not issubclass(kind, KeyboardInterrupt):
        _crash_log.critical(
            "uncaught exception: %s: %s",
            kind.__name__,
            exc,
            exc_info=(kind, exc, tb),
            extra={"event": "uncaught_exception"},
        )
    sys.__excepthook__(kind, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread is not None else "?"
    if args.exc_value is not None:
        _crash_log.critical(
            "thread %s died: %s: %s",
            name,
            args.exc_type.__name__,
            args.exc_value,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            extra={"event": "thread_died"},
        )
    threading.__excepthook__(args)


def install_excepthooks() -> None:
    """Uncaught exceptions of the main thread and of every other thread go to the log."""
    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of one log (or audit) file; a torn last line is skipped."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                yield value
