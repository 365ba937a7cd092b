#include "rights_controller.hpp"

#include <QDate>
#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QStandardPaths>
#include <QStringList>
#include <utility>

#include "document_pdf.hpp"
#include "document_sharer.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/rules/advice.hpp"
#include "parcours/rules/dossier.hpp"
#include "parcours/rules/estimate.hpp"
#include "parcours/rules/pack.hpp"
#include "path_util.hpp"
#include "run_then_deliver.hpp"

namespace parcours::app {

namespace {

rules::Language languageOf(const QString& language) {
    return language == QLatin1String("en") ? rules::Language::English : rules::Language::French;
}

std::optional<rules::DossierKind> dossierKind(const QString& kind) {
    if (kind == QLatin1String("cpam")) return rules::DossierKind::Cpam;
    if (kind == QLatin1String("ordre")) return rules::DossierKind::Ordre;
    return std::nullopt;
}

// Core's amounts are integer cents; QML gets euros to show, never to compute with.
double euros(std::int64_t cents) {
    return static_cast<double>(cents) / 100.0;
}

QString eurosText(std::int64_t cents) {
    return QLocale().toCurrencyString(euros(cents), QStringLiteral("€"), 2);
}

QString figureText(const rules::UsedFigure& f) {
    switch (f.unit) {
        case rules::FigureUnit::Cents:
            return eurosText(f.value);
        case rules::FigureUnit::Percent:
            return QStringLiteral("%1 %").arg(f.value);
        case rules::FigureUnit::Count:
            return QString::number(f.value);
    }
    return QString::number(f.value);
}

QString documentTitleFor(rules::DossierKind kind) {
    return kind == rules::DossierKind::Cpam
               ? RightsController::tr("Demande d'aide pour trouver un médecin traitant")
               : RightsController::tr("Signalement d'un refus de soins discriminatoire");
}

}  // namespace

RightsController::RightsController(QObject* parent)
    : QObject(parent),
      language_(QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                         : QStringLiteral("fr")),
      sharer_(DocumentSharer::forPlatform()) {
    pool_.setMaxThreadCount(1);  // one document at a time, in order
    // The centre moves with the map and the list: the nearby counts follow it.
    connect(this, &RightsController::placeChanged, this, &RightsController::scheduleRefresh);
}

RightsController::~RightsController() {
    pool_.waitForDone();
}

void RightsController::setJournalController(JournalController* controller) {
    if (journal_ == controller) return;
    if (journal_) disconnect(journal_, nullptr, this, nullptr);
    journal_ = controller;
    if (journal_) {
        // After every change the journal's own models are refilled, then this: at once, so
        // the page never shows advice older than the journal it sits beside.
        connect(journal_, &JournalController::journalChanged, this, &RightsController::refresh);
        connect(journal_, &JournalController::currentDemarcheChanged, this,
                &RightsController::scheduleRefresh);
    }
    emit journalControllerChanged();
    scheduleRefresh();
}

void RightsController::setDirectoryPath(const QString& path) {
    if (directoryPath_ == path) return;
    directoryPath_ = path;
    emit directoryPathChanged();
    scheduleRefresh();
}

void RightsController::setDemarcheId(const QString& id) {
    if (demarcheId_ == id) return;
    demarcheId_ = id;
    emit demarcheIdChanged();
    scheduleRefresh();
}

void RightsController::setLanguage(const QString& language) {
    const QString value =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    if (language_ == value) return;
    language_ = value;
    emit languageChanged();
    scheduleRefresh();
}

void RightsController::setDate(const QString& date) {
    if (date_ == date) return;
    date_ = date;
    emit dateChanged();
    scheduleRefresh();
}

void RightsController::setSituation(bool& field, bool on) {
    if (field == on) return;
    field = on;
    emit situationChanged();
    scheduleRefresh();
}

void RightsController::setDocumentFolder(const QString& folder) {
    if (documentFolder_ == folder) return;
    documentFolder_ = folder;
    emit documentFolderChanged();
}

void RightsController::setIdentity(const QVariantMap& identity) {
    if (identity_ == identity) return;
    identity_ = identity;
    emit identityChanged();
}

void RightsController::scheduleRefresh() {
    if (refreshScheduled_) return;
    refreshScheduled_ = true;
    // Several properties set in a row (a page being built) make one refresh.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (refreshScheduled_) refresh();
        },
        Qt::QueuedConnection);
}

