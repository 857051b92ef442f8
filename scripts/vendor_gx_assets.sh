#!/usr/bin/env bash
# The files Great Expectations' Data Docs load from CDNs, taken from the npm registry at the versions
# GX's templates name, into the console's static/gx/ (served offline; see console/runs.py CDN).
set -euo pipefail
target="$(cd "$(dirname "$0")/.." && pwd)/src/normdocs/console/static/gx"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
take() {  # package@version file-in-package...
  local spec=$1; shift
  local dir=${spec##*/}  # @fortawesome/fontawesome-free@6.6.0 -> fontawesome-free@6.6.0
  local tgz; tgz=$(npm pack -q "$spec" | tail -1)
  mkdir -p "$dir" && tar xzf "$tgz" -C "$dir"
  for file in "$@"; do
    mkdir -p "$(dirname "$target/$dir/$file")"
    cp "$dir/package/$file" "$target/$dir/$file"
  done
}
take jquery@3.7.1 dist/jquery.min.js LICENSE.txt
take bootstrap@4.3.1 dist/css/bootstrap.min.css dist/js/bootstrap.min.js LICENSE
take bootstrap-table@1.19.1 dist/bootstrap-table.min.css dist/bootstrap-table.min.js \
  dist/extensions/filter-control/bootstrap-table-filter-control.min.js LICENSE
take bootstrap-table@1.19.0 dist/extensions/filter-control/bootstrap-table-filter-control.css \
  dist/extensions/filter-control/bootstrap-table-filter-control.min.css LICENSE
take popper.js@1.12.9 dist/umd/popper.min.js
take bootstrap-datepicker@1.9.0 dist/css/bootstrap-datepicker.min.css dist/js/bootstrap-datepicker.min.js LICENSE
take @fortawesome/fontawesome-free@6.6.0 css/all.min.css webfonts/fa-regular-400.woff2 webfonts/fa-solid-900.woff2 LICENSE.txt
