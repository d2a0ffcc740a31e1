#!/usr/bin/env bash
# "lotsen demo --database FILE" writes a demo database, refuses to overwrite it, and replaces it with --force.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.lotsen"

"$lotsen" demo --database "$db" > "$dir/out.txt"
test -s "$db" || { echo "no database written"; exit 1; }
count=$(sqlite3 "$db" "SELECT count(*) FROM youth")
[ "$count" -ge 50 ] && [ "$count" -le 70 ] || { echo "expected about 60 youths, got $count"; exit 1; }
[ "$(sqlite3 "$db" "PRAGMA journal_mode")" = "wal" ] || { echo "not WAL"; exit 1; }

# Every personal number is one of Skatteverket's test numbers: born 2000-2009, serial 238 or 239.
bad=$(sqlite3 "$db" "SELECT count(*) FROM youth WHERE personal_number IS NOT NULL AND NOT (substr(personal_number,1,3) = '200' AND substr(personal_number,9,3) IN ('238','239'))")
[ "$bad" = "0" ] || { echo "$bad personal numbers are not test numbers"; exit 1; }

# No personal data on stdout.
if grep -E '[0-9]{8}-?[0-9]{4}' "$dir/out.txt"; then echo "personal number printed"; exit 1; fi

sqlite3 "$db" "UPDATE youth SET note = 'marker' WHERE id = 1"
if "$lotsen" demo --database "$db" 2> "$dir/err.txt"; then
    echo "overwrote an existing file without --force"; exit 1
fi
grep -q -- '--force' "$dir/err.txt" || { echo "refusal does not mention --force"; cat "$dir/err.txt"; exit 1; }
[ "$(sqlite3 "$db" "SELECT note FROM youth WHERE id = 1")" = "marker" ] || { echo "file changed by refused run"; exit 1; }

"$lotsen" demo --database "$db" --force > /dev/null
[ "$(sqlite3 "$db" "SELECT note FROM youth WHERE id = 1")" != "marker" ] || { echo "--force did not recreate"; exit 1; }

# Usage errors exit with 2.
set +e
"$lotsen" demo > /dev/null 2>&1; rc=$?
set -e
[ "$rc" = "2" ] || { echo "demo without --database should exit 2, got $rc"; exit 1; }
echo "cli demo: ok"
