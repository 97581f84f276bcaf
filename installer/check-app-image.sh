#!/usr/bin/env bash
# Builds the Linux application image (mvn -Pinstaller, app-image only) and runs it as an installed copy runs:
# an empty environment — no Maven, no JDK on PATH, no JAVA_HOME, its own HOME and data folder. Checks that
#  1. `judge` on a casebook dossier prints the expected verdict (owner, shares, penalties, rules cited), byte for
#     byte the verdict of `java -jar target/anchang.jar`, and nothing on stderr;
#  2. bad input exits 2 with one Chinese line;
#  3. the database commands work in the trimmed runtime (demo, verify) and Logback writes <data>/logs/anchang.log.
# Usage: installer/check-app-image.sh [DOSSIER.json]   (default: ../shared/casebook/p14-…; run from anywhere)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=${ANCHANG_SHARED:-$root/../shared}
dossier=$(realpath "${1:-$shared/casebook/p14-knowing-poach-software-record.json}")
expected=${dossier%.json}.expected.json
test -f "$dossier" && test -f "$expected" || { echo "check-app-image: no dossier $dossier with its .expected.json" >&2; exit 1; }

echo "== app-image: mvn -Pinstaller -Dinstaller.skipPackage=true -DskipTests package"
t0=$(date +%s)
mvn -B -ntp -q -Dstyle.color=never -Pinstaller -Dinstaller.skipPackage=true -DskipTests package
image=$root/target/installer/anchang
launcher=$image/bin/anchang
test -x "$launcher" || { echo "check-app-image: no launcher at $launcher" >&2; exit 1; }
test -f "$image/lib/runtime/release" || { echo "check-app-image: the image has no runtime" >&2; exit 1; }
modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$image/lib/runtime/release" | wc -w)
echo "built in $(( $(date +%s) - t0 )) s: $(du -sh "$image" | cut -f1), a runtime of $modules modules"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
# As installed: nothing from this shell's environment, PATH without java or mvn.
installed() {
  (cd "$work" && env -i HOME="$work/home" XDG_DATA_HOME="$work/xdg" PATH=/nonexistent LANG=C.UTF-8 "$launcher" "$@")
}

pass=0
fail=0
check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then echo "ok   $name"; pass=$((pass + 1)); else echo "FAIL $name"; fail=$((fail + 1)); fi
}

code=0
installed judge "$dossier" > "$work/verdict.json" 2> "$work/judge.err" || code=$?
check "judge exits 0 (was $code)" test "$code" -eq 0
check "judge prints nothing on stderr" test ! -s "$work/judge.err"
java -jar "$root/target/anchang.jar" judge "$dossier" > "$work/jar-verdict.json"
check "judge: the image's verdict equals the jar's" cmp -s "$work/verdict.json" "$work/jar-verdict.json"
check "judge: the verdict is the expected one ($(basename "$expected"))" python3 - "$work/verdict.json" "$expected" <<'PY'
import json, sys
got, want = (json.load(open(f, encoding="utf-8")) for f in sys.argv[1:3])
ok = True
def same(what, a, b):
    global ok
    if a != b:
        print(f"  {what}: got {a!r}, expected {b!r}", file=sys.stderr); ok = False
if "owner" in want: same("owner", got.get("owner"), want["owner"])
if "deals" in want:
    same("deals", [{k: round(v, 6) for k, v in d["shares"].items()} for d in got["deals"]],
         [{k: round(v, 6) for k, v in d["shares"].items()} for d in want["deals"]])
if "penalties" in want:
    same("penalties", sorted((p["consultant"], p["amount"]) for p in got["penalties"]),
         sorted((p["consultant"], p["amount"]) for p in want["penalties"]))
cited = {t["rule"] for t in got["trail"]} | {r for d in got["deals"] for r in d["rules"]} | {p["rule"] for p in got["penalties"]}
for r in want.get("mustCite", []):
    if r not in cited: print(f"  does not cite {r}", file=sys.stderr); ok = False
sys.exit(0 if ok else 1)
PY

echo '{"events": [' > "$work/broken.json"
code=0
installed judge "$work/broken.json" > "$work/bad.out" 2> "$work/bad.err" || code=$?
check "bad input exits 2 (was $code)" test "$code" -eq 2
check "bad input: one Chinese line, no stack trace" bash -c \
  "test \$(wc -l < '$work/bad.err') -eq 1 && grep -q '错误' '$work/bad.err' && ! grep -q 'Exception' '$work/bad.err' && test ! -s '$work/bad.out'"

code=0
installed demo --data "$work/office" > "$work/demo.out" 2> "$work/demo.err" || code=$?
check "demo builds the sample office (exit $code): $(head -c 120 "$work/demo.out")" test "$code" -eq 0
check "demo prints one line and nothing on stderr" bash -c "test \$(wc -l < '$work/demo.out') -eq 1 && test ! -s '$work/demo.err'"
code=0
installed verify --data "$work/office" > "$work/verify.out" 2>&1 || code=$?
check "verify walks the audit chain (exit $code)" test "$code" -eq 0
check "Logback writes <data>/logs/anchang.log" test -f "$work/office/logs/anchang.log"
check "logs follow --data: nothing in the default data folder" test ! -e "$work/xdg/anchang"

echo "check-app-image: $pass passed, $fail failed"
test "$fail" -eq 0
