#pragma once
// Splits delimited text (FINESS: `;`) into records of fields, the way the FINESS
// extractions quote them: a field that holds the separator or a quote is wrapped in
// quotes, with inner quotes doubled (`"LIEU DE VIE ""MAVOUNA MEMA 1"""`). A quote left
// open at the end of a line continues the field onto the next line.
//
// Fields are views: into the content, or, for the few fields that had doubled quotes to
// undo, into an arena the reader owns. Both stay valid as long as the reader and the
// content do, so a caller can keep them without copying.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace parcours::directory {

struct DelimitedRecord {
    std::uint64_t line = 0;                // 1-based line where the record starts
    std::string_view raw;                  // its text, without the line end
    std::vector<std::string_view> fields;  // unquoted; empty when `error` is set
    std::string_view error;                // why it could not be split, empty when fine
};

class DelimitedReader {
  public:
    // A record (a line, or lines joined by an open quote) longer than this is refused:
    // real lines are under 1 KiB, and the bound keeps a quote never closed from
    // swallowing the rest of a file.
    static constexpr std::size_t kMaxRecordBytes = std::size_t{64} * 1024;

    explicit DelimitedReader(std::string_view content, char separator = ';');

    // The next record, blank lines included (one empty field). False at the end.
    // A record that cannot be split comes back with `error` set and `raw` holding its
    // first line only; reading resumes on the line after that one.
    bool next(DelimitedRecord& record);

  private:
    bool fail(DelimitedRecord& record, std::size_t start, std::size_t reached,
              std::string_view why);
    std::string_view unescape(std::string_view quoted);

    std::string_view content_;
    char separator_;
    std::size_t pos_ = 0;
    std::uint64_t line_ = 1;
    // After a failed multi-line record, the lines it ran over are read again one by one;
    // up to here a quote may not continue onto the next line, so that no byte is scanned
    // as part of a long record twice (linear time whatever the input).
    std::size_t noContinuationBefore_ = 0;

    // Unescaped fields: chunks that are never moved nor freed before the reader is.
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::size_t chunkUsed_ = 0;
    std::size_t chunkSize_ = 0;
};

}  // namespace parcours::directory
