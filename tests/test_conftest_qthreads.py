"""The shared fixture really fails a test that leaves a QThread running."""

from __future__ import annotations

pytest_plugins = ["pytester"]


def test_a_leaked_qthread_fails_the_test(pytester):
    pytester.makeconftest((__import__("pathlib").Path(__file__).parent / "conftest.py").read_text())
    pytester.makepyfile(
        """
        import threading
        from PySide6.QtCore import QThread

        gate = threading.Event()

        class Sleeper(QThread):
            def run(self):
                gate.wait(5)

        keep = []

        def test_leaks(qapp):
            t = Sleeper()
            t.setObjectName("sleeper")
            keep.append(t)
            t.start()

        def test_cleans_up(qapp):
            t = Sleeper()
            t.start()
            gate.set()
            t.wait()
        """
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*left QThreads running*", "*sleeper*"])
