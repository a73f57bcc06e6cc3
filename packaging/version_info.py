"""The Windows version resource of kiosk.exe / kiosk-cli.exe, from the package version."""

from __future__ import annotations

import re
from typing import Any

COMPANY = "IDmeta"
PRODUCT = "IDmeta Kiosk"


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` (or ``"1.2.3rc1"``) -> ``(1, 2, 3, 0)``: Windows wants four numbers."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"not a version: {version!r}")
    major, minor, patch = (int(g) if g else 0 for g in match.groups())
    return (major, minor, patch, 0)


def windows_version_info(version: str, exe_name: str, description: str) -> Any:
    """A ``VSVersionInfo`` for PyInstaller's ``EXE(version=...)``."""
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    nums = version_tuple(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=nums, prodvers=nums),
        kids=[
            StringFileInfo(
                [
                    StringTable(
                        "040904B0",  # U.S. English, Unicode
                        [
                            StringStruct("CompanyName", COMPANY),
                            StringStruct("FileDescription", description),
                            StringStruct("FileVersion", version),
                            StringStruct("InternalName", exe_name),
                            StringStruct("OriginalFilename", f"{exe_name}.exe"),
                            StringStruct("ProductName", PRODUCT),
                            StringStruct("ProductVersion", version),
                            StringStruct("LegalCopyright", f"© {COMPANY}"),
                        ],
                    )
                ]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
