#pragma once
// Conversions between Qt strings and the std types core speaks (UTF-8 std::string,
// std::filesystem::path). Header-only, app-internal.

#include <QFile>
#include <QString>
#include <filesystem>
#include <string>
#include <string_view>

namespace parcours::app {

inline QString toQString(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

inline std::filesystem::path toPath(const QString& file) {
#ifdef _WIN32
    return std::filesystem::path(file.toStdWString());
#else
    // The local 8-bit encoding is what the file system expects (UTF-8 in practice).
    const QByteArray encoded = QFile::encodeName(file);
    return std::filesystem::path(
        std::string(encoded.constData(), static_cast<std::size_t>(encoded.size())));
#endif
}

}  // namespace parcours::app
