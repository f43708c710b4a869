#!/usr/bin/env bash
# Builds (if needed) and runs one fuzzer for a given time, seeded from Corpus/.
# Usage: Fuzz/run.sh <normalizer|parser|json|csv> [seconds, default 60] [extra libFuzzer flags]
# Crashes and hangs are written to Fuzz/crashes/<target>/; make each a regression test.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
name="${1:?target: normalizer, parser, json or csv}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : $# ))
binary="$here/.build/fuzz-$name"
# Rebuilt when missing or older than any source it is made of.
if [ ! -x "$binary" ] || [ -n "$(find "$root/Sources" "$here/Targets" -name '*.swift' -newer "$binary" | head -n 1)" ]; then
  "$here/build.sh" "$name" "$binary" > /dev/null
fi
corpus="$here/.build/corpus-$name"
crashes="$here/crashes/$name"
mkdir -p "$corpus" "$crashes"
case "$name" in
  normalizer|parser)
    cp -n "$root"/Corpus/documents/*.txt "$root"/Corpus/ocr-pairs/*.txt "$corpus"/ 2>/dev/null || true ;;
  json)
    cp -n "$root"/Corpus/expected/*.json "$root"/Schemas/*.json "$root"/Corpus/results/*.json \
      "$root"/Tests/PlanValidateTests/Fixtures/broken/*.json "$corpus"/ 2>/dev/null || true ;;
  csv)
    cp -n "$root"/Corpus/results/*.csv "$root"/Corpus/results/*.results.json "$corpus"/ 2>/dev/null || true ;;
esac
export KEHOACH_TABLES="$root/Sources/PlanNormalize/Tables"
# One-time globals (tables, compiled patterns) live until exit: not leaks worth a crash.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
exec "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -max_len=65536 -detect_leaks=0 -artifact_prefix="$crashes/" -print_final_stats=1 "$@"
