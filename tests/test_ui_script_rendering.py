"""Two rendering faults the 1920x1080 language screenshots showed: Chinese at semibold
(600: the language button, the unlocked note, staff buttons) drew regular beside bold Latin
letters — Qt synthesises bold only from 700, so the bold cut is bundled — and the painted
guidance banner kept its icon on the left in Arabic."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.flow import State
from kiosk.ui import i18n
from kiosk.ui.preview import GUIDE, PreviewWidget
from kiosk.ui.theme import FONT_FAMILY
from tests.test_ui_languages_scripts import bundled, restore_english

_fixtures = (bundled, restore_english)
FAMILIES = [f.strip().strip('"') for f in FONT_FAMILY.split(",")]


def ink(text: str, weight: int) -> int:
    """How much of a 40 px line ``text`` covers at ``weight``."""
    img = QImage(420, 80, QImage.Format.Format_Grayscale8)
    img.fill(0)
    p = QPainter(img)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPixelSize(40)
    font.setWeight(QFont.Weight(weight))
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(5, 60, text)
    p.end()
    return int(np.asarray(img.constBits()).sum())


@pytest.mark.parametrize("text", ["验证通过", "中文（简体）"])
def test_chinese_semibold_is_bold_like_the_latin_letters(bundled, text):
    assert "Noto Sans CJK SC" in bundled
    regular, semibold, bold = ink(text, 400), ink(text, 600), ink(text, 700)
    assert semibold > regular * 1.2  # not drawn regular
    assert abs(semibold - bold) < bold * 0.02  # the bold cut, as the Latin letters get
    assert ink("IDmeta", 600) > ink("IDmeta", 400) * 1.2


def badge_columns(preview: PreviewWidget, message) -> np.ndarray:
    """The banner's columns (as fractions of its width) where the icon's badge colour is."""
    _origin, pixmap = preview._banner(message)
    img = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    rgb = np.asarray(img.constBits()).reshape(h, img.bytesPerLine())[:, : w * 3]
    rgb = rgb.reshape(h, w, 3).astype(int)
    badge = QColor(GUIDE[State.ALIGNING])
    near = np.abs(rgb - np.array([badge.red(), badge.green(), badge.blue()])).sum(axis=2) < 30
    return np.nonzero(near.any(axis=0))[0] / w


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_banner_is_mirrored_right_to_left(qtbot, bundled, restore_english, lang):
    assert i18n.set_language(lang)
    preview = PreviewWidget()
    qtbot.addWidget(preview)
    preview.resize(1600, 900)
    assert preview.isRightToLeft() is (lang == "ar")
    words = "اقترب أكثر" if lang == "ar" else "Move closer"
    message = ("closer", words, "detail", GUIDE[State.ALIGNING])
    columns = badge_columns(preview, message)
    assert columns.size
    (_, text_box, flags, _), (_, detail_box, detail_flags, _) = preview.banner_layout(message)
    box = preview._banner_box("detail")[0]
    if lang == "ar":  # the icon at the right end, the words right-aligned beside it
        assert columns.min() > 0.8
        assert text_box.right() < box.right() - box.height() * 0.5
        assert flags & Qt.AlignmentFlag.AlignRight and detail_flags & Qt.AlignmentFlag.AlignRight
    else:
        assert columns.max() < 0.2
        assert text_box.left() > box.left() + box.height() * 0.5
        assert flags & Qt.AlignmentFlag.AlignLeft and detail_flags & Qt.AlignmentFlag.AlignLeft
    assert text_box.left() >= box.left() and text_box.right() <= box.right()
    assert (detail_box.left(), detail_box.right()) == (text_box.left(), text_box.right())
