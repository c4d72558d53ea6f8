#!/usr/bin/env bash
# Installs what the tests need and runs the whole test suite.
#   infra/test.sh                 everything
#   infra/test.sh --filter X      only tests matching the dotnet test filter X
set -euo pipefail
cd "$(dirname "$0")/.."

infra/install-test-deps.sh

echo "== build (warnings are errors)"
dotnet build GraduateFair.sln -c Release -nologo -clp:ErrorsOnly

echo "== test"
dotnet test GraduateFair.sln -c Release --no-build -nologo \
  --logger "console;verbosity=minimal" \
  "$@"
