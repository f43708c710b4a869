#!/usr/bin/env bash
# Builds one libFuzzer target: the library sources and Targets/<name>.swift compiled as a
# single module with -sanitize=fuzzer,address (SwiftPM does not build fuzzers).
# Usage: Fuzz/build.sh <normalizer|parser|json|csv> [output]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
name="${1:?target: normalizer, parser, json or csv}"
output="${2:-$here/.build/fuzz-$name}"
work="$here/.build/src-$name"
rm -rf "$work" && mkdir -p "$work" "$(dirname "$output")"
modules="PlanText PlanNormalize PlanModel PlanParse PlanExtract PlanValidate PlanCheck"
for module in $modules; do
  find "$root/Sources/$module" -name '*.swift' | while read -r file; do
    relative="${file#$root/Sources/}"
    mkdir -p "$work/$(dirname "$relative")"
    # One module: drop the imports of our own modules.
    sed -E '/^import Plan[A-Za-z]+$/d; /^@testable import/d' "$file" > "$work/$relative"
  done
done
cp "$here/Targets/FuzzSupport.swift" "$here/Targets/$name.swift" "$work/"
swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name KehoachFuzz \
  -package-name kehoach $(find "$work" -name '*.swift') -o "$output" 2>&1 \
  | grep -v 'Cannot export local symbol' || true
test -x "$output"
# The schemas, where the validator looks for its resource bundle: beside the executable.
resources="$(dirname "$output")/kehoach_PlanValidate.resources"
mkdir -p "$resources"
cp -R "$root/Sources/PlanValidate/Resources/MetaSchemas" "$root/Schemas" "$resources/"
echo "$output"
