#include "directory/delimited_line.hpp"

#include <algorithm>
#include <cstring>

namespace parcours::directory {
namespace {

constexpr std::string_view kNeverClosed = "quote never closed";
constexpr std::string_view kNotClosedOnLine = "quote not closed at the end of the line";
constexpr std::string_view kTooLong = "record longer than 65536 bytes";
constexpr std::string_view kTextAfterQuote = "text after a closing quote";

// Where the line that starts at `from` ends (its '\n', or the end of the content).
std::size_t lineEnd(std::string_view s, std::size_t from) {
    const void* nl = std::memchr(s.data() + from, '\n', s.size() - from);
    return nl == nullptr ? s.size()
                         : static_cast<std::size_t>(static_cast<const char*>(nl) - s.data());
}

std::string_view withoutCr(std::string_view s) {
    if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
    return s;
}

}  // namespace

DelimitedReader::DelimitedReader(std::string_view content, char separator)
    : content_(content), separator_(separator) {}

bool DelimitedReader::fail(DelimitedRecord& record, std::size_t start, std::size_t reached,
                           std::string_view why) {
    std::size_t end = lineEnd(content_, start);
    record.raw = withoutCr(content_.substr(start, end - start));
    record.fields.clear();
    record.error = why;
    noContinuationBefore_ = std::max(noContinuationBefore_, reached);
    pos_ = end < content_.size() ? end + 1 : end;
    ++line_;
    return true;
}

std::string_view DelimitedReader::unescape(std::string_view quoted) {
    // The result is never longer than the quoted text.
    if (chunks_.empty() || chunkSize_ - chunkUsed_ < quoted.size()) {
        chunkSize_ = std::max(kMaxRecordBytes, quoted.size());
        chunks_.push_back(std::make_unique<char[]>(chunkSize_));
        chunkUsed_ = 0;
    }
    char* begin = chunks_.back().get() + chunkUsed_;
    char* out = begin;
    for (std::size_t i = 0; i < quoted.size(); ++i) {
        *out++ = quoted[i];
        if (quoted[i] == '"') ++i;  // the splitter only lets doubled quotes through
    }
    auto length = static_cast<std::size_t>(out - begin);
    chunkUsed_ += length;
    return {begin, length};
}

bool DelimitedReader::next(DelimitedRecord& record) {
    const std::string_view s = content_;
    const std::size_t n = s.size();
    if (pos_ >= n) return false;

    const std::size_t start = pos_;
    // One byte past the longest record, so that its line end can still be seen.
    const std::size_t bound = std::min(n, start + kMaxRecordBytes + 1);
    const bool mayContinue = start >= noContinuationBefore_;
    std::uint64_t extraLines = 0;
    record.line = line_;
    record.fields.clear();
    record.error = {};

    std::size_t i = start;
    for (;;) {  // one field per turn
        if (i < bound && s[i] == '"') {
            const std::size_t fieldStart = ++i;
            bool doubled = false;
            for (;;) {
                while (i < bound && s[i] != '"' && s[i] != '\n') ++i;
                if (i >= bound) return fail(record, start, i, bound == n ? kNeverClosed : kTooLong);
                if (s[i] == '\n') {
                    if (!mayContinue) return fail(record, start, i, kNotClosedOnLine);
                    ++extraLines;
                    ++i;
                    continue;
                }
                if (i + 1 < n && s[i + 1] == '"') {
                    if (i + 1 >= bound) return fail(record, start, i, kTooLong);
                    doubled = true;
                    i += 2;
                    continue;
                }
                break;  // the closing quote
            }
            std::string_view value = s.substr(fieldStart, i - fieldStart);
            record.fields.push_back(doubled ? unescape(value) : value);
            ++i;
            if (i == n) break;
            if (s[i] == separator_) {
                ++i;
                continue;
            }
            if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ++i;
            if (s[i] == '\n' || (s[i] == '\r' && i + 1 == n)) break;
            return fail(record, start, i, kTextAfterQuote);
        }
        const std::size_t fieldStart = i;
        while (i < bound && s[i] != separator_ && s[i] != '\n') ++i;
        if (i >= bound && bound < n) return fail(record, start, i, kTooLong);
        if (i < n && s[i] == separator_) {
            record.fields.push_back(s.substr(fieldStart, i - fieldStart));
            ++i;
            continue;
        }
        record.fields.push_back(withoutCr(s.substr(fieldStart, i - fieldStart)));
        break;
    }
    // Here i is at the record's '\n' or at the end of the content.
    record.raw = withoutCr(s.substr(start, i - start));
    pos_ = i < n ? i + 1 : n;
    line_ += 1 + extraLines;
    return true;
}

}  // namespace parcours::directory
