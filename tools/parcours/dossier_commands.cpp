// parcours dossier cpam|ordre: the help request to the CPAM and the complaint for a
// discriminatory refusal, built from a démarche (core/include/parcours/rules/dossier.hpp)
// and written durably to --out.
#include <iostream>

#include "common.hpp"
#include "durable_file.hpp"
#include "estimate_dossier.hpp"
#include "journal_access.hpp"
#include "journal_time.hpp"
#include "parcours/rules/dossier.hpp"

namespace parcours::cli {
namespace {

using rules::DossierFormat;

constexpr const char* kDossierUsage =
    "usage: parcours dossier cpam|ordre --demarche ID --out FILE [--format md|html|txt]\n"
    "                       [--name N] [--birth-date D] [--nir N] [--address A]\n"
    "                       [--phone P] [--email E] [--journal FILE]\n"
    "  cpam   the request for help finding a doctor, with every practice contacted\n"
    "  ordre  a complaint for a discriminatory refusal (needs a refused-discrimination call)\n"
    "Only the identity fields given are printed. Without --format, the extension of FILE\n"
    "(.html, .txt, else Markdown).\n";

OptionSpec dossierSpec() {
    return {{"--demarche", "--out", "--format", "--name", "--birth-date", "--nir", "--address",
             "--phone", "--email", "--journal", "--db-journal"},
            {"--help"}};
}

Result<DossierFormat> formatFor(const Args& args, const std::string& out) {
    std::string format = args.value("--format").value_or("");
    if (format.empty()) {
        const std::string ext = std::filesystem::path(out).extension().string();
        format = ext == ".html" || ext == ".htm" ? "html" : ext == ".txt" ? "txt" : "md";
    }
    if (format == "md" || format == "markdown") return DossierFormat::Markdown;
    if (format == "html") return DossierFormat::Html;
    if (format == "txt" || format == "text") return DossierFormat::Text;
    return usageError("--format is md, html or txt, not «" + format + "»");
}

}  // namespace

int runDossierCommand(const std::vector<std::string>& words) {
    auto args = Args::parse(words, dossierSpec());
    if (!args) return fail(args.error());
    if (args->flag("--help")) {
        std::cout << kDossierUsage;
        return kOk;
    }
    if (args->positionals().size() != 1)
        return fail(
            usageError("dossier: which one, cpam or ordre?\n" + std::string(kDossierUsage)));
    const std::string& which = args->positionals()[0];
    if (which != "cpam" && which != "ordre")
        return fail(usageError("dossier: «" + which + "» is not cpam or ordre"));
    if (!args->value("--demarche")) return fail(usageError("dossier needs --demarche ID"));
    auto out = args->value("--out");
    if (!out || out->empty()) return fail(usageError("dossier needs --out FILE"));
    auto format = formatFor(*args, *out);
    if (!format) return fail(format.error());

    auto context = loadDemarcheContext(*args);
    if (!context) return fail(context.error());
    rules::DossierInput input;
    input.identity.fullName = args->value("--name").value_or("");
    input.identity.birthDate = args->value("--birth-date").value_or("");
    input.identity.nir = args->value("--nir").value_or("");
    input.identity.address = args->value("--address").value_or("");
    input.identity.phone = args->value("--phone").value_or("");
    input.identity.email = args->value("--email").value_or("");
    input.profile = std::move(context->profile);
    input.demarche = std::move(context->demarche);
    input.calls = std::move(context->calls);
    input.today = todayLocal();

    auto text = rules::buildDossier(
        rules::RulePack::french(),
        which == "cpam" ? rules::DossierKind::Cpam : rules::DossierKind::Ordre, *format, input);
    if (!text) return fail(text.error());
    if (auto r = writeFileDurably(*out, *text); !r) return fail(r.error());
    std::cerr << "parcours: dossier " << which << " (" << input.calls.size()
              << " call(s)) written to " << *out << '\n';
    return kOk;
}

}  // namespace parcours::cli
