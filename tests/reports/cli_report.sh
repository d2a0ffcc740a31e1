#!/usr/bin/env bash
# "lotsen report": last month's reports as PDF (pdftotext), XLSX (openpyxl) and CSV on a demo database; masking and
# --no-mask; the participant list (XLSX/CSV only, in the access log); usage errors exit 2; a mentor is refused;
# only file names and counts on the terminal.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.lotsen"
"$lotsen" demo --database "$db" > /dev/null
# In the sanitizer build, LeakSanitizer's own tracer crashes (signal 11 in its stop-the-world) at the exit of a
# `lotsen report` run under ctest, not in Lotsen's code; the same report code runs leak-checked in
# tst_reportdocument and tst_gui_reports. AddressSanitizer and UBSan stay on here.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
fi
# The system Python has openpyxl; a pyenv shim first in PATH may not.
python=/usr/bin/python3

fail() { echo "FAIL: $*"; exit 1; }
# Runs lotsen report (English) and keeps the exit code, stdout and stderr. The demo database has staff accounts, so
# the command logs in: as $user (default: the demo administrator) with $password on standard input.
run() {
    set +e
    printf '%s\n' "${password:-demo-administratör}" \
        | "$lotsen" report --lang en --database "$db" --user "${user:-demo}" "$@" > "$dir/out.txt" 2> "$dir/err.txt"
    rc=$?
    set -e
}
# Only "Wrote FILE (…)." on stdout: no figures, no names, no personal numbers.
wrote_only() {
    [ "$(wc -l < "$dir/out.txt")" = 1 ] || fail "stdout should be one line: $(cat "$dir/out.txt")"
    grep -qE "^Wrote $1 \(.*\)\.$" "$dir/out.txt" || fail "stdout: $(cat "$dir/out.txt")"
    if grep -qE '[0-9]{6,8}-?[0-9]{4}' "$dir/out.txt" "$dir/err.txt"; then fail "a personal number was printed"; fi
}

[ "$(sqlite3 "$db" "SELECT count(*) FROM account")" -gt 1 ] || fail "the demo database should have staff accounts"
# Last month, whole: the demo's dates are relative to today.
month=$(date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
from="$month-01"
to=$(date -d "$from +1 month -1 day" +%F)
period=(--from "$from" --to "$to")

# PDF: every report's title, as many pages as reported.
run "${period[@]}" --format pdf --out "$dir/r.pdf"
[ "$rc" = 0 ] || fail "pdf should exit 0, got $rc: $(cat "$dir/err.txt")"
wrote_only "$dir/r.pdf"
grep -q '10 report' "$dir/out.txt" || fail "pdf: the ten reports: $(cat "$dir/out.txt")"
pdftotext "$dir/r.pdf" "$dir/r.txt"
for title in "Participants" "Situation at entry" "Exits and results" "Follow-ups" "Time in the programme" \
    "No one lost" "Activity" "Interventions and referrals" "Outreach" "Municipal activity responsibility (KAA)"; do
    grep -qF "$title" "$dir/r.txt" || fail "pdf: report title missing: $title"
done
grep -qF "$(LC_ALL=C date -d "$from" '+%B %Y')" "$dir/r.txt" || fail "pdf: the month is not named"
grep -qF 'Counts of 1–4 are shown as <5' "$dir/r.txt" || fail "pdf: masking not stated"
pages=$(pdfinfo "$dir/r.pdf" | awk '/^Pages:/ { print $2 }')
grep -q "$pages page" "$dir/out.txt" || fail "pdf has $pages pages: $(cat "$dir/out.txt")"

# XLSX: one sheet per table written, the figures as numbers.
run "${period[@]}" --format XLSX --out "$dir/r.xlsx"
[ "$rc" = 0 ] || fail "xlsx should exit 0, got $rc: $(cat "$dir/err.txt")"
wrote_only "$dir/r.xlsx"
# "22 tables" once the English plural forms have the message, "22 table(s)" before.
tables=$(sed -nE 's/.* ([0-9]+) table(s|\(s\))?\)\.$/\1/p' "$dir/out.txt")
[ -n "$tables" ] && [ "$tables" -gt 10 ] || fail "xlsx: table count: $(cat "$dir/out.txt")"
"$python" - "$dir/r.xlsx" "$tables" << 'EOF' || fail "xlsx check"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert len(book.sheetnames) == int(sys.argv[2]), (book.sheetnames, sys.argv[2])
numbers = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row
           if isinstance(v, (int, float)) and not isinstance(v, bool)]
