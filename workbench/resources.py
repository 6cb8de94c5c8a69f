"""Where the shipped resources (fonts, icons, logo, translations) are: in the source tree or in the frozen program."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    # PyInstaller unpacks data files under sys._MEIPASS; a source checkout (and the editable install the
    # Quick start makes) keeps resources/ beside the workbench package.
    package = Path(__file__).resolve().parent
    candidates = [package.parent / "resources", package / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    raise FileNotFoundError("the workbench's resources folder (fonts, icons, logo) is missing from this "
                            f"installation; looked in {', '.join(str(c) for c in candidates)}")


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"missing resource {'/'.join(parts)} (looked in {resources_dir()})")
    return path
