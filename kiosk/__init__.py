"""IDmeta face-capture kiosk."""

__version__ = "0.1.0"
