// The calls as a CSV table (RFC 4180) for spreadsheets; see exports.hpp.
#include <array>

#include "parcours/journal/exports.hpp"

namespace parcours::journal {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kLineEnd = "\r\n";

constexpr std::array<std::string_view, 13> kHeader{
    "Date",     "Personne", "Démarche", "Cabinet",     "Téléphone",    "Adresse", "Canal",
    "Résultat", "Motif",    "Note",     "Rendez-vous", "Orienté vers", "Relance"};

// A spreadsheet evaluates a cell starting with one of these (OWASP CSV Injection).
bool looksLikeFormula(std::string_view field) {
    if (field.empty()) return false;
    switch (field.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            return true;
        default:
            return false;
    }
}

void appendField(std::string& out, std::string_view field) {
    std::string value;
    if (looksLikeFormula(field)) value += '\'';
    value += field;
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendRecord(std::string& out, const std::array<std::string, kHeader.size()>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        appendField(out, fields[i]);
    }
    out += kLineEnd;
}

// "2026-10-12T09:30:00+02:00" → "2026-10-12 09:30": the wall time the user lived, which
// spreadsheets read as a date and time; other text is kept as it is.
std::string readableDateTime(const DateTime& at) {
    if (at.size() >= 16 && at[10] == 'T') return at.substr(0, 10) + ' ' + at.substr(11, 5);
    return at;
}

std::string demarcheLabel(const CallRow& row) {
    std::string label(seekingLabelFr(row.seeking));
    if (!row.specialty.empty()) label += " : " + row.specialty;
    return label;
}

}  // namespace

std::string callsCsv(const std::vector<CallRow>& rows, bool withBom) {
    std::string out;
    if (withBom) out += kBom;
    std::array<std::string, kHeader.size()> fields;
    for (std::size_t i = 0; i < kHeader.size(); ++i) fields[i] = kHeader[i];
    appendRecord(out, fields);
    for (const auto& row : rows) {
        const Call& c = row.call;
        fields = {readableDateTime(c.at),
                  row.profileName,
                  demarcheLabel(row),
                  c.practice.name,
                  c.practice.phone,
                  c.practice.address,
                  std::string(channelLabelFr(c.channel)),
                  std::string(outcomeLabelFr(c.outcome)),
                  c.reason,
                  c.note,
                  readableDateTime(c.appointmentAt),
                  c.referredTo,
                  c.followUp};
        appendRecord(out, fields);
    }
    return out;
}

}  // namespace parcours::journal
