#pragma once
// What an import read, kept, and refused, line by line.

#include <cstdint>
#include <string>
#include <vector>

namespace parcours::directory {

struct LineProblem {
    std::string file;
    std::uint64_t line = 0;  // 1-based; 0 when the problem is not tied to a line
    std::string reason;
};

struct ReadOptions {
    bool strict = false;   // the first malformed record fails the whole import
    std::string fileName;  // for messages
};

struct ReadReport {
    std::uint64_t records = 0;          // records (lines, elements) read
    std::uint64_t structures = 0;       // structures produced
    std::uint64_t skipped = 0;          // records refused (each listed in problems)
    std::uint64_t withoutPosition = 0;  // structures kept with no position
    std::string encoding;               // "UTF-8", "Windows-1252" (text formats)
    std::string extractionDate;         // the date the file declares, where it does
    std::vector<LineProblem> problems;

    void refuse(std::string file, std::uint64_t line, std::string reason) {
        ++skipped;
        problems.push_back({std::move(file), line, std::move(reason)});
    }
};

}  // namespace parcours::directory
