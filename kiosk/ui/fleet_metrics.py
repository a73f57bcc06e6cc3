"""Feeds the running app into the Prometheus endpoint (kiosk.metrics), when configured."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk.flow import State

log = logging.getLogger("kiosk.metrics")

SAMPLE_MS = 1000


class FleetMetrics(QObject):
    """Counters from each attempt; gauges sampled once a second on the GUI thread."""

    def __init__(self, controller: Any, listen: str, kiosk_id: str, fps: Any) -> None:
        super().__init__(controller)
        from kiosk.metrics import KioskMetrics, MetricsServer

        self.controller = controller
        self._fps = fps  # () -> frames shown per second (the preview's)
        self.metrics = KioskMetrics(kiosk_id)
        self.server = MetricsServer(listen, self.metrics, self.health).start()
        controller.attempted.connect(self.metrics.observe_attempt)
        controller.staffAlert.connect(self.metrics.staff_alerts.inc)
        self._timer = QTimer(self)
        self._timer.setInterval(SAMPLE_MS)
        self._timer.timeout.connect(self.sample)
        self._timer.start()
        self.sample()

    def health(self) -> dict[str, bool]:
        """Read from the server's thread: plain attribute reads only."""
        c = self.controller
        faults = dict(c.faults)
        return {
            "camera": bool(c.model.camera_ok) and c.capture.isRunning(),
            "engine": "analysis" not in faults and c.analysis.isRunning(),
            "service": "service" not in faults,
        }

    def sample(self) -> None:
        c, m = self.controller, self.metrics
        m.camera_up.set(1 if c.model.camera_ok else 0)
        m.fps_shown.set(self._fps())
        m.fps_analysed.set(c.analyses_per_second())
        m.analysis_ms.set(c.analysis.analysis_ms)
        m.out_of_service.set(1 if c.model.state is State.OUT_OF_SERVICE else 0)

    def stop(self) -> None:
        self._timer.stop()
        self.server.stop()


def start_fleet_metrics(cfg: Any, controller: Any, window: Any) -> FleetMetrics | None:
    listen = cfg.metrics.listen
    if not listen:
        return None
    try:
        return FleetMetrics(controller, listen, cfg.api.kiosk_id, lambda: window().preview.fps())
    except OSError as exc:  # the port is taken: the kiosk still runs
        print(f"kiosk run: metrics endpoint {listen} not started: {exc}", file=sys.stderr)
        log.error("metrics endpoint %s not started: %s", listen, exc, extra={"event": "metrics"})
        return None
