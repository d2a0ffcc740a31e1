#!/usr/bin/env bash
# "lotsen export-plan" writes a youth's action plan as an A4 PDF, in Swedish unless --lang says otherwise.
# Checked on a demo database with poppler's pdftotext, pdfinfo and pdffonts: headings, name, steps and signature
# lines; page numbers of a 30-step plan that needs several pages, with no step split between pages; embedded
# fonts; å, ä and ö; --version, --blank and --lang; and the errors. Every comparison is on text whose whitespace
# runs are one space, since pdftotext breaks lines where the layout wraps them.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/demo.lotsen"
# The demo database has staff accounts, so export-plan logs in (--user, the password on standard input).
password='demo-administratör'

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
normalise() { tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//'; }
# The same for a string, without starting processes: word splitting with globbing off.
squeeze() {
    local words
    set -f
    # shellcheck disable=SC2206
    words=($1)
    set +f
    printf '%s' "${words[*]}"
}
# The text of a PDF (or of pages FIRST..LAST of it), normalised; the whole text is kept next to the PDF.
text() {
    if [ $# -eq 1 ] && [ -e "$1.txt" ]; then
        cat "$1.txt"
    elif [ $# -eq 1 ]; then
        pdftotext -q -enc UTF-8 "$1" - | normalise | tee "$1.txt"
    else
        pdftotext -q -enc UTF-8 "${@:2}" "$1" - | normalise
    fi
}
sql() { sqlite3 -batch -noheader "$db" "$1"; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
# export NAME ARGS...: runs export-plan into $dir/NAME.pdf, keeps stdout in $dir/NAME.out; fails on an error.
export_plan() {
    local name=$1
    shift
    printf '%s\n' "$password" | "$lotsen" export-plan --database "$db" --user demo "$@" --pdf "$dir/$name.pdf" \
        > "$dir/$name.out" 2> "$dir/$name.err" || fail "export-plan $* failed: $(cat "$dir/$name.err")"
    [ -s "$dir/$name.pdf" ] || fail "export-plan $* wrote no PDF"
}
# contains PDF PHRASE...: every phrase (normalised) occurs in the PDF's text.
contains() {
    local pdf=$1 body phrase
    shift
    body=$(text "$pdf")
    for phrase in "$@"; do
        phrase=$(squeeze "$phrase")
        [[ "$body" == *"$phrase"* ]] || fail "\"$phrase\" is missing in $(basename "$pdf")"
    done
}
lacks() {
    local pdf=$1 body phrase
    shift
    body=$(text "$pdf")
    for phrase in "$@"; do
        phrase=$(squeeze "$phrase")
        [[ "$body" != *"$phrase"* ]] || fail "\"$phrase\" should not be in $(basename "$pdf")"
    done
}

"$lotsen" demo --database "$db" > /dev/null

# ---- A youth with a personal number, a Swedish letter in the name and a revised plan ----
read -r youth number < <(sql "
    SELECT y.id, y.personal_number FROM youth y
    WHERE y.status = 'active' AND y.personal_number IS NOT NULL
      AND (SELECT count(*) FROM action_plan p WHERE p.youth_id = y.id) >= 2
      AND (instr(y.first_name || y.last_name, 'å') OR instr(y.first_name || y.last_name, 'ä')
           OR instr(y.first_name || y.last_name, 'ö') OR instr(y.first_name || y.last_name, 'Å')
           OR instr(y.first_name || y.last_name, 'Ä') OR instr(y.first_name || y.last_name, 'Ö'))
    ORDER BY y.id LIMIT 1" | tr '|' ' ')
[ -n "${youth:-}" ] || fail "the demo has no active youth with a number, å/ä/ö in the name and two plan versions"
name=$(sql "SELECT first_name || ' ' || last_name FROM youth WHERE id = $youth")
mentor=$(sql "SELECT s.name FROM action_plan p JOIN staff s ON s.id = p.staff_id
              WHERE p.youth_id = $youth AND p.frozen_at IS NULL")
current=$(sql "SELECT id FROM action_plan WHERE youth_id = $youth AND frozen_at IS NULL")
first=$(sql "SELECT id FROM action_plan WHERE youth_id = $youth AND version = 1")
displayed="${number:0:8}-${number:8:4}"

export_plan by_id --youth "$youth"
[ "$(pages "$dir/by_id.pdf")" -ge 1 ] || fail "no pages"

# Swedish by default, although the test runs under LANG=en_US.UTF-8: the headings as lotsen_sv.ts has them.
contains "$dir/by_id.pdf" "Handlingsplan" "Mitt mål" "Det här är jag bra på" "Det här behöver jag stöd med" \
    "Det här vill jag" "Mitt mål på längre sikt" "Anteckningar" "Steg" "Underskrifter" \
    "Vad" "Vem" "Från" "Till" "Status" "Sekretess: innehåller personuppgifter" "Sida 1 av"
[[ "$(text "$dir/by_id.pdf")" =~ Utskrivet\ [0-9]{4}-[0-9]{2}-[0-9]{2} ]] || fail "no print date"
lacks "$dir/by_id.pdf" "Action plan" "My goal" "Signatures" "Page 1 of"

# The youth, the mentor, the plan's own words, every step and the signature lines.
contains "$dir/by_id.pdf" "$name" "$displayed" "$mentor" "Mentorn" "Ungdomen"
contains "$dir/by_id.pdf" "$(sql "SELECT my_goal FROM action_plan WHERE id = $current")" \
    "$(sql "SELECT strengths FROM action_plan WHERE id = $current")"
mapfile -t steps < <(sql "SELECT description FROM plan_step WHERE plan_id = $current ORDER BY position")
[ "${#steps[@]}" -ge 2 ] || fail "the current plan has ${#steps[@]} steps"
contains "$dir/by_id.pdf" "${steps[@]}"
contains "$dir/by_id.pdf" "Underskrift" "Namn: $name" "Namn: $mentor" "Datum: ____"
[ "$(text "$dir/by_id.pdf" | grep -o 'Underskrift ' | wc -l)" -ge 2 ] || fail "not two signature lines"

# å, ä and ö come out as themselves: no replacement characters, no ligature glyphs instead of letters.
if text "$dir/by_id.pdf" | grep -q $'\xef\xbf\xbd'; then fail "replacement character in the text"; fi
if text "$dir/by_id.pdf" | grep -q $'\xef\xac[\x80-\x86]'; then fail "ligature glyphs in the text"; fi

# Nothing personal on the terminal: only the file name and the page count.
if grep -q -e "$name" -e "$number" -e "$displayed" "$dir/by_id.out" || grep -Eq '[0-9]{6}-?[0-9]{4}' "$dir/by_id.out"; then
    fail "personal data on stdout: $(cat "$dir/by_id.out")"
fi

# The personal number, in the stored and in the short form, finds the same youth and writes the same text.
export_plan by_number --youth "$number"
export_plan by_short_number --youth "${number:2:6}-${number:8:4}"
[ "$(text "$dir/by_number.pdf")" = "$(text "$dir/by_id.pdf")" ] || fail "--youth $number differs from --youth $youth"
[ "$(text "$dir/by_short_number.pdf")" = "$(text "$dir/by_id.pdf")" ] || fail "the short number differs"
if grep -q -e "$name" -e "$number" -e "$displayed" "$dir/by_number.out"; then fail "personal data on stdout"; fi

# ---- Fonts: all embedded, none of them Type 3 (drawn as paths, so its text could not be extracted) ----
pdffonts "$dir/by_id.pdf" > "$dir/fonts.txt"
[ "$(tail -n +3 "$dir/fonts.txt" | wc -l)" -ge 1 ] || fail "pdffonts lists no fonts"
if grep -q 'Type 3' "$dir/fonts.txt"; then fail "Type 3 font: $(cat "$dir/fonts.txt")"; fi
tail -n +3 "$dir/fonts.txt" | awk '$(NF-4) != "yes" { bad = 1 } END { exit bad }' \
    || fail "a font is not embedded: $(cat "$dir/fonts.txt")"

# ---- An earlier version shows what was agreed then ----
export_plan version1 --youth "$youth" --version 1
contains "$dir/version1.pdf" "Version 1 · $(sql "SELECT plan_date FROM action_plan WHERE id = $first")"
mapfile -t first_steps < <(sql "SELECT description FROM plan_step WHERE plan_id = $first ORDER BY position")
contains "$dir/version1.pdf" "${first_steps[@]}"
mapfile -t later_steps < <(sql "SELECT description FROM plan_step WHERE plan_id = $current
                                AND description NOT IN (SELECT description FROM plan_step WHERE plan_id = $first)")
[ "${#later_steps[@]}" -ge 1 ] || fail "the current version adds no step to version 1"
lacks "$dir/version1.pdf" "${later_steps[@]}"
lacks "$dir/by_id.pdf" "Version 1 ·"

# ---- A blank template: the youth's name, the headings, lines to write on, no steps ----
export_plan blank --youth "$youth" --blank
contains "$dir/blank.pdf" "Handlingsplan" "$name" "Mitt mål" "Underskrifter" "Namn: $name" "Datum: ____"
lacks "$dir/blank.pdf" "${steps[@]}" "Version "

# ---- --lang en gives the English document, so the Swedish checks above are not vacuous ----
export_plan english --youth "$youth" --lang en
contains "$dir/english.pdf" "Action plan" "My goal" "Signatures" "Confidential: contains personal data" "Page 1 of"

# ---- A plan of 30 steps runs over several pages: page numbers right, no step split between two pages ----
long_youth=$(sql "SELECT id FROM youth y WHERE status = 'prospect'
                  AND NOT EXISTS (SELECT 1 FROM action_plan p WHERE p.youth_id = y.id) ORDER BY id LIMIT 1")
[ -n "$long_youth" ] || fail "no youth without a plan for the 30-step plan"
staff=$(sql "SELECT min(id) FROM staff WHERE active = 1")
sql "INSERT INTO action_plan (youth_id, version, plan_date, staff_id, my_goal, strengths, support_needs, wishes,
                              long_term_goal, notes, next_review, created_at, updated_at)
     VALUES ($long_youth, 1, date('now', '-30 days'), $staff, 'Jag vill ha ett jobb på ett lager.',
             'Jag är noggrann.', 'Att skriva ansökningar.', 'Jag vill jobba dagtid.', '', '',
             date('now', '+14 days'), datetime('now'), datetime('now'));
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
     INSERT INTO plan_step (plan_id, position, description, responsible, responsible_name, start_date, due_date,
                            status, outcome)
     SELECT (SELECT id FROM action_plan WHERE youth_id = $long_youth), i - 1,
            'Delmål ' || i || ' av 30: ' || CASE i % 3
                WHEN 0 THEN 'söka praktik på ett lager i Göteborg och följa upp med handledaren varje vecka'
                WHEN 1 THEN 'träffa studie- och yrkesvägledaren på Komvux'
                ELSE 'öva på anställningsintervju med mentorn' END,
            CASE i % 3 WHEN 0 THEN 'other' WHEN 1 THEN 'youth' ELSE 'mentor' END,
            CASE i % 3 WHEN 0 THEN 'Arbetsförmedlingen' ELSE '' END,
            date('now', '-30 days', '+' || i || ' days'), date('now', '-16 days', '+' || i || ' days'),
            CASE i % 4 WHEN 0 THEN 'done' WHEN 1 THEN 'ongoing' WHEN 2 THEN 'planned' ELSE 'cancelled' END,
            CASE i % 5 WHEN 0 THEN 'Det gick bra.' ELSE '' END
     FROM n;"
export_plan long --youth "$long_youth"
n=$(pages "$dir/long.pdf")
[ "$n" -ge 2 ] || fail "a 30-step plan fits on $n page"
grep -Eq "\($n [^)]*\)" "$dir/long.out" || fail "stdout does not report $n pages: $(cat "$dir/long.out")"
page_texts=()
for page in $(seq 1 "$n"); do
    page_texts[page]=$(text "$dir/long.pdf" -f "$page" -l "$page")
    [[ "${page_texts[page]}" == *"Sida $page av $n"* ]] || fail "page $page does not say \"Sida $page av $n\""
done
lacks "$dir/long.pdf" "Sida $((n + 1)) av" "Sida 1 av $((n + 1))"
mapfile -t long_steps < <(sql "SELECT s.description FROM plan_step s JOIN action_plan p ON p.id = s.plan_id
                               WHERE p.youth_id = $long_youth ORDER BY s.position")
[ "${#long_steps[@]}" -eq 30 ] || fail "${#long_steps[@]} steps written instead of 30"
contains "$dir/long.pdf" "${long_steps[@]}"
# Each step's whole description on one page, and the table's header repeated on every page with steps.
for step in "${long_steps[@]}"; do
    found=no
    for page in $(seq 1 "$n"); do
        if [[ "${page_texts[page]}" == *"$step"* ]]; then found=yes; fi
    done
    [ "$found" = yes ] || fail "\"$step\" is split between two pages"
done
for page in $(seq 1 "$n"); do
    if [[ "${page_texts[page]}" == *"Delmål "* ]] && [[ "${page_texts[page]}" != *"Vad Vem Från Till Status"* ]]; then
        fail "page $page has steps without the table's header"
    fi
done
# The signatures stay together, under their heading.
last_text=${page_texts[n]}
[[ "$last_text" == *"Underskrifter Ungdomen Mentorn"* && "$last_text" == *"Namn: "* ]] \
    || fail "the signatures are not together on the last page"

# ---- Errors: a message, a non-zero exit and no file ----
expect_failure() {
    local what=$1 out=$2
    shift 2
    set +e
    printf '%s\n' "$password" | "$lotsen" export-plan --database "$db" --user demo "$@" --pdf "$out" \
        > "$dir/error.out" 2> "$dir/error.err"
    local rc=$?
    set -e
    [ "$rc" -ne 0 ] || fail "$what: exit code 0"
    [ ! -e "$out" ] || fail "$what: a file was written"
    grep -v '^QStandardPaths:' "$dir/error.err" | grep -q . || fail "$what: no message"
    if [ -s "$dir/error.out" ]; then fail "$what: output on stdout: $(cat "$dir/error.out")"; fi
}
# A test number (Skatteverket's, like all demo numbers) that is not registered: the check digit is Luhn over
# YYMMDDNNN.
luhn() {
    local digits=$1 sum=0 i value
    for ((i = 0; i < 9; i++)); do
        value=$((${digits:i:1} * (i % 2 == 0 ? 2 : 1)))
        if [ "$value" -gt 9 ]; then value=$((value - 9)); fi
        sum=$((sum + value))
    done
    echo $(((10 - sum % 10) % 10))
}
[ "$(luhn 000101238)" = 4 ] || fail "luhn() is wrong"
unregistered=""
for day in 01 02 03 04 05 06 07 08 09 10; do
    candidate="200001${day}238$(luhn "0001${day}238")"
    if [ -z "$(sql "SELECT id FROM youth WHERE personal_number = '$candidate'")" ]; then
        unregistered=$candidate
        break
    fi
done
[ -n "$unregistered" ] || fail "no unregistered test number found"
expect_failure "unknown personal number" "$dir/unknown_number.pdf" --youth "$unregistered"
expect_failure "unknown youth" "$dir/unknown.pdf" --youth 999999
expect_failure "unknown version" "$dir/no_version.pdf" --youth "$youth" --version 99
expect_failure "youth without a plan" "$dir/no_plan.pdf" --youth \
    "$(sql "SELECT id FROM youth y WHERE NOT EXISTS (SELECT 1 FROM action_plan p WHERE p.youth_id = y.id)
            ORDER BY id LIMIT 1")"
expect_failure "unwritable path" "$dir/missing/folder/plan.pdf" --youth "$youth"

# ---- Staff accounts: no login, no export; every export is in the access log ----
logged=$(sql "SELECT count(*) FROM access_log WHERE action = 'export_pdf' AND youth_id = $youth")
[ "$logged" -ge 1 ] || fail "the exports of youth $youth are not in the access log"
set +e
"$lotsen" export-plan --lang en --database "$db" --youth "$youth" --pdf "$dir/nouser.pdf" < /dev/null \
    > /dev/null 2> "$dir/nouser.err"
rc=$?
printf 'fel-lösenord\n' | "$lotsen" export-plan --lang en --database "$db" --user demo --youth "$youth" \
    --pdf "$dir/wrong.pdf" > /dev/null 2> "$dir/wrong.err"
rc_wrong=$?
set -e
[ "$rc" -ne 0 ] && [ ! -e "$dir/nouser.pdf" ] || fail "export-plan without --user wrote a PDF"
grep -q 'staff accounts' "$dir/nouser.err" || fail "no --user: message: $(cat "$dir/nouser.err")"
[ "$rc_wrong" -ne 0 ] && [ ! -e "$dir/wrong.pdf" ] || fail "export-plan with a wrong password wrote a PDF"
[ "$(sql "SELECT count(*) FROM access_log WHERE action = 'login_failed'")" -ge 1 ] \
    || fail "the wrong password is not in the access log"
echo "pdf export: ok ($n pages for 30 steps)"
