#!/usr/bin/env bash
# check-package.sh BUILD_DIR VERSION: builds the .deb and .tar.gz of BUILD_DIR with cpack
# (whatever is built there: cpack does not build, see cmake/Packaging.cmake) into a temporary
# folder and checks them. Fails with the step that failed and why.
set -euo pipefail
build=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
step() { echo "== $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

for binary in app/parcours-app tools/parcours; do
  [ -x "$build/$binary" ] || fail "$build/$binary is not built (cmake --build $build --target parcours-app parcours)"
done

step "cpack (TGZ, DEB) of $build"
start=$(date +%s)
(cd "$build" && cpack -G "TGZ;DEB" -B "$tmp/out" >"$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log"; fail "cpack"; }
echo "   $(($(date +%s) - start)) s"
deb=$(ls "$tmp"/out/parcours_"$version"_*.deb 2>/dev/null) || fail "no parcours_${version}_*.deb in $tmp/out"
tgz=$(ls "$tmp"/out/parcours-"$version"-*.tar.gz 2>/dev/null) || fail "no parcours-${version}-*.tar.gz"
echo "   $(basename "$deb") $(du -k "$deb" | cut -f1) KB, $(basename "$tgz") $(du -k "$tgz" | cut -f1) KB"

step "control fields"
dpkg-deb --field "$deb" >"$tmp/control"
cat "$tmp/control" | sed 's/^/   /'
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = parcours ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Section)" ] || fail "no Section"
grep -q "médecin" <<<"$(field Description)" || fail "the description has no French part"
depends=$(field Depends)
# From dpkg-shlibdeps (the libraries the binaries link) and from Packaging.cmake (the QML
# modules and platform plugins Qt loads at run time).
for needed in libqt6quick6 libqt6gui6 libsodium23 libprotobuf32 libsqlite3-0 \
    qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates \
    qml6-module-qtqml-workerscript qml6-module-qtquick-window qt6-qpa-plugins; do
  grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

step "contents"
dpkg-deb --contents "$deb" | awk '{print $6}' >"$tmp/contents"
for file in ./usr/bin/parcours-app ./usr/bin/parcours \
    ./usr/share/applications/fr.parcours.Parcours.desktop \
    ./usr/share/mime/packages/fr.parcours.Parcours.xml \
    ./usr/share/metainfo/fr.parcours.Parcours.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/fr.parcours.Parcours.svg \
    ./usr/share/icons/hicolor/16x16/apps/fr.parcours.Parcours.png \
    ./usr/share/icons/hicolor/48x48/apps/fr.parcours.Parcours.png \
    ./usr/share/icons/hicolor/128x128/apps/fr.parcours.Parcours.png \
    ./usr/share/icons/hicolor/256x256/apps/fr.parcours.Parcours.png \
    ./usr/share/doc/parcours/copyright; do
  grep -qxF "$file" "$tmp/contents" || fail "$file is not in the package"
done
# Nothing else of the build tree (tests, static libraries, headers) slips in.
if grep -E '\.(a|h|hpp)$|/include/|test' "$tmp/contents"; then fail "unexpected files"; fi
echo "   $(grep -vc '/$' "$tmp/contents") files"
# Lists go to files before grep -q: with pipefail, grep quitting early would make the writer
# die of SIGPIPE and the pipeline fail.
dpkg-deb --ctrl-tarfile "$deb" | tar -t >"$tmp/control-files"
grep -qx './postinst' "$tmp/control-files" || fail "no postinst"
grep -qx './postrm' "$tmp/control-files" || fail "no postrm"

step "apt resolves it (simulated install)"
if apt-get install --simulate "$deb" >"$tmp/apt.log" 2>&1; then
  grep -E '^(Inst|Conf) parcours|parcours is already' "$tmp/apt.log" | sed 's/^/   /' ||
    { cat "$tmp/apt.log"; fail "apt did not plan to install parcours"; }
else
  cat "$tmp/apt.log"; fail "apt-get install --simulate"
fi
# A fresh Debian 12: apt again, told that nothing at all is installed (an empty dpkg status),
# must find every package from the .deb's Depends down to libc6 in the archive. Stricter than
# a fresh machine, which has its base system already.
if [ -n "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e lock -e partial -e auxfiles)" ]; then
  : >"$tmp/empty-status"
  apt-get install --simulate -o Dir::State::status="$tmp/empty-status" "$deb" \
    >"$tmp/apt-fresh.log" 2>&1 || { cat "$tmp/apt-fresh.log"; fail "apt on an empty system"; }
  grep -q '^Inst parcours ' "$tmp/apt-fresh.log" || { cat "$tmp/apt-fresh.log"; fail "apt on an empty system"; }
  echo "   on an empty system: $(grep -c '^Inst' "$tmp/apt-fresh.log") packages to install, all found"
else
  echo "   no apt lists here (apt-get update): the empty-system check is skipped"
fi

step "the extracted app starts on the system Qt"
dpkg-deb -x "$deb" "$tmp/root"
mkdir -p "$tmp/home"
start=$(date +%s)
HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" \
  "$tmp/root/usr/bin/parcours-app" --self-test --db "$tmp/db/directory.sqlite" --size 360x640 ||
  fail "parcours-app --self-test from the package"
echo "   self-test passed in $(($(date +%s) - start)) s"
"$tmp/root/usr/bin/parcours" directory stats --db "$tmp/db/directory.sqlite" >/dev/null ||
  fail "parcours (the CLI) from the package cannot read the app's directory"
# It runs from the package, not from the build tree: no path of the build tree in either binary
# (the QML module is compiled in; RPATH points nowhere in the tree).
for binary in parcours-app parcours; do
  strings "$tmp/root/usr/bin/$binary" >"$tmp/strings"
  if grep -qF "$build/" "$tmp/strings"; then
    fail "$binary refers to the build tree"
  fi
done

step "desktop integration"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$tmp/root/usr/share/applications/fr.parcours.Parcours.desktop" ||
    fail "desktop-file-validate"
  echo "   desktop-file-validate: ok"
else
  echo "   desktop-file-validate not installed (desktop-file-utils): skipped"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$tmp/root/usr/share/metainfo/fr.parcours.Parcours.metainfo.xml" >"$tmp/as.log" 2>&1 ||
    { cat "$tmp/as.log"; fail "appstreamcli validate"; }
  echo "   appstreamcli validate: ok"
fi
if command -v update-mime-database >/dev/null; then
  update-mime-database "$tmp/root/usr/share/mime" >/dev/null 2>&1
  grep -qx '50:application/vnd.parcours.bundle:\*.parcours' "$tmp/root/usr/share/mime/globs2" ||
    fail "the MIME type has no *.parcours glob"
  # The magic: the bundle's first 8 bytes, 89 50 43 53 0D 0A 1A 0A.
  LC_ALL=C grep -qaF "$(printf '\x89PCS\r\n\x1a\n')" "$tmp/root/usr/share/mime/magic" ||
    fail "the MIME type has no magic"
  echo "   MIME type: glob *.parcours and magic"
fi

step "the .tar.gz"
tar -tzf "$tgz" >"$tmp/tgz"
for file in bin/parcours-app bin/parcours share/applications/fr.parcours.Parcours.desktop; do
  grep -qE "(^|/)$file\$" "$tmp/tgz" || fail "$file is not in $(basename "$tgz")"
done
echo "   $(grep -vc '/$' "$tmp/tgz") files"
echo "package: ok"