assert len(numbers) > 50 and sum(numbers) > 0, len(numbers)
texts = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
assert "<5" in texts, "no masked counts"
assert any("Participants" in t for t in texts)
EOF

# CSV: UTF-8 with BOM, ';' as Excel in Sweden reads it, small counts masked.
run "${period[@]}" --format csv --out "$dir/r.csv"
[ "$rc" = 0 ] || fail "csv should exit 0, got $rc: $(cat "$dir/err.txt")"
wrote_only "$dir/r.csv"
[ "$(head -c 3 "$dir/r.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "csv: no UTF-8 BOM"
grep -q '^Figure;Total;Woman;Man;' "$dir/r.csv" || fail "csv: no ';'-separated participants table"
grep -qF ';<5' "$dir/r.csv" || fail "csv: small counts are not masked"
# --no-mask: exact counts, and the same tables.
run "${period[@]}" --format csv --no-mask --out "$dir/exact.csv"
[ "$rc" = 0 ] || fail "csv --no-mask should exit 0, got $rc: $(cat "$dir/err.txt")"
if grep -qF '<5' "$dir/exact.csv"; then fail "csv --no-mask: masked counts"; fi
if grep -qF 'Counts of 1–4' "$dir/exact.csv"; then fail "csv --no-mask: says the counts are masked"; fi
[ "$(grep -c ';' "$dir/exact.csv")" = "$(grep -v 'Counts of 1–4' "$dir/r.csv" | grep -c ';')" ] \
    || fail "--no-mask changed the tables"

# The participant list: XLSX or CSV, personal data in the file only, its entry in the access log.
before=$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'export_participant_list'")
run "${period[@]}" --format csv --participants --out "$dir/p.csv"
[ "$rc" = 0 ] || fail "participant list should exit 0, got $rc: $(cat "$dir/err.txt")"
wrote_only "$dir/p.csv"
grep -qE '^20[0-9]{6}-[0-9]{4};' "$dir/p.csv" || fail "participant list: no personal numbers in the file"
[ "$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'export_participant_list'
    AND detail LIKE 'participant_list_command_line:%:csv'")" = "$((before + 1))" ] \
    || fail "participant list not in the access log"
[ "$(stat -c %a "$dir/p.csv")" = 600 ] || fail "participant list is not owner-only"

# Usage errors exit with 2 and write nothing.
expect_usage() {
    local what=$1 message=$2
    shift 2
    run "$@"
    [ "$rc" = 2 ] || fail "$what should exit 2, got $rc"
    grep -qF -- "$message" "$dir/err.txt" || fail "$what: $(cat "$dir/err.txt")"
}
expect_usage "missing --to" "--to" --from "$from" --format pdf --out "$dir/bad.pdf"
expect_usage "from after to" "--from must not be after --to" --from "$to" --to "$from" --format pdf --out "$dir/bad.pdf"
expect_usage "no such day" "YYYY-MM-DD" --from 2025-02-30 --to 2025-03-31 --format pdf --out "$dir/bad.pdf"
expect_usage "--format doc" "pdf, xlsx or csv" "${period[@]}" --format doc --out "$dir/bad.pdf"
expect_usage "missing --format" "--format" "${period[@]}" --out "$dir/bad.pdf"
expect_usage "missing --out" "--out" "${period[@]}" --format pdf
expect_usage "participant list as PDF" "XLSX or CSV" "${period[@]}" --format pdf --participants --out "$dir/bad.pdf"
set +e
"$lotsen" report --lang en "${period[@]}" --format pdf --out "$dir/bad.pdf" > /dev/null 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 2 ] || fail "missing --database should exit 2, got $rc"
grep -qF -- '--database' "$dir/err.txt" || fail "missing --database: $(cat "$dir/err.txt")"
[ ! -e "$dir/bad.pdf" ] || fail "a usage error wrote a file"

