// parcours sync export|import|inspect: bundles (docs/bundle-format.md) over core's sync.
#include "sync_commands.hpp"

#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>

#include "args.hpp"
#include "common.hpp"
#include "journal_access.hpp"
#include "parcours/json/json_writer.hpp"
#include "parcours/sync/bundle.hpp"
#include "parcours/sync/passphrase.hpp"

namespace parcours::cli {
namespace {

constexpr const char* kSynopsis =
    "usage (every command also takes --journal FILE; default: the journal in the data folder):\n"
    "  parcours sync export --out FILE [--passphrase-file F | --no-encryption] [--calibrate]\n"
    "                       [--kdf-passes N] [--kdf-memory KIB] [--device-label TEXT]\n"
    "  parcours sync import FILE [--passphrase-file F] [--json]\n"
    "  parcours sync inspect FILE [--json]\n"
    "Without --passphrase-file, export makes up a passphrase and prints it once on stderr.\n"
    "F: a file whose first line is the passphrase. --calibrate: a key derivation of about a\n"
    "second on this device instead of the default (64 MiB, 3 passes); --kdf-passes and\n"
    "--kdf-memory set it by hand (at most 10 passes and 262144 KiB: what importers accept).\n"
    "Exit codes: 0 ok, 2 usage, 3 bad file or wrong passphrase (nothing imported), 4 storage.\n";

// The first line of the file, without its line ending.
Result<std::string> readPassphrase(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return usageError("--passphrase-file: cannot read " + file);
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty())
        return usageError("--passphrase-file: the first line of " + file + " is empty");
    return line;
}

Result<std::string> onePositional(const Args& args, std::string_view command) {
    if (args.positionals().size() != 1)
        return usageError(std::string(command) + ": " +
                          (args.positionals().empty() ? "which bundle file?" : "one file only"));
    return args.positionals()[0];
}

std::string dayText(std::int64_t unixDays) {
    const std::time_t t = static_cast<std::time_t>(unixDays) * 86400;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

void writeInfo(json::Writer& w, const sync::BundleInfo& info) {
    w.key("format").string(std::to_string(info.formatMajor) + "." +
                           std::to_string(info.formatMinor));
    w.key("encrypted").boolean(info.encrypted);
    if (info.encrypted) {
        w.key("kdf").beginObject();
        w.key("algorithm").string("argon2id13");
        w.key("passes").integer(info.kdf.opslimit);
        w.key("memory_bytes").integer(info.kdf.memlimit);
        w.endObject();
        w.key("chunk_size").integer(info.chunkSize);
    }
    w.key("device").string(info.deviceId.hex());
    w.key("device_label").string(info.deviceLabel);
    w.key("app_version").string(info.appVersion);
    w.key("hlc").string(std::to_string(info.hlc.value));  // 64-bit: a string for JavaScript
    w.key("created_on").string(dayText(info.createdAtDay));
    w.key("file_bytes").integer(info.fileBytes);
}

void printInfo(std::ostream& out, const sync::BundleInfo& info) {
    out << "format " << info.formatMajor << '.' << info.formatMinor << '\n';
    if (info.encrypted)
        out << "encrypted: yes (Argon2id " << (info.kdf.memlimit >> 20) << " MiB, "
            << info.kdf.opslimit << " passes; XChaCha20-Poly1305, chunks of " << info.chunkSize
            << " bytes)\n";
    else
        out << "encrypted: NO (exported with --no-encryption: anyone can read this file)\n";
    out << "device: " << info.deviceId.hex()
        << (info.deviceLabel.empty() ? "" : " «" + info.deviceLabel + "»") << '\n'
        << "app version: " << info.appVersion << '\n'
        << "created on: " << dayText(info.createdAtDay) << '\n'
        << "size: " << info.fileBytes << " bytes\n";
}

int syncExport(const Args& args) {
    if (!args.positionals().empty())
        return fail(usageError("export: unexpected «" + args.positionals()[0] + "»"));
    auto out = args.value("--out");
    if (!out || out->empty()) return fail(usageError("export needs --out FILE"));
    const auto passphraseFile = args.value("--passphrase-file");
    if (passphraseFile && args.flag("--no-encryption"))
        return fail(usageError("export: --passphrase-file or --no-encryption, not both"));
    sync::ExportOptions options;
    options.encrypt = !args.flag("--no-encryption");
    options.deviceLabel = args.value("--device-label").value_or("");
    bool suggested = false;
    if (passphraseFile) {
        auto p = readPassphrase(*passphraseFile);
        if (!p) return fail(p.error());
        options.passphrase = *p;
        if (const auto strength = sync::estimatePassphrase(*p); !strength.strong())
            std::cerr << "parcours: warning: this passphrase looks weak (about "
                      << static_cast<int>(strength.bits)
                      << " bits, a rough estimate): anyone who gets the file can try passphrases "
                         "offline; six words from `parcours sync export` without "
                         "--passphrase-file give 72 bits\n";
    } else if (options.encrypt) {
        options.passphrase = sync::suggestPassphrase();
        suggested = true;
    }
    if (options.encrypt && args.flag("--calibrate")) {
        auto kdf = sync::calibrateKdf();
        if (!kdf) return fail(kdf.error());
        options.kdf = *kdf;
    }
    if (auto passes = args.value("--kdf-passes")) {
        auto n = parseCount(*passes, "--kdf-passes");
        if (!n) return fail(n.error());
        options.kdf.opslimit = *n;
    }
    if (auto memory = args.value("--kdf-memory")) {
        auto kib = parseCount(*memory, "--kdf-memory");
        if (!kib) return fail(kib.error());
        options.kdf.memlimit = static_cast<std::uint64_t>(*kib) * 1024;
    }
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto report = sync::exportBundle(*journal, *out, options);
    if (!report) return fail(report.error());
    std::cerr << "parcours: " << report->versions << " versions written to " << *out << " ("
              << report->bytes << " bytes, "
              << (options.encrypt ? "encrypted" : "NOT encrypted: anyone can read it") << ")\n";
    if (suggested)
        std::cerr << "Passphrase for this file (shown once, never stored):\n\n    "
                  << options.passphrase
                  << "\n\nWrite it down or keep it in a password manager: the other device needs "
                     "it to import the file, and nobody can recover it.\n";
    return kOk;
}

int syncImport(const Args& args) {
    auto file = onePositional(args, "import");
    if (!file) return fail(file.error());
    std::string passphrase;
    if (auto passphraseFile = args.value("--passphrase-file")) {
        auto p = readPassphrase(*passphraseFile);
        if (!p) return fail(p.error());
        passphrase = *p;
    } else {
        // Fail early and clearly, before opening the journal, when the file needs one.
        auto info = sync::inspectBundle(*file);
        if (!info) return fail(info.error());
        if (info->encrypted)
            return fail(usageError("import: " + *file + " is encrypted: give --passphrase-file F"));
    }
    auto journal = openJournal(args);
    if (!journal) return fail(journal.error());
    auto report = sync::importBundle(*journal, *file, passphrase);
    if (!report) return fail(report.error());
    const auto& m = report->merge;
    if (m.clockCapped)
        std::cerr << "parcours: warning: the bundle's clock is more than a day ahead of this "
                     "device's; this device's clock did not follow it (check the date on both)\n";
    if (!report->bundle.encrypted)
        std::cerr << "parcours: warning: " << *file << " was not encrypted\n";
    if (args.flag("--json")) {
        json::Writer w;
        w.beginObject();
        w.key("file").string(*file);
        w.key("bundle").beginObject();
        writeInfo(w, report->bundle);
        w.endObject();
        w.key("versions_received").integer(m.received);
        w.key("versions_added").integer(m.added);
        w.key("added").integer(m.recordsAdded);
        w.key("updated").integer(m.recordsUpdated);
        w.key("unchanged").integer(m.recordsUnchanged);
        w.key("conflicts").beginArray();
        for (const auto& id : m.conflicted) w.string(id.hex());
        w.endArray();
        w.key("clock_capped").boolean(m.clockCapped);
        w.endObject();
        std::cout << w.take() << '\n';
        return kOk;
    }
    std::cout << "imported " << *file << " from "
              << (report->bundle.deviceLabel.empty() ? report->bundle.deviceId.hex()
                                                     : "«" + report->bundle.deviceLabel + "»")
              << ": " << m.received << " versions (" << m.added << " new)\n"
              << "records: " << m.recordsAdded << " added, " << m.recordsUpdated << " updated, "
              << m.recordsUnchanged << " unchanged\n"
              << "conflicts: " << m.conflicted.size() << '\n';
    for (const auto& id : m.conflicted) std::cout << "  " << id.hex() << '\n';
    return kOk;
}

int syncInspect(const Args& args) {
    auto file = onePositional(args, "inspect");
    if (!file) return fail(file.error());
    auto info = sync::inspectBundle(*file);
    if (!info) return fail(info.error());
    if (args.flag("--json")) {
        json::Writer w;
        w.beginObject();
        writeInfo(w, *info);
        w.endObject();
        std::cout << w.take() << '\n';
    } else {
        printInfo(std::cout, *info);
    }
    return kOk;
}

struct Command {
    OptionSpec options;
    std::function<int(const Args&)> run;
};

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table{
        {"export",
         {{{"--journal", "--db-journal", "--out", "--passphrase-file", "--device-label",
            "--kdf-passes", "--kdf-memory"},
           {"--no-encryption", "--calibrate"}},
          syncExport}},
        {"import", {{{"--journal", "--db-journal", "--passphrase-file"}, {"--json"}}, syncImport}},
        {"inspect", {{{}, {"--json"}}, syncInspect}},
    };
    return table;
}

}  // namespace

std::string syncUsage() {
    return kSynopsis;
}

int runSyncCommand(const std::vector<std::string>& words) {
    if (words.empty()) {
        std::cerr << syncUsage();
        return kUsage;
    }
    if (words[0] == "--help" || words[0] == "help") {
        std::cout << syncUsage();
        return kOk;
    }
    auto it = commands().find(words[0]);
    if (it == commands().end())
        return fail(usageError("unknown command «sync " + words[0] + "»\n" + syncUsage()));
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    auto args = Args::parse(rest, it->second.options);
    if (!args) return fail(usageError(args.error().message + "\n" + syncUsage()));
    return it->second.run(*args);
}

}  // namespace parcours::cli
