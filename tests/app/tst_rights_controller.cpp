// RightsController and AdviceListModel over a real journal (JournalController) and a real
// directory in a temporary folder: the advice for four refusals (order, why, actions, nearby
// counts), re-run when the journal or the stated situation changes; the estimate as core
// gives it; the CPAM dossier as a PDF that lists the four practices; the complaint refused
// without a discriminatory refusal; a failed write with a clear error and no partial file.

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>
#include <memory>

#include "document_pdf.hpp"
#include "journal_controller.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/rules/estimate.hpp"
#include "parcours/rules/pack.hpp"
#include "path_util.hpp"
#include "rights_controller.hpp"

using parcours::app::AdviceListModel;
using parcours::app::JournalController;
using parcours::app::RightsController;
namespace dir = parcours::directory;
namespace rules = parcours::rules;

namespace {

constexpr double kLat = 45.7578, kLon = 4.8320;  // place Bellecour
const QString kToday = QStringLiteral("2026-11-23");
const QStringList kPractices = {QStringLiteral("Cabinet Rivière"), QStringLiteral("Docteur Martin"),
                                QStringLiteral("Cabinet des Pentes"),
                                QStringLiteral("Docteur Lefèvre")};

dir::Structure structure(int n, dir::Kind kind, double dLat) {
    dir::Structure s;
    s.source = "finess";
    s.sourceId = "69000" + std::to_string(1000 + n);
    s.kind = kind;
    s.name = "Structure " + std::to_string(n);
    s.city = "Lyon";
    s.position = parcours::geo::LatLon{kLat + dLat, kLon};
    return s;
}

QVariantMap practice(const QString& name, int n) {
    return {{QStringLiteral("structureId"), QStringLiteral("finess:69000%1").arg(2000 + n)},
            {QStringLiteral("name"), name},
            {QStringLiteral("phone"), QStringLiteral("04 78 00 00 0%1").arg(n)},
            {QStringLiteral("address"),
             QStringLiteral("%1 rue de la République, 69002 Lyon").arg(n + 1)},
            {QStringLiteral("kind"), QStringLiteral("practice")}};
}

QVariantMap mapAt(const AdviceListModel& model, int row, const char* role, int index) {
    return model.get(row, QLatin1String(role)).toList().value(index).toMap();
}

}  // namespace

class RightsControllerTest : public QObject {
    Q_OBJECT

  private:
    QTemporaryDir temp_;
    QString directoryPath_;
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<JournalController> journal_;
    std::unique_ptr<RightsController> rights_;
    std::unique_ptr<QAbstractItemModelTester> tester_;

    void logFourRefusals() {
        for (int i = 0; i < kPractices.size(); ++i)
            QVERIFY(!journal_
                         ->logCall(practice(kPractices[i], i),
                                   QStringLiteral("refused-no-new-patients"),
                                   QStringLiteral("Patientèle complète"), {}, {})
                         .isEmpty());
    }

    QString documents() const { return dir_->filePath(QStringLiteral("documents")); }

