#!/usr/bin/env bash
# Installs everything the real-editor e2e suite (test/e2e) needs on a fresh Debian 12 machine:
# Debian's chromium, neovim, emacs-nox + eglot, ripgrep, and code-server from npm in its own
# prefix (so the repo's package-lock is never touched). Safe to re-run: each step checks first
# and returns in about a second when everything is already there.
set -euo pipefail

PREFIX="${TPI_E2E_PREFIX:-/opt/tpi-e2e}"
CS_VERSION=4.100.3 # newest code-server whose engines field accepts Node 20
# code-server 4.100.3's shrinkwrap pins @vscode/ripgrep 1.15.11, whose postinstall fetches
# ripgrep v13.0.0-10 from GitHub. We can't reach GitHub, so we seed its download cache.
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(chromium neovim emacs-nox elpa-eglot ripgrep libkrb5-dev pkg-config)
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

log() { printf 'e2e-setup: %s\n' "$*"; }

# apt-get is slow even when nothing changes, so only call it for missing packages.
install_apt() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then log "apt packages present"; return; fi
  log "installing apt packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  flock /tmp/tpi-apt.lock apt-get update -qq
  flock /tmp/tpi-apt.lock apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# @vscode/ripgrep's download step reuses <tmpdir>/vscode-ripgrep-cache-<version>/<asset> when
# that file exists, then untars it expecting `rg` at the archive's top level.
seed_ripgrep_cache() {
  local tmp dir
  tmp="$(node -p 'require("os").tmpdir()')"
  dir="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  [ -s "$dir/$RG_ASSET" ] && return
  mkdir -p "$dir"
  tar -czf "$dir/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
  log "seeded $dir/$RG_ASSET from Debian's rg"
}

code_server_ok() {
  local bin="$PREFIX/code-server/node_modules/.bin/code-server"
  local vscode="$PREFIX/code-server/node_modules/code-server/lib/vscode"
  # node_modules.asar is the postinstall's last step, so it marks a finished install.
  [ -x "$bin" ] && [ -e "$vscode/node_modules.asar" ] \
    && "$bin" --version 2>/dev/null | grep -q "^$CS_VERSION "
}

# Runs code-server's postinstall.sh the way npm would, with the native modules of lib/vscode
# approved in that project's own .npmrc. nodedir makes node-gyp use the installed Node headers
# instead of downloading them.
run_code_server_postinstall() {
  local dir="$1" allow="@parcel/watcher,@vscode/deviceid,@vscode/ripgrep,@vscode/spdlog"
  allow+=",kerberos,native-watchdog,node-pty"
  printf 'allow-scripts=%s\n' "$allow" > "$dir/lib/vscode/.npmrc"
  (cd "$dir" && npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" \
    npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr sh ./postinstall.sh)
}


install_code_server() {
  if code_server_ok; then log "code-server $CS_VERSION present"; return; fi
  seed_ripgrep_cache
  log "installing code-server $CS_VERSION into $PREFIX/code-server (a few minutes)"
  mkdir -p "$PREFIX/code-server"
  [ -f "$PREFIX/code-server/package.json" ] \
    || printf '{"name":"tpi-e2e-code-server","private":true}\n' > "$PREFIX/code-server/package.json"
  # npm 11 skips dependency install scripts unless approved, and refuses approvals given on the
  # command line or in the environment of a project install; a config file is accepted. So:
  # fetch without scripts, build argon2 with an approval file, then run code-server's own
  # postinstall by hand (run by npm, its nested npm would inherit the approval as an env var
  # and refuse it).
  printf 'allow-scripts=argon2\n' > "$PREFIX/npmrc"
  (cd "$PREFIX/code-server" \
    && npm install --ignore-scripts --no-audit --no-fund "code-server@$CS_VERSION" \
    && npm_config_userconfig="$PREFIX/npmrc" npm_config_nodedir=/usr npm rebuild argon2)
  run_code_server_postinstall "$PREFIX/code-server/node_modules/code-server"
  code_server_ok || { log "code-server install did not produce a working binary"; exit 1; }
}

# The repo's own devDependencies (playwright-core) come from its lockfile.
install_node_modules() {
  if [ -d "$ROOT/node_modules/playwright-core" ]; then log "node_modules present"; return; fi
  log "running npm ci in $ROOT"
  (cd "$ROOT" && flock /tmp/tpi-npm.lock npm ci --no-audit --no-fund)
}

start=$SECONDS
install_apt
install_code_server
install_node_modules
log "done in $((SECONDS - start))s"
