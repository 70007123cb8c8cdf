#!/bin/sh
# macOS installer package and disk image for meetings-app (NOT built or tested in CI: the
# project's CI runs on Linux; see packaging/README.md).
#
# On a Mac, after `pyinstaller --noconfirm build.spec` made dist/meetings-app.app:
#   packaging/macos/build-pkg.sh [PRESET.toml]
# Output: dist/meetings-app-VERSION.pkg (installs /Applications/meetings-app.app and, when
# given, the agency preset as /Library/Application Support/meetings-app/meetings-app.toml)
# and dist/meetings-app-VERSION.dmg (drag-to-Applications image).
#
# Signing/notarisation (needed outside a managed fleet): set SIGN_APP="Developer ID
# Application: …" and SIGN_PKG="Developer ID Installer: …"; then
#   xcrun notarytool submit dist/meetings-app-VERSION.pkg --keychain-profile … --wait
#
# Silent install (Jamf, Munki, MDM, or by hand):
#   sudo installer -pkg meetings-app-VERSION.pkg -target /
# Removal (users' data in ~/Library/Application Support/meetings-app is kept):
#   sudo rm -rf /Applications/meetings-app.app && sudo pkgutil --forget org.meetings-app.client
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/meetings_app/__init__.py")
app="$root/dist/meetings-app.app"
[ -d "$app" ] || { echo "no $app (run pyinstaller build.spec on macOS)" >&2; exit 2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

if [ -n "${SIGN_APP:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_APP" "$app"
fi
mkdir -p "$stage/app/Applications" "$stage/preset/Library/Application Support/meetings-app"
cp -R "$app" "$stage/app/Applications/"
pkgbuild --root "$stage/app" --identifier org.meetings-app.client --version "$version" \
  --install-location / "$stage/app.pkg"
packages="--package $stage/app.pkg"
if [ "${1:-}" != "" ]; then
  cp "$1" "$stage/preset/Library/Application Support/meetings-app/meetings-app.toml"
  pkgbuild --root "$stage/preset" --identifier org.meetings-app.preset --version "$version" \
    --install-location / "$stage/preset.pkg"
  packages="$packages --package $stage/preset.pkg"
fi
# shellcheck disable=SC2086
productbuild $packages ${SIGN_PKG:+--sign "$SIGN_PKG"} "$root/dist/meetings-app-$version.pkg"

mkdir "$stage/dmg"
cp -R "$app" "$stage/dmg/" && ln -s /Applications "$stage/dmg/Applications"
hdiutil create -volname "meetings-app $version" -srcfolder "$stage/dmg" -ov -format UDZO \
  "$root/dist/meetings-app-$version.dmg"
echo "$root/dist/meetings-app-$version.pkg $root/dist/meetings-app-$version.dmg"
