#pragma once
// Pack validation: what the loader keeps of where each element was written, and the
// checks that turn a merged pack into the list of its errors, each naming file, line and
// rule ("data/rules/fr/refus.textpb:42: rule R-NOMT-03: unknown fact «refusal»").

#include <google/protobuf/text_format.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "rules.pb.h"

namespace parcours::rules {

using ParseTree = google::protobuf::TextFormat::ParseInfoTree;
using google::protobuf::FieldDescriptor;

// Where one top-level element (a rule, a figure…) of the merged pack was written.
struct Origin {
    const std::string* file = nullptr;
    const ParseTree* tree = nullptr;  // the tree of its part's top level
    int index = 0;                    // its index within its part
};

// What the loader knows of the parts after parsing them.
struct PackOrigins {
    std::vector<std::string> files;                                 // part names, in merge order
    std::vector<std::unique_ptr<ParseTree>> trees;                  // one per part
    std::vector<Origin> sources, rules, figures, acts, legalTexts;  // by merged index
};

// One error: file, 1-based line (0: unknown), text.
struct Diagnostic {
    std::string file;
    int line = 0;
    std::string text;
};

// 1-based line of field[index] in `tree` (index -1 for a singular field); 0 when unknown.
int lineOf(const ParseTree* tree, const FieldDescriptor* field, int index = -1);
// The nested tree of field[index], or nullptr.
const ParseTree* nestedTree(const ParseTree* tree, const FieldDescriptor* field, int index = -1);
const FieldDescriptor* fieldOf(const google::protobuf::Descriptor* d, const char* name);

// Shared by the validation files: the pack, where things are, what is known.
struct Validation {
    const pb::RulePack& pack;
    const PackOrigins& origins;
    std::vector<Diagnostic>& out;
    std::set<std::string, std::less<>> sourceIds, legalTextIds, figureIds;

    void add(const std::string& file, int line, std::string text) const {
        out.push_back({file, line, std::move(text)});
    }
};

// Where one condition node was written, and what to prefix its messages with.
struct NodeContext {
    const std::string& file;
    int line;                // the node's line, or its nearest known parent's
    const ParseTree* tree;   // the node's own tree, or nullptr
    const std::string& who;  // "rule R-URG-01"
};

bool isDate(std::string_view text);  // YYYY-MM-DD, a real day
void checkPlaceholders(const Validation& v, const std::string& file, int line,
                       const std::string& who, std::string_view text, std::string_view field);
void validateCondition(const Validation& v, const NodeContext& at, const pb::Condition& c,
                       int depth);
void validateRules(Validation& v);
void validateHeaderAndSources(Validation& v);
void validateFiguresAndActs(Validation& v);

// Every error of the pack, sorted by file and line, one per entry.
std::vector<Diagnostic> validatePack(const pb::RulePack& pack, const PackOrigins& origins);
std::string formatDiagnostics(std::vector<Diagnostic> diagnostics);

}  // namespace parcours::rules
