"""What the installers rely on: the icon set, the version from one place, the spec's data files."""

import struct
import tomllib
from pathlib import Path

from workbench import __version__
from workbench.resources import resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]


def test_the_version_comes_from_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert __version__ == tomllib.load(f)["project"]["version"]


def test_the_windows_icon_holds_every_png_size():
    data = (ROOT / "resources/icons/workbench.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    sizes = []
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        sizes.append(width or 256)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert data[offset:offset + length] == (ROOT / f"resources/icons/workbench-{width or 256}.png").read_bytes()
    assert (reserved, kind) == (0, 1)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_mac_icon_is_a_valid_icns():
    data = (ROOT / "resources/icons/workbench.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert b"ic08" in data  # 256 px


def test_resources_are_found_from_the_package_not_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resources_dir() == ROOT / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000


def test_the_spec_ships_resources_and_migrations():
    spec = (ROOT / "installer/workbench.spec").read_text()
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert '"workbench" / "migrations"' in spec
