#pragma once
// Read reports: adding one file's to an import's, and refusing lines of a streamed file
// with the list of problems bounded.

#include <cstddef>
#include <cstdint>
#include <string>

#include "parcours/directory/import_report.hpp"

namespace parcours::directory {

// Counts added, problems appended, the latest extraction date kept, "mixed" encodings.
void mergeReport(ReadReport& total, ReadReport&& part);

// A national file with every line broken would otherwise list millions of problems: past
// kMaxListed, refused lines are counted, and listed once in all by finish().
class BoundedRefusals {
  public:
    static constexpr std::size_t kMaxListed = 10'000;

    void refuse(ReadReport& report, const std::string& file, std::uint64_t line,
                std::string reason) {
        if (listed_ < kMaxListed) {
            ++listed_;
            report.refuse(file, line, std::move(reason));
        } else {
            ++unlisted_;
        }
    }
    void finish(ReadReport& report, const std::string& file) {
        if (unlisted_ == 0) return;
        report.skipped += unlisted_;
        report.problems.push_back(
            {file, 0, std::to_string(unlisted_) + " more refused lines, not listed"});
        unlisted_ = 0;
    }

  private:
    std::size_t listed_ = 0;
    std::uint64_t unlisted_ = 0;
};

}  // namespace parcours::directory
