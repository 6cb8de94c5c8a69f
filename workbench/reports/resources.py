"""Where the fonts and the logo shipped with the workbench are, installed, frozen or from the source tree."""

from __future__ import annotations

from pathlib import Path

from workbench.resources import resources_dir

__all__ = ["resources_dir", "font_path", "default_logo"]


def font_path(file_name: str) -> Path:
    return resources_dir() / "fonts" / file_name


def default_logo() -> Path | None:
    for name in ("logo.png", "logo.jpg"):
        path = resources_dir() / name
        if path.exists():
            return path
    return None
