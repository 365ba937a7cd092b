#include "sync/bundle_records.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include "bundle.pb.h"
#include "journal/codec.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"

namespace parcours::sync {
namespace {

using journal::RecordType;
using journal::Version;

void putVarint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out.push_back(static_cast<char>((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void putRecord(std::string& out, const pb::Record& record) {
    putVarint(out, record.ByteSizeLong());
    record.AppendToString(&out);
}

std::string idBytes(const journal::RecordId& id) {
    return {reinterpret_cast<const char*>(id.bytes.data()), id.bytes.size()};
}

pb::Version::Type typeOf(RecordType type) {
    switch (type) {
        case RecordType::Profile:
            return pb::Version::TYPE_PROFILE;
        case RecordType::Demarche:
            return pb::Version::TYPE_DEMARCHE;
        case RecordType::Call:
            return pb::Version::TYPE_CALL;
    }
    return pb::Version::TYPE_UNSPECIFIED;
}

// Where a record starts, for messages: "record 12 (plaintext byte 1034)".
std::string where(std::size_t index, std::size_t offset) {
    return "bundle record " + std::to_string(index) + " (plaintext byte " + std::to_string(offset) +
           ")";
}

Result<journal::RecordId> idFrom(const std::string& bytes, const std::string& what,
                                 bool mayBeEmpty = false) {
    journal::RecordId id;
    if (mayBeEmpty && bytes.empty()) return id;
    if (bytes.size() != id.bytes.size())
        return badInput(what + " is " + std::to_string(bytes.size()) + " bytes, not 16");
    std::memcpy(id.bytes.data(), bytes.data(), id.bytes.size());
    return id;
}

Result<Version> versionFrom(const pb::Version& message, const std::string& at) {
    Version v;
    switch (message.type()) {
        case pb::Version::TYPE_PROFILE:
            v.type = RecordType::Profile;
            break;
        case pb::Version::TYPE_DEMARCHE:
            v.type = RecordType::Demarche;
            break;
        case pb::Version::TYPE_CALL:
            v.type = RecordType::Call;
            break;
        default:
            return badInput(at + ": unknown record type " + std::to_string(message.type()));
    }
    auto id = idFrom(message.id(), at + ": the id");
    if (!id) return id.error();
    auto device = idFrom(message.device(), at + ": the device");
    if (!device) return device.error();
    auto parentDevice = idFrom(message.parent_device(), at + ": the parent device", true);
    if (!parentDevice) return parentDevice.error();
    v.id = *id;
    v.device = *device;
    v.parentDevice = *parentDevice;
    v.hlc = {message.hlc()};
    v.parentHlc = {message.parent_hlc()};
    v.deleted = message.deleted();
    v.payload = message.payload();
    if (v.hlc.value == 0) return badInput(at + ": no clock value");
    if (v.parentHlc.value != 0 && !(v.parentHlc < v.hlc))
        return badInput(at + ": its parent is not older than itself");
    if (v.deleted) {
        if (!v.payload.empty()) return badInput(at + ": a deletion with content");
        return v;
    }
    // The payload must read as its type: checked here so that the error names the record.
    Result<void> decoded;
    switch (v.type) {
        case RecordType::Profile:
            if (auto r = journal::decodeProfile(v.id, v.payload); !r) decoded = r.error();
            break;
        case RecordType::Demarche:
            if (auto r = journal::decodeDemarche(v.id, v.payload); !r) decoded = r.error();
            break;
        case RecordType::Call:
            if (auto r = journal::decodeCall(v.id, v.payload); !r) decoded = r.error();
            break;
    }
    if (!decoded) return badInput(at + ": " + decoded.error().message);
    return v;
}

}  // namespace

std::string encodeRecords(const std::vector<Version>& versions, const journal::RecordId& device,
                          std::string_view prelude) {
    std::string out;
    std::uint64_t hlcMax = 0;
    for (const auto& v : versions) hlcMax = std::max(hlcMax, v.hlc.value);
    pb::Record record;
    auto* manifest = record.mutable_manifest();
    const auto exportId = journal::RecordId::random();
    manifest->set_export_id(idBytes(exportId));
    manifest->set_device_id(idBytes(device));
    manifest->set_hlc_max(hlcMax);
    manifest->set_version_count(versions.size());
    putRecord(out, record);
    for (const auto& v : versions) {
        record.Clear();
        auto* m = record.mutable_version();
        m->set_type(typeOf(v.type));
        m->set_id(idBytes(v.id));
        m->set_hlc(v.hlc.value);
        m->set_device(idBytes(v.device));
        if (v.parentHlc.value != 0) {
            m->set_parent_hlc(v.parentHlc.value);
            m->set_parent_device(idBytes(v.parentDevice));
        }
        m->set_deleted(v.deleted);
        m->set_payload(v.payload);
        putRecord(out, record);
    }
    record.Clear();
    auto* trailer = record.mutable_trailer();
    trailer->set_version_count(versions.size());
    trailer->set_blake2b(blake2b256(prelude, out));
    putRecord(out, record);
    return out;
}

Result<std::vector<Version>> decodeRecords(std::string_view plaintext, std::string_view prelude) {
    std::vector<Version> versions;
    std::uint64_t declared = 0;
    std::optional<Error> firstError;
    pb::Record record;
    std::size_t at = 0;
    for (std::size_t index = 0;; ++index) {
        const std::string here = where(index, at);
        if (at == plaintext.size())
            return badInput("bundle ends after " + std::to_string(index) +
                            " records without its trailer: truncated");
        // The length: a varint, capped before anything is read or allocated.
        std::uint64_t length = 0;
        int shift = 0;
        std::size_t p = at;
        for (;; shift += 7) {
            if (p == plaintext.size()) return badInput(here + ": cut inside its length");
            if (shift > 28) return badInput(here + ": malformed length");
            const auto byte = static_cast<unsigned char>(plaintext[p++]);
            length |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) break;
        }
        if (length > kMaxRecordBytes)
            return badInput(here + ": length " + std::to_string(length) + " is over the cap of " +
                            std::to_string(kMaxRecordBytes) + " bytes per record");
        if (plaintext.size() - p < length)
            return badInput(here + ": " + std::to_string(length) + " bytes announced, " +
                            std::to_string(plaintext.size() - p) + " left");
        if (!record.ParseFromArray(plaintext.data() + p, static_cast<int>(length)))
            return badInput(here + ": not a valid record");
        const std::size_t start = at;
        at = p + length;
        if (index == 0) {
            if (!record.has_manifest()) return badInput(here + ": the manifest must come first");
            declared = record.manifest().version_count();
            if (declared > kMaxVersions)
                return badInput(here + ": " + std::to_string(declared) +
                                " versions announced, over the cap of " +
                                std::to_string(kMaxVersions));
            // Every version record takes more than 32 bytes: the file's size bounds the
            // reservation, not the count it claims.
            versions.reserve(std::min<std::uint64_t>(declared, plaintext.size() / 32));
            continue;
        }
        if (record.has_version()) {
            if (versions.size() >= declared)
                return badInput(here + ": more versions than the manifest's " +
                                std::to_string(declared));
            auto v = versionFrom(record.version(), here);
            // Reported after the hash: an altered byte is named as such, not as a bad field.
            if (!v) {
                if (!firstError) firstError = v.error();
                versions.emplace_back();
            } else {
                versions.push_back(std::move(*v));
            }
            continue;
        }
        if (record.has_trailer()) {
            const auto& trailer = record.trailer();
            if (trailer.version_count() != versions.size() || declared != versions.size())
                return badInput(here + ": the trailer counts " +
                                std::to_string(trailer.version_count()) +
                                " versions, the manifest " + std::to_string(declared) +
                                ", the file holds " + std::to_string(versions.size()));
            if (trailer.blake2b() != blake2b256(prelude, plaintext.substr(0, start)))
                return badInput(here +
                                ": the BLAKE2b hash of the file does not match its "
                                "trailer: the file was altered");
            if (firstError) return *firstError;
            if (at != plaintext.size())
                return badInput("bundle has " + std::to_string(plaintext.size() - at) +
                                " bytes after its trailer (plaintext byte " + std::to_string(at) +
                                ")");
            break;
        }
        return badInput(here +
                        (record.has_manifest() ? ": a second manifest" : ": unknown record"));
    }
    return versions;
}

}  // namespace parcours::sync
