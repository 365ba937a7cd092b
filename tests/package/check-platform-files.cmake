# cmake -DSOURCE_DIR=... -P check-platform-files.cmake: the .parcours file type is declared
# the same way everywhere (desktop MIME type, Android intent filters, iOS document type), and
# the mobile files (which cannot be built here) hold what the app relies on. Text checks only:
# no Android or iOS tool here.

set(mime_type "application/vnd.parcours.bundle")
set(failures "")
function(expect file what pattern)
    if(NOT "${${file}}" MATCHES "${pattern}")
        set(failures ${failures} "${file}: ${what} (looked for: ${pattern})" PARENT_SCOPE)
    endif()
endfunction()

file(READ ${SOURCE_DIR}/platform/desktop/fr.parcours.Parcours.mime.xml mime)
file(READ ${SOURCE_DIR}/platform/desktop/fr.parcours.Parcours.desktop desktop)
file(READ ${SOURCE_DIR}/platform/android/AndroidManifest.xml manifest)
file(READ ${SOURCE_DIR}/platform/ios/Info.plist plist)
file(READ ${SOURCE_DIR}/platform/ios/fr.lproj/InfoPlist.strings strings_fr)
file(READ ${SOURCE_DIR}/platform/ios/en.lproj/InfoPlist.strings strings_en)

# Desktop: the type, its glob and magic (docs/bundle-format.md: 89 50 43 53 0D 0A 1A 0A), and
# the launcher that opens it with the file's path.
expect(mime "the MIME type" "type=\"${mime_type}\"")
expect(mime "the glob" "pattern=\"\\*\\.parcours\"")
expect(mime "the magic" "offset=\"0\" value=\"\\\\x89PCS\\\\x0d\\\\x0a\\\\x1a\\\\x0a\"")
expect(desktop "the MIME type" "\nMimeType=${mime_type};\n")
expect(desktop "a file argument" "\nExec=parcours-app %f\n")

# Android: exactly the three permissions, the VIEW filters by type and by name over
# content:// and file://, singleTop (new intents reach the running app), no cloud backup.
string(REGEX MATCHALL "uses-permission android:name=\"[^\"]+\"" permissions "${manifest}")
list(SORT permissions)
set(expected_permissions
    "uses-permission android:name=\"android.permission.ACCESS_COARSE_LOCATION\""
    "uses-permission android:name=\"android.permission.ACCESS_FINE_LOCATION\""
    "uses-permission android:name=\"android.permission.INTERNET\"")
if(NOT permissions STREQUAL expected_permissions)
    list(APPEND failures "manifest: permissions are ${permissions}")
endif()
if(manifest MATCHES "%%INSERT_PERMISSIONS")
    list(APPEND failures "manifest: Qt's INSERT_PERMISSIONS marker would add permissions")
endif()
expect(manifest "the VIEW action" "android.intent.action.VIEW")
expect(manifest "the MIME type" "android:mimeType=\"${mime_type}\"")
expect(manifest "the name pattern" "android:pathPattern=\"\\.\\*\\\\\\\\\\.parcours\"")
expect(manifest "content://" "android:scheme=\"content\"")
expect(manifest "file://" "android:scheme=\"file\"")
expect(manifest "singleTop" "android:launchMode=\"singleTop\"")
expect(manifest "no cloud backup" "android:allowBackup=\"false\"")
expect(manifest "Qt's activity" "org.qtproject.qt.android.bindings.QtActivity")
expect(manifest "Qt's library name" "%%INSERT_APP_LIB_NAME%%")

# iOS: the exported type and the document type name the same identifier, with the extension
# and MIME type; the location text in both languages.
expect(plist "the exported type" "<key>UTTypeIdentifier</key>[ \n]*<string>fr\\.parcours\\.bundle</string>")
expect(plist "the document type" "<key>LSItemContentTypes</key>[ \n]*<array>[ \n]*<string>fr\\.parcours\\.bundle</string>")
expect(plist "the extension" "<key>public\\.filename-extension</key>[ \n]*<array>[ \n]*<string>parcours</string>")
expect(plist "the MIME type" "<string>${mime_type}</string>")
expect(plist "LSSupportsOpeningDocumentsInPlace" "<key>LSSupportsOpeningDocumentsInPlace</key>")
expect(plist "the location text" "<key>NSLocationWhenInUseUsageDescription</key>[ \n]*<string>[^<]+</string>")
expect(strings_fr "the French location text" "\"NSLocationWhenInUseUsageDescription\" = \"[^\"]+\";")
expect(strings_en "the English location text" "\"NSLocationWhenInUseUsageDescription\" = \"[^\"]+\";")

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "platform files:\n  ${text}")
endif()
message(STATUS "platform files: the .parcours type agrees on desktop, Android and iOS")
