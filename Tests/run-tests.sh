#!/usr/bin/env bash
# The full test suite: checks that the interop tools are installed, self-checks the interop checkers on
# their samples, then `swift build` and `swift test` (Swift Testing + XCTest); exits with swift test's code.
#
#   bash Tests/run-tests.sh
#
# A missing tool is never skipped: the script prints what to install and exits 2. As root with
# RESGRAPH_AUTO_INSTALL=1, or when CI=true, it installs the missing pieces itself (apt-get / pip).
# Environment: PYTHON (default python3); RESGRAPH_CORPUS (default ../shared/corpus when it exists);
# RESGRAPH_SCRATCH_PATH (optional `--scratch-path` for swift build/test).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)
PYTHON=${PYTHON:-python3}
REQUIREMENTS=Tests/Interop/requirements.txt

say() { printf 'run-tests: %s\n' "$*" >&2; }

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
if [ -z "${RESGRAPH_CORPUS:-}" ] && [ -d "$repo/../shared/corpus" ]; then
    RESGRAPH_CORPUS=$(cd "$repo/../shared/corpus" && pwd)
    export RESGRAPH_CORPUS
fi

# --- what is missing --------------------------------------------------------------------------------
missing_apt=()
missing_py=()
find_missing() {
    missing_apt=()
    missing_py=()
    command -v dot >/dev/null 2>&1 || missing_apt+=(graphviz)
    command -v rapper >/dev/null 2>&1 || missing_apt+=(raptor2-utils)
    command -v xmllint >/dev/null 2>&1 || missing_apt+=(libxml2-utils)
    command -v pdftotext >/dev/null 2>&1 || missing_apt+=(poppler-utils)
    command -v chromium >/dev/null 2>&1 || missing_apt+=(chromium fonts-dejavu-core)
    if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0; then
        missing_apt+=(libxml2-dev pkg-config)
    fi
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        missing_apt+=(python3 python3-pip)
        missing_py=(rdflib pyoxigraph networkx igraph oxigraph)
        return
    fi
    local module
    for module in rdflib pyoxigraph networkx igraph; do
        "$PYTHON" -c "import $module" >/dev/null 2>&1 || missing_py+=("$module")
    done
    # The Oxigraph SPARQL server (PyPI package oxigraph), for the push/query tests.
    command -v oxigraph >/dev/null 2>&1 || missing_py+=(oxigraph)
}

pip_install() {
    local args=(-m pip install -q --disable-pip-version-check --root-user-action=ignore -r "$REQUIREMENTS")
    "$PYTHON" "${args[@]}" && return 0
    # Debian's own python3 refuses pip installs (PEP 668) unless told otherwise.
    say "pip install failed; retrying with --break-system-packages"
    "$PYTHON" "${args[@]}" --break-system-packages
}

apt_install() {
    local log
    log=$(mktemp)
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"; } >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        return 1
    fi
    rm -f "$log"
}

find_missing
if [ ${#missing_apt[@]} -gt 0 ] || [ ${#missing_py[@]} -gt 0 ]; then
    say "missing tools for the interop tests:"
    [ ${#missing_apt[@]} -eq 0 ] || say "  commands/libraries (${missing_apt[*]}): apt-get install -y ${missing_apt[*]}"
    [ ${#missing_py[@]} -eq 0 ] || say "  python modules (${missing_py[*]}): $PYTHON -m pip install -r $REQUIREMENTS"
    if [ "$(id -u)" = 0 ] && { [ "${RESGRAPH_AUTO_INSTALL:-}" = 1 ] || [ "${CI:-}" = true ]; }; then
        say "installing them (root, CI=${CI:-} RESGRAPH_AUTO_INSTALL=${RESGRAPH_AUTO_INSTALL:-})"
        [ ${#missing_apt[@]} -eq 0 ] || apt_install "${missing_apt[@]}"
        find_missing
        [ ${#missing_py[@]} -eq 0 ] || pip_install
        find_missing
        if [ ${#missing_apt[@]} -gt 0 ] || [ ${#missing_py[@]} -gt 0 ]; then
            say "still missing after installing: ${missing_apt[*]} ${missing_py[*]}"
            exit 2
        fi
    else
        say "install them (or, as root, rerun with RESGRAPH_AUTO_INSTALL=1 to have this script do it)"
        exit 2
    fi
fi
if ! command -v swift >/dev/null 2>&1; then
    say "missing tool: swift (the Swift 6 toolchain; expected at /opt/swift/usr/bin)"
    exit 2
fi

# --- the checkers must pass on their samples before they judge our exports ---------------------------
say "interop checkers on Tests/Interop/samples:"
"$PYTHON" Tests/Interop/check_rdf.py Tests/Interop/samples/minimal.rdf >&2
"$PYTHON" Tests/Interop/check_graphml.py Tests/Interop/samples/minimal.graphml \
    --schema Tests/Fixtures/schemas/graphml/graphml.xsd >&2
"$PYTHON" Tests/Interop/check_dot.py Tests/Interop/samples/minimal.dot --engines dot,sfdp >&2

# --- build and test -----------------------------------------------------------------------------------
swift_args=()
[ -z "${RESGRAPH_SCRATCH_PATH:-}" ] || swift_args+=(--scratch-path "$RESGRAPH_SCRATCH_PATH")
say "swift build ${swift_args[*]}"
swift build "${swift_args[@]}"
# --- the benchmark runs once on a small input, to keep it working (it asserts nothing about time) ------
bin_path=$(swift build "${swift_args[@]}" --show-bin-path)
say "resgraph-bench smoke run on Tests/Fixtures"
"$bin_path/resgraph-bench" Tests/Fixtures --replicate 2 --jobs 2 --formats all >/dev/null
"$bin_path/resgraph-bench" --length 1 >/dev/null
phrases=$("$bin_path/resgraph-bench" --phrases)
[ -n "$phrases" ] || { say "resgraph-bench --phrases printed nothing"; exit 1; }
say "swift test ${swift_args[*]}"
exec swift test "${swift_args[@]}"
