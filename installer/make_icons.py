"""Packs the app icon's PNG sizes (resources/icons/workbench-N.png) into workbench.ico and workbench.icns.

Both formats are containers of PNG images; writing them here avoids a dependency for two small files.
Run after changing the icon:  .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-based icon types, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def png(size: int) -> bytes:
    return (ICONS / f"workbench-{size}.png").read_bytes()


def write_ico(path: Path) -> None:
    images = [(size, png(size)) for size in ICO_SIZES if (ICONS / f"workbench-{size}.png").exists()]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory, blobs = b"", b""
    for size, data in images:
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        directory += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + directory + blobs)


def write_icns(path: Path) -> None:
    body = b""
    for size, kind in ICNS_TYPES.items():
        if (ICONS / f"workbench-{size}.png").exists():
            data = png(size)
            body += kind + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    write_ico(ICONS / "workbench.ico")
    write_icns(ICONS / "workbench.icns")
    print(f"wrote {ICONS / 'workbench.ico'} and {ICONS / 'workbench.icns'}")