# A database with accounts needs --user; a wrong password and a missing database exit 1.
set +e
"$lotsen" report --lang en --database "$db" "${period[@]}" --format pdf --out "$dir/anon.pdf" < /dev/null \
    > /dev/null 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 1 ] || fail "no --user should exit 1, got $rc"
grep -qF -- '--user' "$dir/err.txt" || fail "no --user: $(cat "$dir/err.txt")"
password=wrong run "${period[@]}" --format csv --out "$dir/wrong.csv"
[ "$rc" = 1 ] || fail "a wrong password should exit 1, got $rc"
set +e
"$lotsen" report --lang en --database "$dir/nothere.lotsen" "${period[@]}" --format csv --out "$dir/x.csv" \
    > /dev/null 2>&1
rc=$?
set -e
[ "$rc" = 1 ] || fail "a missing database should exit 1, got $rc"
[ ! -e "$dir/nothere.lotsen" ] || fail "a missing database was created"
[ ! -e "$dir/anon.pdf" ] && [ ! -e "$dir/wrong.csv" ] && [ ! -e "$dir/x.csv" ] || fail "a refused run wrote a file"

# A mentor may not view reports: the data layer's refusal, exit 1, no file; nor the participant list.
user=daniel password='mötesplats-demo' run "${period[@]}" --format pdf --out "$dir/mentor.pdf"
[ "$rc" = 1 ] || fail "a mentor's report should exit 1, got $rc"
grep -qx 'Reports are for coordinators and administrators.' "$dir/err.txt" || fail "mentor: $(cat "$dir/err.txt")"
[ ! -s "$dir/out.txt" ] || fail "mentor: stdout: $(cat "$dir/out.txt")"
user=daniel password='mötesplats-demo' run "${period[@]}" --format csv --participants --out "$dir/mentor.csv"
[ "$rc" = 1 ] || fail "a mentor's participant list should exit 1, got $rc"
grep -qx 'Reports are for coordinators and administrators.' "$dir/err.txt" || fail "mentor list: $(cat "$dir/err.txt")"
[ ! -e "$dir/mentor.pdf" ] && [ ! -e "$dir/mentor.csv" ] || fail "a mentor's run wrote a file"

# Without staff accounts (the demo's removed behind Lotsen's back, which the schema otherwise forbids): the reports
# are written from a read-only open; the participant list is refused, as there is no one to log it for.
noaccounts="$dir/noaccounts.lotsen"
cp "$db" "$noaccounts"
sqlite3 "$noaccounts" "PRAGMA foreign_keys = OFF; DROP TRIGGER account_no_delete; DELETE FROM account_preference;
    DELETE FROM account;"
set +e
"$lotsen" report --lang en --database "$noaccounts" "${period[@]}" --format xlsx --out "$dir/n.xlsx" \
    > "$dir/out.txt" 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 0 ] || fail "no accounts: should exit 0, got $rc: $(cat "$dir/err.txt")"
wrote_only "$dir/n.xlsx"
set +e
"$lotsen" report --lang en --database "$noaccounts" "${period[@]}" --format xlsx --participants --out "$dir/n-p.xlsx" \
    > /dev/null 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 1 ] || fail "no accounts: the participant list should exit 1, got $rc"
grep -q 'staff accounts' "$dir/err.txt" || fail "no accounts, participant list: $(cat "$dir/err.txt")"
[ ! -e "$dir/n-p.xlsx" ] || fail "no accounts: a participant list was written"

echo "cli report: ok"
