"""The PIN's slow hash and the OS credential store never freeze the screen.

There is no OS credential store on the build machines, so a *slow keyring backend* stands in
for one: a real ``keyring.backend.KeyringBackend`` subclass that sleeps the way a locked
keychain or a slow D-Bus Secret Service does. It is a fake of the store's latency, not of
the kiosk's code: the settings dialog, the PIN screen and keyring's own dispatch are real.
While each call runs, a 10 ms QTimer on the GUI thread must keep ticking.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer

from kiosk.config import Config
from kiosk.credentials import KEYRING_ACCOUNT, KEYRING_SERVICE
from kiosk.pin import hash_pin, verify_pin
from kiosk.ui.background import off_gui_thread
from kiosk.ui.lock import PinGuard
from kiosk.ui.pin_dialog import PinDialog
from kiosk.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.timeout(60)

DELAY_S = 0.6


class SlowKeyring(KeyringBackend):
    """A keyring backend as slow as a locked keychain: each call sleeps ``DELAY_S``."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.threads: list[str] = []

    def _slow(self) -> None:
        self.threads.append(threading.current_thread().name)
        time.sleep(DELAY_S)

    def get_password(self, service: str, username: str) -> str | None:
        self._slow()
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._slow()
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._slow()
        self.passwords.pop((service, username), None)


@pytest.fixture
def slow_ring() -> Iterator[SlowKeyring]:
    previous = keyring.get_keyring()
    ring = SlowKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


class Ticks:
    """A 10 ms timer on the GUI thread; ``longest_gap_ms`` is the longest freeze seen."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def __enter__(self) -> Ticks:
        self.times.append(time.perf_counter())
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()
        self.times.append(time.perf_counter())

    @property
    def longest_gap_ms(self) -> float:
        return max(b - a for a, b in zip(self.times, self.times[1:], strict=False)) * 1000

    @property
    def count(self) -> int:
        return len(self.times) - 2


def test_saving_the_token_to_a_slow_store_keeps_the_gui_running(qtbot, qapp, slow_ring):
    saved: list[Config] = []
    dialog = SettingsDialog(Config(), save=saved.append)  # the real keyring store_token
    qtbot.addWidget(dialog)
    dialog.token.setText("tok-SLOWSTORE-5521")
    with Ticks() as ticks:
        assert dialog.try_save(), dialog.summary.text()
    assert slow_ring.passwords[(KEYRING_SERVICE, KEYRING_ACCOUNT)] == "tok-SLOWSTORE-5521"
    assert slow_ring.threads and threading.main_thread().name not in slow_ring.threads
    assert ticks.count >= 20, f"the GUI ticked only {ticks.count} times in {DELAY_S} s"
    assert ticks.longest_gap_ms < 150
    assert saved


def test_a_slow_store_that_fails_is_still_one_field_error(qtbot, qapp, slow_ring, monkeypatch):
    def broken(service: str, username: str, password: str) -> None:
        slow_ring._slow()
        raise RuntimeError(f"the keychain is locked ({password})")

    monkeypatch.setattr(slow_ring, "set_password", broken)
    dialog = SettingsDialog(Config(), save=lambda _cfg: None)
    qtbot.addWidget(dialog)
    dialog.token.setText("tok-SLOWSTORE-9911")
    with Ticks() as ticks:
        assert not dialog.try_save()
    error = dialog.fields["api.token"].error.text()
    assert "locked" in error and "tok-SLOWSTORE-9911" not in error
    assert ticks.longest_gap_ms < 150


def test_checking_the_pin_keeps_the_gui_running(qtbot, qapp):
    pin_hash = hash_pin("2468")  # the real 600,000 iterations (~0.4 s here)
    guard = PinGuard(pin_hash)
    checked_on: list[str] = []
    check = guard.check

    def recording_check(pin: str):
        checked_on.append(threading.current_thread().name)
        return check(pin)

    guard.check = recording_check  # type: ignore[method-assign]
    dialog = PinDialog(guard)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.entry.setText("1357")
    with Ticks() as wrong:
        dialog.submit()
    assert "attempt" in dialog.status.text() and dialog.result() == 0
    dialog.entry.setText("2468")
    with Ticks() as right:
        dialog.submit()
    assert dialog.result() == PinDialog.DialogCode.Accepted
    assert checked_on == ["pin-check", "pin-check"]
    for ticks in (wrong, right):
        assert ticks.longest_gap_ms < 150 and ticks.count >= 10


def test_hashing_a_new_pin_in_the_settings_keeps_the_gui_running(qtbot, qapp):
    saved: list[Config] = []
    dialog = SettingsDialog(Config(), save=saved.append, store_token=lambda _t: None)
    qtbot.addWidget(dialog)
    dialog.pin.setText("97531")
    dialog.pin_again.setText("97531")
    with Ticks() as ticks:
        assert dialog.try_save(), dialog.summary.text()
    assert verify_pin("97531", saved[0].kiosk.pin_hash)
    assert ticks.longest_gap_ms < 150 and ticks.count >= 10


def test_off_gui_thread_returns_and_raises_in_order(qapp):
    assert off_gui_thread(lambda: 41 + 1) == 42
    with pytest.raises(ValueError, match="boom"):
        off_gui_thread(lambda: (_ for _ in ()).throw(ValueError("boom")))
    # From a worker thread it just calls (no nested loop off the GUI thread).
    out: list[int] = []
    t = threading.Thread(target=lambda: out.append(off_gui_thread(lambda: 7)))
    t.start()
    t.join(5)
    assert out == [7]
