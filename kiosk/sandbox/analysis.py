"""The on-device engine behind the sandbox, on one dedicated thread.

The HTTP server answers each request on its own thread, but a QualityEngine belongs to
the thread that made it; so every analysis is handed to a single worker thread that
creates the engine on first use and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from kiosk.quality.report import QualityReport

Analyzer = Callable[[np.ndarray], QualityReport]


class EngineWorker:
    """Callable ``frame -> QualityReport``; safe to call from any thread."""

    def __init__(self, quality_overrides: Mapping[str, Any] | None = None) -> None:
        self._overrides = dict(quality_overrides or {})
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-engine")
        self._engine: Any = None  # created on the worker thread

    def __call__(self, frame: np.ndarray) -> QualityReport:
        return self._pool.submit(self._analyze, frame).result()

    def warm_up(self) -> None:
        """Load the models now rather than on the first request (about 0.3 s)."""
        self._pool.submit(self._ensure_engine).result()

    def close(self) -> None:
        try:
            self._pool.submit(self._close_engine).result()
        except RuntimeError:
            pass  # the pool is already shut down (interpreter exit): the thread is gone
        finally:
            self._pool.shutdown(wait=True)

    def _ensure_engine(self) -> Any:
        if self._engine is None:
            from kiosk.quality.engine import QualityEngine
            from kiosk.quality.thresholds import QualityThresholds

            thresholds = QualityThresholds.from_overrides(self._overrides)
            self._engine = QualityEngine(thresholds)
        return self._engine

    def _analyze(self, frame: np.ndarray) -> QualityReport:
        report: QualityReport = self._ensure_engine().analyze(frame)
        return report

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
