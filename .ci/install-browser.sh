#!/usr/bin/env bash
# Install what tests/test_view_browser.py and bench/bench_view.py need on a fresh
# Debian machine (run as root): headless Chromium, its matching chromedriver, CJK fonts,
# and the Selenium Python package in the project's virtualenv.
#
# Idempotent and tolerant: anything that fails prints a warning and the script still
# exits 0, so the browser tests skip themselves instead of failing the run.
set -u

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    if [ -x "$here/.venv/bin/python" ]; then PYTHON="$here/.venv/bin/python"; else PYTHON="python3"; fi
fi

warn() { echo "install-browser: WARNING: $*; browser tests will be skipped" >&2; }

have_debs() {
    command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
        && dpkg -s fonts-noto-cjk >/dev/null 2>&1
}

if have_debs; then
    echo "install-browser: chromium, chromium-driver and fonts-noto-cjk already installed"
elif ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get not found"
else
    export DEBIAN_FRONTEND=noninteractive
    if apt-get update -q >/dev/null; then
        apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-noto-cjk \
            >/dev/null || warn "apt-get install failed"
    else
        warn "apt-get update failed"
    fi
fi

if "$PYTHON" -c "import selenium" >/dev/null 2>&1; then
    echo "install-browser: selenium already installed for $PYTHON"
else
    "$PYTHON" -m pip install -q "selenium>=4.15" || warn "pip install selenium failed"
fi

command -v chromium >/dev/null 2>&1 && chromium --version 2>/dev/null || true
exit 0
