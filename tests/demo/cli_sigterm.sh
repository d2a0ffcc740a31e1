#!/usr/bin/env bash
# SIGTERM ends Lotsen cleanly (issue 13 §5: it left the .lock file): exit code 0, no .lock file, and a logout entry
# in the access log. On the demo database, which starts logged in.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
export HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" QT_QPA_PLATFORM=offscreen
"$lotsen" --demo --lang en > "$dir/out.txt" 2>&1 &
pid=$!
db=$(find "$dir/data" -name demo.lotsen 2>/dev/null | head -1 || true)
for _ in $(seq 1 300); do
    db=$(find "$dir/data" -name demo.lotsen 2>/dev/null | head -1 || true)
    if [ -n "$db" ] && [ -e "$db.lock" ] && [ "$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'login'" 2>/dev/null || echo 0)" -ge 1 ]; then
        break
    fi
    sleep 0.1
done
[ -n "$db" ] && [ -e "$db.lock" ] || { echo "Lotsen did not start"; cat "$dir/out.txt"; exit 1; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" = 0 ] || { echo "exit status $status after SIGTERM"; exit 1; }
[ ! -e "$db.lock" ] || { echo "the .lock file was left behind"; exit 1; }
[ "$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'logout'")" = 1 ] || { echo "no logout entry"; exit 1; }
echo "SIGTERM: clean exit, no .lock, logout logged"
