"""Icons and other files shipped in resources/, found beside the package (also inside a PyInstaller bundle)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files there
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = folder / f"workbench-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    svg = folder / "workbench.svg"
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon
