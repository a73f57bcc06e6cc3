"""PyInstaller runtime hook: a stand-in for matplotlib, which the kiosk does not bundle.

mediapipe's ``tasks.python.vision`` package imports ``drawing_utils``, and that imports
``matplotlib.pyplot`` at module level for one plotting helper the kiosk never calls. So the
import succeeds, this finder answers ``matplotlib`` and ``matplotlib.*`` (only when the real
package is absent: it sits last on ``sys.meta_path``) with an empty module, and any use of
it raises ImportError naming the cause.
"""

import importlib.abc
import importlib.machinery
import sys
import types


class _MissingMatplotlib(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(
            f"{self.__name__}.{name}: matplotlib is not bundled with the kiosk "
            "(mediapipe's plotting helpers are unavailable)"
        )


class _StubFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        if fullname == "matplotlib" or fullname.startswith("matplotlib."):
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None

    def create_module(self, spec):
        module = _MissingMatplotlib(spec.name)
        module.__path__ = []
        return module

    def exec_module(self, module):
        return None


sys.meta_path.append(_StubFinder())
