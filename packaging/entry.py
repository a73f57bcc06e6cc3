"""Entry point of the frozen (PyInstaller) kiosk: the same CLI as the `kiosk` script."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
