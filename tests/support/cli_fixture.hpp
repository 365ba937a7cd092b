#pragma once
// What the CLI tests share: the real `parcours` binary (PARCOURS_CLI_PATH, set by
// tests/CMakeLists.txt) run with arguments, and its --json output parsed.

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "json/json_reader.hpp"
#include "support/run_process.hpp"
#include "support/temp_dir.hpp"

namespace parcours::test {

inline ProcessResult runCli(const std::vector<std::string>& args) {
    return runProcess(PARCOURS_CLI_PATH, args);
}

// Parsed JSON views the text it was parsed from: the texts are kept here, for as long
// as the values a test reads.
class JsonTexts {
  public:
    // The value, or a null one (and a failed expectation naming the text) when `text`
    // is not JSON.
    json::Value parse(const std::string& text) {
        texts_.push_back(std::make_unique<std::string>(text));
        auto v = json::parse(*texts_.back());
        EXPECT_TRUE(v.ok()) << text;
        return v.ok() ? std::move(v).value() : json::Value{};
    }

  private:
    std::vector<std::unique_ptr<std::string>> texts_;
};

// The directory commands' tests: a temporary folder with the directory file in it.
struct CliFixture : ::testing::Test {
    TempDir dir;
    std::string db = (dir / "directory.sqlite").string();
    JsonTexts jsonTexts;

    static ProcessResult run(const std::vector<std::string>& args) { return runCli(args); }
    json::Value parseJson(const std::string& text) { return jsonTexts.parse(text); }
    // `content` written to `name` in the folder; its path.
    std::string file(const std::string& name, const std::string& content) {
        writeFile(dir / name, content);
        return (dir / name).string();
    }
};

}  // namespace parcours::test
