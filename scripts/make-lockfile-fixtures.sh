#!/usr/bin/env bash
# Regenerates test/fixtures/lockfiles/ with the real package managers, so the lockfile readers are
# tested on what those tools write. Scripts never run (--ignore-scripts / enableScripts: false).
# The project covers workspaces, an npm: alias, file: and git dependencies, dev, optional and
# peer dependencies, and a package with an install script. Needs the npm registry and git.
#   bash scripts/make-lockfile-fixtures.sh            the feature fixtures (test/fixtures/lockfiles)
#   bash scripts/make-lockfile-fixtures.sh forge-app  a real Forge app's dependencies, locked by each
#                                                     manager (test/fixtures/forge-app-lockfiles)
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

if [ "${1:-}" = forge-app ]; then
  # The dependencies of a public Forge app (atlassian/jenkins-for-jira, app/package.json): a
  # real app's tree of several hundred packages, so the readers meet what partners' repos hold.
  forge="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/forge-app-lockfiles"
  lock_forge() { # lock_forge <format> <lockfile files> -- <command>
    local fmt="$1" files="$2"; shift 2
    local dir="$work/forge-$fmt"
    mkdir -p "$dir"
    cat > "$dir/package.json" <<'JSON'
{
  "name": "jenkins-forge-app",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "@forge/api": "3.0.0",
    "@forge/metrics": "^0.2.2",
    "@forge/resolver": "1.5.14",
    "atlassian-jwt": "^2.0.2",
    "crypto": "^1.0.1",
    "lodash": "^4.18.0",
    "node-fetch": "^2.6.1",
    "uuid": "^9.0.1"
  },
  "devDependencies": {
    "@types/jest": "^29.5.13",
    "@types/jest-when": "^3.5.0",
    "@types/jsonwebtoken": "8.5.9",
    "@types/lodash": "^4.14.197",
    "@types/uuid": "^9.0.8",
    "@typescript-eslint/eslint-plugin": "5.61.0",
    "@typescript-eslint/parser": "5.61.0",
    "eslint": "8.50.0",
    "eslint-config-airbnb-base": "15.0.0",
    "eslint-config-airbnb-typescript": "^17.0.0",
    "eslint-plugin-import": "2.27.5",
    "husky": "^8.0.3",
    "jest": "^29.7.0",
    "jest-when": "3.5.2",
    "npm-run-all": "4.1.5",
    "ts-jest": "^29.1.5",
    "typescript": "4.9.5"
  }
}
JSON
    printf 'app:\n  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000001\n  runtime:\n    name: nodejs22.x\n' > "$dir/manifest.yml"
    (cd "$dir" && eval "$*") >"$work/forge-$fmt.log" 2>&1 || { echo "forge-app $fmt: FAILED"; tail -5 "$work/forge-$fmt.log"; return 1; }
    rm -rf "$forge/$fmt" && mkdir -p "$forge/$fmt"
    cp "$dir/package.json" "$dir/manifest.yml" "$forge/$fmt/"
    for f in $files; do cp "$dir/$f" "$forge/$fmt/"; done
  }
  status=0
  lock_forge npm package-lock.json 'npm install --package-lock-only --ignore-scripts --no-audit --no-fund' || status=1
  lock_forge yarn-classic yarn.lock "node $tools/node_modules/yarn/bin/yarn.js install --ignore-scripts --non-interactive --no-progress && rm -rf node_modules" || status=1
  lock_forge yarn-berry "yarn.lock .yarnrc.yml" "printf 'nodeLinker: node-modules\nenableScripts: false\nenableTelemetry: false\n' > .yarnrc.yml && YARN_ENABLE_IMMUTABLE_INSTALLS=false node $tools/node_modules/@yarnpkg/cli-dist/bin/yarn.js install --mode=update-lockfile" || status=1
  lock_forge pnpm pnpm-lock.yaml "node $tools/node_modules/pnpm/bin/pnpm.cjs install --lockfile-only --ignore-scripts" || status=1
  echo "fixtures written to $forge"
  exit $status
fi

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
