#!/usr/bin/env bash
# Sets up .venv and starts StoreSync; with no store configured yet it starts on the demo stores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
exec .venv/bin/python main.py --demo-if-empty "$@"
