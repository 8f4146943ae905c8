# Sourced by run.sh and test.sh: make sure .venv exists and holds the project's dependencies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "→ virtualenv aanmaken (.venv)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  echo "→ afhankelijkheden installeren (eenmalig, een paar minuten)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[test]'
  echo "→ deduce (de-identificatie) bouwt zijn opzoeklijsten (eenmalig, ongeveer een minuut)"
  .venv/bin/python -m reviews.deidentify
  rm -f .venv/.installed-* && touch "$stamp"
fi
export PATH="$PWD/.venv/bin:$PATH"
