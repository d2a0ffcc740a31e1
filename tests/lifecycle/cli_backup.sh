#!/usr/bin/env bash
# "lotsen backup" and "lotsen verify-backup" for a scheduled task: an administrator's verified, owner-only backup
# with its sidecar and its access-log entry; a mentor refused; verify-backup exits 0 only for a sound backup
# (damaged, foreign, missing: 1); usage errors exit 2; no personal data on the terminal.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.lotsen"
"$lotsen" demo --database "$db" > /dev/null
fail() { echo "FAIL: $*"; exit 1; }
run() {
    set +e
    printf '%s\n' "${password:-demo-administratör}" | "$lotsen" "$@" --lang en > "$dir/out.txt" 2> "$dir/err.txt"
    rc=$?
    set -e
}
no_personal_numbers() {
    if grep -qE '[0-9]{8}-?[0-9]{4}' "$dir/out.txt" "$dir/err.txt"; then fail "a personal number was printed"; fi
}

run backup --database "$db" --to "$dir/backups" --user demo
[ "$rc" = 0 ] || fail "backup should exit 0, got $rc: $(cat "$dir/err.txt")"
no_personal_numbers
grep -q '^Wrote .*demo-auto-.*\.lotsen (.* youths; contacts: [0-9]*; access-log entries: [0-9]*), verified\.$' "$dir/out.txt" \
    || fail "stdout: $(cat "$dir/out.txt")"
backup=$(ls "$dir"/backups/demo-auto-*.lotsen)
[ "$(stat -c %a "$backup")" = 600 ] || fail "the backup should be owner-only"
[ -f "$backup.json" ] || fail "the sidecar is missing"
[ -z "$(ls -A "$dir/backups" | grep partial || true)" ] || fail "a temporary file was left"
[ "$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'backup_database' AND detail = 'backup_command_line'")" = 1 ] \
    || fail "the backup should be in the access log"
[ "$(sqlite3 "$backup" "SELECT count(*) FROM youth")" = "$(sqlite3 "$db" "SELECT count(*) FROM youth")" ] \
    || fail "the backup should have every youth"

run verify-backup "$backup"
[ "$rc" = 0 ] || fail "verify-backup of a sound backup should exit 0, got $rc: $(cat "$dir/err.txt")"
grep -q 'sound (schema' "$dir/out.txt" || fail "stdout: $(cat "$dir/out.txt")"

cp "$backup" "$dir/damaged.lotsen"
printf 'this page is damaged this page is damaged' | dd of="$dir/damaged.lotsen" bs=1 seek=8192 conv=notrunc 2> /dev/null
run verify-backup "$dir/damaged.lotsen"
[ "$rc" = 1 ] || fail "a damaged backup should exit 1, got $rc"
grep -q 'not sound' "$dir/err.txt" || fail "stderr: $(cat "$dir/err.txt")"
echo "not a database" > "$dir/foreign.lotsen"
run verify-backup "$dir/foreign.lotsen"
[ "$rc" = 1 ] || fail "a foreign file should exit 1, got $rc"
run verify-backup "$dir/missing.lotsen"
[ "$rc" = 1 ] || fail "a missing file should exit 1, got $rc"
# The sidecar's counts must match: a backup that lost rows is not sound.
cp "$backup" "$dir/fewer.lotsen"
sed 's/"youth": [0-9]*/"youth": 99999/' "$backup.json" > "$dir/fewer.lotsen.json"
run verify-backup "$dir/fewer.lotsen"
[ "$rc" = 1 ] || fail "counts that differ from the sidecar should exit 1, got $rc"

# A mentor may not back up, and nothing is written.
password=mötesplats-demo run backup --database "$db" --to "$dir/mentor" --user daniel
[ "$rc" = 1 ] || fail "a mentor should be refused with 1, got $rc"
[ ! -e "$dir/mentor" ] || [ -z "$(ls -A "$dir/mentor")" ] || fail "the mentor's backup was written"

# Usage errors.
run backup --database "$db"
[ "$rc" = 2 ] || fail "backup without --to should exit 2, got $rc"
run verify-backup
[ "$rc" = 2 ] || fail "verify-backup without a file should exit 2, got $rc"
echo "cli_backup: ok"
