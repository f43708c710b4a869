#!/usr/bin/env bash
# Regenerates the line-aligned OCR pairs in this folder from the clean corpus documents.
#
# Needs ../shared/tools/ocr-pair (beside the repository) and what its header lists:
#   apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie fonts-liberation2
#   pip install pillow
# Output line k of <doc>.<setting>.ocr.txt is the English-model OCR reading of line k of
# ../documents/<doc>.txt.
#
# ocr-pair orders the words of a source line by their position on the page, so a paragraph
# that crosses a page break comes back with its second-page words first. To keep word order,
# each document is fed to ocr-pair in chunks that fit on one page (split between paragraphs,
# using ocr-pair's own wrapping: size S gives int(2160 / (S * 0.47)) characters a line and
# (3508 - 320) // int(S * 1.6) lines a page); the chunk outputs are joined back in order.
#
# Usage: make-pairs.sh [JOBS]   (default 2 parallel jobs)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tool=${OCR_PAIR:-$here/../../../shared/tools/ocr-pair}
docs="001_aa44d5999c57a7ee 002_dc19ec08a48449ad 003_e13ed4dda70a459a"
# setting name | font size | ocr-pair options
settings=(
  "serif|40|--font serif"
  "sans|40|--font sans"
  "serif-blur|40|--font serif --blur 1.2"
  "sans-scale|40|--font sans --scale 0.6"
  "serif-noise|40|--font serif --noise 0.01 --scale 0.8 --seed 2"
  "sans-blur-noise|36|--font sans --size 36 --blur 0.8 --noise 0.005 --seed 3"
)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# split DOC SIZE OUTDIR: writes OUTDIR/chunk-NNN.txt, each fitting one page.
split_doc() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys, textwrap, os
doc, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
max_chars = int((2480 - 2 * 160) / (size * 0.47))
per_page = (3508 - 2 * 160) // int(size * 1.6)
lines = open(doc, encoding="utf-8").read().split("\n")
chunks, current, used = [], [], 0
for line in lines:
    text = line.replace("**", "").replace("\t", " ").strip()
    need = len(textwrap.wrap(text, max_chars) or [text]) if text else 0
    if current and used + need > per_page:
        chunks.append(current); current, used = [], 0
    current.append(line); used += need
chunks.append(current)
os.makedirs(out, exist_ok=True)
for i, chunk in enumerate(chunks):
    with open(os.path.join(out, "chunk-%03d.txt" % i), "w", encoding="utf-8") as f:
        f.write("\n".join(chunk))
PY
}

jobs=()
for doc in $docs; do
  for s in "${settings[@]}"; do
    name=${s%%|*}; rest=${s#*|}; size=${rest%%|*}; opts=${rest#*|}
    dir="$work/$doc.$name"
    split_doc "$here/../documents/$doc.txt" "$size" "$dir"
    for chunk in "$dir"/chunk-*.txt; do
      jobs+=("$tool $chunk ${chunk%.txt}.ocr --lang eng $opts")
    done
  done
done
printf '%s\n' "${jobs[@]}" | xargs -P "${1:-2}" -I{} sh -c 'nice -n 10 {}'
for doc in $docs; do
  for s in "${settings[@]}"; do
    name=${s%%|*}
    python3 - "$work/$doc.$name" "$here/$doc.$name.ocr.txt" <<'PY'
import sys, glob
parts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(sys.argv[1] + "/chunk-*.ocr"))]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(parts))
PY
  done
done
