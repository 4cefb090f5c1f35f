#!/usr/bin/env bash
# Regenerates test/fixtures/lockfiles/ with the real package managers, so the lockfile readers are
# tested on what those tools write. Scripts never run (--ignore-scripts / enableScripts: false).
# The project covers workspaces, an npm: alias, file: and git dependencies, dev, optional and
# peer dependencies, and a package with an install script. Needs the npm registry and git.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/lockfiles"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tools="$work/tools"
npm install --silent --no-audit --no-fund --prefix "$tools" yarn@1 pnpm@9 pnpm8@npm:pnpm@8 @yarnpkg/cli-dist@4 npm6@npm:npm@6 >/dev/null

# A git dependency served from a local repository (no network beyond the npm registry).
git init -q "$work/git-dep"
printf '{ "name": "git-dep", "version": "1.0.0" }\n' > "$work/git-dep/package.json"
git -C "$work/git-dep" add -A
git -C "$work/git-dep" -c user.email=f@example.com -c user.name=f commit -qm v1
git -C "$work/git-dep" tag v1.0.0

project() {
  local dir="$1" git="${2:-yes}"
  rm -rf "$dir" && mkdir -p "$dir/packages/ui" "$dir/local-lib"
  local gitdep=""
  [ "$git" = yes ] && gitdep=", \"git-dep\": \"git+file://$work/git-dep#v1.0.0\""
  cat > "$dir/package.json" <<JSON
{
  "name": "fixture-app",
  "version": "1.0.0",
  "private": true,
  "workspaces": ["packages/*"],
  "dependencies": { "semver": "7.6.0", "odd": "npm:is-odd@3.0.1", "core-js": "3.37.1", "local-lib": "file:./local-lib"$gitdep },
  "devDependencies": { "is-number": "7.0.0" },
  "optionalDependencies": { "fsevents": "2.3.3" },
  "peerDependencies": { "ms": "^2.1.0" }
}
JSON
  printf '{ "name": "@fixture/ui", "version": "1.0.0", "dependencies": { "ms": "2.1.3" } }\n' > "$dir/packages/ui/package.json"
  printf '{ "name": "local-lib", "version": "0.1.0" }\n' > "$dir/local-lib/package.json"
}

keep() { # keep <format> <dir> <files...>
  local fmt="$1" dir="$2"; shift 2
  rm -rf "$out/$fmt" && mkdir -p "$out/$fmt/packages/ui" "$out/$fmt/local-lib"
  cp "$dir/package.json" "$out/$fmt/" && cp "$dir/packages/ui/package.json" "$out/$fmt/packages/ui/" && cp "$dir/local-lib/package.json" "$out/$fmt/local-lib/"
  for f in "$@"; do cp "$dir/$f" "$out/$fmt/"; done
  # Absolute paths of this machine's scratch folder would make the fixtures differ per run.
  find "$out/$fmt" -type f -exec sed -i "s#$work#/tmp/fixture#g" {} +
}

make() { # make <format> <lockfile files> -- <command run in the project>; retried without the git dependency
  local fmt="$1" files="$2"; shift 2
  for git in yes no; do
    project "$work/$fmt" "$git"
    if (cd "$work/$fmt" && eval "$*") >"$work/$fmt.log" 2>&1; then
      # shellcheck disable=SC2086
      keep "$fmt" "$work/$fmt" $files
      [ "$git" = no ] && echo "$fmt: written without the git dependency (the tool could not resolve git+file)"
      return 0
    fi
  done
  echo "$fmt: FAILED"; tail -5 "$work/$fmt.log"; return 1
}

berryrc='printf "nodeLinker: node-modules\nenableScripts: false\nnpmRegistryServer: \"https://registry.npmjs.org\"\nenableTelemetry: false\nenableGlobalCache: false\n" > .yarnrc.yml && touch yarn.lock'
workspace='printf "packages:\n  - \"packages/*\"\n" > pnpm-workspace.yaml'
status=0
make npm-v3 package-lock.json 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund --lockfile-version 3' || status=1
make npm-v2 package-lock.json 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund --lockfile-version 2' || status=1
make npm-v1 package-lock.json "node $tools/node_modules/npm6/bin/npm-cli.js install --package-lock-only --ignore-scripts --no-audit" || status=1
make npm-shrinkwrap npm-shrinkwrap.json 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund && npm shrinkwrap' || status=1
make yarn-classic yarn.lock "node $tools/node_modules/yarn/bin/yarn.js install --ignore-scripts --ignore-engines --non-interactive --ignore-optional" || status=1
make yarn-berry "yarn.lock .yarnrc.yml" "$berryrc && YARN_ENABLE_IMMUTABLE_INSTALLS=false node $tools/node_modules/@yarnpkg/cli-dist/bin/yarn.js install --mode=update-lockfile" || status=1
make pnpm-v9 "pnpm-lock.yaml pnpm-workspace.yaml" "$workspace && node $tools/node_modules/pnpm/bin/pnpm.cjs install --lockfile-only --ignore-scripts" || status=1
make pnpm-v6 "pnpm-lock.yaml pnpm-workspace.yaml" "$workspace && node $tools/node_modules/pnpm8/bin/pnpm.cjs install --lockfile-only --ignore-scripts" || status=1
echo "fixtures written to $out"
exit $status
