#pragma once
// Command-line options: `--name value`, `--name=value`, flags, repeated options, positionals.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"

namespace parcours::cli {

struct OptionSpec {
    std::set<std::string> withValue;  // "--db", "--at", …
    std::set<std::string> flags;      // "--json", "--strict", …
};

class Args {
  public:
    static Result<Args> parse(const std::vector<std::string>& words, const OptionSpec& spec);

    [[nodiscard]] std::optional<std::string> value(const std::string& name) const;
    [[nodiscard]] std::vector<std::string> values(const std::string& name) const;
    [[nodiscard]] bool flag(const std::string& name) const { return flags_.count(name) > 0; }
    [[nodiscard]] const std::vector<std::string>& positionals() const { return positionals_; }

  private:
    std::multimap<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positionals_;
};

}  // namespace parcours::cli
