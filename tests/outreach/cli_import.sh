#!/usr/bin/env bash
# "lotsen import": exit codes, messages, dry run, duplicates, encodings and a truncated file, on a demo database.
# Only Skatteverket test numbers (born 2000-2009, serial 238/239) appear in the CSV files.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.lotsen"
"$lotsen" demo --database "$db" > /dev/null

fail() { echo "FAIL: $*"; exit 1; }
count() { sqlite3 "$db" "SELECT count(*) FROM youth"; }
# Runs lotsen import (English messages) and keeps the exit code, stdout and stderr. The demo database has staff
# accounts, so the import logs in: as $user (default: the demo administrator) with $password on standard input.
run() {
    set +e
    printf '%s\n' "${password:-demo-administratör}" \
        | "$lotsen" import --lang en --database "$db" --user "${user:-demo}" "$@" > "$dir/out.txt" 2> "$dir/err.txt"
    rc=$?
    set -e
}

# The Luhn check digit over YYMMDDNNN.
luhn() {
    local s=$1 sum=0 i d
    for ((i = 0; i < 9; i++)); do
        d=${s:i:1}
        if ((i % 2 == 0)); then d=$((d * 2)); ((d > 9)) && d=$((d - 9)); fi
        sum=$((sum + d))
    done
    echo $(((10 - sum % 10) % 10))
}
# Test numbers (YYYYMMDD-NNNC) that the demo database does not have, born in March 2004.
free=()
for day in $(seq 1 28); do
    for serial in 238 239; do
        printf -v nine '0403%02d%s' "$day" "$serial"
        twelve="200403$(printf '%02d' "$day")${serial}$(luhn "$nine")"
        if [ "$(sqlite3 "$db" "SELECT count(*) FROM youth WHERE personal_number = '$twelve'")" = 0 ]; then
            free+=("${twelve:0:8}-${twelve:8:4}")
        fi
    done
done
[ "${#free[@]}" -ge 6 ] || fail "not enough free test numbers"

registered=$(sqlite3 "$db" "SELECT personal_number FROM youth WHERE personal_number IS NOT NULL LIMIT 1")
n1=${free[0]}; n2=${free[1]}; n3=${free[2]}
bad="${n3:0:12}$(( (${n3:12:1} + 1) % 10 ))"
before=$(count)

# Windows-1252 with ';', as Excel writes it in Sweden. Row numbers: the header is row 1.
printf '%s\r\n' "Förnamn;Efternamn;Personnummer;Telefon;Kommun;Skola" \
    "Åsa;Öberg;$n1;070-111 11 11;Malmö;X" \
    "Björn;Ängström;${n2:2};;Lund;" \
    "Redan;Registrerad;$registered;;;" \
    "Cecilia;Felnummer;$bad;;;" \
    "Utan;;$n3;;;" \
    "\"Dag Erik\";\"Lind, med komma\";;;Ystad;" | iconv -f UTF-8 -t WINDOWS-1252 > "$dir/kaa.csv"

# Usage errors exit with 2.
run "$dir/kaa.csv"
[ "$rc" = 2 ] || fail "import without --source should exit 2, got $rc"
grep -q -- '--source' "$dir/err.txt" || fail "usage error does not mention --source"
run --source nowhere "$dir/kaa.csv"
[ "$rc" = 2 ] || fail "unknown source should exit 2, got $rc"
grep -q 'kaa' "$dir/err.txt" || fail "unknown source does not list the codes"

# A file or database that cannot be read exits with 1.
run --source KAA "$dir/missing.csv"
[ "$rc" = 1 ] || fail "missing CSV should exit 1, got $rc"
grep -q 'cannot be read' "$dir/err.txt" || fail "missing CSV: $(cat "$dir/err.txt")"
set +e
"$lotsen" import --lang en --database "$dir/nothere.lotsen" --source KAA "$dir/kaa.csv" > /dev/null 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 1 ] || fail "missing database should exit 1, got $rc"
[ ! -e "$dir/nothere.lotsen" ] || fail "a missing database was created"

# A dry run reports what would happen and writes nothing.
run --source KAA --dry-run "$dir/kaa.csv"
[ "$rc" = 0 ] || fail "dry run should exit 0, got $rc: $(cat "$dir/err.txt")"
grep -qx 'Dry run: 6 rows read: 3 would be imported, 1 already registered, 2 rejected. Nothing was written.' "$dir/out.txt" \
    || fail "dry run summary: $(cat "$dir/out.txt")"
[ "$(count)" = "$before" ] || fail "dry run wrote to the database"

# The real import: one line per rejected row, the summary, the right rows as KAA prospects.
run --source KAA "$dir/kaa.csv"
[ "$rc" = 0 ] || fail "import should exit 0, got $rc: $(cat "$dir/err.txt")"
grep -q '^row 5: The last digit (check digit) is wrong' "$dir/out.txt" || fail "row 5 not reported: $(cat "$dir/out.txt")"
grep -q '^row 6: The last name is missing.' "$dir/out.txt" || fail "row 6 not reported: $(cat "$dir/out.txt")"
[ "$(grep -c '^row ' "$dir/out.txt")" = 2 ] || fail "expected two rejected rows: $(cat "$dir/out.txt")"
grep -qx '6 rows read: 3 imported, 1 already registered, 2 rejected' "$dir/out.txt" || fail "summary: $(cat "$dir/out.txt")"
grep -q 'Column "Skola" is not imported.' "$dir/err.txt" || fail "ignored column not mentioned"
[ "$(count)" = "$((before + 3))" ] || fail "expected 3 new youths"
[ "$(sqlite3 "$db" "SELECT first_name || ' ' || last_name || '|' || status || '|' || referral_source || '|' || municipality FROM youth WHERE personal_number = '${n1/-/}'")" \
    = "Åsa Öberg|prospect|kaa|Malmö" ] || fail "Åsa was not imported correctly (Windows-1252)"
