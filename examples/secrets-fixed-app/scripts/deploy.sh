#!/usr/bin/env bash
set -euo pipefail
# Sets the app's variables (encrypted), then deploys.
forge variables set --encrypt -e production WEATHER_API_KEY "$WEATHER_API_KEY"
forge variables set --encrypt -e production OPENAI_API_KEY "$OPENAI_API_KEY"
forge deploy -e production --non-interactive