  private slots:
    void initTestCase() {
        QVERIFY(temp_.isValid());
        directoryPath_ = temp_.filePath(QStringLiteral("directory.sqlite"));
        auto opened = dir::Directory::open(parcours::app::toPath(directoryPath_));
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        // Within a few hundred metres of Bellecour: 2 CPTS, 1 MSP, 3 centres de santé.
        std::vector<dir::Structure> all{structure(1, dir::Kind::Cpts, 0.001),
                                        structure(2, dir::Kind::Cpts, 0.002),
                                        structure(3, dir::Kind::Msp, 0.003),
                                        structure(4, dir::Kind::CentreSante, 0.004),
                                        structure(5, dir::Kind::CentreSante, 0.005),
                                        structure(6, dir::Kind::CentreSante, 0.006)};
        auto replaced = opened->replaceSource({"finess", "test", "2026-05-12", 0}, all);
        QVERIFY2(replaced.ok(), replaced.ok() ? "" : replaced.error().message.c_str());
    }

    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        journal_ = std::make_unique<JournalController>(JournalController::Options{
            dir_->filePath(QStringLiteral("journal.sqlite")),
            [] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::OffsetFromUTC, 3600); },
            JournalController::kUndoMillis});
        QVERIFY2(journal_->start(), qPrintable(journal_->errorText()));
        rights_ = std::make_unique<RightsController>();
        tester_ = std::make_unique<QAbstractItemModelTester>(
            rights_->advice(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        rights_->setJournalController(journal_.get());
        rights_->setDirectoryPath(directoryPath_);
        rights_->setDate(kToday);
        rights_->setLanguage(QStringLiteral("fr"));
        rights_->setDocumentFolder(documents());
        rights_->refresh();
    }

    void cleanup() {
        if (rights_) rights_->waitForDocuments();
        tester_.reset();
        rights_.reset();
        journal_.reset();
        dir_.reset();
    }

    void fourRefusalsGiveTheCptsAndCpamAdviceInPriorityOrder() {
        logFourRefusals();  // journalChanged: the advice follows at once
        const AdviceListModel& advice = *rights_->advice();
        QVERIFY(advice.count() > 0);
        QCOMPARE(rights_->refusals(), 4);
        for (int row = 1; row < advice.count(); ++row)
            QVERIFY2(advice.get(row - 1, QStringLiteral("priority")).toInt() >=
                         advice.get(row, QStringLiteral("priority")).toInt(),
                     "advice in priority order");

        // The nearby counts around the centre (no home commune): what the directory holds.
        const QVariantMap nearby = rights_->nearby();
        QVERIFY(nearby.value(QStringLiteral("known")).toBool());
        QCOMPARE(nearby.value(QStringLiteral("cpts")).toInt(), 2);
        QCOMPARE(nearby.value(QStringLiteral("msp")).toInt(), 1);
        QCOMPARE(nearby.value(QStringLiteral("centreSante")).toInt(), 3);

        // Some card offers the CPTS / MSP / centres de santé on the map and says why: the
        // refusals counted.
        int nearbyRow = -1;
        int cpamRow = -1;
        for (int row = 0; row < advice.count(); ++row) {
            for (const QVariant& a : advice.get(row, QStringLiteral("actions")).toList()) {
                const QVariantMap action = a.toMap();
                if (action.value(QStringLiteral("kind")) == QLatin1String("show-nearby") &&
                    action.value(QStringLiteral("kinds"))
                        .toStringList()
                        .contains(QLatin1String("cpts")) &&
                    nearbyRow < 0)
                    nearbyRow = row;
                if (action.value(QStringLiteral("kind")) == QLatin1String("document") &&
                    action.value(QStringLiteral("value")) == QLatin1String("cpam") && cpamRow < 0)
                    cpamRow = row;
            }
        }
        QVERIFY2(nearbyRow >= 0, "a card shows the CPTS nearby");
        QVERIFY2(cpamRow >= 0, "a card builds the CPAM dossier");
        const QStringList why = advice.get(nearbyRow, QStringLiteral("why")).toStringList();
        QVERIFY2(why.join(QLatin1Char('\n')).contains(QLatin1String("refusals = 4")),
                 qPrintable(why.join(QLatin1String(" | "))));
        QVERIFY(!advice.get(nearbyRow, QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!advice.get(nearbyRow, QStringLiteral("text")).toString().isEmpty());
        QVERIFY(advice.get(nearbyRow, QStringLiteral("actions"))
                    .toList()
                    .front()
                    .toMap()
                    .contains(QStringLiteral("label")));
        // Every legal reference has its article and a link.
        for (int row = 0; row < advice.count(); ++row)
            for (const QVariant& r : advice.get(row, QStringLiteral("legal")).toList()) {
                QVERIFY(!r.toMap().value(QStringLiteral("article")).toString().isEmpty());
                QVERIFY(!r.toMap().value(QStringLiteral("title")).toString().isEmpty());
            }
        // "à vérifier" exactly for the cards core does not hold as certain.
        for (int row = 0; row < advice.count(); ++row)
            QCOMPARE(
                advice.get(row, QStringLiteral("uncertain")).toBool(),
                advice.get(row, QStringLiteral("confidence")).toString() != QLatin1String("high"));
    }

    void theAdviceFollowsTheJournal() {
        const QString id = QStringLiteral("R-NOMT-03");
        QCOMPARE(rights_->advice()->rowOf(id), -1);
        logFourRefusals();
        QVERIFY(rights_->advice()->rowOf(id) >= 0);
    }

    void theStatedSituationReRunsTheAdvice() {
        logFourRefusals();
        const QVariant before = rights_->advice()->get(0, QStringLiteral("ruleId"));
        QSignalSpy changed(rights_.get(), &RightsController::adviceChanged);
        rights_->setUrgent(true);
        QVERIFY(changed.wait());
        // Urgent first: a card that calls the 15 or the 116 117 comes on top.
        const QVariantMap first = mapAt(*rights_->advice(), 0, "actions", 0);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
        QVERIFY(rights_->advice()->get(0, QStringLiteral("priority")).toInt() >= 100);
        QVERIFY(rights_->advice()->get(0, QStringLiteral("ruleId")) != before);
        rights_->setUrgent(false);
        QVERIFY(changed.wait());
        QCOMPARE(rights_->advice()->get(0, QStringLiteral("ruleId")), before);
    }

    void englishAdviceWhenTheLanguageIsEnglish() {
        logFourRefusals();
        const QString row = QStringLiteral("R-NOMT-03");
        const int r = rights_->advice()->rowOf(row);
        QVERIFY(r >= 0);
        const QString french = rights_->advice()->get(r, QStringLiteral("title")).toString();
        rights_->setLanguage(QStringLiteral("en"));
        rights_->refresh();
        const int e = rights_->advice()->rowOf(row);
        QVERIFY(e >= 0);
        QVERIFY(rights_->advice()->get(e, QStringLiteral("title")).toString() != french);
        QCOMPARE(rights_->acts().front().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("GP consultation"));
    }

    void theEstimateIsCoresInEuros() {
        const QVariantList acts = rights_->acts();
        QVERIFY(acts.size() >= 5);
        QCOMPARE(acts.front().toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("gp-consultation"));
        QCOMPARE(acts.front().toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Consultation de médecine générale"));

        // The default profile has no médecin traitant: out of the parcours.
        const QVariantMap out = rights_->estimate(QStringLiteral("gp-consultation"));
        QVERIFY2(out.value(QStringLiteral("ok")).toBool(),
                 qPrintable(out.value(QStringLiteral("error")).toString()));
        QCOMPARE(out.value(QStringLiteral("inParcours")).toBool(), false);
        QCOMPARE(out.value(QStringLiteral("date")).toString(), kToday);
        // The same request made to core directly gives the same cents.
        rules::Facts facts;
        facts.set("has_medecin_traitant", false);
        rules::EstimateRequest request{"gp-consultation", kToday.toStdString(), facts, false,
                                       false};
        auto core = rules::estimate(rules::RulePack::french(), request);
        QVERIFY(core.ok());
        QCOMPARE(out.value(QStringLiteral("baseTariff")).toDouble(),
                 static_cast<double>(core->baseTariffCents) / 100.0);
        QCOMPARE(out.value(QStringLiteral("reimbursed")).toDouble(),
                 static_cast<double>(core->reimbursedCents) / 100.0);
        QCOMPARE(out.value(QStringLiteral("patientShare")).toDouble(),
                 static_cast<double>(core->patientShareCents) / 100.0);
        QCOMPARE(out.value(QStringLiteral("toVerify")).toBool(), core->toVerify);
        QVERIFY(
            out.value(QStringLiteral("reimbursedText")).toString().contains(QStringLiteral("€")));
        QVERIFY(!out.value(QStringLiteral("reasons")).toStringList().isEmpty());
        // Every figure with its date; a LOW one marked.
        const QVariantList figures = out.value(QStringLiteral("figures")).toList();
        QCOMPARE(figures.size(), static_cast<qsizetype>(core->figures.size()));
        bool anyUncertain = false;
        for (const QVariant& f : figures) {
            QVERIFY(!f.toMap().value(QStringLiteral("validFrom")).toString().isEmpty());
            anyUncertain |= f.toMap().value(QStringLiteral("uncertain")).toBool();
        }
        QCOMPARE(anyUncertain, core->toVerify);

        // With one's own MT, in the parcours, and more is reimbursed.
        const QVariantMap in = rights_->estimate(QStringLiteral("gp-consultation"), true);
        QVERIFY(in.value(QStringLiteral("ok")).toBool());
        QCOMPARE(in.value(QStringLiteral("inParcours")).toBool(), true);
        QVERIFY(in.value(QStringLiteral("reimbursed")).toDouble() >
                out.value(QStringLiteral("reimbursed")).toDouble());

        const QVariantMap unknown = rights_->estimate(QStringLiteral("massage"));
        QCOMPARE(unknown.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(
            unknown.value(QStringLiteral("error")).toString().contains(QLatin1String("massage")));
    }

    void theCpamDossierIsAPdfListingTheFourPractices() {
        logFourRefusals();
        // The identity fields given are printed.
        rights_->setIdentity({{QStringLiteral("fullName"), QStringLiteral("Camille Durand")},
                              {QStringLiteral("email"), QString()}});
        QSignalSpy ready(rights_.get(), &RightsController::documentReady);
        QVERIFY(rights_->buildDocument(QStringLiteral("cpam")));
        QVERIFY(rights_->building());
        QVERIFY(ready.wait(30000));
        QVERIFY(!rights_->building());
        const QString path = ready.front().at(0).toString();
        QCOMPARE(path, QDir(documents()).filePath(QStringLiteral("dossier-cpam-2026-11-23.pdf")));
        QCOMPARE(rights_->documentPath(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // Only the document in the folder: no temporary file left behind.
        QCOMPARE(QDir(documents()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("dossier-cpam-2026-11-23.pdf")});

        // The text of the PDF, as a reader extracts it (poppler's pdftotext).
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) QFAIL("pdftotext not found: apt-get install poppler-utils");
        QProcess extract;
        // -raw: in the order drawn, cell by cell; a name wrapped in its cell is joined again.
        extract.start(pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        for (const QString& name : kPractices)
            QVERIFY2(text.contains(name),
                     qPrintable(name + QStringLiteral(" missing from:\n") + text));
        QVERIFY(text.contains(QStringLiteral("médecin traitant"), Qt::CaseInsensitive));
        QVERIFY(text.contains(QStringLiteral("Camille Durand")));

        // Desktop: saved where the dialog said, whole.
        QVERIFY(rights_->shareAsksForDestination());
        const QString copy = dir_->filePath(QStringLiteral("Mes documents/dossier.pdf"));
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QCOMPARE(rights_->shareDocument(QUrl::fromLocalFile(copy).toString()), QString());
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), bytes);
    }

    void theComplaintIsRefusedWithoutADiscriminatoryRefusal() {
        logFourRefusals();
        QSignalSpy failed(rights_.get(), &RightsController::documentFailed);
        QVERIFY(!rights_->buildDocument(QStringLiteral("ordre")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!rights_->building());
        const QString message = rights_->documentError();
        QVERIFY2(message.contains(QLatin1String("discrimin"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY(!QDir(documents()).exists() || QDir(documents()).isEmpty());

        // With one, the complaint is built.
        QVERIFY(!journal_
                     ->logCall(practice(QStringLiteral("Docteur Durand"), 7),
                               QStringLiteral("refused-discrimination"),
                               QStringLiteral("Pas de patients à la C2S"), {}, {})
                     .isEmpty());
        QSignalSpy ready(rights_.get(), &RightsController::documentReady);
        QVERIFY(rights_->buildDocument(QStringLiteral("ordre")));
        QVERIFY(ready.wait(30000));
        QVERIFY(
            ready.front().at(0).toString().endsWith(QLatin1String("plainte-ordre-2026-11-23.pdf")));
    }

    void aFailedWriteSaysWhereAndLeavesNoPartialFile() {
        logFourRefusals();
        // The target name is taken by a folder: the PDF is rendered, its rename fails.
        const QString target =
            QDir(documents()).filePath(QStringLiteral("dossier-cpam-2026-11-23.pdf"));
        QVERIFY(QDir().mkpath(target));
        QSignalSpy failed(rights_.get(), &RightsController::documentFailed);
        QVERIFY(rights_->buildDocument(QStringLiteral("cpam")));
        QVERIFY(failed.wait(30000));
        const QString message = failed.front().at(0).toString();
        QVERIFY2(message.contains(target), qPrintable(message));
        QCOMPARE(rights_->documentError(), message);
        QVERIFY(rights_->documentPath().isEmpty());
        QCOMPARE(
            QDir(documents()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("dossier-cpam-2026-11-23.pdf")});
        QVERIFY(QFileInfo(target).isDir());

        // A folder that cannot be made (its parent is a file): said at once, nothing written.
        QFile blocker(dir_->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        rights_->setDocumentFolder(dir_->filePath(QStringLiteral("file/documents")));
        QVERIFY(!rights_->buildDocument(QStringLiteral("cpam")));
        QVERIFY2(rights_->documentError().contains(QLatin1String("file/documents")),
                 qPrintable(rights_->documentError()));
    }

    void thePdfIsA4WithItsTitle() {
        const QByteArray pdf = parcours::app::renderPdf(
            {QStringLiteral("<html><body><h1>Titre</h1><p>Bonjour</p></body></html>"),
             QStringLiteral("Demande d'aide")});
        QVERIFY(pdf.startsWith("%PDF-"));
        // A4 is 595 × 842 points.
        QVERIFY2(pdf.contains("/MediaBox [0 0 595") || pdf.contains("/MediaBox [0 0 594"),
                 "an A4 page");
        QVERIFY(pdf.contains("Demande d") ||
                pdf.contains("\xfe\xff"));  // the title (UTF-16 allowed)
    }
};

QTEST_MAIN(RightsControllerTest)

#include "tst_rights_controller.moc"
