#!/bin/sh
# Fails (exit 1, listing them) when an interface text has no Chinese translation: collects the texts into a
# copy of resources/translations/guardline_zh_CN.ts with lupdate, as scripts/update-translations.sh does,
# and lists the entries left unfinished. Run by the suite (tst_translations).
#   scripts/check-translations.sh [LUPDATE]
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$root/resources/translations/guardline_zh_CN.ts" "$tmp/"
cd "$root"
# Each view folder on the include path, for the headers its files include by name.
uidirs=$(for d in src/shell src/modules/*/ui src/modules/map; do printf -- "-I %s " "$d"; done)
"$lupdate" -I src $uidirs src/shell src/modules src/platform ui -ts "$tmp/guardline_zh_CN.ts" -no-obsolete >"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; exit 2; }
if python3 scripts/ts-fill.py "$tmp/guardline_zh_CN.ts"; then
    echo "every interface text has a zh_CN translation"
else
    echo "texts above have no zh_CN translation: run scripts/update-translations.sh, then translate them" >&2
    exit 1
fi
