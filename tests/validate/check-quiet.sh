#!/bin/sh
# Runs a command and fails if it fails or writes anything to stderr.
# Usage: check-quiet.sh COMMAND [ARGS...]
err=$(mktemp)
trap 'rm -f "$err"' EXIT
"$@" >/dev/null 2>"$err"
status=$?
if [ -s "$err" ]; then
  echo "$1 wrote to stderr:" >&2
  cat "$err" >&2
  exit 1
fi
exit $status
