#!/usr/bin/env bash
# Writes seed inputs for every fuzz target into SEED_DIR/<target>/ (default build-fuzz/seeds):
#   extractors (classify identity degree experience coursework): page text of generated packets
#     (samples/generate.py, text mode) and of samples/demo, as pdftotext dumps behind the 4-byte
#     geometry header of fuzz/fuzz_input.h (upright text layer, OCR, turned page);
#   dates_numbers: lines of those dumps that hold digits;
#   rules: each file of rules/boards-2026.12 behind its selector byte;
#   wire: real frames written by a credcheck worker (tasks and results) when a credcheck binary is
#     given, plus hand-made ones;
#   intake: samples/demo and generated fixture files, and ../shared/corpus when present — except
#     the corpus's known decompression bombs and Poppler's exponential AcroForm file, which only
#     the worker limits can stop (they time out in-process by design: see NOTES.txt there).
# Usage: fuzz/make_seeds.sh [SEED_DIR] [CREDCHECK_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build-fuzz/seeds}
credcheck=${2:-}
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"/{classify,identity,degree,experience,coursework,dates_numbers,rules,wire,intake}

# --- Page text of generated and demo packets. ----------------------------------------------------
$py samples/generate.py packets --out "$tmp/packets" --count 8 --seed 77 --family all --modes text > /dev/null
n=0
for cand in "$tmp"/packets/packets/* samples/demo/packets/*; do
  [ -d "$cand" ] || continue
  bundle="$tmp/bundle.txt"
  : > "$bundle"
  first=1
  for pdf in "$cand"/*.pdf; do
    [ -f "$pdf" ] || continue
    text=$(pdftotext -layout "$pdf" - 2>/dev/null || true)
    [ -n "$text" ] || continue
    [ $first = 1 ] || printf '\x1c' >> "$bundle"
    printf '%s' "$text" >> "$bundle"
    first=0
  done
  [ -s "$bundle" ] || continue
  n=$((n + 1))
  for t in classify identity degree experience coursework; do
    { printf '\x00\x0a\x80\xff'; cat "$bundle"; } > "$out/$t/packet-$n-text"
    { printf '\x01\x0c\x84\xd0'; cat "$bundle"; } > "$out/$t/packet-$n-ocr"
    { printf '\x02\x0a\x80\xff'; cat "$bundle"; } > "$out/$t/packet-$n-turned"
  done
  grep -a '[0-9]' "$bundle" | head -40 | while IFS= read -r line; do
    h=$(printf '%s' "$line" | sha1sum | cut -c1-12)
    { printf '\x01'; printf '%s' "$line"; } > "$out/dates_numbers/line-$h"
  done || true  # head closing the pipe early is fine
done

# --- Rules files. --------------------------------------------------------------------------------
i=0
for f in ruleset.yaml ascpi.yaml amt.yaml course_categories.yaml todos.yaml; do
  { printf "\\x0$i"; cat "rules/boards-2026.12/$f"; } > "$out/rules/$f"
  i=$((i + 1))
done

# --- Worker frames. ------------------------------------------------------------------------------
frame() { printf 'CCW1 %d\n%s' "${#1}" "$1"; }
{ printf '\xff'; frame '{"id":1,"ok":true,"pages":3}'; } > "$out/wire/open-result"
{ printf '\x07'; frame '{"id":2,"ok":false,"error":{"code":"encrypted","message":"needs a password"},"fatal":false}'; } > "$out/wire/error-result"
{ printf '\x10'; frame '{"id":3,"op":"page","path":"/tmp/a.pdf","kind":"pdf","password":"","force_ocr":false,"page":1,"limits":{"max_pages":300,"max_megapixels":40,"page_timeout_s":60}}'; } > "$out/wire/task"
{ printf '\x03'; frame '{"id":4,"ok":true,"page":{"number":1,"width_pt":612,"height_pt":792,"source":"ocr","words":[{"text":"Transcript","box":[40,30,90,40],"confidence":0.9,"line":0}],"rotation":90,"skew":0.5,"dpi":300,"seconds":1.5,"notes":["ocr"],"ocr_confidence":0.9}}'; } > "$out/wire/page-result"
if [ -n "$credcheck" ] && [ -x "$credcheck" ]; then
  $py samples/intake_fixtures.py --out "$tmp/intake" > /dev/null
  for f in text.pdf scan.png rotated.pdf; do
    [ -f "$tmp/intake/$f" ] || continue
    kind=pdf; case $f in *.png) kind=png ;; esac
    open=$(printf '{"id":1,"op":"open","path":"%s","kind":"%s","page":0}' "$tmp/intake/$f" "$kind")
    page=$(printf '{"id":2,"op":"page","path":"%s","kind":"%s","page":0}' "$tmp/intake/$f" "$kind")
    { frame "$open"; frame "$page"; } | timeout 60 "$credcheck" __worker > "$tmp/frames" 2>/dev/null || true
    { printf '\x40'; cat "$tmp/frames"; } > "$out/wire/worker-$f"
  done
fi

# --- Whole files. --------------------------------------------------------------------------------
[ -d "$tmp/intake" ] || $py samples/intake_fixtures.py --out "$tmp/intake" > /dev/null
for f in "$tmp"/intake/*; do
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 400000 ] && cp "$f" "$out/intake/fixture-$(basename "$f" | tr -c 'A-Za-z0-9.\n-' _)"
done
find samples/demo/packets -type f -size -400k | sort | head -12 | while read -r f; do cp "$f" "$out/intake/demo-$(basename "$f")"; done || true
corpus=../shared/corpus
if [ -f "$corpus/MANIFEST.tsv" ]; then
  tail -n +2 "$corpus/MANIFEST.tsv" | while IFS=$'\t' read -r path bytes _source _what _expected; do
    case "$path" in
      pdfjs/bomb_giant.pdf|ocrmypdf/hugemono.pdf|qpdf/shared-unnamed-field.pdf|pdfjs/issue16263.pdf) continue ;;
    esac
    [ "$bytes" -le 400000 ] && cp "$corpus/$path" "$out/intake/corpus-$(echo "$path" | tr -c 'A-Za-z0-9.\n-' _)"
  done
fi
for t in "$out"/*; do echo "seeds: $(basename "$t"): $(ls "$t" | wc -l)"; done
