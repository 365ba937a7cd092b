#pragma once
// The rights page of one démarche: core's advice for it (rules::advise over the facts of the
// démarche, its profile and calls, the situation the person states and the structures near
// them), the reimbursement estimate of an act, and the two documents (CPAM dossier, Ordre
// complaint) as PDF. Only adapts core: every rule, count and amount comes from there.
//
// QML: instantiable (`RightsController { journalController: JournalController … }`), so a
// page owns its own; it reads the journal through JournalController's instance and follows
// its journalChanged (advice recomputed after every change). The démarche is `demarcheId`,
// else JournalController.currentDemarcheId. Nearby counts: from the directory file
// (`directoryPath`, opened read-only here — DirectoryController keeps its own connection)
// around the profile's home commune, else around (centreLatitude, centreLongitude).
//
// Threading: advice and estimate are quick and run on the UI thread; a PDF is rendered and
// written on a private one-thread pool, its result back by a queued call (documentReady or
// documentFailed).

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <memory>
#include <optional>

#include "advice_list_model.hpp"
#include "directory_controller.hpp"
#include "journal_controller.hpp"
#include "parcours/journal/demarche_context.hpp"
#include "parcours/rules/facts.hpp"

namespace parcours::directory {
class Directory;
}

namespace parcours::app {

class DocumentSharer;

class RightsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(parcours::app::JournalController* journalController READ journalController WRITE
                   setJournalController NOTIFY journalControllerChanged)
    Q_PROPERTY(
        QString directoryPath READ directoryPath WRITE setDirectoryPath NOTIFY directoryPathChanged)
    Q_PROPERTY(double centreLatitude MEMBER centreLatitude_ NOTIFY placeChanged)
    Q_PROPERTY(double centreLongitude MEMBER centreLongitude_ NOTIFY placeChanged)
    // "" follows JournalController.currentDemarcheId.
    Q_PROPERTY(QString demarcheId READ demarcheId WRITE setDemarcheId NOTIFY demarcheIdChanged)
    // "fr" or "en": the language of the advice and of the act labels.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The day the rules are read on (YYYY-MM-DD); "" is today.
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)

    // What the person states about now (the journal does not hold it).
    Q_PROPERTY(bool urgent READ urgent WRITE setUrgent NOTIFY situationChanged)
    Q_PROPERTY(bool awayFromHome READ awayFromHome WRITE setAwayFromHome NOTIFY situationChanged)
    Q_PROPERTY(bool mtReplacement READ mtReplacement WRITE setMtReplacement NOTIFY situationChanged)
    Q_PROPERTY(bool newGp READ newGp WRITE setNewGp NOTIFY situationChanged)
    Q_PROPERTY(bool pregnant READ pregnant WRITE setPregnant NOTIFY situationChanged)
    Q_PROPERTY(bool teleconsultation READ teleconsultation WRITE setTeleconsultation NOTIFY
                   situationChanged)

    Q_PROPERTY(parcours::app::AdviceListModel* advice READ advice CONSTANT)
    // {known, radiusKm, msp, centreSante, cpts, emergency, place ("Lyon 2e" or "")}
    Q_PROPERTY(QVariantMap nearby READ nearby NOTIFY adviceChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY adviceChanged)
    Q_PROPERTY(int refusals READ refusals NOTIFY adviceChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

    // Documents. Built into `documentFolder` ("" = a "documents" folder next to the journal).
    Q_PROPERTY(QString documentFolder READ documentFolder WRITE setDocumentFolder NOTIFY
                   documentFolderChanged)
    // Who the documents are from: {fullName, birthDate, nir, address, phone, email}, each
    // optional (core prints only what is filled). Kept in memory only, never in the journal.
    Q_PROPERTY(QVariantMap identity READ identity WRITE setIdentity NOTIFY identityChanged)
    Q_PROPERTY(bool building READ building NOTIFY buildingChanged)
    Q_PROPERTY(QString documentPath READ documentPath NOTIFY documentChanged)
    Q_PROPERTY(QString documentTitle READ documentTitle NOTIFY documentChanged)
    Q_PROPERTY(QString documentError READ documentError NOTIFY documentChanged)
    // Desktop: ask where to save (FileDialog) before shareDocument(destination); mobile:
    // shareDocument("") opens the share sheet.
    Q_PROPERTY(bool shareAsksForDestination READ shareAsksForDestination CONSTANT)

  public:
    explicit RightsController(QObject* parent = nullptr);
    ~RightsController() override;

    // Reads the démarche again and recomputes the advice now (property changes do it on the
    // next turn of the event loop, journalChanged at once).
    Q_INVOKABLE void refresh();

    // The acts of the estimate: [{id, label}] in the pack's order, in `language`.
    Q_INVOKABLE QVariantList acts() const;
    // core's estimate of `act` for this démarche: {ok, error, act, date, inParcours,
    // baseTariff, majoration, participationForfaitaire, reimbursed, patientShare (euros,
    // numbers), baseTariffText… ("26,50 €"), ratePercent, reasons [text], toVerify,
    // figures [{id, valueText, validFrom, sources [url], confidence, uncertain}]}.
    Q_INVOKABLE QVariantMap estimate(const QString& act, bool byOwnMt = false,
                                     bool referredByMt = false) const;

    // core's document ("cpam" or "ordre") as HTML, "" with errorText when core refuses it.
    Q_INVOKABLE QString documentHtml(const QString& kind);
    // Builds the PDF of a document on the worker: false at once (documentError set,
    // documentFailed emitted) when core refuses it (no discriminatory refusal for "ordre");
    // else documentReady(path) or documentFailed(message) later.
    Q_INVOKABLE bool buildDocument(const QString& kind);
    // Gives the last document away (see DocumentSharer): "" when done, else the message.
    Q_INVOKABLE QString shareDocument(const QString& destination);
    // A file name for the save dialog: "dossier-cpam-2026-11-23.pdf".
    Q_INVOKABLE QString suggestedFileName(const QString& kind) const;
    // The same name in the user's documents folder, for the save dialog.
    Q_INVOKABLE QUrl suggestedFileUrl(const QString& kind) const;

    [[nodiscard]] JournalController* journalController() const { return journal_; }
    void setJournalController(JournalController* controller);
    [[nodiscard]] QString directoryPath() const { return directoryPath_; }
    void setDirectoryPath(const QString& path);
    [[nodiscard]] QString demarcheId() const { return demarcheId_; }
    void setDemarcheId(const QString& id);
    [[nodiscard]] QString language() const { return language_; }
    void setLanguage(const QString& language);
    [[nodiscard]] QString date() const { return date_; }
    void setDate(const QString& date);

    [[nodiscard]] bool urgent() const { return situation_.urgency; }
    void setUrgent(bool on) { setSituation(situation_.urgency, on); }
    [[nodiscard]] bool awayFromHome() const { return situation_.awayFromHome; }
    void setAwayFromHome(bool on) { setSituation(situation_.awayFromHome, on); }
    [[nodiscard]] bool mtReplacement() const { return situation_.seesMtReplacement; }
    void setMtReplacement(bool on) { setSituation(situation_.seesMtReplacement, on); }
    [[nodiscard]] bool newGp() const { return situation_.newGp; }
    void setNewGp(bool on) { setSituation(situation_.newGp, on); }
    [[nodiscard]] bool pregnant() const { return situation_.pregnant6Months; }
    void setPregnant(bool on) { setSituation(situation_.pregnant6Months, on); }
    [[nodiscard]] bool teleconsultation() const { return situation_.teleconsultation; }
    void setTeleconsultation(bool on) { setSituation(situation_.teleconsultation, on); }

    [[nodiscard]] AdviceListModel* advice() { return &advice_; }
    [[nodiscard]] QVariantMap nearby() const { return nearby_; }
    [[nodiscard]] QString profileName() const;
    [[nodiscard]] int refusals() const;
    [[nodiscard]] QString errorText() const { return errorText_; }

    [[nodiscard]] QString documentFolder() const { return documentFolder_; }
    void setDocumentFolder(const QString& folder);
    [[nodiscard]] QVariantMap identity() const { return identity_; }
    void setIdentity(const QVariantMap& identity);
    [[nodiscard]] bool building() const { return building_; }
    [[nodiscard]] QString documentPath() const { return documentPath_; }
    [[nodiscard]] QString documentTitle() const { return documentTitle_; }
    [[nodiscard]] QString documentError() const { return documentError_; }
    [[nodiscard]] bool shareAsksForDestination() const;

    // Waits for the document being built (tests, shutdown).
    void waitForDocuments();

  signals:
    void journalControllerChanged();
    void directoryPathChanged();
    void placeChanged();
    void demarcheIdChanged();
    void languageChanged();
    void dateChanged();
    void situationChanged();
    void adviceChanged();
    void errorTextChanged();
    void documentFolderChanged();
    void identityChanged();
    void buildingChanged();
    void documentChanged();
    void documentReady(const QString& path, const QString& kind);
    void documentFailed(const QString& message);

  private:
    void scheduleRefresh();
    void setSituation(bool& field, bool on);
    void setErrorText(const QString& text);
    void setBuilding(bool building);
    [[nodiscard]] QString today() const;
    [[nodiscard]] QString effectiveDemarcheId() const;
    [[nodiscard]] QString folderForDocuments() const;
    // The facts' input for the current démarche (nearby counts included), or an error text.
    std::optional<rules::FactInput> factInput(QString& error) const;
    std::optional<rules::NearbyCounts> nearbyCounts(const journal::Profile& profile,
                                                    QString& place) const;
    void documentDone(quint64 generation, const QString& path, const QString& kind,
                      const QString& title, const QString& error);

    QPointer<JournalController> journal_;
    QString directoryPath_;
    double centreLatitude_ = DirectoryController::kDefaultLatitude;
    double centreLongitude_ = DirectoryController::kDefaultLongitude;
    QString demarcheId_;
    QString language_;
    QString date_;
    rules::Situation situation_;
    AdviceListModel advice_;
    std::optional<journal::DemarcheContext> context_;
    QVariantMap nearby_;
    QString errorText_;
    bool refreshScheduled_ = false;

    mutable std::unique_ptr<directory::Directory> directory_;  // opened on first need
    mutable QString directoryOpenedPath_;

    QString documentFolder_;
    QVariantMap identity_;
    bool building_ = false;
    QString documentPath_;
    QString documentTitle_;
    QString documentError_;
    quint64 documentGeneration_ = 0;
    std::unique_ptr<DocumentSharer> sharer_;
    QThreadPool pool_;
};

}  // namespace parcours::app
