// exportBundle, importBundle, inspectBundle: the bundle codec between a journal and a file.
#include "parcours/sync/bundle.hpp"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <system_error>

#include "parcours/common/durable_file.hpp"
#include "sync/bundle_codec.hpp"

namespace parcours::sync {
namespace {

std::int64_t todayUnixDays() {
    using namespace std::chrono;
    return duration_cast<days>(system_clock::now().time_since_epoch()).count();
}

Result<void> checkOptions(const ExportOptions& options) {
    if (options.encrypt && options.passphrase.empty())
        return usageError("an encrypted export needs a passphrase");
    if (!options.encrypt && !options.passphrase.empty())
        return usageError("a passphrase was given for an unencrypted export");
    if (options.encrypt) {
        // A file other devices would refuse is not worth writing.
        if (options.kdf.opslimit > kMaxImportOpslimit || options.kdf.memlimit > kMaxImportMemlimit)
            return usageError("key derivation over what importing devices accept (" +
                              std::to_string(kMaxImportOpslimit) + " passes, " +
                              std::to_string(kMaxImportMemlimit >> 20) + " MiB)");
        if (options.kdf.opslimit < 1 || options.kdf.memlimit < 8192)
            return usageError("key derivation under libsodium's minimums (1 pass, 8 KiB)");
    }
    return {};
}

// At most `limit` bytes of `file`; `size` gets its full size.
Result<std::string> readAtMost(const std::filesystem::path& file, std::uint64_t limit,
                               std::uint64_t& size) {
    std::error_code ec;
    size = std::filesystem::file_size(file, ec);
    if (ec) {
        if (ec == std::errc::no_such_file_or_directory) return notFound("no file " + file.string());
        return storageError("cannot read " + file.string() + ": " + ec.message());
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return storageError("cannot open " + file.string());
    std::string bytes(static_cast<std::size_t>(std::min(size, limit)), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (static_cast<std::size_t>(in.gcount()) != bytes.size())
        return storageError("cannot read " + file.string() + ": it changed while being read");
    return bytes;
}

}  // namespace

Result<ExportReport> exportBundle(const journal::Journal& journal,
                                  const std::filesystem::path& file, const ExportOptions& options) {
    if (auto r = checkOptions(options); !r) return r.error();
    auto versions = journal.versions();
    if (!versions) return versions.error();
    BundleHeader header;
    header.encrypted = options.encrypt;
    header.kdf = options.kdf;
    header.deviceId = journal.deviceId();
    header.deviceLabel = options.deviceLabel;
    for (const auto& v : *versions) header.hlc = std::max(header.hlc, v.hlc);
    header.createdAtDay = todayUnixDays();
    auto bytes = sealVersions(std::move(header), options.passphrase, *versions);
    if (!bytes) return bytes.error();
    if (auto r = writeFileDurably(file, *bytes); !r) return r.error();
    return ExportReport{versions->size(), bytes->size()};
}

Result<ImportReport> importBundle(journal::Journal& journal, const std::filesystem::path& file,
                                  const std::string& passphrase) {
    std::uint64_t size = 0;
    auto bytes = readAtMost(file, kMaxFileBytes, size);
    if (!bytes) return bytes.error();
    if (size > kMaxFileBytes)
        return badInput(file.string() + ": " + std::to_string(size >> 20) +
                        " MiB, over the cap of " + std::to_string(kMaxFileBytes >> 20) +
                        " MiB for a bundle");
    auto decoded = decodeBundle(*bytes, passphrase);
    if (!decoded)
        return Error{decoded.error().kind, file.string() + ": " + decoded.error().message};
    // Everything is checked: only now does the journal change, in one transaction.
    auto merge = journal.importVersions(decoded->versions);
    if (!merge) return Error{merge.error().kind, file.string() + ": " + merge.error().message};
    return ImportReport{infoOf(decoded->header, size), std::move(*merge)};
}

Result<BundleInfo> inspectBundle(const std::filesystem::path& file) {
    std::uint64_t size = 0;
    auto bytes = readAtMost(file, kPreludeFixedBytes + kMaxHeaderBytes, size);
    if (!bytes) return bytes.error();
    auto prelude = readPrelude(*bytes);
    if (!prelude)
        return Error{prelude.error().kind, file.string() + ": " + prelude.error().message};
    return infoOf(prelude->header, size);
}

}  // namespace parcours::sync
