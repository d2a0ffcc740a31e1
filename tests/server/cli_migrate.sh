#!/usr/bin/env bash
# "lotsen migrate --from FILE --to postgresql://…": a demo file (with an access-log entry) moved into an empty database
# on the test server, its counts and the verified chain on standard output, the file unchanged; refused (exit 1,
# nothing changed) into a database that is no longer empty, from a file that is not Lotsen's and to a server that does
# not answer; usage errors exit 2.
set -euo pipefail
lotsen=$1
state=$2
host=$(sed -n 's/^host=\([^ ]*\).*/\1/p' "$state")
port=$(sed -n 's/.* port=\([0-9]*\).*/\1/p' "$state")
[ -n "$host" ] && [ -n "$port" ] || { echo "FAIL: the test server's state file $state is unreadable"; exit 1; }
name="lt_cli_migrate_$$"
dir=$(mktemp -d)
sql() { LC_ALL=C LANG=C psql -X -q -t -A -h "$host" -p "$port" -U lotsen_super -d "$1" -c "$2"; }
cleanup() { sql postgres "DROP DATABASE IF EXISTS $name WITH (FORCE)" > /dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
run() {
    set +e
    printf '%s\n' "${password:-unused}" | "$lotsen" "$@" --lang en > "$dir/out.txt" 2> "$dir/err.txt"
    rc=$?
    set -e
}

db="$dir/demo.lotsen"
"$lotsen" demo --database "$db" > /dev/null
# One access-log entry: an administrator's backup.
password=demo-administratör run backup --database "$db" --to "$dir/backups" --user demo
[ "$rc" = 0 ] || fail "backup: $(cat "$dir/err.txt")"
entries=$(sqlite3 "$db" "SELECT count(*) FROM access_log")
[ "$entries" -ge 1 ] || fail "the demo should have an access-log entry"
before=$(sha256sum < "$db")

sql postgres "CREATE DATABASE $name" > /dev/null
url="postgresql://lotsen_super@:$port/$name?host=$host"
run migrate --from "$db" --to "$url"
[ "$rc" = 0 ] || fail "migrate should exit 0, got $rc: $(cat "$dir/err.txt")"
grep -q "^access log chain verified ($entries entries)$" "$dir/out.txt" || fail "stdout: $(cat "$dir/out.txt")"
for table in youth contact access_log consent municipality_use setting; do
    count=$(sqlite3 "$db" "SELECT count(*) FROM $table")
    grep -qE "^$table +: $count$" "$dir/out.txt" || fail "the count of $table ($count): $(cat "$dir/out.txt")"
    [ "$(sql "$name" "SELECT count(*) FROM $table")" = "$count" ] || fail "the server's $table should have $count rows"
done
grep -qE '^Moved [0-9]+ rows to .* in [0-9.]+ s \([0-9]+ rows/s\)\.$' "$dir/out.txt" || fail "stdout: $(cat "$dir/out.txt")"
if grep -qE '[0-9]{8}-?[0-9]{4}' "$dir/out.txt" "$dir/err.txt"; then fail "a personal number was printed"; fi
[ "$(sha256sum < "$db")" = "$before" ] || fail "the file was changed"
[ "$(sql "$name" "SELECT count(*) FROM youth_search")" = "$(sqlite3 "$db" "SELECT count(*) FROM youth")" ] \
    || fail "the search index should have every youth"

# Again into the same database: refused, nothing changed.
youths=$(sql "$name" "SELECT count(*) FROM youth")
run migrate --from "$db" --to "$url"
[ "$rc" = 1 ] || fail "a second move should exit 1, got $rc"
grep -q 'is not empty' "$dir/err.txt" || fail "stderr: $(cat "$dir/err.txt")"
[ "$(sql "$name" "SELECT count(*) FROM youth")" = "$youths" ] || fail "the refused move changed the database"

# A file that is not Lotsen's, a missing one, a server that does not answer.
echo "not a database" > "$dir/foreign.lotsen"
run migrate --from "$dir/foreign.lotsen" --to "$url"
[ "$rc" = 1 ] || fail "a foreign file should exit 1, got $rc"
[ -s "$dir/err.txt" ] || fail "a foreign file should be named on stderr"
run migrate --from "$dir/missing.lotsen" --to "$url"
[ "$rc" = 1 ] || fail "a missing file should exit 1, got $rc"
run migrate --from "$db" --to "postgresql://lotsen_super@:1/$name?host=$dir"
[ "$rc" = 1 ] || fail "an unreachable server should exit 1, got $rc"
grep -q 'does not answer' "$dir/err.txt" || fail "stderr: $(cat "$dir/err.txt")"
[ "$(sha256sum < "$db")" = "$before" ] || fail "the file was changed"

# Usage errors.
run migrate --from "$db"
[ "$rc" = 2 ] || fail "migrate without --to should exit 2, got $rc"
echo "cli_migrate: ok"
