#pragma once
// The patient's journal for QML: opens the journal file, logs, edits and deletes calls, and
// keeps three models up to date — the démarches with core's counts, the calls of the current
// démarche, the calls already made to one practice (the structure sheet's history).
//
// Threading: the journal is small and each change is one short transaction, so calls run on
// the UI thread (unlike the directory's queries). A long operation (sync import) would go to
// a worker as DirectoryController does.
//
// Undo of a delete: core's delete is a tombstone (the content is wiped for privacy and the
// id can never come back, so an old copy imported later cannot resurrect it). So the
// controller keeps the deleted call's value for a few seconds (kUndoMillis), and undoDelete() logs
// it again as a new call (same content, same démarche and time, a new id). The id changes; nothing
// else does.
//
// QML: a typed singleton (`import Parcours` → JournalController), built in main() (or the
// test setup) and handed over with setInstance() before QML asks for it.

#include <QtQml/qqmlregistration.h>

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>

#include "app_singleton.hpp"
#include "call_list_model.hpp"
#include "demarche_list_model.hpp"
#include "parcours/journal/journal.hpp"

class QQmlEngine;
class QJSEngine;

namespace parcours::app {

// The environment variable that points the app at another journal file (tests, demos).
inline constexpr char kJournalEnvironmentVariable[] = "PARCOURS_JOURNAL_DB";

class JournalController : public QObject, public AppSingleton<JournalController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(parcours::app::DemarcheListModel* demarches READ demarches CONSTANT)
    // The calls of the current démarche, in time order.
    Q_PROPERTY(parcours::app::CallListModel* calls READ calls CONSTANT)
    // The calls made to the practice chosen with showPractice(), in time order.
    Q_PROPERTY(parcours::app::CallListModel* practiceCalls READ practiceCalls CONSTANT)
    Q_PROPERTY(QString currentDemarcheId READ currentDemarcheId NOTIFY currentDemarcheChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool undoAvailable READ undoAvailable NOTIFY undoAvailableChanged)
    Q_PROPERTY(QString journalPath READ journalPath CONSTANT)
    // The open démarches, newest first (core's order; the first is where a new call goes by
    // default): [{demarcheId, seeking, seekingLabel, specialty, openedAt, openedText}].
    Q_PROPERTY(QVariantList openDemarches READ openDemarches NOTIFY journalChanged)
    // The current démarche's calls and refusals per period, empty periods included (core's
    // callsPerPeriod): [{key, start, calls, refusals}]; chartPeriod is "week" or "month".
    Q_PROPERTY(QVariantList chartBars READ chartBars NOTIFY journalChanged)
    Q_PROPERTY(QString chartPeriod READ chartPeriod NOTIFY journalChanged)

  public:
    static constexpr int kUndoMillis = 8000;

    struct Options {
        QString journalPath;  // the journal file; its folder is created if needed
        // "Now" for calls logged without a time; empty: the system clock.
        std::function<QDateTime()> now;
        int undoMillis = kUndoMillis;  // how long undoDelete() is offered
    };

    explicit JournalController(Options options, QObject* parent = nullptr);
    ~JournalController() override;

    // $PARCOURS_JOURNAL_DB when set, else journal.sqlite in the folder of the directory
    // file (<AppDataLocation> by default, so `--db /tmp/d.sqlite` keeps a test's journal in
    // /tmp too), else in <AppDataLocation> (the application name must be set before).
    static QString defaultJournalPath(const QString& directoryPath = {});

    // Opens the journal and fills the models. Call once; false (and errorText) on failure.
    Q_INVOKABLE bool start();

    // The outcomes for the chips, in core's order: [{outcome, label, refusal}].
    Q_INVOKABLE QVariantList outcomes() const;
    Q_INVOKABLE QString outcomeLabel(const QString& outcomeId) const;

