#!/usr/bin/env bash
# The build's stylesheet check: runs stylelint (pinned by src/build/stylelint/package-lock.json,
# from the npm registry) with the Node.js that install-node.sh put into NODE_FOLDER, over the
# given stylesheets, with the rules of frontend/.stylelintrc.json. A syntax error (e.g. a lost
# closing brace: "Unclosed block"), a rule nested inside another, an unknown property, unit or
# selector fails the build. stylelint is installed once per lock file, beside Node.js, into
# NODE_FOLDER/../stylelint-<lock hash>.
# Usage: check-stylesheets.sh NODE_FOLDER STYLESHEET...
set -euo pipefail
node_folder=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
node="$node_folder/node"
npm_cli="$node_folder/node_modules/npm/bin/npm-cli.js"

lock_hash=$(sha256sum "$here/stylelint/package-lock.json" | cut -c1-12)
tool="$(dirname "$node_folder")/stylelint-$lock_hash"
if [ ! -f "$tool/node_modules/stylelint/bin/stylelint.mjs" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp "$here/stylelint/package.json" "$here/stylelint/package-lock.json" "$work/"
  echo "check-stylesheets: installing stylelint from src/build/stylelint/package-lock.json into $tool"
  (cd "$work" && PATH="$node_folder:$PATH" "$node" "$npm_cli" ci --silent --no-audit --no-fund)
  mkdir -p "$(dirname "$tool")"
  rm -rf "$tool.partial" && mv "$work" "$tool.partial" && rm -rf "$tool" && mv "$tool.partial" "$tool"
fi

cd "$project"
"$node" "$tool/node_modules/stylelint/bin/stylelint.mjs" --config frontend/.stylelintrc.json \
  --max-warnings 0 --formatter verbose "$@"
