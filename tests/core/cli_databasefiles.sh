#!/usr/bin/env bash
# Issue 13 §4, "say the right thing, change nothing", through the commands "lotsen export-plan" and "lotsen import":
# - a missing or 0-byte --database is refused and left as it is (never made a database without accounts);
# - a database in a read-only folder is called read-only, not damaged, and nothing is written beside it;
# - a damaged file is named in the user's language, with SQLite's own text only after it, in brackets.
# Nothing may appear beside a refused file: no -wal, -shm, -journal or .lock.
set -euo pipefail
lotsen=$1
dir=$(mktemp -d)
cleanup() {
    chmod -R u+w "$dir" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config"

fail() { echo "FAIL: $*"; exit 1; }
nothing_beside() {
    local f
    for f in "$1-wal" "$1-shm" "$1-journal" "$1.lock"; do
        [ ! -e "$f" ] || fail "$2: $(basename "$f") was left beside the database"
    done
}
# run NAME LANG DB ARGS...: a command as the demo administrator (password on standard input); keeps rc and stderr.
run() {
    local name=$1 lang=$2 db=$3
    shift 3
    set +e
    printf '%s\n' 'demo-administratör' | "${as_user[@]}" "$lotsen" "$@" --lang "$lang" --database "$db" --user demo \
        > "$dir/$name.out" 2> "$dir/$name.err"
    rc=$?
    set -e
}
as_user=()

demo="$dir/demo.lotsen"
"$lotsen" demo --database "$demo" > /dev/null
youth=$(sqlite3 "$demo" "SELECT min(id) FROM youth")
printf '%s\r\n' "Förnamn;Efternamn" "Test;Testsson" > "$dir/kaa.csv"

# A missing or 0-byte database: refused by every command, and left as it was.
for kind in missing empty; do
    db="$dir/$kind.lotsen"
    [ "$kind" = empty ] && : > "$db"
    for command in export import dry-run; do
        case $command in
            export) args=(export-plan --youth "$youth" --pdf "$dir/$kind.pdf") ;;
            import) args=(import --source KAA "$dir/kaa.csv") ;;
            dry-run) args=(import --source KAA --dry-run "$dir/kaa.csv") ;;
        esac
        run "$kind-$command" en "$db" "${args[@]}"
        [ "$rc" = 1 ] || fail "$command on a $kind database: exit $rc, expected 1"
        if [ "$kind" = missing ]; then
            grep -q 'does not exist' "$dir/$kind-$command.err" || fail "$command, $kind: $(cat "$dir/$kind-$command.err")"
            [ ! -e "$db" ] || fail "$command created the missing database"
        else
            grep -q 'empty (0 bytes)' "$dir/$kind-$command.err" || fail "$command, $kind: $(cat "$dir/$kind-$command.err")"
            [ -f "$db" ] && [ ! -s "$db" ] || fail "$command wrote into the 0-byte database"
        fi
        nothing_beside "$db" "$command on a $kind database"
        [ ! -e "$dir/$kind.pdf" ] || fail "$command on a $kind database wrote a PDF"
    done
done

# A damaged file, in Swedish: the sentence first, SQLite's English text only after it, in brackets.
damaged="$dir/damaged.lotsen"
cp "$demo" "$damaged"
head -c 2000 /dev/zero | tr '\0' '\245' | dd of="$damaged" bs=1 seek=100 conv=notrunc status=none
before=$(sha256sum < "$damaged")
run damaged sv "$damaged" export-plan --youth "$youth" --pdf "$dir/damaged.pdf"
[ "$rc" = 1 ] || fail "export-plan on a damaged database: exit $rc"
grep -qE '^Databasen .*damaged\.lotsen är skadad\. Den har inte ändrats\. .*\. \(.*malformed.*\)$' "$dir/damaged.err" \
    || fail "damaged database, Swedish message: $(cat "$dir/damaged.err")"
[ "$(sha256sum < "$damaged")" = "$before" ] || fail "the damaged database was changed"
nothing_beside "$damaged" "export-plan on a damaged database"

# A database in a read-only folder: as root through a read-only bind mount in a private mount namespace (gone when
# the command ends), otherwise as the user nobody, otherwise as the user running the test.
folder="$dir/read-only"
mkdir "$folder"
cp "$demo" "$folder/register.lotsen"
ro_db="$folder/register.lotsen"
before=$(sha256sum < "$ro_db")
if [ "$(id -u)" = 0 ] && unshare -m true 2> /dev/null; then
    as_user=(unshare -m sh -c 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"'
        "$folder")
    how="a read-only bind mount"
elif [ "$(id -u)" = 0 ] && setpriv --reuid=65534 --regid=65534 --clear-groups true 2> /dev/null; then
    chmod 0711 "$dir"
    chown -R 65534:65534 "$folder"
    chmod 0555 "$folder"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    how="the user nobody"
else
    chmod 0555 "$folder"
    how="a folder without write permission"
fi
for command in export dry-run import; do
    case $command in
        export) args=(export-plan --youth "$youth" --pdf "$dir/ro-$command.pdf") ;;
        import) args=(import --source KAA "$dir/kaa.csv") ;;
        dry-run) args=(import --source KAA --dry-run "$dir/kaa.csv") ;;
    esac
    run "ro-$command" en "$ro_db" "${args[@]}"
    err=$(cat "$dir/ro-$command.err")
    [ "$rc" = 1 ] || fail "$command in a read-only folder ($how): exit $rc: $err"
    grep -q 'read-only' <<< "$err" || fail "$command in a read-only folder ($how) is not called read-only: $err"
    if grep -qiE 'damaged|backup|malformed' <<< "$err"; then
        fail "$command in a read-only folder ($how) is called damaged: $err"
    fi
    [ "$(sha256sum < "$ro_db")" = "$before" ] || fail "$command changed the database in a read-only folder"
    nothing_beside "$ro_db" "$command in a read-only folder"
done
as_user=()
echo "database files ($how for the read-only folder): ok"
