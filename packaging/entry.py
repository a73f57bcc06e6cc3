"""Entry point of the frozen (PyInstaller) kiosk: the same CLI as the `kiosk` script."""

from kiosk.cli import entry

if __name__ == "__main__":
    entry()
