#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end suite, offline but for the npm registry and Debian's
# packages: code-server 4.100.3 (VS Code 1.100.3 in the browser) and playwright-core, into $1
# (default .cache/code-server). Idempotent: a finished install is kept and reused.
#
# `npm install code-server` alone does not work here: its postinstall downloads ripgrep from GitHub
# and builds native modules against headers fetched from nodejs.org. So we install without scripts,
# put Debian's ripgrep where @vscode/ripgrep looks for its download, and rebuild the native modules
# against the running Node's own headers.
set -euo pipefail

CODE_SERVER=4.100.3
PLAYWRIGHT=1.65.1
dest=${1:-$(cd "$(dirname "$0")/../.." && pwd)/.cache/code-server}
mkdir -p "$dest"; dest=$(cd "$dest" && pwd)
log() { printf '[install-code-server] %s\n' "$*" >&2; }

if [ -e "$dest/.complete" ]; then log "already installed in $dest"; exit 0; fi
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || { log "code-server $CODE_SERVER needs Node 20, found $(node -v)"; exit 1; }

apt_packages="build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium"
# shellcheck disable=SC2086
if ! dpkg -s $apt_packages >/dev/null 2>&1; then
  log "apt-get install $apt_packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $apt_packages >/dev/null
fi

node_prefix=$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")
[ -f "$node_prefix/include/node/node.h" ] || { log "no Node headers under $node_prefix/include/node"; exit 1; }
export npm_config_nodedir=$node_prefix npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
out=$dest/install.log; : > "$out"
step() { "$@" >>"$out" 2>&1 || { tail -40 "$out" >&2; log "FAILED: $* (log: $out)"; exit 1; }; }

cd "$dest"
[ -f package.json ] || echo '{"private": true}' > package.json
log "npm install code-server@$CODE_SERVER playwright-core@$PLAYWRIGHT (without install scripts)"
step npm install --ignore-scripts --save-exact "code-server@$CODE_SERVER" "playwright-core@$PLAYWRIGHT"
step npm rebuild argon2   # its prebuilt download fails; node-gyp builds it instead

vscode=node_modules/code-server/lib/vscode
log "VS Code's own dependencies, native modules built here"
(cd "$vscode" && step npm install --omit=dev --ignore-scripts)
mkdir -p "$vscode/node_modules/@vscode/ripgrep/bin"
ln -sfn "$(command -v rg)" "$vscode/node_modules/@vscode/ripgrep/bin/rg"
(cd "$vscode" && step npm rebuild)
(cd "$vscode" && ln -sfn node_modules node_modules.asar)
(cd "$vscode/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$vscode/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
(cd "$vscode/extensions" && step npm install --omit=dev)

# every native module must load in this Node, or the suite would fail later and less clearly
(cd "$vscode" && node -e '
  const r = require("module").createRequire(process.cwd() + "/x.js");
  for (const m of ["@vscode/spdlog", "node-pty", "native-watchdog", "kerberos", "@parcel/watcher"]) r(m);')
node -e 'require("argon2")'
touch .complete
# (the version from package.json: `code-server --version` would write a config file into ~/.config)
log "installed code-server $(node -p "require('$dest/node_modules/code-server/package.json').version") in $dest"
