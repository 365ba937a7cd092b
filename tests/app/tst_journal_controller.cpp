// JournalController and its models (DemarcheListModel, CallListModel) over a real journal
// in a temporary folder: calls logged, edited, deleted and restored through the controller,
// read back through core; QAbstractItemModelTester checks every change of every model.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "journal_controller.hpp"
#include "parcours/journal/journal.hpp"
#include "path_util.hpp"

using parcours::app::CallListModel;
using parcours::app::DemarcheListModel;
using parcours::app::JournalController;
namespace journal = parcours::journal;

namespace {

QVariantMap structure(const QString& id, const QString& name) {
    return {{QStringLiteral("structureId"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("phone"), QStringLiteral("04 78 00 00 00")},
            {QStringLiteral("address"), QStringLiteral("1 rue de la République, 69002 Lyon")},
            {QStringLiteral("kind"), QStringLiteral("centre-sante")}};
}

}  // namespace

class JournalControllerTest : public QObject {
    Q_OBJECT

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<JournalController> controller_;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers_;
    QDateTime clock_;
    static constexpr int kUndoMillis = 300;  // short here; the app keeps the default

    QString path() const { return dir_->filePath(QStringLiteral("sub/journal.sqlite")); }

    std::unique_ptr<JournalController> makeController() {
        auto c = std::make_unique<JournalController>(JournalController::Options{
            path(),
            [this] {
                clock_ = clock_.addSecs(600);  // ten minutes between calls
                return clock_;
            },
            kUndoMillis});
        testers_.push_back(std::make_unique<QAbstractItemModelTester>(
            c->demarches(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers_.push_back(std::make_unique<QAbstractItemModelTester>(
            c->calls(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers_.push_back(std::make_unique<QAbstractItemModelTester>(
            c->practiceCalls(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        return c;
    }

  private slots:
    void init() {
        dir_ = std::make_unique<QTemporaryDir>();
        QVERIFY(dir_->isValid());
        clock_ = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, 3600);
        controller_ = makeController();
        QVERIFY2(controller_->start(), qPrintable(controller_->errorText()));
    }

    void cleanup() {
        testers_.clear();
        controller_.reset();
        dir_.reset();
    }

    void startsEmptyAndCreatesTheFolder() {
        QVERIFY(controller_->ready());
        QVERIFY(QFileInfo::exists(path()));
        QCOMPARE(controller_->demarches()->count(), 0);
        QCOMPARE(controller_->calls()->count(), 0);
        QCOMPARE(controller_->currentDemarcheId(), QString());
    }

    void outcomesComeFromCore() {
        const QVariantList outcomes = controller_->outcomes();
        QCOMPARE(outcomes.size(), 10);
        const QVariantMap first = outcomes.first().toMap();
        QCOMPARE(first.value("outcome").toString(), QStringLiteral("accepted"));
        QCOMPARE(first.value("label").toString(), QStringLiteral("Accepté comme médecin traitant"));
        QCOMPARE(controller_->outcomeLabel(QStringLiteral("refused-no-new-patients")),
                 QStringLiteral("Refus : ne prend pas de nouveaux patients"));
        int refusals = 0;
        for (const auto& o : outcomes) refusals += o.toMap().value("refusal").toBool() ? 1 : 0;
        QCOMPARE(refusals, 3);
    }

    void firstCallOpensAMedecinTraitantDemarche() {
        const QString id = controller_->logCall(
            structure("finess:690000001", "Centre de santé Bellecour"),
            QStringLiteral("refused-no-new-patients"), QStringLiteral("ne prend plus personne"),
            QStringLiteral("rappeler en janvier"), QStringLiteral("2027-01-05"));
        QVERIFY2(!id.isEmpty(), qPrintable(controller_->errorText()));

        // In the journal, through core.
        auto* j = controller_->journal();
        auto summaries = j->demarches();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1U);
        QCOMPARE(summaries->front().demarche.seeking, journal::Seeking::MedecinTraitant);
        auto calls = j->calls(summaries->front().demarche.id);
        QVERIFY(calls);
        QCOMPARE(calls->size(), 1U);
        const journal::Call& c = calls->front();
        QCOMPARE(c.outcome, journal::Outcome::RefusedNoNewPatients);
        QCOMPARE(c.practice.directoryId, std::string("finess:690000001"));
        QCOMPARE(c.practice.phone, std::string("04 78 00 00 00"));
        QCOMPARE(c.reason, std::string("ne prend plus personne"));
        QCOMPARE(c.followUp, std::string("2027-01-05"));
        QCOMPARE(c.at, std::string("2026-11-23T09:10:00+01:00"));  // "now", with its offset

        // In the models.
        DemarcheListModel* d = controller_->demarches();
        QCOMPARE(d->count(), 1);
        QCOMPARE(d->get(0, "seekingLabel").toString(), QStringLiteral("Médecin traitant"));
        QCOMPARE(d->get(0, "open").toBool(), true);
        QCOMPARE(d->get(0, "calls").toInt(), 1);
        QCOMPARE(d->get(0, "refusals").toInt(), 1);
        const QVariantList counts = d->get(0, "outcomeCounts").toList();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().toMap().value("outcome").toString(),
                 QStringLiteral("refused-no-new-patients"));
        QCOMPARE(counts.first().toMap().value("count").toInt(), 1);
        QCOMPARE(controller_->currentDemarcheId(), d->get(0, "demarcheId").toString());

        CallListModel* m = controller_->calls();
        QCOMPARE(m->count(), 1);
        QCOMPARE(m->get(0, "callId").toString(), id);
        QCOMPARE(m->get(0, "practiceName").toString(), QStringLiteral("Centre de santé Bellecour"));
        QCOMPARE(m->get(0, "outcomeLabel").toString(),
                 QStringLiteral("Refus : ne prend pas de nouveaux patients"));
        QCOMPARE(m->get(0, "refusal").toBool(), true);
        QCOMPARE(m->get(0, "note").toString(), QStringLiteral("rappeler en janvier"));
        QVERIFY(!m->get(0, "atText").toString().isEmpty());
        QVERIFY(!m->get(0, "nope").isValid());
        QVERIFY(!m->get(5, "note").isValid());
    }

    void callsGoToTheOpenDemarcheInTimeOrder() {
        QVERIFY(
            !controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}).isEmpty());
        QVERIFY(
            !controller_->logCall(structure("finess:2", "B"), "voicemail", {}, {}, {}).isEmpty());
        QVERIFY(!controller_
                     ->logCall({{"name", "Dr Martin"}, {"phone", "0600000000"}}, "waiting-list", {},
                               {}, {})
                     .isEmpty());
        QCOMPARE(controller_->demarches()->count(), 1);
        QCOMPARE(controller_->demarches()->get(0, "calls").toInt(), 3);
        QCOMPARE(controller_->demarches()->get(0, "refusals").toInt(), 0);
        QCOMPARE(controller_->demarches()->get(0, "distinctPractices").toInt(), 3);
        CallListModel* m = controller_->calls();
        QCOMPARE(m->get(0, "practiceName").toString(), QStringLiteral("A"));
        QCOMPARE(m->get(1, "practiceName").toString(), QStringLiteral("B"));
        QCOMPARE(m->get(2, "practiceName").toString(), QStringLiteral("Dr Martin"));
        QCOMPARE(m->get(2, "practiceId").toString(), QString());
    }

    void anExistingOpenDemarcheIsUsed() {
        journal::Demarche specialist;
        specialist.seeking = journal::Seeking::Specialist;
        specialist.specialty = "dermatologie";
        auto id = controller_->journal()->openDemarche(specialist);
        QVERIFY(id);
        QVERIFY(
            !controller_->logCall(structure("finess:1", "A"), "accepted", {}, {}, {}).isEmpty());
        auto calls = controller_->journal()->calls(*id);
        QVERIFY(calls);
        QCOMPARE(calls->size(), 1U);
        QCOMPARE(controller_->demarches()->count(), 1);
        QCOMPARE(controller_->currentDemarcheId(), parcours::app::toQString(id->hex()));
    }

    void practiceHistoryListsTheCallsMadeThere() {
        controller_->showPractice(QStringLiteral("finess:1"));
        QCOMPARE(controller_->practiceCalls()->count(), 0);
        controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        controller_->logCall(structure("finess:2", "B"), "no-answer", {}, {}, {});
        controller_->logCall(structure("finess:1", "A"), "refused-other", "complet", {}, {});
        CallListModel* p = controller_->practiceCalls();
        QCOMPARE(p->count(), 2);
        QCOMPARE(p->get(0, "outcome").toString(), QStringLiteral("no-answer"));
        QCOMPARE(p->get(1, "outcome").toString(), QStringLiteral("refused-other"));
        controller_->showPractice(QStringLiteral("finess:2"));
        QCOMPARE(p->count(), 1);
    }

    void updateChangesWhatWasSaid() {
        const QString id =
            controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        QVERIFY(controller_->updateCall(id, "call-back", "rappeler lundi", "secrétariat",
                                        "2026-11-30"));
        auto call = controller_->journal()->call(
            *journal::RecordId::fromHex(parcours::app::toStdString(id)));
        QVERIFY(call);
        QCOMPARE(call->outcome, journal::Outcome::CallBack);
        QCOMPARE(call->followUp, std::string("2026-11-30"));
        QCOMPARE(call->practice.name, std::string("A"));  // the practice stays
        QCOMPARE(controller_->calls()->get(0, "outcomeLabel").toString(),
                 QStringLiteral("À rappeler"));
        QCOMPARE(controller_->calls()->get(0, "reason").toString(),
                 QStringLiteral("rappeler lundi"));

        // A bad date is refused by core and changes nothing.
        QVERIFY(!controller_->updateCall(id, "accepted", {}, {}, "30/11/2026"));
        QVERIFY(controller_->errorText().contains("follow-up"));
        QCOMPARE(controller_->calls()->get(0, "outcome").toString(), QStringLiteral("call-back"));
    }

    void deleteThenUndoRestoresTheContent() {
        const QString keep =
            controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        const QString gone =
            controller_->logCall(structure("finess:2", "B"), "refused-no-new-patients", "complet",
                                 "très aimable", "2027-01-05");
        QSignalSpy undo(controller_.get(), &JournalController::undoAvailableChanged);
        QVERIFY(controller_->deleteCall(gone));
        QVERIFY(controller_->undoAvailable());
        QCOMPARE(controller_->calls()->count(), 1);
        QCOMPARE(controller_->calls()->rowOf(gone), -1);
        QCOMPARE(controller_->demarches()->get(0, "refusals").toInt(), 0);
        QVERIFY(!controller_->journal()->call(
            *journal::RecordId::fromHex(parcours::app::toStdString(gone))));

        const QString restored = controller_->undoDelete();
        QVERIFY(!restored.isEmpty());
        QVERIFY(restored != gone);  // a tombstone never comes back: a new call, same content
        QVERIFY(!controller_->undoAvailable());
        QCOMPARE(undo.count(), 2);
        QCOMPARE(controller_->calls()->count(), 2);
        QCOMPARE(controller_->calls()->rowOf(keep), 0);
        QCOMPARE(controller_->calls()->rowOf(restored), 1);  // at its own time, second
        QCOMPARE(controller_->calls()->get(1, "note").toString(), QStringLiteral("très aimable"));
        QCOMPARE(controller_->calls()->get(1, "followUp").toString(), QStringLiteral("2027-01-05"));
        QCOMPARE(controller_->demarches()->get(0, "refusals").toInt(), 1);
        QCOMPARE(controller_->undoDelete(), QString());  // only once
    }

    void undoExpires() {
        const QString id =
            controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        QVERIFY(controller_->deleteCall(id));
        QVERIFY(controller_->undoAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(!controller_->undoAvailable(), kUndoMillis + 5000);
        QCOMPARE(controller_->undoDelete(), QString());
        QCOMPARE(controller_->calls()->count(), 0);
    }

    void badInputIsRefusedAndChangesNothing() {
        QCOMPARE(controller_->logCall(structure("finess:1", "A"), "maybe", {}, {}, {}), QString());
        QVERIFY(controller_->errorText().contains("maybe"));
        QCOMPARE(controller_->logCall({}, "no-answer", {}, {}, {}), QString());  // no practice
        QVERIFY(!controller_->errorText().isEmpty());
        QCOMPARE(controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, "demain"),
                 QString());
        QCOMPARE(controller_->calls()->count(), 0);
        QVERIFY(!controller_->deleteCall(QStringLiteral("not-an-id")));
        QVERIFY(!controller_->deleteCall(QString(32, u'0')));
        // A later good call clears the message.
        QVERIFY(
            !controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}).isEmpty());
        QCOMPARE(controller_->errorText(), QString());
    }

    void reopeningShowsWhatWasLogged() {
        controller_->logCall(structure("finess:1", "A"), "refused-no-new-patients", {}, {}, {});
        testers_.clear();
        controller_.reset();
        controller_ = makeController();
        QVERIFY(controller_->start());
        QCOMPARE(controller_->demarches()->count(), 1);
        QCOMPARE(controller_->calls()->count(), 1);
        QCOMPARE(controller_->calls()->get(0, "outcome").toString(),
                 QStringLiteral("refused-no-new-patients"));
    }

    void selectingADemarcheShowsItsCalls() {
        controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        const QString first = controller_->currentDemarcheId();
        journal::Demarche other;
        other.seeking = journal::Seeking::Urgent;
        QVERIFY(controller_->journal()->openDemarche(other));
        controller_->selectDemarche({});  // back to the open one: the newest
        QVERIFY(controller_->currentDemarcheId() != first);
        QCOMPARE(controller_->calls()->count(), 0);
        controller_->selectDemarche(first);
        QCOMPARE(controller_->currentDemarcheId(), first);
        QCOMPARE(controller_->calls()->count(), 1);
    }

    void aCallGoesToTheDemarcheChosenAndTheNewestOpenIsOfferedFirst() {
        const QString gp = controller_->openNewDemarche("medecin-traitant", {});
        QVERIFY2(!gp.isEmpty(), qPrintable(controller_->errorText()));
        const QString cardio = controller_->openNewDemarche("specialist", "Cardiologie");
        QVERIFY2(!cardio.isEmpty(), qPrintable(controller_->errorText()));
        QCOMPARE(controller_->currentDemarcheId(), cardio);  // the one just opened is shown

        const QVariantList open = controller_->openDemarches();
        QCOMPARE(open.size(), 2);
        QCOMPARE(open[0].toMap().value("demarcheId").toString(), cardio);  // newest first
        QCOMPARE(open[0].toMap().value("seekingLabel").toString(), QStringLiteral("Spécialiste"));
        QCOMPARE(open[0].toMap().value("specialty").toString(), QStringLiteral("Cardiologie"));
        QVERIFY(!open[0].toMap().value("openedText").toString().isEmpty());
        QCOMPARE(open[1].toMap().value("demarcheId").toString(), gp);

        // Chosen: the older démarche; not chosen: the newest open one.
        QVERIFY(!controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}, gp)
                     .isEmpty());
        QVERIFY(
            !controller_->logCall(structure("finess:2", "B"), "no-answer", {}, {}, {}).isEmpty());
        auto* j = controller_->journal();
        QCOMPARE(j->calls(*journal::RecordId::fromHex(gp.toStdString()))->size(), 1U);
        QCOMPARE(j->calls(*journal::RecordId::fromHex(cardio.toStdString()))->size(), 1U);
        QCOMPARE(controller_->demarches()->count(), 2);
        QCOMPARE(controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}, "zz"),
                 QString());
    }

    void newDemarcheChoicesComeFromCoreAndASpecialistNeedsItsSpecialty() {
        const QVariantList kinds = controller_->seekingChoices();
        QCOMPARE(kinds.size(), 4);
        QCOMPARE(kinds[0].toMap().value("seeking").toString(), QStringLiteral("medecin-traitant"));
        QCOMPARE(kinds[0].toMap().value("label").toString(), QStringLiteral("Médecin traitant"));
        QCOMPARE(kinds[1].toMap().value("needsSpecialty").toBool(), true);
        const QVariantList specialties = controller_->specialtyChoices();
        QVERIFY(specialties.size() > 20);
        QStringList labels;
        for (const auto& s : specialties) labels << s.toMap().value("label").toString();
        QVERIFY(labels.contains(QStringLiteral("Gynécologie")));
        QVERIFY(!labels.contains(QStringLiteral("Médecine générale")));

        QCOMPARE(controller_->openNewDemarche("specialist", "  "), QString());
        QVERIFY(controller_->errorText().contains("specialty"));
        QCOMPARE(controller_->openNewDemarche("astrologer", {}), QString());
        QVERIFY(controller_->errorText().contains("astrologer"));
        QCOMPARE(controller_->demarches()->count(), 0);  // nothing was opened
    }

    void closingAndReopeningADemarche() {
        const QString id = controller_->logCall(structure("finess:1", "A"), "accepted", {}, {}, {});
        QVERIFY(!id.isEmpty());
        const QString demarche = controller_->currentDemarcheId();
        const QVariantList endings = controller_->closingChoices();
        QCOMPARE(endings.size(), 2);
        QCOMPARE(endings[0].toMap().value("status").toString(), QStringLiteral("found"));
        QCOMPARE(endings[0].toMap().value("label").toString(), QStringLiteral("Aboutie"));

        QSignalSpy changed(controller_.get(), &JournalController::journalChanged);
        QVERIFY2(controller_->closeDemarche(demarche, "found"),
                 qPrintable(controller_->errorText()));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(controller_->demarches()->get(0, "status").toString(), QStringLiteral("found"));
        QCOMPARE(controller_->demarches()->get(0, "open").toBool(), false);
        QVERIFY(controller_->openDemarches().isEmpty());
        auto closed =
            controller_->journal()->demarche(*journal::RecordId::fromHex(demarche.toStdString()));
        QCOMPARE(closed->closedAt.substr(0, 10), std::string("2026-11-23"));

        // A new call now opens a new médecin traitant démarche rather than going to the closed one.
        QVERIFY(
            !controller_->logCall(structure("finess:2", "B"), "no-answer", {}, {}, {}).isEmpty());
        QCOMPARE(controller_->demarches()->count(), 2);

        QVERIFY(!controller_->closeDemarche(demarche, "open"));  // core: an ending is needed
        QVERIFY(controller_->reopenDemarche(demarche));
        QCOMPARE(controller_->demarches()->get(0, "status").toString(), QStringLiteral("open"));
        QCOMPARE(controller_->openDemarches().size(), 2);
        QVERIFY(!controller_->reopenDemarche(QString(32, u'0')));
    }

    void theChartCountsCallsAndRefusalsPerWeek() {
        QVERIFY(controller_->chartBars().isEmpty());
        const QString a =
            controller_->logCall(structure("finess:1", "A"), "refused-other", {}, {}, {});
        controller_->logCall(structure("finess:2", "B"), "no-answer", {}, {}, {});
        const QString c = controller_->logCall(structure("finess:3", "C"), "voicemail", {}, {}, {});
        // Spread over three weeks by moving the calls' days.
        QVERIFY(controller_->updateCall(a, "refused-other", {}, {}, {}, "2026-11-09"));
        QVERIFY(controller_->updateCall(c, "voicemail", {}, {}, {}, "2026-11-26"));
        QCOMPARE(controller_->chartPeriod(), QStringLiteral("week"));
        const QVariantList bars = controller_->chartBars();
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars[0].toMap().value("key").toString(), QStringLiteral("2026-W46"));
        QCOMPARE(bars[0].toMap().value("refusals").toInt(), 1);
        QCOMPARE(bars[1].toMap().value("calls").toInt(), 0);  // an empty week is kept
        QCOMPARE(bars[2].toMap().value("start").toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(bars[2].toMap().value("calls").toInt(), 2);
    }

    void movingACallToAnotherDayKeepsItsTime() {
        const QString id =
            controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {});
        QVERIFY(controller_->updateCall(id, "no-answer", {}, {}, {}, "2026-11-20"));
        QCOMPARE(controller_->calls()->get(0, "at").toString(),
                 QStringLiteral("2026-11-20T09:10:00+01:00"));
        QVERIFY(!controller_->updateCall(id, "no-answer", {}, {}, {}, "2026-11-31"));
        QVERIFY(controller_->errorText().contains("2026-11-31"));
        QCOMPARE(controller_->calls()->get(0, "at").toString(),
                 QStringLiteral("2026-11-20T09:10:00+01:00"));
    }

    void practiceHistorySpansDemarches() {
        controller_->showPractice(QStringLiteral("finess:1"));
        const QString gp = controller_->openNewDemarche("medecin-traitant", {});
        controller_->logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}, gp);
        const QString derm = controller_->openNewDemarche("specialist", "Dermatologie");
        controller_->logCall(structure("finess:1", "A"), "refused-other", {}, {}, {}, derm);
        QCOMPARE(controller_->practiceCalls()->count(), 2);
        QCOMPARE(controller_->practiceCalls()->get(0, "demarcheId").toString(), gp);
        QCOMPARE(controller_->practiceCalls()->get(1, "demarcheId").toString(), derm);
    }

    void aFileThatIsNotAJournalIsRefused() {
        QFile junk(dir_->filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database, not at all, really not");
        junk.close();
        JournalController c({junk.fileName(), {}});
        QVERIFY(!c.start());
        QVERIFY(!c.ready());
        QVERIFY(!c.errorText().isEmpty());
        QCOMPARE(c.logCall(structure("finess:1", "A"), "no-answer", {}, {}, {}), QString());
    }

    void journalPathFollowsTheDirectoryFile() {
        qunsetenv(parcours::app::kJournalEnvironmentVariable);
        QCOMPARE(JournalController::defaultJournalPath(QStringLiteral("/tmp/x/directory.sqlite")),
                 QStringLiteral("/tmp/x/journal.sqlite"));
        qputenv(parcours::app::kJournalEnvironmentVariable, "/tmp/y/j.sqlite");
        QCOMPARE(JournalController::defaultJournalPath(QStringLiteral("/tmp/x/directory.sqlite")),
                 QStringLiteral("/tmp/y/j.sqlite"));
        qunsetenv(parcours::app::kJournalEnvironmentVariable);
    }
};

QTEST_GUILESS_MAIN(JournalControllerTest)
#include "tst_journal_controller.moc"
