// SyncController over two real journals in a temporary folder, standing for two devices:
// an export from one imported into the other gives the same journal; a wrong passphrase or
// an altered file is a clear error and changes nothing; a conflict made on both journals
// is listed and settled with "keep this version", and stays settled after the exchange.

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

#include "journal_controller.hpp"
#include "parcours/journal/journal.hpp"
#include "sync_controller.hpp"

using parcours::app::JournalController;
using parcours::app::SyncController;
namespace journal = parcours::journal;

namespace {

// One device: its journal, its sync controller.
struct Device {
    Device(const QString& path, const QString& label)
        : journal(JournalController::Options{path, {}}),
          sync(&journal, SyncController::Options{{1, 8192}, label, {}, false}) {}
    JournalController journal;
    SyncController sync;
};

QVariantMap practice(const QString& name) {
    return {{QStringLiteral("structureId"), QStringLiteral("finess:690000001")},
            {QStringLiteral("name"), name},
            {QStringLiteral("phone"), QStringLiteral("04 78 00 00 00")}};
}

std::vector<journal::Version> versionsOf(Device& d) {
    return d.journal.journal()->versions().value();
}

bool sameVersion(const journal::Version& a, const journal::Version& b) {
    return a.id == b.id && a.hlc == b.hlc && a.device == b.device && a.payload == b.payload &&
           a.deleted == b.deleted;
}

}  // namespace

class SyncControllerTest : public QObject {
    Q_OBJECT

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Device> a_, b_;

    QUrl file(const QString& name) const { return QUrl::fromLocalFile(dir_->filePath(name)); }

    bool exportFrom(Device& d, const QUrl& to, const QString& passphrase) {
        QSignalSpy done(&d.sync, &SyncController::exportFinished);
        d.sync.exportTo(to, passphrase);
        if (!done.wait(20000)) return false;
        return done.at(0).at(0).toBool();
    }

    bool importInto(Device& d, const QUrl& from, const QString& passphrase) {
        if (!d.sync.inspect(from)) return false;
        QSignalSpy done(&d.sync, &SyncController::importFinished);
        d.sync.importPending(passphrase);
        if (!done.wait(20000)) return false;
        return done.at(0).at(0).toBool();
    }

