#!/usr/bin/env bash
# Sets this machine up for the workbench (system libraries, virtual environment, packages) and then
#   run   opens the workbench on a demo database (created on first use), or
#   test  starts a private PostgreSQL server on 127.0.0.1 and runs the whole test suite on SQLite and PostgreSQL.
# Works on a fresh Debian/Ubuntu; installs only what is missing, so a second run starts at once.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV="$ROOT/.venv"
PY="$VENV/bin/python"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Root rights are needed to install system packages ($*); run as root or install sudo." >&2; exit 1
  fi
}

APT_UPDATED=
apt_install() {  # installs those of the given Debian packages that are missing
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing system packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What Qt needs to draw offscreen (tests) and in a real window, and a font with Latin and Arabic.
QT_OFFSCREEN=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
              fonts-dejavu-core)
QT_WINDOW=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
           libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xinerama0)

setup_python() {
  local python=${PYTHON:-python3}
  if ! command -v "$python" >/dev/null || ! "$python" -c 'import sys, ensurepip, venv; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    apt_install python3 python3-venv python3-pip
    python=python3
  fi
  if [ ! -x "$PY" ]; then
    echo "== creating the virtual environment in .venv"
    "$python" -m venv "$VENV"
  fi
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "== installing the Python packages (pyproject.toml)"
    "$PY" -m pip install -q --disable-pip-version-check -U pip
    "$PY" -m pip install -q --disable-pip-version-check -e ".[test]"
    rm -f "$VENV"/.installed-*
    touch "$stamp"
  fi
}

PG_DIR=
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}

pg_run() {  # PostgreSQL refuses to run as root: use the postgres account then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    apt_install postgresql
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_DIR=$(mktemp -d /tmp/workbench-pg.XXXXXX)
  trap stop_postgres EXIT
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/false postgres
    chown postgres "$PG_DIR"
  fi
  local port
  port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_run "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; exit 1; }
  pg_run "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$PG_DIR/server.log"; exit 1; }
  export WORKBENCH_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  export WORKBENCH_REQUIRE_PG=1
  echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port"
}

case "${1:-}" in
  setup)  # what run and test share; used by installer/build.sh
    apt_install "${QT_OFFSCREEN[@]}"
    setup_python
    ;;
  run)
    shift
    apt_install "${QT_OFFSCREEN[@]}" "${QT_WINDOW[@]}"
    setup_python
    DEMO_DB="${WORKBENCH_DEMO_DB:-$ROOT/demo.db}"
    if [ ! -f "$DEMO_DB" ]; then "$VENV/bin/workbench" demo --db "$DEMO_DB" --scale 1; fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display: set DISPLAY (or QT_QPA_PLATFORM=offscreen) to open the window." >&2
      exit 1
    fi
    exec "$VENV/bin/workbench" --db "$DEMO_DB" "$@"
    ;;
  test)
    shift
    apt_install "${QT_OFFSCREEN[@]}" poppler-utils
    setup_python
    echo "== ruff check"
    "$VENV/bin/ruff" check --no-cache .
    start_postgres
    export QT_QPA_PLATFORM=offscreen
    # Two workers (pytest-xdist): the machines here have two cores; WORKBENCH_TEST_WORKERS=0 runs in one process.
    "$PY" -m pytest -p no:cacheprovider -n "${WORKBENCH_TEST_WORKERS:-2}" "$@"
    ;;
  *)
    echo "usage: scripts/dev.sh run|test|setup [arguments for the workbench or pytest]" >&2
    exit 2
    ;;
esac
