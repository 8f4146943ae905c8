#!/usr/bin/env bash
# Run the whole test suite: lint, unit and view tests, then the browser tests in Chromium.
source "$(dirname "$0")/venv.sh"
status=0
ruff check . || status=1
ruff format --check . || status=1
pytest -m "not e2e" "$@" || status=1
# Playwright's sync API runs an event loop in the test thread; Django must allow DB access there.
DJANGO_ALLOW_ASYNC_UNSAFE=true pytest -m e2e "$@" || status=1
exit $status
