"""Screen-reader names and descriptions for every control, and the controls themselves.

Screens set the meaningful ones where they build their controls (what a button does, a
field's unit and range); :func:`label_controls` runs after each (re)translation and fills
what is still empty — a button's text, a form field's label, a placeholder or tooltip —
so no control reaches a screen reader unnamed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTabBar)


def controls(root: QWidget) -> list[QWidget]:
    """The interactive widgets under ``root`` (Qt's own internals, such as a combo box's
    line edit or a scroll area's viewport, excluded)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        parent = widget.parentWidget()
        inner = (QComboBox, QAbstractSpinBox, QAbstractItemView)  # a table's header, ...
        if isinstance(parent, inner) or widget.objectName().startswith("qt_"):
            continue
        found.append(widget)
    return found


def describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def _form_label(widget: QWidget) -> str:
    """The QFormLayout label of the row holding ``widget`` (itself or its row's box)."""
    here: QWidget | None = widget
    while here is not None:
        parent = here.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(here)
            if isinstance(label, QLabel) and label.text():
                return label.text()
        here = parent
    return ""


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text().replace("&", "")
    if isinstance(widget, QComboBox):
        return _form_label(widget) or widget.currentText()
    if isinstance(widget, QLineEdit):
        return _form_label(widget) or widget.placeholderText()
    if isinstance(widget, QTabBar):
        return " / ".join(widget.tabText(i) for i in range(widget.count()))
    return _form_label(widget) or widget.toolTip() or widget.objectName()


AUTO_NAME, AUTO_DESCRIPTION = "a11yAutoName", "a11yAutoDescription"


def label_controls(root: QWidget) -> None:
    """Give each control under ``root`` that has none a name and a description; those
    filled here are filled again on the next call (a new language)."""
    for widget in controls(root):
        if not widget.accessibleName() or widget.property(AUTO_NAME):
            widget.setAccessibleName(_text_of(widget))
            widget.setProperty(AUTO_NAME, True)
        if not widget.accessibleDescription() or widget.property(AUTO_DESCRIPTION):
            extra = widget.toolTip() or (
                widget.placeholderText() if isinstance(widget, QLineEdit) else ""
            )
            widget.setAccessibleDescription(extra or widget.accessibleName())
            widget.setProperty(AUTO_DESCRIPTION, True)
