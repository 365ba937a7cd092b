// libFuzzer target: the journal JSON reader (parcours journal import-json) on arbitrary
// bytes. Beyond "no crash, no leak, no undefined behaviour", it checks what the reader
// promises the merge: every version it accepts has a clock, a parent older than itself,
// no content when deleted and a payload that decodes as its type; and a refusal is
// BadInput with a readable message.
#include <cstdint>
#include <string_view>

#include "common/text.hpp"
#include "journal/codec.hpp"
#include "parcours/sync/journal_json.hpp"
#include "reader_invariants.hpp"

using namespace parcours;
using parcours::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto versions = sync::readJournalJson(text);
    if (!versions) {
        check(versions.error().kind == ErrorKind::BadInput, "a refusal is BadInput");
        check(!versions.error().message.empty(), "a refusal says why");
        check(text::isValidUtf8(versions.error().message), "the message is UTF-8");
        return 0;
    }
    for (const auto& v : *versions) {
        check(v.hlc.value != 0, "a clock value");
        check(v.parentHlc.value == 0 || v.parentHlc < v.hlc, "a parent older than its version");
        if (v.deleted) {
            check(v.payload.empty(), "a tombstone has no content");
            continue;
        }
        bool decodes = false;
        switch (v.type) {
            case journal::RecordType::Profile:
                decodes = journal::decodeProfile(v.id, v.payload).ok();
                break;
            case journal::RecordType::Demarche:
                decodes = journal::decodeDemarche(v.id, v.payload).ok();
                break;
            case journal::RecordType::Call:
                decodes = journal::decodeCall(v.id, v.payload).ok();
                break;
        }
        check(decodes, "the payload decodes as its type");
    }
    return 0;
}
