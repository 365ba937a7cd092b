#pragma once
// A rule pack (proto/rules.proto), loaded from protobuf text format and validated: every
// fact a rule names exists (facts.hpp) and has the operator's type, every user-facing text
// has its French, every action is known, every id is unique, every date is a date. A bad
// pack is an Error whose message names the file, the line and the rule:
//   "data/rules/fr/refus.textpb:42: rule R-NOMT-03: unknown fact «refusal»".
// Every error of a pack is reported (one per line, sorted by file and line), not only the
// first. Syntax errors come alone, as "file:line:column: message".
// Every rule has a condition (`when`); a rule that always applies tests a fact that is
// always known, e.g. `when { fact { name: "calls" op: IS_SET } }`.

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"

namespace parcours::rules {

// One text of a pack: its name (for messages) and its content.
struct PackPart {
    std::string name;  // "data/rules/fr/refus.textpb"
    std::string text;
};

class RulePack {
  public:
    // The parts are merged in order into one pack, then validated as a whole.
    static Result<RulePack> parse(const std::vector<PackPart>& parts);
    // A .textpb file, or a folder whose *.textpb files (sorted by name) make one pack.
    static Result<RulePack> load(const std::filesystem::path& fileOrFolder);
    // The French pack of data/rules/fr, embedded at build time and parsed once. Should it
    // not validate (the tests fail loudly then), frenchPack() returns the errors and
    // french() an empty pack (no rules, no figures), so the app degrades instead of dying.
    static Result<const RulePack*> frenchPack();
    static const RulePack& french();

    RulePack(RulePack&&) noexcept;
    RulePack& operator=(RulePack&&) noexcept;
    ~RulePack();

    [[nodiscard]] const std::string& id() const;
    [[nodiscard]] const std::string& version() const;
    [[nodiscard]] int nearbyRadiusKm() const;
    [[nodiscard]] std::size_t ruleCount() const;

    struct Impl;  // holds the message; core/src/rules/pack_impl.hpp
    [[nodiscard]] const Impl& impl() const { return *impl_; }

  private:
    static RulePack empty();
    explicit RulePack(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace parcours::rules
