#!/usr/bin/env bash
# Builds the frozen workbench (PyInstaller one-folder) on this machine and, on Debian/Ubuntu, its .deb.
#   bash installer/build.sh            -> build/dist/workbench/ and build/workbench_X.Y.Z_amd64.deb
# Prints how long the build took and the package's installed size.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
started=$(date +%s)

bash scripts/dev.sh setup
PY="$ROOT/.venv/bin/python"
source <(sed -n '/^as_root()/,/^}/p; /^APT_UPDATED=/p; /^apt_install()/,/^}/p' scripts/dev.sh)
apt_install binutils  # PyInstaller reads shared libraries' dependencies with objdump
"$PY" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7"

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller installer/workbench.spec
# Debug symbols are a large part of libpython (when Python was built from source), of Python's own
# extension modules and of some wheels' modules: strip them. Not the libraries wheels vendor in their
# *.libs folders: auditwheel has rewritten those with patchelf, and stripping breaks them (numpy's OpenBLAS
# then fails with "ELF load command address/offset not page-aligned").
find build/dist/workbench/_internal -type f -name '*.so*' -not -path '*.libs/*' -print0 \
  | xargs -0 strip --strip-unneeded 2>/dev/null || true
echo "== frozen program in build/dist/workbench ($(du -sh build/dist/workbench | cut -f1))"

if ! command -v dpkg-deb >/dev/null; then
  echo "No dpkg-deb: not a Debian system, so no .deb (the frozen folder is ready)."
  exit 0
fi

PKG="build/deb/workbench_${VERSION}_${ARCH}"
rm -rf "$PKG"
mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications"
cp -a build/dist/workbench "$PKG/opt/workbench"
ln -s /opt/workbench/workbench "$PKG/usr/bin/workbench"
for size in 16 32 48 64 128 256; do
  icon="resources/icons/workbench-${size}.png"
  if [ -f "$icon" ]; then
    mkdir -p "$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$icon" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/workbench.png"
  fi
done
cat > "$PKG/usr/share/applications/workbench.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Programme workbench
Name[fr]=Poste de travail des programmes
Comment=Projects, sites, households, grants and works of a country office
Exec=workbench %f
Icon=workbench
Terminal=false
Categories=Office;Database;
DESKTOP
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
# The frozen program carries Python, Qt and every Python package; from the system it needs only
# what Qt loads at run time (OpenGL, X11/xcb, fontconfig) and a font.
cat > "$PKG/DEBIAN/control" <<CONTROL
Package: workbench
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: Programme workbench team <workbench@localhost>
Installed-Size: ${INSTALLED_KB}
Depends: libc6, libgl1, libegl1, libglib2.0-0 | libglib2.0-0t64, libdbus-1-3, libfontconfig1, libfreetype6,
 libpng16-16 | libpng16-16t64, libexpat1, libffi8, libharfbuzz0b, libx11-6, libx11-xcb1, libxext6, libxrender1,
 libxcb1, libxcb-glx0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-render0, libxcb-util1,
 libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-randr0, libcups2 | libcups2t64,
 fonts-dejavu-core
Section: misc
Priority: optional
Description: Programme workbench of a humanitarian country office
 Projects and logframes, displacement sites and their management, households and cash
 tranches, livelihood grants and infrastructure works, with printed reports. Databases
 live in each user's data folder and are never touched by installing or removing the package.
CONTROL
dpkg-deb --build --root-owner-group -Zzstd "$PKG" "build/workbench_${VERSION}_${ARCH}.deb" >/dev/null
elapsed=$(( $(date +%s) - started ))
echo "== build/workbench_${VERSION}_${ARCH}.deb: $(du -h "build/workbench_${VERSION}_${ARCH}.deb" | cut -f1) packed, $((INSTALLED_KB / 1024)) MB installed, built in ${elapsed} s"
