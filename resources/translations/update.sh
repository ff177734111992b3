#!/bin/sh
# Refresh the translation sources (kzpk_<lang>.ts) from the code, then compile
# the languages that have translations into .qm files the app loads.
#
#   resources/translations/update.sh          (from anywhere)
#   resources/translations/update.sh DIR      (update copies of the .ts files in DIR
#                                              and compile into DIR: the tests' check)
#
# Sources: the Qt code (kzpk_desktop/app.py, kzpk_desktop/gui/ except the
# generated forms), the Designer forms (ui/*.ui), and the services' N_()
# templates, which service_templates.py turns into QT_TRANSLATE_NOOP lines.
# Open a .ts file in Qt Linguist (pyside6-linguist) to translate.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(cd "${1:-$here}" && pwd)
cd "$root"

templates="$here/services_templates.py"
trap 'rm -f "$templates"' EXIT
python "$here/service_templates.py" > "$templates"

sources=$(find kzpk_desktop/app.py kzpk_desktop/gui -name '*.py' -not -path '*/forms/*' | sort)
# shellcheck disable=SC2086
pyside6-lupdate -silent -no-obsolete -locations relative $sources ui/*.ui "$templates" \
    -ts "$out/kzpk_ru.ts" "$out/kzpk_kk.ts" "$out/kzpk_en.ts"

# Only the languages somebody has translated are compiled.
for lang in ru kk en; do
    pyside6-lrelease -silent "$out/kzpk_$lang.ts" -qm "$out/kzpk_$lang.qm"
done

# Qt's own strings (file dialog, print dialogs) that Qt's qtbase_<lang>.qm lacks:
# written by hand with Qt's exact contexts and source texts, loaded so that
# Qt's own translation still wins where it has one. Not refreshed by lupdate.
for ts in "$here"/qt_supplement_*.ts; do
    [ -e "$ts" ] || continue
    name=$(basename "$ts" .ts)
    pyside6-lrelease -silent "$ts" -qm "$out/$name.qm"
done