  private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        a_ = std::make_unique<Device>(dir_->filePath(QStringLiteral("a/journal.sqlite")),
                                      QStringLiteral("Téléphone de Léa"));
        b_ = std::make_unique<Device>(dir_->filePath(QStringLiteral("b/journal.sqlite")),
                                      QStringLiteral("Ordinateur"));
        QVERIFY(a_->journal.start());
        QVERIFY(b_->journal.start());
    }

    void cleanup() {
        b_.reset();
        a_.reset();
        dir_.reset();
    }

    void suggestsAStrongPassphrase() {
        const QString suggested = a_->sync.suggestedPassphrase();
        QCOMPARE(suggested.count(u'-'), 5);  // six words
        QVERIFY(a_->sync.passphraseStrength(suggested).value(QStringLiteral("strong")).toBool());
        QVERIFY(!a_->sync.passphraseStrength(QStringLiteral("abc"))
                     .value(QStringLiteral("strong"))
                     .toBool());
        QSignalSpy changed(&a_->sync, &SyncController::suggestedPassphraseChanged);
        QVERIFY(a_->sync.newPassphrase() != suggested);
        QCOMPARE(changed.count(), 1);
        QVERIFY(a_->sync.suggestedFileName().endsWith(QStringLiteral(".parcours")));
    }

    void exportThenImportGivesTheSameJournal() {
        QVERIFY(!a_->journal
                     .logCall(practice(QStringLiteral("Cabinet du Parc")),
                              QStringLiteral("refused-no-new-patients"), {}, {}, {})
                     .isEmpty());
        QVERIFY(!a_->journal
                     .logCall(practice(QStringLiteral("Centre de santé")),
                              QStringLiteral("no-answer"), {}, QStringLiteral("rappeler"), {})
                     .isEmpty());
        const QUrl bundle = file(QStringLiteral("a.parcours"));
        const QString passphrase = a_->sync.suggestedPassphrase();
        QVERIFY(exportFrom(*a_, bundle, passphrase));
        QVERIFY(QFile::exists(bundle.toLocalFile()));
        QCOMPARE(a_->sync.lastExport().value(QStringLiteral("versions")).toULongLong(),
                 versionsOf(*a_).size());
        QVERIFY(!a_->sync.busy());

        // Inspect before import: the header, readable without the passphrase.
        QVERIFY(b_->sync.inspect(bundle));
        const QVariantMap header = b_->sync.pendingImport();
        QCOMPARE(header.value(QStringLiteral("deviceLabel")).toString(),
                 QStringLiteral("Téléphone de Léa"));
        QVERIFY(header.value(QStringLiteral("encrypted")).toBool());
        QCOMPARE(header.value(QStringLiteral("fileName")).toString(), QStringLiteral("a.parcours"));

        QSignalSpy reloaded(&b_->journal, &JournalController::journalChanged);
        QVERIFY(importInto(*b_, bundle, passphrase));
        QVERIFY(reloaded.count() >= 1);  // JournalController.reload() ran
        const QVariantMap report = b_->sync.lastImport();
        QVERIFY(report.value(QStringLiteral("added")).toInt() >= 3);  // démarche and 2 calls
        QCOMPARE(report.value(QStringLiteral("conflicts")).toInt(), 0);
        QVERIFY(b_->sync.pendingImport().isEmpty());

        // Every version of A is in B, and B shows what A shows.
        const auto inA = versionsOf(*a_), inB = versionsOf(*b_);
        for (const auto& v : inA)
            QVERIFY(std::ranges::any_of(inB, [&](const auto& w) { return sameVersion(v, w); }));
        QCOMPARE(b_->journal.demarches()->count(), a_->journal.demarches()->count());
        QCOMPARE(b_->journal.calls()->rowCount(), 2);

        // Importing the same file again changes nothing.
        QVERIFY(importInto(*b_, bundle, passphrase));
        QCOMPARE(b_->sync.lastImport().value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(b_->sync.lastImport().value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(versionsOf(*b_).size(), inB.size());
    }

    void aWrongPassphraseIsAClearErrorAndChangesNothing() {
        QVERIFY(!a_->journal
                     .logCall(practice(QStringLiteral("Cabinet du Parc")),
                              QStringLiteral("no-answer"), {}, {}, {})
                     .isEmpty());
        const QUrl bundle = file(QStringLiteral("a.parcours"));
        QVERIFY(exportFrom(*a_, bundle, QStringLiteral("rouf-spleen-palan-vide-loin-brise")));
        const auto before = versionsOf(*b_).size();
        QVERIFY(!importInto(*b_, bundle, QStringLiteral("mauvaise-phrase")));
        QVERIFY2(b_->sync.errorText().contains(QStringLiteral("wrong passphrase")),
                 qPrintable(b_->sync.errorText()));
        QVERIFY(b_->sync.errorText().startsWith(QStringLiteral("Import impossible, rien n'a")));
        QCOMPARE(versionsOf(*b_).size(), before);
        QVERIFY(!b_->sync.pendingImport().isEmpty());  // the passphrase may be typed again
    }

    void anAlteredFileIsRefusedAndChangesNothing() {
        const QUrl bundle = file(QStringLiteral("a.parcours"));
        QVERIFY(exportFrom(*a_, bundle, QStringLiteral("phrase-de-passe-de-test")));
        QFile f(bundle.toLocalFile());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() - 40] = static_cast<char>(bytes[bytes.size() - 40] ^ 0x55);
        f.seek(0);
        f.write(bytes);
        f.close();
        const auto before = versionsOf(*b_).size();
        QVERIFY(!importInto(*b_, bundle, QStringLiteral("phrase-de-passe-de-test")));
        QVERIFY(!b_->sync.errorText().isEmpty());
        QCOMPARE(versionsOf(*b_).size(), before);

        // Not a bundle at all: refused at inspection.
        const QUrl text = file(QStringLiteral("notes.parcours"));
        QFile t(text.toLocalFile());
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("pas un export\n");
        t.close();
        QVERIFY(!b_->sync.inspect(text));
        QVERIFY(b_->sync.errorText().startsWith(QStringLiteral("Ce fichier n'est pas")));
        QVERIFY(b_->sync.pendingImport().isEmpty());
    }

    // The app's setting: the KDF cost measured on this device before the first export, never
    // under core's floor (about a second of Argon2id here).
    void theFirstExportCalibratesTheKdf() {
        JournalController journal(
            JournalController::Options{dir_->filePath(QStringLiteral("c/journal.sqlite")), {}});
        QVERIFY(journal.start());
        SyncController sync(&journal, SyncController::Options{{1, 8192}, {}, {}, true});
        QSignalSpy done(&sync, &SyncController::exportFinished);
        const QUrl to = file(QStringLiteral("c.parcours"));
        sync.exportTo(to, QStringLiteral("phrase-de-passe-de-test"));
        QVERIFY(done.wait(60000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(sync.errorText()));
        auto info = parcours::sync::inspectBundle(to.toLocalFile().toStdString());
        QVERIFY(info);
        QVERIFY(info->kdf.opslimit >= parcours::sync::kKdfFloor.opslimit);
        QVERIFY(info->kdf.memlimit >= parcours::sync::kKdfFloor.memlimit);
    }

    void aNameWithoutExtensionGetsOurs() {
        QVERIFY(exportFrom(*a_, file(QStringLiteral("sans-extension")),
                           QStringLiteral("phrase-de-passe-de-test")));
        QVERIFY(QFile::exists(dir_->filePath(QStringLiteral("sans-extension.parcours"))));
        QCOMPARE(a_->sync.lastExport().value(QStringLiteral("path")).toString(),
                 dir_->filePath(QStringLiteral("sans-extension.parcours")));
    }

    void openFileAsksForThePassphrase() {
        const QUrl bundle = file(QStringLiteral("a.parcours"));
        QVERIFY(exportFrom(*a_, bundle, QStringLiteral("phrase-de-passe-de-test")));
        QSignalSpy asked(&b_->sync, &SyncController::importRequested);
        b_->sync.openFile(bundle);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(b_->sync.pendingImport().value(QStringLiteral("url")).toUrl(), bundle);
        b_->sync.cancelImport();
        QVERIFY(b_->sync.pendingImport().isEmpty());
    }

    void aConflictIsListedAndSettledOnBothDevices() {
        QAbstractItemModelTester testerA(a_->sync.conflicts(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester testerB(b_->sync.conflicts(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString call = a_->journal.logCall(practice(QStringLiteral("Cabinet du Parc")),
                                                 QStringLiteral("no-answer"), {}, {}, {});
        const QString secret = QStringLiteral("phrase-de-passe-de-test");
        const QUrl fromA = file(QStringLiteral("a.parcours")),
                   fromB = file(QStringLiteral("b.parcours"));
        QVERIFY(exportFrom(*a_, fromA, secret));
        QVERIFY(importInto(*b_, fromA, secret));
        // Both edit the call before exchanging again.
        QVERIFY(a_->journal.updateCall(call, QStringLiteral("call-back"), {},
                                       QStringLiteral("rappeler lundi"), {}));
        QVERIFY(b_->journal.updateCall(call, QStringLiteral("refused-no-new-patients"), {},
                                       QStringLiteral("complet"), {}));
        QVERIFY(exportFrom(*a_, fromA, secret));
        QVERIFY(exportFrom(*b_, fromB, secret));
        QVERIFY(importInto(*b_, fromA, secret));
        QCOMPARE(b_->sync.lastImport().value(QStringLiteral("conflicts")).toInt(), 1);
        QVERIFY(importInto(*a_, fromB, secret));

        auto* conflicts = a_->sync.conflicts();
        QCOMPARE(conflicts->count(), 1);
        QCOMPARE(conflicts->get(0, QStringLiteral("recordId")).toString(), call);
        QCOMPARE(conflicts->get(0, QStringLiteral("typeLabel")).toString(),
                 QStringLiteral("Appel"));
        const QVariantList versions = conflicts->get(0, QStringLiteral("versions")).toList();
        QCOMPARE(versions.size(), 2);
        // Which is which: the one made on this device says "rappeler lundi".
        int mine = 0;
        for (const auto& v : versions) {
            const QVariantMap m = v.toMap();
            if (!m.value(QStringLiteral("thisDevice")).toBool()) continue;
            mine = m.value(QStringLiteral("number")).toInt();
            bool saysIt = false;
            for (const auto& f : m.value(QStringLiteral("fields")).toList())
                saysIt = saysIt || f.toMap().value(QStringLiteral("value")) ==
                                       QStringLiteral("rappeler lundi");
            QVERIFY(saysIt);
        }
        QVERIFY(mine > 0);

        QVERIFY(a_->sync.keepVersion(call, mine));
        QCOMPARE(conflicts->count(), 0);
        const auto id = journal::RecordId::fromHex(call.toStdString()).value();
        QCOMPARE(QString::fromStdString(a_->journal.journal()->call(id)->note),
                 QStringLiteral("rappeler lundi"));

        // B gets the settlement: it agrees, and has nothing left to settle.
        QVERIFY(exportFrom(*a_, fromA, secret));
        QVERIFY(importInto(*b_, fromA, secret));
        QCOMPARE(b_->sync.conflicts()->count(), 0);
        QCOMPARE(QString::fromStdString(b_->journal.journal()->call(id)->note),
                 QStringLiteral("rappeler lundi"));
        QVERIFY(!b_->sync.keepVersion(call, 1));  // no longer in conflict
        QVERIFY(!b_->sync.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SyncControllerTest)

#include "tst_sync_controller.moc"
