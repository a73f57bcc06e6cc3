"""Fleet metrics: an optional Prometheus endpoint (``[metrics] listen``, off by default).

``/metrics`` in Prometheus' text format (prometheus_client, on a registry of its own) and
``/healthz``: a JSON object saying whether the camera, the engine and the service are
usable (HTTP 200 when all are, else 503). Bound to the address configured — loopback
(``127.0.0.1:9464``) unless another is set. Metric names are ``kiosk_*``; see
packaging/monitoring/ for the dashboard and alert rules built on them. Qt-free.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from kiosk import __version__

log = logging.getLogger("kiosk.metrics")

DEFAULT_LISTEN = "127.0.0.1:9464"
SUBMIT_BUCKETS = (0.25, 0.5, 1, 2, 3, 5, 8, 13, 20, 30, 60)
CAPTURE_BUCKETS = (0.5, 1, 2, 3, 5, 8, 13, 20, 30, 60, 120)


class KioskMetrics:
    def __init__(self, kiosk_id: str = "") -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.verifications = Counter(
            "kiosk_verifications", "Verification attempts by outcome", ["outcome"], registry=r
        )
        self.rejections = Counter(
            "kiosk_rejections",
            "Attempts ended by a quality rule, by rule and side (device or service)",
            ["rule", "side"],
            registry=r,
        )
        self.errors = Counter(
            "kiosk_service_errors", "Service errors by kind", ["kind"], registry=r
        )
        self.staff_alerts = Counter(
            "kiosk_staff_alerts", '"Need help? Call staff" pressed on the kiosk', registry=r
        )
        self.submit_seconds = Histogram(
            "kiosk_submit_seconds", "Submission latency", buckets=SUBMIT_BUCKETS, registry=r
        )
        self.capture_seconds = Histogram(
            "kiosk_time_to_capture_seconds",
            "Time from a face appearing to its capture",
            buckets=CAPTURE_BUCKETS,
            registry=r,
        )
        self.camera_up = Gauge("kiosk_camera_up", "1 when the camera delivers frames", registry=r)
        self.fps_shown = Gauge("kiosk_frames_shown_per_second", "Preview frame rate", registry=r)
        self.fps_analysed = Gauge(
            "kiosk_frames_analysed_per_second", "Frames judged per second", registry=r
        )
        self.analysis_ms = Gauge("kiosk_analysis_ms", "Newest analysis duration", registry=r)
        self.last_verified = Gauge(
            "kiosk_last_verification_timestamp_seconds",
            "Unix time of the last verification the service answered",
            registry=r,
        )
        self.out_of_service = Gauge(
            "kiosk_out_of_service", "1 while the kiosk is out of service", registry=r
        )
        self.build = Gauge(
            "kiosk_build_info", "Build and identity", ["version", "kiosk_id"], registry=r
        )
        self.build.labels(version=__version__, kiosk_id=kiosk_id or "unnamed").set(1)

    def observe_attempt(self, entry: Mapping[str, Any]) -> None:
        """One audit-trail entry (kiosk.audit) into the counters and histograms."""
        outcome = str(entry.get("outcome") or "unknown")
        self.verifications.labels(outcome=outcome).inc()
        if entry.get("rule"):
            side = str(entry.get("side") or "service")
            self.rejections.labels(rule=str(entry["rule"]), side=side).inc()
        if entry.get("error_kind"):
            self.errors.labels(kind=str(entry["error_kind"])).inc()
        if entry.get("submit_s") is not None:
            self.submit_seconds.observe(float(entry["submit_s"]))
        if entry.get("time_to_capture_s") is not None and outcome != "abandoned":
            self.capture_seconds.observe(float(entry["time_to_capture_s"]))
        if outcome in ("verified", "not_verified", "review", "quality_rejected"):
            self.last_verified.set_to_current_time()

    def render(self) -> bytes:
        return generate_latest(self.registry)


Health = Callable[[], Mapping[str, bool]]


def parse_listen(listen: str) -> tuple[str, int]:
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise ValueError(f"expected HOST:PORT such as {DEFAULT_LISTEN}, got {listen!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


class MetricsServer:
    """``/metrics`` and ``/healthz`` on a daemon thread."""

    def __init__(self, listen: str, metrics: KioskMetrics, health: Health) -> None:
        host, port = parse_listen(listen)
        self.metrics = metrics
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # the http.server API's name
                path = self.path.split("?", 1)[0]
                if path == "/metrics":
                    self._send(200, CONTENT_TYPE_LATEST, server.metrics.render())
                elif path == "/healthz":
                    parts = {k: bool(v) for k, v in health().items()}
                    ok = all(parts.values())
                    body = json.dumps({"ok": ok, **parts}).encode()
                    self._send(200 if ok else 503, "application/json", body)
                else:
                    self._send(404, "text/plain", b"not found\n")

            def _send(self, status: int, content_type: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # one scrape every few seconds: not for the log

        self._httpd = ThreadingHTTPServer((host, port), Handler)
        self._httpd.daemon_threads = True
        self.address = f"{host}:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, name="metrics", daemon=True
        )

    def start(self) -> MetricsServer:
        self._thread.start()
        log.info("metrics on http://%s/metrics", self.address, extra={"event": "metrics_on"})
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(2)
