#!/bin/sh
# Collects the interface texts into resources/translations/*.ts (Qt lupdate), keeping the translations; src/modules
# and src/platform too, for the messages core gives users (admission reasons, permit and sign-in refusals: gl::Admission, ...).
# Qt 6.4's generated lupdate target cannot take include paths, and without them lupdate does not see the
# gl::ui namespace of each class (contexts change, translations are lost) nor the map's sources.
# Then fill the new entries: scripts/ts-fill.py resources/translations/guardline_zh_CN.ts --map FILE.py
set -e
cd "$(dirname "$0")/.."
# Each view folder on the include path, for the headers its files include by name.
uidirs=$(for d in src/shell src/modules/*/ui src/modules/map; do printf -- "-I %s " "$d"; done)
autogen=build/dev/src/shell/guardline_widgets_autogen/include
/usr/lib/qt6/bin/lupdate -I src $uidirs ${autogen:+-I $autogen} src/shell src/modules src/platform ui \
    -ts resources/translations/guardline_zh_CN.ts resources/translations/guardline_en.ts -no-obsolete \
    2>&1 | grep -v 'Ignoring definition of undeclared qualified class' || true
grep -c 'type="unfinished"' resources/translations/guardline_zh_CN.ts | sed 's/^/unfinished in zh_CN: /'
