"""Qt's own messages (warnings from widgets, the platform plugin, QThread) into the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = getattr(context, "category", None) or "default"
    log.log(
        _LEVELS.get(kind, logging.WARNING),
        "%s",
        message,
        extra={"event": f"qt.{category}"},
    )


def install_qt_message_handler() -> None:
    qInstallMessageHandler(_handle)


def uninstall_qt_message_handler() -> None:
    qInstallMessageHandler(None)
