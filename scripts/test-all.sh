#!/usr/bin/env bash
# `npm test`: types, house rules, unit tests, both builds, browser tests; prints "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
failed_steps=0

step() {
  local name=$1; shift
  echo "── $name"
  if ! "$@"; then echo "✗ $name failed"; failed_steps=$((failed_steps + 1)); fi
}

export TZ=UTC
step "typecheck" npx tsc --noEmit
step "house rules" npx tsx scripts/check-rules.ts
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile=reports/vitest.json
step "build (chrome)" npx wxt build
step "zip (chrome)" npx wxt zip
step "build (firefox)" npx wxt build -b firefox
step "browser tests" npx playwright test

npx tsx scripts/count-tests.ts reports/vitest.json reports/playwright.json "$failed_steps"
