"""Colours, type scale and the one stylesheet. High contrast on a dark stage."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kiosk.flow import Outcome, State

FONT_FAMILY = '"Inter", "Segoe UI", "SF Pro Text", "Noto Sans", "DejaVu Sans", sans-serif'

BG = "#0B1220"  # stage behind the video
SURFACE = "#111A2E"  # staff panel
SURFACE_2 = "#18233B"  # cards inside the panel
BORDER = "#26324D"
TEXT = "#F5F7FB"
MUTED = "#9AA7C2"
ACCENT = "#3D8BFD"
# Painted over the live picture: the guidance banner and the attract screen's words.
BANNER_BG, BANNER_ALPHA = "#0B1220", 225
BANNER_TEXT, BANNER_DETAIL = "#FFFFFF", "#C9D3E6"
FOCUS = "#FDE68A"  # the keyboard focus: 3:1 or more against every surface it is drawn on

GUIDE = {  # the face guide follows the state
    State.ATTRACT: "#FFFFFF",
    State.ALIGNING: "#FFB020",
    State.STEADY: "#22C55E",
    State.CAPTURED: "#22C55E",
    State.SUBMITTING: "#3D8BFD",
}

OUTCOME_COLOUR = {
    Outcome.VERIFIED: "#15803D",
    Outcome.NOT_VERIFIED: "#B91C1C",
    Outcome.REVIEW: "#B45309",
    Outcome.QUALITY_REJECTED: "#6D28D9",
    Outcome.ERROR: "#334155",
    Outcome.CANCELLED: "#334155",
}


def qcolor(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c


STYLESHEET = f"""
* {{ font-family: {FONT_FAMILY}; }}
QMainWindow, QDialog {{ background: {BG}; color: {TEXT}; }}
QWidget {{ color: {TEXT}; font-size: 14px; }}
QLabel {{ background: transparent; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="check"] {{ font-size: 13px; }}
QLabel#metricValue {{ font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace; }}
QLabel[role="heading"] {{ font-size: 12px; font-weight: 700; color: {MUTED};
    letter-spacing: 1px; text-transform: uppercase; }}
QLabel[role="badge-sandbox"] {{ background: #3B2A05; color: #FFC857; border: 1px solid #7A5A12;
    border-radius: 8px; padding: 4px 10px; font-weight: 600; }}
QLabel[role="badge-live"] {{ background: #082F1C; color: #4ADE80; border: 1px solid #166534;
    border-radius: 8px; padding: 4px 10px; font-weight: 600; }}
QFrame#staffPanel, QWidget#panelBody {{ background: {SURFACE}; }}
QFrame#staffPanel {{ border-left: 1px solid {BORDER}; }}
QScrollArea > QWidget > QWidget#panelBody {{ background: {SURFACE}; }}
QFrame[role="card"] {{ background: {SURFACE_2}; border: 1px solid {BORDER}; border-radius: 10px; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox {{
    background: #0E1629; border: 1px solid {BORDER}; border-radius: 8px;
    padding: 7px 10px; color: {TEXT}; selection-background-color: {ACCENT}; }}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus {{
    border: 1px solid {ACCENT}; }}
QComboBox QAbstractItemView {{ background: {SURFACE_2}; color: {TEXT};
    selection-background-color: {ACCENT}; }}
QPushButton {{ background: {SURFACE_2}; border: 1px solid {BORDER}; border-radius: 8px;
    padding: 9px 16px; font-weight: 600; color: {TEXT}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #56627D; border-color: #1E2840; }}
QPushButton[role="primary"] {{ background: {ACCENT}; border-color: {ACCENT}; color: white; }}
QPushButton[role="primary"]:disabled {{ background: #1D3357; border-color: #1D3357;
    color: #7C8BA8; }}
QPushButton[role="danger"] {{ color: #FCA5A5; border-color: #7F1D1D; }}
QPushButton[role="danger"]:disabled {{ color: #56627D; border-color: #1E2840; }}
QPushButton[role="big"] {{ font-size: 22px; font-weight: 700; padding: 16px 36px;
    border-radius: 14px; background: rgba(0,0,0,0.22); border: 2px solid rgba(255,255,255,0.75);
    color: white; }}
QPushButton[role="big"]:hover {{ background: rgba(0,0,0,0.32); }}
QPushButton[role="lang"] {{ font-size: 17px; padding: 8px 20px; border-radius: 18px;
    min-height: 20px; background: rgba(11,18,32,0.72); border: 2px solid rgba(255,255,255,0.35); }}
QPushButton[role="lang"]:checked {{ background: white; color: {BG}; border-color: white; }}
QTableWidget {{ background: #0E1629; border: 1px solid {BORDER}; border-radius: 8px;
    gridline-color: transparent; color: {TEXT}; }}
QHeaderView::section {{ background: {SURFACE_2}; color: {MUTED}; border: none;
    padding: 6px; font-weight: 600; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollBar:vertical {{ background: transparent; width: 8px; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 4px; min-height: 24px; }}
QScrollBar:horizontal {{ background: transparent; height: 8px; }}
QScrollBar::handle:horizontal {{ background: {BORDER}; border-radius: 4px; min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QCheckBox {{ spacing: 8px; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 8px; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {MUTED}; padding: 8px 14px; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 2px solid {ACCENT}; }}
QToolTip {{ background: {SURFACE_2}; color: {TEXT}; border: 1px solid {BORDER}; }}
QPushButton:focus, QPushButton[role="primary"]:focus, QPushButton[role="danger"]:focus,
QPushButton[role="big"]:focus, QPushButton[role="lang"]:focus {{
    border: 2px solid {FOCUS}; }}
QLineEdit:focus, QComboBox:focus, QTableWidget:focus {{ border: 2px solid {FOCUS}; }}
QCheckBox:focus {{ color: {FOCUS}; }}
QTabBar::tab:focus {{ color: {FOCUS}; }}
"""


# --- large text (ui.large_text) ------------------------------------------------------------

LARGE_TEXT_SCALE = 1.3
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
_SCALED = "textScale"  # a widget property: the scale its own stylesheet has been given


def scale_css(css: str, scale: float) -> str:
    """Every ``font-size: Npx`` in ``css`` times ``scale``."""
    if scale == 1.0:
        return css
    return _FONT_SIZE.sub(lambda m: f"font-size: {round(float(m.group(1)) * scale)}px", css)


def enlarge(root: QWidget, scale: float) -> None:
    """Scale the text of ``root`` and its children: their own stylesheets (once, however
    often this is called), and the painted text of widgets with a ``text_scale``."""
    if scale == 1.0 and root.property(_SCALED) is None:
        return  # never enlarged: nothing to do
    root.setProperty(_SCALED, root.property(_SCALED) or 1.0)
    for widget in [root, *root.findChildren(QWidget)]:
        done = widget.property(_SCALED)
        css = widget.styleSheet()
        if css and done != scale:
            base = widget.property("textScaleBase") or css
            widget.setProperty("textScaleBase", base)
            widget.setStyleSheet(scale_css(base, scale))
            widget.setProperty(_SCALED, scale)
        if hasattr(widget, "text_scale"):
            widget.text_scale = scale
