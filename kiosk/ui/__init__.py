"""The thin Qt layer: renders the flow's state and forwards events. Nothing here decides."""

from kiosk.ui import pyside_fix

pyside_fix.apply()  # before any widget exists: see pyside_fix for the PySide6 6.12 bug
