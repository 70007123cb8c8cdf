#!/bin/sh
# Install the .deb on this machine, start the installed client, remove and purge it.
#
#   packaging/linux/test-deb.sh dist/meetings-app_VERSION_ARCH.deb
#
# Needs root. Installs the package's library dependencies with apt-get when missing, then
# `dpkg -i`. Checks: /usr/bin/meetings-app --version; a system-wide preset reaches the
# sign-in (`meetings-app --smoke`, offscreen); `dpkg -r` keeps a user's data; `dpkg -P`
# keeps it by default and deletes it when debconf was preseeded to (silent rollout).
set -eu
deb=$1
fail() { echo "test-deb: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root"
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/([^)]*)//; s/|.*//; s/ //g' | grep -v '^debconf' || true)
missing=""
for p in $deps; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
dpkg -i "$deb" >/dev/null
user=meetings-ci-user
work=$(mktemp -d)
cleanup() {
  dpkg -P meetings-app >/dev/null 2>&1 || true
  userdel -r "$user" >/dev/null 2>&1 || true
  rm -rf "$work" /etc/meetings-app/meetings-app.toml
}
trap cleanup EXIT

[ -x /usr/bin/meetings-app ] || fail "/usr/bin/meetings-app missing"
/usr/bin/meetings-app --version | grep -q '^meetings-app ' || fail "--version"
[ -f /usr/share/applications/meetings-app.desktop ] || fail "desktop entry missing"
[ -f /usr/share/icons/hicolor/256x256/apps/meetings-app.png ] || fail "icon missing"

# The agency's preset, system-wide; a desktop user starts the client.
printf 'server_url = "https://hop.example.gov.vn"\nlanguage = "vi"\n' > /etc/meetings-app/meetings-app.toml
useradd -m -u 4242 "$user" 2>/dev/null || useradd -m "$user"
home=$(getent passwd "$user" | cut -d: -f6)
out=$(su "$user" -s /bin/sh -c "QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/meetings-app --smoke" 2>"$work/err") \
  || { cat "$work/err" >&2; fail "installed client did not reach the sign-in"; }
echo "$out"
echo "$out" | grep -q "server=https://hop.example.gov.vn" || fail "preset server not shown"
echo "$out" | grep -q "language=vi" || fail "preset language not used"
! grep -q "lrelease" "$work/err" || fail "frozen start warned about lrelease"

# A user's data: kept by remove, kept by a default purge, deleted when preseeded.
mkdir -p "$home/.local/share/meetings-app/client" && echo kept > "$home/.local/share/meetings-app/client/marker"
dpkg -r meetings-app >/dev/null
[ ! -e /usr/bin/meetings-app ] || fail "remove left /usr/bin/meetings-app"
[ -f "$home/.local/share/meetings-app/client/marker" ] || fail "remove deleted user data"
dpkg -P meetings-app >/dev/null
[ -f "$home/.local/share/meetings-app/client/marker" ] || fail "default purge deleted user data"
dpkg -i "$deb" >/dev/null
echo "meetings-app meetings-app/purge-user-data boolean true" | debconf-set-selections
dpkg -P meetings-app >/dev/null
[ ! -e "$home/.local/share/meetings-app" ] || fail "preseeded purge kept user data"
[ ! -e /opt/meetings-app ] || fail "purge left /opt/meetings-app"
echo "test-deb: installed, started at the sign-in with the preset, removed and purged"
