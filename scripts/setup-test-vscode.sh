#!/usr/bin/env bash
# Installs what the offline integration tests need, once: Debian's Chromium and
# ripgrep, and the VS Code server shipped inside the code-server npm package.
# Idempotent: a second run with everything present does nothing.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cs_version="4.100.3"
cs_dir="$root/.vscode-test/code-server"
marker="$cs_dir/.installed-$cs_version"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "setup-test-vscode: please install these Debian packages: ${need_apt[*]}" >&2
    exit 1
  fi
  echo "setup-test-vscode: installing ${need_apt[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ -f "$marker" ] && [ -f "$cs_dir/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  exit 0
fi

echo "setup-test-vscode: installing code-server@$cs_version (VS Code server) into .vscode-test/code-server"
echo "setup-test-vscode: this downloads about 300 MB once (1 to 3 minutes); later runs skip it"
mkdir -p "$cs_dir"
# @vscode/ripgrep would download rg from GitHub; give it Debian's rg in its cache instead.
tmp="$cs_dir/tmp"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
stage="$(mktemp -d)"
cp "$(command -v rg)" "$stage/rg"
tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$stage" rg
rm -rf "$stage"

cd "$cs_dir"
[ -f package.json ] || echo '{"name":"test-vscode","private":true}' > package.json
# code-server's postinstall runs `npm install` inside lib/vscode to build VS Code's native
# modules; npm 11 blocks dependency install scripts unless allowed, and a project-level
# allowScripts list cannot reach those nested installs. This folder holds only the test
# VS Code, never the extension's dependencies, so all of its scripts are allowed here.
TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true \
  npm_config_dangerously_allow_all_scripts=true \
  npm install --no-audit --no-fund --no-save "code-server@$cs_version" >"$cs_dir/install.log" 2>&1 &
install_pid=$!
# Progress while npm works quietly: elapsed time and how much is on disk so far.
started=$SECONDS
while kill -0 "$install_pid" 2>/dev/null; do
  sleep 5
  kill -0 "$install_pid" 2>/dev/null || break
  size="$(du -sm "$cs_dir/node_modules" 2>/dev/null | cut -f1 || true)"
  echo "setup-test-vscode: still installing... $((SECONDS - started)) s, ${size:-0} MB so far"
done
wait "$install_pid" || {
    echo "setup-test-vscode: npm install of code-server failed; last lines of the log:" >&2
    tail -n 30 "$cs_dir/install.log" >&2
    exit 1
  }
touch "$marker"
echo "setup-test-vscode: done"
