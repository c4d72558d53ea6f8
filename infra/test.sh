#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite.
#   infra/test.sh                 everything
#   infra/test.sh --filter X      only tests matching the dotnet test filter X
set -euo pipefail
cd "$(dirname "$0")/.."

infra/install-test-deps.sh

# The end-to-end tests (Category=Browser) drive the built web app served by the real server.
echo "== web app (build when changed, then its unit tests)"
infra/web/build.sh
(cd web && npm test --silent)

echo "== build (warnings are errors)"
dotnet build GraduateFair.sln -c Release -nologo -clp:ErrorsOnly

echo "== test"
dotnet test GraduateFair.sln -c Release --no-build -nologo \
  --logger "console;verbosity=minimal" \
  "$@"
