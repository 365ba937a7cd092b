// RulePack::parse: each part read with protobuf's TextFormat (syntax errors with their
// file, line and column), merged in order, then validated as a whole (validate*.cpp).
#include <google/protobuf/io/tokenizer.h>

#include "rules/pack_impl.hpp"
#include "rules/validate.hpp"

namespace parcours::rules {
namespace {

constexpr int kMaxNesting = 48;

class Collector : public google::protobuf::io::ErrorCollector {
  public:
    Collector(const std::string& file, std::vector<std::string>& out) : file_(file), out_(out) {}
    void AddError(int line, google::protobuf::io::ColumnNumber column,
                  const std::string& message) override {
        out_.push_back(file_ + ":" + std::to_string(line + 1) + ":" + std::to_string(column + 1) +
                       ": " + message);
    }

  private:
    const std::string& file_;
    std::vector<std::string>& out_;
};

// A header field (id, version…) written in two parts: the later one would silently win.
void checkHeaderOnce(const pb::RulePack& part, const std::string& file, const ParseTree* tree,
                     std::vector<std::string>& seenIn, std::vector<Diagnostic>& out) {
    const auto* d = pb::RulePack::descriptor();
    const auto* reflection = pb::RulePack::GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
        const FieldDescriptor* f = d->field(i);
        if (f->is_repeated() || !reflection->HasField(part, f)) continue;
        const auto slot = static_cast<std::size_t>(i);
        if (seenIn.size() <= slot) seenIn.resize(static_cast<std::size_t>(d->field_count()));
        if (!seenIn[slot].empty())
            out.push_back(
                {file, lineOf(tree, f),
                 "pack header field " + f->name() + " is already set in " + seenIn[slot]});
        else
            seenIn[slot] = file;
    }
}

void recordOrigins(std::vector<Origin>& into, int count, const std::string* file,
                   const ParseTree* tree) {
    for (int i = 0; i < count; ++i) into.push_back({file, tree, i});
}

}  // namespace

Result<RulePack> RulePack::parse(const std::vector<PackPart>& parts) {
    if (parts.empty()) return badInput("a rule pack needs at least one part");
    PackOrigins origins;
    origins.files.reserve(parts.size());  // Origins point into it: no reallocation
    std::vector<std::string> syntax;
    std::vector<Diagnostic> headerErrors;
    std::vector<std::string> headerSeenIn;
    auto impl = std::make_unique<Impl>();
    for (const auto& part : parts) {
        origins.files.push_back(part.name);
        const std::string* file = &origins.files.back();
        origins.trees.push_back(std::make_unique<ParseTree>());
        const ParseTree* tree = origins.trees.back().get();
        pb::RulePack message;
        Collector collector(*file, syntax);
        google::protobuf::TextFormat::Parser parser;
        parser.RecordErrorsTo(&collector);
        // Bounds the parser's recursion, and so the conditions' depth for validation and
        // evaluation, whatever the text (the default is unbounded).
        parser.SetRecursionLimit(kMaxNesting);
        parser.WriteLocationsTo(origins.trees.back().get());
        if (!parser.ParseFromString(part.text, &message)) {
            if (syntax.empty()) syntax.push_back(*file + ": cannot be read as a rule pack");
            continue;
        }
        checkHeaderOnce(message, *file, tree, headerSeenIn, headerErrors);
        recordOrigins(origins.sources, message.sources_size(), file, tree);
        recordOrigins(origins.rules, message.rules_size(), file, tree);
        recordOrigins(origins.figures, message.figures_size(), file, tree);
        recordOrigins(origins.acts, message.acts_size(), file, tree);
        recordOrigins(origins.legalTexts, message.legal_texts_size(), file, tree);
        impl->pack.MergeFrom(message);
    }
    // A part that does not parse leaves the merged pack incomplete: its semantic errors
    // would mislead, so syntax errors come alone.
    if (!syntax.empty()) {
        std::string message;
        for (const auto& line : syntax) message += (message.empty() ? "" : "\n") + line;
        return badInput(std::move(message));
    }
    auto errors = validatePack(impl->pack, origins);
    errors.insert(errors.end(), headerErrors.begin(), headerErrors.end());
    if (!errors.empty()) return badInput(formatDiagnostics(std::move(errors)));
    return RulePack(std::move(impl));
}

}  // namespace parcours::rules
