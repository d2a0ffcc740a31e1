#!/usr/bin/env bash
# Builds the Debian package from a built tree with CPack, checks it as an IT department would (stripped binary,
# lintian without errors or warnings, a manual page that renders and names every command), unpacks it into a
# temporary root and runs the installed program from there: --version and a demo database.
#   package_install.sh CPACK BUILD_DIR VERSION
# The installed program finds Qt and the other libraries on this system, as it would after `apt install`.
set -euo pipefail
cpack="$1"
build="$2"
version="$3"

work="$(mktemp -d "${TMPDIR:-/tmp}/lotsen-package.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in dpkg-deb lintian man readelf file sqlite3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/deps.sh installs it)"
done

# Lintian warnings that are accepted, each with its reason in README ("Installing the Debian package"). None now.
allowed_warnings=()

echo "== cpack"
(cd "$build" && "$cpack" -G DEB -B "$work/out" --config "$build/CPackConfig.cmake") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
shopt -s nullglob
debs=("$work/out/"lotsen_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one lotsen_*.deb, found ${#debs[@]}"
deb="${debs[0]}"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
dpkg-deb --field "$deb" Package Version Depends Recommends Suggests
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"

echo "== unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
binary="$root/usr/bin/lotsen"
[ -x "$binary" ] || fail "no executable usr/bin/lotsen in the package"
echo "usr/bin/lotsen: $(stat -c %s "$binary") bytes"
if readelf -S "$binary" | grep -q '\.debug_info\|\.symtab'; then
    fail "usr/bin/lotsen is not stripped"
fi
for expected in usr/share/applications/se.lotsen.Lotsen.desktop usr/share/metainfo/se.lotsen.Lotsen.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/se.lotsen.Lotsen.svg usr/share/man/man1/lotsen.1.gz \
    usr/share/doc/lotsen/copyright usr/share/doc/lotsen/changelog.gz; do
    [ -f "$root/$expected" ] || fail "$expected is missing"
done
for size in 16 32 48 64 128 256; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/se.lotsen.Lotsen.png"
    [ -f "$icon" ] || fail "the ${size}x${size} icon is missing"
    file "$icon" | grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon has another size"
done

echo "== lintian"
lintian --no-cfg "$deb" >"$work/lintian.log" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
fi
while IFS= read -r line; do
    tag="$(echo "$line" | awk '{print $3}')"
    allowed=0
    for ok in "${allowed_warnings[@]}"; do
        [ "$tag" = "$ok" ] && allowed=1
    done
    [ "$allowed" -eq 1 ] || fail "lintian warning not explained in README: $line"
done < <(grep '^W: ' "$work/lintian.log" || true)

echo "== manual page"
# man's own check: groff's warnings about the page's markup, rendered at a usual terminal width.
MAN_DISABLE_SECCOMP=1 LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/lotsen.1.gz" >"$work/man.txt" \
    2>"$work/man.err" || fail "man could not render the page"
if [ -s "$work/man.err" ]; then
    cat "$work/man.err" >&2
    fail "the manual page renders with warnings"
fi

# The page names the version it documents (resources/man/lotsen.1, .TH line): updated with each release.
zcat "$root/usr/share/man/man1/lotsen.1.gz" | grep -q "^\.TH LOTSEN 1 .* \"Lotsen $version\"" \
    || fail "the manual page's .TH line does not name Lotsen $version"

echo "== installed program"
# A private home: the program's settings and data go there, not into the user's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY

# --version and --help print text and exit: they must work over ssh, without a display and without Qt's
# offscreen platform chosen for them.
shown="$(env -u QT_QPA_PLATFORM "$binary" --version)" || fail "lotsen --version failed without a display"
echo "lotsen --version: $shown"
[ "$shown" = "Lotsen $version" ] || fail "lotsen --version printed \"$shown\", not \"Lotsen $version\""

# Every command that --help lists is documented in the manual page.
env -u QT_QPA_PLATFORM "$binary" --help >"$work/help.txt" || fail "lotsen --help failed without a display"
commands="$(sed -n '/^Commands:/,/^$/p' "$work/help.txt" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')"
[ -n "$commands" ] || fail "no commands found in lotsen --help"
for command in $commands; do
    grep -qE "^       $command( |\$)" "$work/man.txt" || fail "the manual page does not describe the command $command"
done
echo "manual page describes: $(tr '\n' ' ' <<<"$commands")"

"$binary" demo --database "$work/demo.lotsen" || fail "lotsen demo failed"
[ -s "$work/demo.lotsen" ] || fail "lotsen demo wrote no database"
[ "$(sqlite3 "$work/demo.lotsen" 'PRAGMA integrity_check')" = ok ] || fail "the demo database is damaged"
echo "PASS"
