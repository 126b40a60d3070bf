#!/bin/sh
# Every source file with translatable strings is listed in po/POTFILES, and
# every listed file exists. Usage: check-potfiles.sh SOURCE_ROOT
cd "$1" || exit 1
status=0
listed=$(grep -v '^#' po/POTFILES | sed '/^$/d' | sort)
for f in $listed; do
  [ -f "$f" ] || { echo "po/POTFILES lists $f, which does not exist"; status=1; }
done
found=$( (grep -rlE '\b(N?_|C_|g_dngettext|ngettext)\s*\(' app --include='*.c';
          grep -rl 'translatable="yes"' resources --include='*.ui';
          ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml) | sort -u)
for f in $found; do
  echo "$listed" | grep -qx "$f" || { echo "$f has translatable strings but is not in po/POTFILES"; status=1; }
done
exit $status
