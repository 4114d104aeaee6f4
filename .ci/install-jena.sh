#!/usr/bin/env bash
# Install Apache Jena (Debian's libapache-jena-java, with a Java runtime) so that the test that
# runs the README's kgid: examples under Jena's ARQ (tests/test_readme.py) runs instead of
# skipping. Tolerant like install-browser.sh: a failure prints a warning and exits 0.
set -u
warn() { echo "install-jena: WARNING: $*; the Jena test will be skipped" >&2; }
if dpkg -s libapache-jena-java >/dev/null 2>&1; then
    echo "install-jena: libapache-jena-java already installed"
elif ! command -v apt-get >/dev/null 2>&1; then
    warn "apt-get not found"
else
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q >/dev/null 2>&1 || true; } && \
        apt-get install -y -q --no-install-recommends libapache-jena-java default-jre-headless >/dev/null \
        || warn "apt-get install libapache-jena-java failed"
fi
exit 0
