# CPack: the desktop build as a .tar.gz and a Debian package (`parcours`), with parcours-app,
# the command-line tool `parcours`, the launcher, icons, MIME type, AppStream metadata and the
# copyright file (platform/desktop). Included from the top CMakeLists.txt after the targets.
#
#   cmake --preset release && cmake --build --preset release
#   cd build/release && cpack              # parcours_<version>_<arch>.deb and .tar.gz
#
# or scripts/package, which does exactly that. tests/package checks the result.

include(GNUInstallDirs)

# cpack packages what is built, without building "all" first (tests, benchmarks): scripts/package
# builds parcours-app and parcours, and the package test runs on whatever tree it is in.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_PACKAGE_NAME parcours)
set(CPACK_PACKAGE_VENDOR "Parcours")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "find a doctor in France: directory, call journal, rights, sync")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://parcours.invalid/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY parcours)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR TGZ DEB)
# Only the files the install rules name (the app, the tool, platform/desktop): under /usr in
# the .deb (CPack's default for DEB), under parcours-<version>-Linux-<arch>/ (bin/, share/) in
# the .tar.gz, to unpack into a prefix such as /usr/local or ~/.local.
# The .tar.gz: parcours-<version>-Linux-<arch> (the .deb names itself: CPACK_DEBIAN_FILE_NAME).
set(CPACK_PACKAGE_FILE_NAME ${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR})

# Debian. The maintainer is a placeholder until the project has a contact address.
set(PARCOURS_PACKAGE_MAINTAINER "Parcours maintainers <maintainers@parcours.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_NAME parcours)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # parcours_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PARCOURS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)  # Debian Med's section
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The extended description, English then French, under the summary line (the package's
# summary above). CPack indents each line and turns the empty one into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Parcours helps patients in France who cannot find a doctor: a map of the
health structures around them, a journal of every call to a practice, their
rights and next step with the legal text, and sync between devices by
encrypted files, with no server. Includes the command-line tool `parcours`.

Parcours aide les patients qui ne trouvent pas de médecin : une carte des
structures de santé autour d'eux, un journal de chaque appel à un cabinet,
leurs droits et la prochaine étape avec le texte de loi, et la
synchronisation entre appareils par fichiers chiffrés, sans serveur.")
# The shared libraries the binaries link (Qt, protobuf, libsodium, SQLite…) from
# dpkg-shlibdeps (package dpkg-dev); the QML modules and platform plugins Qt loads at run time
# are invisible to it, so they are named here: the imports of qml/ (QtQuick, Controls with the
# Material style and its Templates, Layouts; Dialogs for the file dialogs of sync and settings)
# and what they pull in (QtQml, WorkerScript, Models, Window). Measured on the 0.1 app:
#   LD_DEBUG=files parcours-app --self-test … 2>&1 | grep -o 'file=[^ ]*qt6/[^ ]*'
# then dpkg -S on each file; the X11 platform plugin is in qt6-qpa-plugins (offscreen is in
# libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(PARCOURS_DEBIAN_RUNTIME_DEPENDS
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-templates
    qml6-module-qtquick-layouts
    qml6-module-qtquick-dialogs
    qml6-module-qtquick-window
    qml6-module-qtqml
    qml6-module-qtqml-models
    qml6-module-qtqml-workerscript
    qt6-qpa-plugins
)
list(JOIN PARCOURS_DEBIAN_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Wayland sessions and a font for systems that have none yet.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/platform/desktop/debian/postinst
    ${PROJECT_SOURCE_DIR}/platform/desktop/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