    // Logs a call now, in `demarcheId`, or when it is empty in the newest open démarche (a
    // "médecin traitant" démarche is opened when there is none). `practice`: a structure
    // {structureId, name, phone, address, kind} or a typed practice {name, phone}.
    // Returns the new call's id, or "" with errorText set.
    Q_INVOKABLE QString logCall(const QVariantMap& practice, const QString& outcome,
                                const QString& reason, const QString& note, const QString& followUp,
                                const QString& demarcheId = {});
    // Changes what was said of a call (outcome, reason, note, follow-up) and, when `day` is
    // given ("2026-11-20"), the day it was made (its time of day and offset stay); the
    // practice and the démarche stay.
    Q_INVOKABLE bool updateCall(const QString& callId, const QString& outcome,
                                const QString& reason, const QString& note, const QString& followUp,
                                const QString& day = {});

    // What a new démarche may look for, from core: [{seeking, label, needsSpecialty}] and
    // the specialties [{id, label}] (the label is what the démarche keeps).
    Q_INVOKABLE QVariantList seekingChoices() const;
    Q_INVOKABLE QVariantList specialtyChoices() const;
    // Opens a démarche now ("medecin-traitant", "specialist" + its specialty, …) and makes
    // it current. Its id, or "" with errorText set (a specialist search without specialty).
    Q_INVOKABLE QString openNewDemarche(const QString& seeking, const QString& specialty);
    // How a démarche may end, from core: [{status, label}] ("found" "Aboutie", …).
    Q_INVOKABLE QVariantList closingChoices() const;
    // Closes a démarche now as "found" or "abandoned"; reopens a closed one.
    Q_INVOKABLE bool closeDemarche(const QString& demarcheId, const QString& status);
    Q_INVOKABLE bool reopenDemarche(const QString& demarcheId);
    // Deletes a call; undoDelete() within kUndoMillis logs it again (see above).
    Q_INVOKABLE bool deleteCall(const QString& callId);
    // The new id of the restored call, or "" when there is nothing to undo.
    Q_INVOKABLE QString undoDelete();

    // Reads the journal again after a change made elsewhere (a sync import, a profile
    // edited by another controller): the models refill and journalChanged is emitted.
    Q_INVOKABLE void reload();

    // Which démarche `calls` shows ("" for the open one).
    Q_INVOKABLE void selectDemarche(const QString& demarcheId);
    // Which practice `practiceCalls` shows (a directory id).
    Q_INVOKABLE void showPractice(const QString& structureId);

    [[nodiscard]] DemarcheListModel* demarches() { return &demarches_; }
    [[nodiscard]] CallListModel* calls() { return &calls_; }
    [[nodiscard]] CallListModel* practiceCalls() { return &practiceCalls_; }
    [[nodiscard]] QString currentDemarcheId() const { return currentDemarche_; }
    [[nodiscard]] bool ready() const { return journal_ != nullptr; }
    [[nodiscard]] QString errorText() const { return errorText_; }
    [[nodiscard]] bool undoAvailable() const { return deleted_.has_value(); }
    [[nodiscard]] QString journalPath() const { return options_.journalPath; }
    [[nodiscard]] QVariantList openDemarches() const { return openDemarches_; }
    [[nodiscard]] QVariantList chartBars() const { return chartBars_; }
    [[nodiscard]] QString chartPeriod() const { return chartPeriod_; }
    // For tests: the journal itself (null before start()).
    [[nodiscard]] journal::Journal* journal() { return journal_.get(); }

  signals:
    void readyChanged();
    void errorTextChanged();
    void undoAvailableChanged();
    void currentDemarcheChanged();
    // Any change to the journal (after the models were refilled).
    void journalChanged();

  private:
    bool fail(const QString& what, const Error& error);
    void setErrorText(const QString& text);
    std::optional<journal::RecordId> demarcheForNewCall(const QString& demarcheId,
                                                        const QString& now);
    void refresh();
    void clearUndo();
    [[nodiscard]] QString nowText() const;

    Options options_;
    std::unique_ptr<journal::Journal> journal_;
    DemarcheListModel demarches_;
    CallListModel calls_;
    CallListModel practiceCalls_;
    QString currentDemarche_;      // hex id, "" when there is none yet
    bool demarchePinned_ = false;  // chosen with selectDemarche rather than the open one
    QString practice_;             // directory id shown in practiceCalls_
    std::optional<journal::Call> deleted_;
    QTimer undoTimer_;
    QString errorText_;
    QVariantList openDemarches_;
    QVariantList chartBars_;
    QString chartPeriod_;
};

}  // namespace parcours::app