QString RightsController::today() const {
    return date_.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : date_;
}

QString RightsController::effectiveDemarcheId() const {
    if (!demarcheId_.isEmpty()) return demarcheId_;
    return journal_ ? journal_->currentDemarcheId() : QString();
}

std::optional<rules::NearbyCounts> RightsController::nearbyCounts(const journal::Profile& profile,
                                                                  QString& place) const {
    if (directoryPath_.isEmpty() || !QFileInfo::exists(directoryPath_))
        return std::nullopt;  // opening would create an empty directory
    if (!directory_ || directoryOpenedPath_ != directoryPath_) {
        directory_.reset();
        auto opened = directory::Directory::open(toPath(directoryPath_));
        if (!opened) {
            qWarning().noquote() << "rights: directory" << directoryPath_ << ":"
                                 << toQString(opened.error().message);
            return std::nullopt;
        }
        directory_ = std::make_unique<directory::Directory>(std::move(opened).value());
        directoryOpenedPath_ = directoryPath_;
    }
    geo::LatLon at{centreLatitude_, centreLongitude_};
    if (!profile.homeCommune.empty()) {
        auto found = directory_->findCommunes(profile.homeCommune, 1);
        if (found && !found->empty() && found->front().position) {
            at = *found->front().position;
            place = toQString(found->front().name);
        }
    }
    auto counts = rules::countNearby(*directory_, at, rules::RulePack::french().nearbyRadiusKm());
    if (!counts) {
        qWarning().noquote() << "rights: nearby counts:" << toQString(counts.error().message);
        return std::nullopt;
    }
    return *counts;
}

std::optional<rules::FactInput> RightsController::factInput(QString& error) const {
    if (!context_) {
        error = errorText_.isEmpty() ? tr("Le journal n'est pas ouvert") : errorText_;
        return std::nullopt;
    }
    rules::FactInput in;
    in.profile = context_->profile;
    in.demarche = context_->demarche;
    in.calls = context_->calls;
    in.today = toStdString(today());
    in.situation = situation_;
    return in;
}

void RightsController::refresh() {
    refreshScheduled_ = false;
    journal::Journal* journal = journal_ ? journal_->journal() : nullptr;
    if (!journal) {
        context_.reset();
        advice_.setAdvice({});
        setErrorText(journal_ ? journal_->errorText() : tr("Le journal n'est pas ouvert"));
        emit adviceChanged();
        return;
    }
    std::optional<journal::RecordId> demarche;
    const QString id = effectiveDemarcheId();
    if (!id.isEmpty()) {
        demarche = journal::RecordId::fromHex(toStdString(id));
        if (!demarche) {
            setErrorText(tr("Démarche inconnue : %1").arg(id));
            return;
        }
    }
    auto context = journal::loadDemarcheContext(*journal, demarche);
    if (!context) {
        context_.reset();
        advice_.setAdvice({});
        setErrorText(tr("Démarche illisible : %1").arg(toQString(context.error().message)));
        emit adviceChanged();
        return;
    }
    context_ = std::move(context).value();

    QString error;
    auto in = factInput(error);
    QString place;
    in->nearby = nearbyCounts(in->profile, place);
    nearby_ = QVariantMap{{QStringLiteral("known"), in->nearby.has_value()},
                          {QStringLiteral("place"), place}};
    if (in->nearby) {
        nearby_.insert(QStringLiteral("radiusKm"), in->nearby->radiusKm);
        nearby_.insert(QStringLiteral("msp"), static_cast<int>(in->nearby->msp));
        nearby_.insert(QStringLiteral("centreSante"), static_cast<int>(in->nearby->centreSante));
        nearby_.insert(QStringLiteral("cpts"), static_cast<int>(in->nearby->cpts));
        nearby_.insert(QStringLiteral("emergency"), static_cast<int>(in->nearby->emergency));
    }
    auto facts = rules::computeFacts(*in);
    if (!facts) {
        advice_.setAdvice({});
        setErrorText(tr("Conseils indisponibles : %1").arg(toQString(facts.error().message)));
        emit adviceChanged();
        return;
    }
    advice_.setAdvice(
        rules::advise(rules::RulePack::french(), *facts, in->today, languageOf(language_)));
    setErrorText({});
    emit adviceChanged();
}

