#!/usr/bin/env bash
# Puts Node.js and npm into FOLDER, laid out as Vaadin's nodeFolder expects (FOLDER/node and
# FOLDER/node_modules/npm). Vaadin 25 needs Node.js 24, newer than many machines have, and
# nothing may be downloaded from outside the package registries: both come from the npm
# registry through the machine's own npm client (packages node-<os>-<arch> and npm).
# Usage: install-node.sh FOLDER NODE_VERSION NPM_VERSION. Does nothing when FOLDER is complete.
set -euo pipefail
folder=$1 node_version=$2 npm_version=$3

if [ -x "$folder/node" ] && [ -f "$folder/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-node: npm is needed once to fetch Node.js $node_version from the npm registry;" \
       "install Node.js/npm (any version) and run the build again" >&2
  exit 1
fi

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "install-node: unsupported OS $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "install-node: unsupported CPU $(uname -m)" >&2; exit 1 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "install-node: fetching node-$os-$arch@$node_version and npm@$npm_version into $folder"
(cd "$work" && npm pack --silent "node-$os-$arch@$node_version" "npm@$npm_version" >/dev/null)
mkdir -p "$work/out/node_modules/npm"
tar -xzf "$work"/node-"$os"-"$arch"-*.tgz -C "$work" package/bin/node
mv "$work/package/bin/node" "$work/out/node"
tar -xzf "$work"/npm-*.tgz -C "$work/out/node_modules/npm" --strip-components=1
"$work/out/node" --version >/dev/null

mkdir -p "$(dirname "$folder")"
rm -rf "$folder.partial" && mv "$work/out" "$folder.partial" && rm -rf "$folder" && mv "$folder.partial" "$folder"
echo "install-node: Node.js $("$folder/node" --version) ready in $folder"
