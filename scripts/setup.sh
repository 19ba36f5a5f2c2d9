#!/usr/bin/env bash
# `npm run setup`: provisions what building and testing awsmfa needs on a fresh Debian/Ubuntu
# machine that has only Node 20 and npm: the pinned pnpm, the real shells and AWS CLI v2 the
# end-to-end tests run (bash, zsh, fish, dash, tmux, jq, awscli; hyperfine for `pnpm bench`), a real
# Secret Service for the keyring store's tests (dbus-daemon, dbus-bin, gnome-keyring,
# libsecret-tools), the ja_JP.UTF-8 locale (Debian's locales) for the Japanese terminal test, and
# Node 18, 22 and 24 from the npm registry (scripts/testNodes.mjs), on which the release test runs
# the installed package (18 must be refused) and from which the standalone executable is built.
# scripts/testTools.test.mjs fails when a test runs a program this list does not provide.
set -euo pipefail

pnpm_version=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version" >&2
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version" >/dev/null
fi

packages=(zsh fish dash tmux jq awscli hyperfine procps dbus-daemon dbus-bin gnome-keyring libsecret-tools locales)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: please install ${missing[*]} with your package manager (the tests run them)" >&2
    exit 1
  fi
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "setup: installing Debian packages ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The Japanese end-to-end test runs awsmfa in a terminal with LANG=ja_JP.UTF-8; compiled once.
if ! locale -a 2>/dev/null | grep -qix 'ja_JP.utf-\?8'; then
  echo "setup: generating the ja_JP.UTF-8 locale" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" localedef -i ja_JP -c -f UTF-8 ja_JP.UTF-8
fi
node "$(dirname "$0")/testNodes.mjs" install
echo "setup: pnpm $(pnpm --version), $(/usr/bin/aws --version 2>&1 | cut -d' ' -f1), zsh, fish, dash, tmux, jq, gnome-keyring, ja_JP.UTF-8, Node 18, 22 and 24 ready" >&2
