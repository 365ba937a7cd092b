#include "args.hpp"

namespace parcours::cli {

Result<Args> Args::parse(const std::vector<std::string>& words, const OptionSpec& spec) {
    Args args;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (onlyPositionals || word.size() < 2 || word.rfind("--", 0) != 0) {
            args.positionals_.push_back(word);
            continue;
        }
        if (word == "--") {
            onlyPositionals = true;
            continue;
        }
        const auto eq = word.find('=');
        const std::string name = word.substr(0, eq);
        if (spec.flags.count(name)) {
            if (eq != std::string::npos) return usageError(name + " takes no value");
            args.flags_.insert(name);
        } else if (spec.withValue.count(name)) {
            if (eq != std::string::npos) {
                args.values_.emplace(name, word.substr(eq + 1));
            } else {
                if (i + 1 >= words.size()) return usageError(name + " needs a value");
                args.values_.emplace(name, words[++i]);
            }
        } else {
            return usageError("unknown option " + name);
        }
    }
    return args;
}

std::optional<std::string> Args::value(const std::string& name) const {
    auto range = values_.equal_range(name);
    if (range.first == range.second) return std::nullopt;
    return std::prev(range.second)->second;  // the last one given wins
}

std::vector<std::string> Args::values(const std::string& name) const {
    std::vector<std::string> out;
    auto range = values_.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

}  // namespace parcours::cli