[ "$(sqlite3 "$db" "SELECT count(*) FROM youth WHERE personal_number = '${n2/-/}' AND last_name = 'Ängström'")" = 1 ] \
    || fail "10-digit number not imported"
[ "$(sqlite3 "$db" "SELECT last_name FROM youth WHERE first_name = 'Dag Erik'")" = "Lind, med komma" ] \
    || fail "quoted field with the separator"
[ "$(sqlite3 "$db" "SELECT count(*) FROM youth_event e JOIN youth y ON y.id = e.youth_id WHERE e.kind = 'created' AND y.referral_source = 'kaa' AND y.created_at >= (SELECT max(created_at) FROM youth) ")" -ge 3 ] \
    || fail "no 'created' events"

# No personal data on the terminal: no names, no personal numbers.
for text in Åsa Öberg Björn Cecilia Felnummer Registrerad "${n1:0:8}" "${bad:0:8}" "${registered:2:6}"; do
    if grep -q -- "$text" "$dir/out.txt" "$dir/err.txt"; then fail "personal data printed: $text"; fi
done

# The same file again: nothing new, so exit 1.
run --source kaa "$dir/kaa.csv"
[ "$rc" = 1 ] || fail "re-import with nothing new should exit 1, got $rc"
grep -qx '6 rows read: 0 imported, 4 already registered, 2 rejected' "$dir/out.txt" || fail "re-import summary: $(cat "$dir/out.txt")"
[ "$(count)" = "$((before + 3))" ] || fail "re-import wrote"

# UTF-8 with BOM, ',' and English headers with one name column; another source code in upper case.
n4=${free[3]}
printf '\xEF\xBB\xBFName,Personal number,Email\n"Eva Maria Sund",%s,eva@example.se\n\nOla Ek,,not-an-address\n' "$n4" \
    > "$dir/school.csv"
run --source SCHOOL "$dir/school.csv"
[ "$rc" = 0 ] || fail "comma file should import, got $rc: $(cat "$dir/err.txt")"
grep -qx '2 rows read: 1 imported, 0 already registered, 1 rejected' "$dir/out.txt" || fail "comma summary: $(cat "$dir/out.txt")"
grep -q '^row 4: The e-mail address' "$dir/out.txt" || fail "row 4 (after an empty line) not reported"
[ "$(sqlite3 "$db" "SELECT first_name || '|' || last_name || '|' || referral_source FROM youth WHERE personal_number = '${n4/-/}'")" \
    = "Eva Maria|Sund|school" ] || fail "one name column not split"

# A truncated file (ends inside quotes) imports nothing at all, not even its good rows.
n5=${free[4]}
printf 'förnamn;efternamn;personnummer;adress\nNy;Person;%s;Gatan 1\nKlipp;Av;;"Gatan 2\n' "$n5" > "$dir/cut.csv"
before=$(count)
run --source KAA "$dir/cut.csv"
[ "$rc" = 1 ] || fail "truncated file should exit 1, got $rc"
grep -q 'cut off' "$dir/err.txt" || fail "truncated file message: $(cat "$dir/err.txt")"
[ "$(count)" = "$before" ] || fail "truncated file imported rows"

# A file without name columns cannot be imported.
printf 'telefon;kommun\n070-1;Lund\n' > "$dir/nonames.csv"
run --source KAA "$dir/nonames.csv"
[ "$rc" = 1 ] || fail "file without names should exit 1, got $rc"
grep -q 'first and last name' "$dir/err.txt" || fail "no-names message: $(cat "$dir/err.txt")"

# Staff accounts: a mentor may not import (the data layer refuses), and an import is in the access log.
n6=${free[5]}
printf 'förnamn;efternamn;personnummer\nMentor;Import;%s\n' "$n6" > "$dir/mentor.csv"
before=$(count)
user=daniel password='mötesplats-demo' run --source KAA "$dir/mentor.csv"
[ "$rc" = 1 ] || fail "a mentor's import should exit 1, got $rc"
grep -q 'does not allow' "$dir/err.txt" || fail "mentor import message: $(cat "$dir/err.txt")"
[ "$(count)" = "$before" ] || fail "a mentor imported rows"
[ "$(sqlite3 "$db" "SELECT count(*) FROM access_log WHERE action = 'import_youths'")" -ge 1 ] \
    || fail "the imports are not in the access log"

# Text from the file reaches the terminal escaped (issue 13 §3): an escape sequence in a header cell is shown as
# \u001b, never sent raw.
printf 'förnamn;efternamn;Skola\033[31m\007\nEsc;Ape;x\n' > "$dir/escape.csv"
run --dry-run --source KAA "$dir/escape.csv"
grep -qF 'Skola\u001b[31m\u0007' "$dir/err.txt" || fail "header cell not escaped: $(cat -v "$dir/err.txt")"
if grep -q $'\033' "$dir/out.txt" "$dir/err.txt"; then fail "a raw escape reached the terminal"; fi

# A personal number typed on the command line is not echoed back.
set +e
printf '%s\n' 'demo-administratör' | "$lotsen" export-plan --lang en --database "$db" --user demo \
    --youth 20091231-2394 --pdf "$dir/none.pdf" > "$dir/out.txt" 2> "$dir/err.txt"
rc=$?
set -e
[ "$rc" = 1 ] || fail "an unknown youth should exit 1, got $rc"
grep -q 'No youth with that number' "$dir/err.txt" || fail "unknown youth message: $(cat "$dir/err.txt")"
if grep -q '2394' "$dir/out.txt" "$dir/err.txt"; then fail "the personal number was echoed"; fi

echo "cli import: ok"