QString RightsController::profileName() const {
    return context_ ? toQString(context_->profile.displayName) : QString();
}

int RightsController::refusals() const {
    if (!context_) return 0;
    int n = 0;
    for (const auto& c : context_->calls)
        if (journal::isRefusal(c.outcome)) ++n;
    return n;
}

QVariantList RightsController::acts() const {
    QVariantList out;
    for (const auto& act : rules::actChoices(rules::RulePack::french(), languageOf(language_)))
        out.append(QVariantMap{{QStringLiteral("id"), toQString(act.id)},
                               {QStringLiteral("label"), toQString(act.label)}});
    return out;
}

QVariantMap RightsController::estimate(const QString& act, bool byOwnMt, bool referredByMt) const {
    const auto failed = [](const QString& message) {
        return QVariantMap{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
    };
    QString error;
    auto in = factInput(error);
    if (!in) return failed(error);
    in->nearby = std::nullopt;  // the estimate reads no nearby counts
    auto facts = rules::computeFacts(*in);
    if (!facts) return failed(toQString(facts.error().message));
    rules::EstimateRequest request;
    request.act = toStdString(act);
    request.date = in->today;
    request.facts = std::move(facts).value();
    request.byOwnMt = byOwnMt;
    request.referredByMt = referredByMt;
    auto e = rules::estimate(rules::RulePack::french(), request);
    if (!e) return failed(toQString(e.error().message));

    QStringList reasons;
    for (const auto& r : e->reasons) reasons.append(toQString(r));
    QVariantList figures;
    for (const auto& f : e->figures) {
        QStringList sources;
        for (const auto& s : f.sources) sources.append(toQString(s));
        figures.append(QVariantMap{
            {QStringLiteral("id"), toQString(f.id)},
            {QStringLiteral("valueText"), figureText(f)},
            {QStringLiteral("validFrom"), toQString(f.validFrom)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("confidence"), toQString(rules::confidenceId(f.confidence))},
            {QStringLiteral("uncertain"), f.confidence == rules::Confidence::Low},
        });
    }
    return QVariantMap{
        {QStringLiteral("ok"), true},
        {QStringLiteral("error"), QString()},
        {QStringLiteral("act"), toQString(e->act)},
        {QStringLiteral("date"), toQString(e->date)},
        {QStringLiteral("inParcours"), e->inParcours},
        {QStringLiteral("ratePercent"), e->ratePercent},
        {QStringLiteral("baseTariff"), euros(e->baseTariffCents)},
        {QStringLiteral("majoration"), euros(e->majorationCents)},
        {QStringLiteral("participationForfaitaire"), euros(e->participationForfaitaireCents)},
        {QStringLiteral("reimbursed"), euros(e->reimbursedCents)},
        {QStringLiteral("patientShare"), euros(e->patientShareCents)},
        {QStringLiteral("baseTariffText"), eurosText(e->baseTariffCents)},
        {QStringLiteral("majorationText"), eurosText(e->majorationCents)},
        {QStringLiteral("participationForfaitaireText"),
         eurosText(e->participationForfaitaireCents)},
        {QStringLiteral("reimbursedText"), eurosText(e->reimbursedCents)},
        {QStringLiteral("patientShareText"), eurosText(e->patientShareCents)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("toVerify"), e->toVerify},
    };
}

QString RightsController::documentHtml(const QString& kind) {
    const auto which = dossierKind(kind);
    if (!which) {
        documentError_ = tr("Document inconnu : %1").arg(kind);
        emit documentChanged();
        return {};
    }
    if (!context_ || refreshScheduled_) refresh();
    if (!context_) {
        documentError_ = errorText_;
        emit documentChanged();
        return {};
    }
    rules::DossierInput input;
    const auto field = [this](const char* key) {
        return toStdString(identity_.value(QLatin1String(key)).toString().trimmed());
    };
    input.identity.fullName = field("fullName");
    input.identity.birthDate = field("birthDate");
    input.identity.nir = field("nir");
    input.identity.address = field("address");
    input.identity.phone = field("phone");
    input.identity.email = field("email");
    input.profile = context_->profile;
    input.demarche = context_->demarche;
    input.calls = context_->calls;
    input.today = toStdString(today());
    auto html =
        rules::buildDossier(rules::RulePack::french(), *which, rules::DossierFormat::Html, input);
    if (!html) {
        documentError_ = toQString(html.error().message);
        emit documentChanged();
        return {};
    }
    return toQString(*html);
}

QString RightsController::suggestedFileName(const QString& kind) const {
    const QString stem = kind == QLatin1String("ordre") ? QStringLiteral("plainte-ordre")
                                                        : QStringLiteral("dossier-cpam");
    return QStringLiteral("%1-%2.pdf").arg(stem, today());
}

QUrl RightsController::suggestedFileUrl(const QString& kind) const {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName(kind)));
}

