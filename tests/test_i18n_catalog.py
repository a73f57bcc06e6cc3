"""The translation catalog: `make translations` round-trips (lupdate changes nothing in the
committed .ts/.qm files), no translate call lupdate would misread, and every language
covers every string a member of the public reads."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.quality.rules import SERVICE_MESSAGES
from kiosk.ui import i18n
from scripts import i18n as tooling

# What the person in front of the kiosk reads (the staff screens fall back to English in
# the languages after Malay).
PUBLIC_CONTEXTS = (
    "Camera", "ConsentView", "Error", "Guidance", "HelpControl", "Hint", "LanguagePicker",
    "Result", "ResultView", "Service",
)  # fmt: skip
# Shown on the kiosk screen outside those contexts: the window title and the unlocked note.
PUBLIC_EXTRA = (
    ("MainWindow", "IDmeta Face Capture"),
    ("MainWindow", "Not locked: no staff PIN set"),
    ("MainWindow", "Esc leaves kiosk mode"),
)
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def catalog(lang: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(context, source) -> (translation type, the translation's forms)."""
    root = ET.parse(i18n.i18n_dir() / f"kiosk_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out[(name, m.findtext("source") or "")] = (tr.get("type") or "", forms)
    return out


def public_strings() -> set[tuple[str, str]]:
    keys = {k for k in catalog("en") if k[0] in PUBLIC_CONTEXTS}
    return keys | set(PUBLIC_EXTRA)


def test_make_translations_round_trips():
    assert tooling.check() == []


def test_every_shipped_language_has_a_catalog():
    assert set(tooling.LANGS) == set(i18n.LANGUAGES)
    for code in i18n.LANGUAGES:
        assert (i18n.i18n_dir() / f"kiosk_{code}.qm").stat().st_size > 0


def test_no_translate_call_lupdate_would_misread():
    assert tooling.alias_calls(tooling.sources()) == []


def test_an_aliased_translate_call_is_refused(tmp_path: Path):
    bad = tmp_path / "texts.py"
    bad.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def f(widget):\n"
        "    tr = QCoreApplication.translate\n"
        "    return tr('Result', 'Please try again.') + widget.tr('x')\n"
        "class A:\n"
        "    def g(self):\n"
        "        return self.tr('fine')\n",
        encoding="utf-8",
    )
    found = tooling.alias_calls([bad])
    assert [f.rsplit(":", 1)[1] for f in found] == ["4", "4"]


def test_the_catalog_has_no_misfiled_context():
    names = {k[0] for k in catalog("en")}
    assert "" not in names and "QCoreApplication" not in names and "widget" not in names
    assert public_strings() >= {("Service", m) for m in SERVICE_MESSAGES.values()}
    assert len(public_strings()) > 100


@pytest.mark.parametrize("lang", [c for c in i18n.LANGUAGES if c != "en"])
def test_every_language_covers_every_public_string(lang):
    have = catalog(lang)
    missing = []
    for key in sorted(public_strings()):
        kind, forms = have.get(key, ("absent", []))
        if kind in ("unfinished", "vanished", "obsolete", "absent") or not all(
            f.strip() for f in forms
        ):
            missing.append(key)
            continue
        wanted = set(PLACEHOLDER.findall(key[1])) - {"%n"}
        for form in forms:
            assert set(PLACEHOLDER.findall(form)) >= wanted, (key, form)
    assert missing == []


@pytest.mark.parametrize("lang", ["ms"])
def test_malay_covers_the_staff_screens_too(lang):
    unfinished = [k for k, (kind, _) in catalog(lang).items() if kind == "unfinished"]
    assert unfinished == []
