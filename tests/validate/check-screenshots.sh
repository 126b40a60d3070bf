#!/bin/sh
# Checks the screenshots that the metainfo names, as Flathub's quality
# guidelines want them:
#   - each URL points into data/screenshots/ at the tag of the newest
#     <release> (never a branch), so the store shows that release's pictures;
#   - each file is in data/screenshots/, is a PNG of at most 1000x700 and
#     weighs at most 300 kB;
#   - each has a caption, without a full stop at the end.
# Usage: check-screenshots.sh SOURCE_ROOT METAINFO_SOURCE
root=$1
metainfo=$2
base=https://raw.githubusercontent.com/learningcities/LearningCities

release=$(sed -n 's/.*<release [^>]*version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
if [ -z "$release" ]; then
  echo "no <release version=...> in $metainfo" >&2
  exit 1
fi

urls=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")
if [ -z "$urls" ]; then
  echo "no screenshot in $metainfo" >&2
  exit 1
fi

fail=0
for url in $urls; do
  name=${url#"$base/$release/data/screenshots/"}
  case $name in
    */* | '' | "$url")
      echo "$url: not $base/$release/data/screenshots/NAME.png" >&2
      fail=1
      continue ;;
  esac
  file=$root/data/screenshots/$name
  if [ ! -f "$file" ]; then
    echo "$url: data/screenshots/$name is missing" >&2
    fail=1
    continue
  fi
  # PNG: 8-byte signature, then the IHDR chunk with width and height as
  # 32-bit big-endian numbers at bytes 16-23.
  set -- $(od -An -tu1 -N24 "$file")
  if [ "$2 $3 $4" != "80 78 71" ]; then
    echo "data/screenshots/$name: not a PNG" >&2
    fail=1
    continue
  fi
  width=$(( (${17} << 24) | (${18} << 16) | (${19} << 8) | ${20} ))
  height=$(( (${21} << 24) | (${22} << 16) | (${23} << 8) | ${24} ))
  bytes=$(wc -c <"$file")
  echo "data/screenshots/$name: ${width}x$height, $bytes bytes"
  if [ "$width" -gt 1000 ] || [ "$height" -gt 700 ]; then
    echo "data/screenshots/$name: ${width}x$height is larger than 1000x700" >&2
    fail=1
  fi
  if [ "$bytes" -gt 300000 ]; then
    echo "data/screenshots/$name: $bytes bytes, more than 300 kB" >&2
    fail=1
  fi
done

captions=$(grep -c '<caption>' "$metainfo")
images=$(echo "$urls" | wc -l)
if [ "$captions" -ne "$images" ]; then
  echo "$images screenshots but $captions captions" >&2
  fail=1
fi
if grep -q '\.</caption>' "$metainfo"; then
  echo "a caption ends with a full stop:" >&2
  grep '\.</caption>' "$metainfo" >&2
  fail=1
fi
exit $fail