QString RightsController::folderForDocuments() const {
    if (!documentFolder_.isEmpty()) return documentFolder_;
    const QString journalPath = journal_ ? journal_->journalPath() : QString();
    return QFileInfo(journalPath).absolutePath() + QStringLiteral("/documents");
}

bool RightsController::buildDocument(const QString& kind) {
    const QString html = documentHtml(kind);
    if (html.isEmpty()) {
        emit documentFailed(documentError_);
        return false;
    }
    const QString folder = folderForDocuments();
    if (!QDir().mkpath(folder)) {
        documentError_ = tr("Impossible de créer le dossier %1").arg(folder);
        emit documentChanged();
        emit documentFailed(documentError_);
        return false;
    }
    const QString path = QDir(folder).filePath(suggestedFileName(kind));
    const QString title = documentTitleFor(*dossierKind(kind));
    const quint64 generation = ++documentGeneration_;
    setBuilding(true);
    // Back on the UI thread, after buildDocument() has returned.
    runThenDeliver(
        pool_, this,
        [html, path, title] {
            return writePdf(PdfDocument{html, title}, path);
        },
        [this, generation, path, kind, title](const QString& error) {
            documentDone(generation, path, kind, title, error);
        });
    return true;
}

void RightsController::documentDone(quint64 generation, const QString& path, const QString& kind,
                                    const QString& title, const QString& error) {
    if (generation != documentGeneration_) return;  // a newer document was asked for
    setBuilding(false);
    if (!error.isEmpty()) {
        documentPath_.clear();
        documentTitle_.clear();
        documentError_ = error;
        emit documentChanged();
        emit documentFailed(error);
        return;
    }
    documentPath_ = path;
    documentTitle_ = title;
    documentError_.clear();
    emit documentChanged();
    emit documentReady(path, kind);
}

QString RightsController::shareDocument(const QString& destination) {
    if (documentPath_.isEmpty()) return tr("Aucun document à partager");
    return sharer_->share(documentPath_, documentTitle_, destination);
}

bool RightsController::shareAsksForDestination() const {
    return sharer_->asksForDestination();
}

void RightsController::waitForDocuments() {
    pool_.waitForDone();
}

void RightsController::setErrorText(const QString& text) {
    if (errorText_ == text) return;
    errorText_ = text;
    emit errorTextChanged();
}

void RightsController::setBuilding(bool building) {
    if (building_ == building) return;
    building_ = building;
    emit buildingChanged();
}

}  // namespace parcours::app
