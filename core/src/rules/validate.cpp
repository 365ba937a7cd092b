// Pack validation: the header, sources and legal texts, and the whole list of errors
// sorted by file and line. Rules, conditions, figures and acts have their own files.
#include "rules/validate.hpp"

#include <algorithm>

#include "journal/datetime.hpp"

namespace parcours::rules {

int lineOf(const ParseTree* tree, const FieldDescriptor* field, int index) {
    if (tree == nullptr || field == nullptr) return 0;
    const int line = tree->GetLocation(field, index).line;
    return line < 0 ? 0 : line + 1;
}

const ParseTree* nestedTree(const ParseTree* tree, const FieldDescriptor* field, int index) {
    if (tree == nullptr || field == nullptr) return nullptr;
    return tree->GetTreeForNested(field, index);
}

const FieldDescriptor* fieldOf(const google::protobuf::Descriptor* d, const char* name) {
    return d->FindFieldByName(name);
}

bool isDate(std::string_view text) {
    return text.size() == 10 && journal::isValidDate(text);
}

namespace {

bool isHttpUrl(std::string_view url) {
    return (url.rfind("https://", 0) == 0 && url.size() > 8) ||
           (url.rfind("http://", 0) == 0 && url.size() > 7);
}

void validateHeader(Validation& v) {
    const auto& p = v.pack;
    const std::string& file = v.origins.files.front();
    if (p.id().empty()) v.add(file, 0, "pack: no id");
    if (p.version().empty()) v.add(file, 0, "pack: no version");
    if (p.jurisdiction().empty()) v.add(file, 0, "pack: no jurisdiction");
    if (!isDate(p.valid_from()))
        v.add(file, 0, "pack: valid_from «" + p.valid_from() + "» is not a date (YYYY-MM-DD)");
    if (p.title().fr().empty()) v.add(file, 0, "pack: no French title (title.fr)");
    if (p.nearby_radius_km() <= 0) v.add(file, 0, "pack: nearby_radius_km must be positive");
}

void validateSources(Validation& v) {
    const auto* field = fieldOf(pb::RulePack::descriptor(), "sources");
    for (int i = 0; i < v.pack.sources_size(); ++i) {
        const auto& s = v.pack.sources(i);
        const Origin& o = v.origins.sources[static_cast<std::size_t>(i)];
        const int line = lineOf(o.tree, field, o.index);
        const std::string who = "source " + (s.id().empty() ? "(no id)" : s.id());
        if (s.id().empty())
            v.add(*o.file, line, "source: no id");
        else if (!v.sourceIds.insert(s.id()).second)
            v.add(*o.file, line, who + ": duplicate source id");
        if (s.title().empty()) v.add(*o.file, line, who + ": no title");
        if (!isHttpUrl(s.url()))
            v.add(*o.file, line, who + ": url «" + s.url() + "» is not http(s)");
        if (!s.consulted().empty() && !isDate(s.consulted()))
            v.add(*o.file, line, who + ": consulted «" + s.consulted() + "» is not a date");
    }
}

void validateLegalTexts(Validation& v) {
    const auto* field = fieldOf(pb::RulePack::descriptor(), "legal_texts");
    for (int i = 0; i < v.pack.legal_texts_size(); ++i) {
        const auto& t = v.pack.legal_texts(i);
        const Origin& o = v.origins.legalTexts[static_cast<std::size_t>(i)];
        const int line = lineOf(o.tree, field, o.index);
        const std::string who = "legal text " + (t.id().empty() ? "(no id)" : t.id());
        if (t.id().empty())
            v.add(*o.file, line, "legal text: no id");
        else if (!v.legalTextIds.insert(t.id()).second)
            v.add(*o.file, line, who + ": duplicate legal text id");
        if (t.text_fr().empty()) v.add(*o.file, line, who + ": no French text (text_fr)");
        if (t.ref().code().empty() || t.ref().article().empty())
            v.add(*o.file, line, who + ": its ref needs a code and an article");
    }
}

}  // namespace

void validateHeaderAndSources(Validation& v) {
    validateHeader(v);
    validateSources(v);
    validateLegalTexts(v);
}

std::vector<Diagnostic> validatePack(const pb::RulePack& pack, const PackOrigins& origins) {
    std::vector<Diagnostic> out;
    Validation v{pack, origins, out, {}, {}, {}};
    // Ids first: rules refer to sources and legal texts, acts to figures.
    validateHeaderAndSources(v);
    for (const auto& f : pack.figures())
        if (!f.id().empty()) v.figureIds.insert(f.id());
    validateRules(v);
    validateFiguresAndActs(v);
    return out;
}

std::string formatDiagnostics(std::vector<Diagnostic> diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    std::string message;
    for (const auto& d : diagnostics) {
        if (!message.empty()) message += '\n';
        message += d.file;
        if (d.line > 0) message += ":" + std::to_string(d.line);
        message += ": " + d.text;
    }
    return message;
}

}  // namespace parcours::rules
