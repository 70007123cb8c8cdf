#!/bin/sh
# Smoke test of a PyInstaller bundle as it ships (without the demo).
#
#   packaging/smoke-bundle.sh dist/meetings-app
#
# The frozen program: --version; check-pdf on a good sample (exit 0); a store seeded with
# the demo meetings by the *source* tree (the seed is demo material, not in the bundle)
# served by the frozen `serve`, pulled by the frozen headless `sync` (HTTP client, vault,
# encryption at rest, documents), backed up by the frozen `admin backup`; and the frozen
# client started offscreen up to the sign-in (`--smoke`). Exits non-zero on any failure.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$(cd "$1" && pwd)/meetings-app
samples=${PDF_SAMPLES:-$root/../shared/pdf-samples}
work=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke-bundle: $*" >&2; exit 1; }
export MEETINGS_APP_HOME="$work/home" QT_QPA_PLATFORM=offscreen

"$bin" --version
"$bin" check-pdf "$samples/002-trivial-libre-office-writer.pdf" || fail "check-pdf refused a good sample"

db="sqlite:///$work/store.db"
password="Smoke-test-2026-hop"
echo "$password" | PYTHONPATH="$root" python -m meetings_app admin --db "$db" --blobs "$work/blobs" \
  seed-demo --password-stdin >/dev/null
port=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --db "$db" --blobs "$work/blobs" --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
python - "$port" <<'PY' || { cat "$work/serve.log" >&2; fail "frozen store did not answer"; }
import sys, time, httpx
for _ in range(120):
    try:
        if httpx.get(f"http://127.0.0.1:{sys.argv[1]}/api/v1/health", timeout=1).status_code == 200:
            sys.exit(0)
    except httpx.TransportError:
        pass
    time.sleep(0.5)
sys.exit(1)
PY
synced=$(printf '%s\n%s\n' "$password" "vault-passphrase-smoke" | "$bin" sync --quiet \
  --server "http://127.0.0.1:$port" --username bt.tuphap --password-stdin) || fail "frozen sync failed"
echo "$synced"
echo "$synced" | grep -Eq '[1-9][0-9]* documents' || fail "frozen sync brought no documents"
"$bin" admin --db "$db" --blobs "$work/blobs" backup --out "$work/backup.tar.gz" || fail "frozen backup"
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""
"$bin" --smoke 2>"$work/client.err" || { cat "$work/client.err" >&2; fail "frozen client did not reach the sign-in"; }
! grep -q lrelease "$work/client.err" || fail "frozen client warned about lrelease"
echo "smoke-bundle: ok"
