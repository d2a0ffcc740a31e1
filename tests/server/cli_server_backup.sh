#!/usr/bin/env bash
# "lotsen backup --database postgresql://… --to DIR": a demo register moved to the test server (lotsen migrate), backed
# up by an administrator with pg_dump: one <db>-YYYY-MM-DD-HHMMSS.dump, owner-only (0600), no temporary file left,
# pg_restore --list shows the access log, the backup's access-log entry is on the server, and the dump restores into
# a new database with the same youths. Refused (exit 1, no dump) without --user, with a wrong password, and when the
# server does not answer.
set -euo pipefail
lotsen=$1
state=$2
host=$(sed -n 's/^host=\([^ ]*\).*/\1/p' "$state")
port=$(sed -n 's/.* port=\([0-9]*\).*/\1/p' "$state")
[ -n "$host" ] && [ -n "$port" ] || { echo "FAIL: the test server's state file $state is unreadable"; exit 1; }
name="lt_cli_backup_$$"
restored="lt_cli_backup_restored_$$"
dir=$(mktemp -d)
sql() { LC_ALL=C LANG=C psql -X -q -t -A -h "$host" -p "$port" -U lotsen_super -d "$1" -c "$2"; }
cleanup() {
    sql postgres "DROP DATABASE IF EXISTS $name WITH (FORCE)" > /dev/null 2>&1 || true
    sql postgres "DROP DATABASE IF EXISTS $restored WITH (FORCE)" > /dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
# Standard input: the server's password (unused: the test server trusts), then the account's.
run() {
    set +e
    printf '%s\n%s\n' unused "${password:-unused}" | "$lotsen" "$@" --lang en > "$dir/out.txt" 2> "$dir/err.txt"
    rc=$?
    set -e
}
pg_restore=$(command -v pg_restore || ls /usr/lib/postgresql/*/bin/pg_restore 2> /dev/null | sort -V | tail -n 1)
[ -x "$pg_restore" ] || fail "pg_restore is not installed"

db="$dir/demo.lotsen"
"$lotsen" demo --database "$db" > /dev/null
sql postgres "CREATE DATABASE $name" > /dev/null
url="postgresql://lotsen_super@:$port/$name?host=$host"
set +e
"$lotsen" migrate --from "$db" --to "$url" --lang en < /dev/null > "$dir/out.txt" 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 0 ] || fail "migrate: $(cat "$dir/err.txt")"
youths=$(sql "$name" "SELECT count(*) FROM youth")
[ "$youths" -gt 0 ] || fail "the demo should have youths on the server"
entries=$(sql "$name" "SELECT count(*) FROM access_log")

# The demo has accounts: without --user, or with a wrong password, nothing is written.
run backup --database "$url" --to "$dir/backups"
[ "$rc" = 1 ] || fail "a backup without --user should exit 1, got $rc"
grep -q 'staff accounts' "$dir/err.txt" || fail "stderr: $(cat "$dir/err.txt")"
password=wrong run backup --database "$url" --to "$dir/backups" --user demo
[ "$rc" = 1 ] || fail "a wrong password should exit 1, got $rc"
[ -z "$(ls -A "$dir/backups" 2> /dev/null)" ] || fail "a refused backup left files: $(ls -A "$dir/backups")"

password=demo-administratör run backup --database "$url" --to "$dir/backups" --user demo
[ "$rc" = 0 ] || fail "backup should exit 0, got $rc: $(cat "$dir/err.txt")"
dumps=("$dir"/backups/*)
[ "${#dumps[@]}" = 1 ] || fail "one file expected in the folder, found: $(ls -A "$dir/backups")"
dump=${dumps[0]}
[[ "$(basename "$dump")" =~ ^${name}-[0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9]{6}\.dump$ ]] || fail "the dump's name: $dump"
[ -z "$(ls -A "$dir/backups" | grep -v '\.dump$' || true)" ] || fail "a temporary file was left"
[ "$(stat -c %a "$dump")" = 600 ] || fail "the dump should be 0600, is $(stat -c %a "$dump")"
grep -qE "^Wrote .*$(basename "$dump") .*checked with pg_restore --list" "$dir/out.txt" || fail "stdout: $(cat "$dir/out.txt")"
if grep -qE '[0-9]{8}-?[0-9]{4}' "$dir/out.txt" "$dir/err.txt"; then fail "a personal number was printed"; fi
"$pg_restore" --list "$dump" > "$dir/toc.txt" || fail "pg_restore --list failed"
grep -qE ' TABLE DATA [^ ]+ access_log ' "$dir/toc.txt" || fail "pg_restore --list shows no access_log"
[ "$(sql "$name" "SELECT count(*) FROM access_log")" -gt "$entries" ] || fail "the backup was not logged on the server"

# The dump restores into a new database with the same youths.
sql postgres "CREATE DATABASE $restored" > /dev/null
"$pg_restore" --no-owner -h "$host" -p "$port" -U lotsen_super -d "$restored" "$dump" 2> "$dir/restore.txt" \
    || fail "pg_restore: $(tail -n 5 "$dir/restore.txt")"
[ "$(sql "$restored" "SELECT count(*) FROM youth")" = "$youths" ] || fail "the restored database should have $youths youths"

# A server that does not answer: exit 1, nothing written.
password=demo-administratör run backup --database "postgresql://lotsen_super@:1/$name?host=$dir" --to "$dir/none" --user demo
[ "$rc" = 1 ] || fail "an unreachable server should exit 1, got $rc"
[ ! -e "$dir/none" ] || [ -z "$(ls -A "$dir/none")" ] || fail "an unreachable server left files"
echo "cli_server_backup: ok"
