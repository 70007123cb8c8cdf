#!/bin/sh
# Build the Debian package of the desktop client from the PyInstaller bundle.
#
#   packaging/linux/build-deb.sh [BUNDLE_DIR] [OUT_DIR]
#
# BUNDLE_DIR defaults to dist/meetings-app (made by `pyinstaller --noconfirm build.spec`),
# OUT_DIR to dist/. Needs only dpkg-deb (Debian's own tool); no fakeroot: files are
# owned by root through --root-owner-group.
#
# Installed layout:
#   /opt/meetings-app/                     the bundle (program, Qt, resources)
#   /usr/bin/meetings-app                  -> /opt/meetings-app/meetings-app
#   /usr/share/applications/meetings-app.desktop, hicolor icon (256 px)
#   /etc/meetings-app/meetings-app.toml.example   the deployment preset, documented
# An agency's preset goes to /etc/meetings-app/meetings-app.toml (system-wide) or
# /opt/meetings-app/meetings-app.toml (beside the program); see the README.
#
# Removal: `apt remove meetings-app` keeps every user's data (~/.local/share/meetings-app);
# `apt purge meetings-app` asks (debconf, default: keep) whether to delete it too. Silent:
#   echo "meetings-app meetings-app/purge-user-data boolean true" | debconf-set-selections
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/dist/meetings-app}
out=${2:-$root/dist}
[ -x "$bundle/meetings-app" ] || { echo "no bundle at $bundle (run pyinstaller build.spec)" >&2; exit 2; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/meetings_app/__init__.py")
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/doc/meetings-app" \
  "$stage/etc/meetings-app" "$stage/DEBIAN"
cp -a "$bundle" "$stage/opt/meetings-app"
ln -s /opt/meetings-app/meetings-app "$stage/usr/bin/meetings-app"
cp "$here/meetings-app.desktop" "$stage/usr/share/applications/"
cp "$bundle/_internal/resources/icons/meetings-app.png" "$stage/usr/share/icons/hicolor/256x256/apps/"
cp "$root/packaging/meetings-app.toml.example" "$stage/etc/meetings-app/"
printf 'meetings-app\nLicense: GPL-3.0-or-later\nBundled fonts: DejaVu (see /opt/meetings-app/_internal/resources/fonts/LICENSE-DejaVu.txt)\n' \
  > "$stage/usr/share/doc/meetings-app/copyright"

size=$(du -sk "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" \
  "$here/debian/control" > "$stage/DEBIAN/control"
echo /etc/meetings-app/meetings-app.toml.example > "$stage/DEBIAN/conffiles"
for script in templates config postinst postrm; do
  cp "$here/debian/$script" "$stage/DEBIAN/$script"
done
chmod 0755 "$stage/DEBIAN/config" "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod -R u+rwX,go+rX,go-w "$stage/opt" "$stage/usr" "$stage/etc"

mkdir -p "$out"
deb="$out/meetings-app_${version}_${arch}.deb"
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-gzip}" --build "$stage" "$deb" >/dev/null
echo "$deb"
