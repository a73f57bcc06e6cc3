"""A smaller ICU data library for the frozen kiosk on Linux (used by packaging/kiosk.spec).

PySide6's Qt6Core links ICU, and ``libicudata.so.NN`` (32 MB) is nothing but ICU's whole
data package in one symbol, ``icudtNN_dat``. Qt6Core is the only binary in the bundle that
calls ICU, and only these functions (its undefined ``*_NN`` dynamic symbols): case mapping
(``u_strToUpper``/``u_strToLower``: the case data is compiled into libicuuc), collation
(``ucol_*``: ``coll/`` and the locale tree), calendars and time-zone names (``ucal_*``:
``zone/``, ``zoneinfo64``, ``metaZones``, the locale tree) and codecs (``ucnv_*``:
``cnvalias.icu`` and the ``.cnv`` tables). Nothing reaches the break iterators, unit,
currency, language and region display names, transliterators, number spell-out rules or
stringprep profiles, so :data:`UNUSED_TREES` leave the package; everything Qt can reach
stays (``tests/test_packaging.py`` checks the rule; docs/performance.md the sizes).

The package format (ICU ``udata``: a ``CmnD`` common-data package) is a header, a table of
contents — item count, then (name offset, data offset) pairs relative to the table — the
names, and the items, each 16-byte aligned and self-contained. ICU's data build tool offers
the same filtering (``ICU_DATA_FILTER_FILE``) but needs ICU's source; this rewrites the
package the wheel ships. The library is rebuilt with binutils (``as`` and ``ld``, like the
``strip`` the build already uses). Pure functions except :func:`slim_library`.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

# Trees (the first path part after ``icudtNNl/``) nothing in Qt's ICU calls reads.
UNUSED_TREES: frozenset[str] = frozenset(
    {"brkitr", "unit", "curr", "lang", "region", "translit", "rbnf"}
)
# Top-level items of the same kind: stringprep profiles (``*.spp``: IDNA, which Qt does
# itself) and the break iterators' and transliterators' root files if any sit there.
_UNUSED_SUFFIXES = (".spp",)

_ALIGN = 16
_PAD = b"\xaa"  # what ICU's icupkg pads with


def item_tree(name: str) -> str:
    """``"icudt73l/coll/de.res"`` -> ``"coll"``; a top-level item -> ``""``."""
    parts = name.split("/")
    return parts[1] if len(parts) > 2 else ""


def unused(name: str) -> bool:
    """Whether an item of ICU's data package is one no function Qt calls can read."""
    return item_tree(name) in UNUSED_TREES or name.endswith(_UNUSED_SUFFIXES)


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of a ``CmnD`` package, in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[8 + 4 : 8 + 8] != b"CmnD":
        raise ValueError("not an ICU common data package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        start = header_size + name_off
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        data_end = entries[i + 1][1] if i + 1 < count else len(blob) - header_size
        items.append((name, blob[header_size + data_off : header_size + data_end]))
    return bytes(blob[:header_size]), items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """A ``CmnD`` package of ``items`` (names in ICU's sorted order, as the lookup needs)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = _aligned(table_size + len(names))
    # The table is 16-aligned in the file as long as the header is (ICU's is).
    offsets_names: list[int] = []
    offsets_data: list[int] = []
    pos_name = table_size
    pos_data = data_start
    for name, data in items:
        offsets_names.append(pos_name)
        pos_name += len(name) + 1
        offsets_data.append(pos_data)
        pos_data = _aligned(pos_data + len(data))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for name_off, data_off in zip(offsets_names, offsets_data, strict=True):
        out += struct.pack("<II", name_off, data_off)
    out += names
    out += _PAD * (len(header) + data_start - len(out))
    for (_, data), data_off in zip(items, offsets_data, strict=True):
        out += _PAD * (len(header) + data_off - len(out))
        out += data
    return bytes(out)


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def filter_package(blob: bytes, drop: Callable[[str], bool] = unused) -> tuple[bytes, int]:
    """The package without the items ``drop`` names; and how many items were dropped."""
    header, items = read_package(blob)
    kept = [(name, data) for name, data in items if not drop(name)]
    return write_package(header, kept), len(items) - len(kept)


# --- the ELF side: where the package sits in libicudata, and a new library around it ---

_DATA_SYMBOL = re.compile(rb"^icudt\d+_dat$")


def find_data_symbol(elf: bytes) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of ``icudtNN_dat`` in an ELF64 little-endian file."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise ValueError("not a little-endian ELF64 file")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for sh in sections:
        if sh[1] != 11:  # SHT_DYNSYM
            continue
        _, _, _, _, sym_off, sym_size, link, _, _, entsize = sh
        str_off = sections[link][4]
        for pos in range(sym_off, sym_off + sym_size, entsize):
            st_name, _info, _other, _shndx, st_value, st_size = struct.unpack_from(
                "<IBBHQQ", elf, pos
            )
            end = elf.index(b"\0", str_off + st_name)
            name = elf[str_off + st_name : end]
            if not _DATA_SYMBOL.match(name):
                continue
            for sec in sections:
                addr, offset, size = sec[3], sec[4], sec[5]
                if sec[1] != 8 and addr <= st_value < addr + size:  # not SHT_NOBITS
                    return name.decode(), offset + st_value - addr, st_size
            raise ValueError(f"{name.decode()} is in no section with file contents")
    raise ValueError("no icudtNN_dat symbol")


def build_library(package: Path, symbol: str, soname: str, out: Path) -> None:
    """A shared library exporting ``symbol`` = the bytes of ``package`` (binutils only)."""
    with tempfile.TemporaryDirectory() as tmp:
        asm = Path(tmp) / "icudata.s"
        obj = Path(tmp) / "icudata.o"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{package}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "--build-id", "-z", "noexecstack",
             "-o", str(out), str(obj)],
            check=True,
        )  # fmt: skip


def slim_library(lib: Path) -> tuple[int, int, int]:
    """Replace ``lib`` (a libicudata) by one without the unused items, in place.

    Returns (bytes before, bytes after, items dropped). Nothing is changed when binutils'
    ``as``/``ld`` are missing (a warning is the caller's to print: before == after).
    """
    before = lib.stat().st_size
    if shutil.which("as") is None or shutil.which("ld") is None:
        return before, before, 0
    elf = lib.read_bytes()
    symbol, offset, size = find_data_symbol(elf)
    package, dropped = filter_package(elf[offset : offset + size])
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(package)
        new = Path(tmp) / lib.name
        build_library(dat, symbol, lib.name, new)
        shutil.copyfile(new, lib)
    return before, lib.stat().st_size, dropped
