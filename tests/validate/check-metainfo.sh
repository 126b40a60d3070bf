#!/bin/sh
# Validates the metainfo with `appstreamcli validate --pedantic --no-net` and
# fails on any issue, of any severity, except the ones named here:
#
#   cid-contains-uppercase-letter   (pedantic, every version) Flathub app ids
#                                   keep the capitals of the repository name.
#   unknown-tag developer           (info, AppStream < 1.0 only: Debian 12's
#                                   0.16.1) <developer> came with AppStream 1.0.
#   developer-name-tag-deprecated   (info, AppStream >= 1.0 only: Debian 13's
#                                   1.0.5) <developer_name> stays for software
#                                   centres older than <developer>, such as
#                                   Debian 12's GNOME Software 43.
#
# Usage: check-metainfo.sh APPSTREAMCLI METAINFO
appstreamcli=$1
metainfo=$2

version=$("$appstreamcli" --version | sed -n 's/^AppStream version: *//p')
case $version in
  '') echo "cannot read the AppStream version from '$appstreamcli --version'" >&2; exit 1 ;;
  0.*) allowed='cid-contains-uppercase-letter|unknown-tag developer' ;;
  *) allowed='cid-contains-uppercase-letter|developer-name-tag-deprecated' ;;
esac

out=$("$appstreamcli" validate --pedantic --no-net "$metainfo" 2>&1)
status=$?
echo "AppStream $version:"
echo "$out"

# Issue lines read "X: COMPONENT:LINE: TAG [ARGUMENT]"; what follows the
# second ": " is the tag and its argument.
unexpected=$(echo "$out" | grep -E '^[EWIP]: ' | sed 's/^[EWIP]: [^ ]*: //' |
             grep -v -x -E "$allowed")
if [ -n "$unexpected" ]; then
  echo "issues that AppStream $version may not report:" >&2
  echo "$unexpected" >&2
  exit 1
fi
if [ $status -ne 0 ]; then
  echo "appstreamcli validate failed (exit status $status)" >&2
  exit 1
fi

# Flathub's quality guidelines, which appstreamcli does not check: a summary
# of at most 35 characters that does not repeat the app's name.
name=$(sed -n 's|^ *<name>\(.*\)</name>|\1|p' "$metainfo" | head -n 1)
summary=$(sed -n 's|^ *<summary>\(.*\)</summary>|\1|p' "$metainfo" | head -n 1)
length=$(printf '%s' "$summary" | wc -m)
if [ -z "$name" ] || [ -z "$summary" ]; then
  echo "no untranslated <name> or <summary>" >&2
  exit 1
fi
if [ "$length" -gt 35 ]; then
  echo "summary '$summary': $length characters, more than 35" >&2
  exit 1
fi
if printf '%s' "$summary" | grep -q -i -F "$name"; then
  echo "summary '$summary' repeats the name '$name'" >&2
  exit 1
fi
exit 0
