// The journal as the CLI and the app use it: profiles, démarches, calls and the
// questions asked of them.
#include "parcours/journal/journal.hpp"

#include <gtest/gtest.h>

#include "support/fake_wall_clock.hpp"
#include "support/temp_dir.hpp"

namespace parcours::journal {
namespace {

class JournalTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Journal::open(dir / "journal.db", {wall.fn(), "test"});
        ASSERT_TRUE(opened) << opened.error().message;
        journal.emplace(std::move(*opened));
    }

    RecordId openDemarche() {
        auto id = journal->openDemarche({});
        EXPECT_TRUE(id) << id.error().message;
        return *id;
    }

    Call callTo(const RecordId& demarche, std::string name, std::string at,
                Outcome outcome = Outcome::NoAnswer) {
        Call c;
        c.demarche = demarche;
        c.practice.name = std::move(name);
        c.practice.phone = "01 23 45 67 89";
        c.at = std::move(at);
        c.outcome = outcome;
        return c;
    }

    RecordId log(const Call& c) {
        auto id = journal->logCall(c);
        EXPECT_TRUE(id) << id.error().message;
        return id ? *id : RecordId{};
    }

    test::TempDir dir;
    test::FakeWallClock wall;
    std::optional<Journal> journal;
};

TEST_F(JournalTest, TheDefaultProfileIsTheUsersOwnEvenWhenAnotherCameFirst) {
    Profile lea;
    lea.displayName = "Léa";
    auto leaId = journal->addProfile(lea);
    auto me = journal->defaultProfile();
    ASSERT_TRUE(me);
    EXPECT_EQ(me->displayName, "Moi");
    EXPECT_NE(me->id, *leaId);
    me->displayName = "Camille";  // renamed: still the default
    ASSERT_TRUE(journal->updateProfile(*me));
    EXPECT_EQ(journal->defaultProfile()->id, me->id);
    EXPECT_EQ(journal->defaultProfile()->displayName, "Camille");
    EXPECT_EQ(journal->profiles()->size(), 2u);
}

TEST_F(JournalTest, TheDefaultProfileIsMadeOnFirstUseAndKept) {
    EXPECT_TRUE(journal->profiles()->empty());
    auto me = journal->defaultProfile();
    ASSERT_TRUE(me);
    EXPECT_EQ(me->displayName, "Moi");
    auto again = journal->defaultProfile();
    EXPECT_EQ(again->id, me->id);
    Profile lea;
    lea.displayName = "Léa";
    lea.birthYear = 2015;
    ASSERT_TRUE(journal->addProfile(lea));
    EXPECT_EQ(journal->defaultProfile()->id, me->id);
    auto all = journal->profiles();
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[1].displayName, "Léa");
    EXPECT_EQ((*all)[1].birthYear, 2015);
}

TEST_F(JournalTest, ProfilesAreUpdated) {
    Profile p;
    p.displayName = "Papa";
    auto id = journal->addProfile(p);
    ASSERT_TRUE(id);
    p.id = *id;
    p.ald = true;
    p.medecinTraitant = "Dr Martin";
    p.medecinTraitantLeft = true;
    p.medecinTraitantLeftOn = "2026-06-30";
    ASSERT_TRUE(journal->updateProfile(p));
    auto all = journal->profiles();
    ASSERT_EQ(all->size(), 1u);
    EXPECT_TRUE((*all)[0].ald);
    EXPECT_EQ((*all)[0].medecinTraitantLeftOn, "2026-06-30");
    p.id = RecordId::random();
    EXPECT_EQ(journal->updateProfile(p).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(journal->addProfile(Profile{}).error().kind, ErrorKind::Usage);
}

TEST_F(JournalTest, DemarchesOpenForTheDefaultProfileOrAGivenOne) {
    auto id = openDemarche();
    auto d = journal->demarche(id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->profile, journal->defaultProfile()->id);
    EXPECT_EQ(d->status, DemarcheStatus::Open);
    EXPECT_EQ(d->openedAt, "2026-10-12T09:30:00Z");  // from the wall clock

    Demarche forUnknown;
    forUnknown.profile = RecordId::random();
    EXPECT_EQ(journal->openDemarche(forUnknown).error().kind, ErrorKind::NotFound);

    Demarche specialist;
    specialist.seeking = Seeking::Specialist;
    specialist.specialty = "dermatologie";
    specialist.openedAt = "2026-09-01T08:00";
    auto sid = journal->openDemarche(specialist);
    ASSERT_TRUE(sid);
    EXPECT_EQ(journal->demarche(*sid)->specialty, "dermatologie");
    EXPECT_EQ(journal->demarche(*sid)->openedAt, "2026-09-01T08:00");

    Demarche badTime;
    badTime.openedAt = "hier";
    EXPECT_EQ(journal->openDemarche(badTime).error().kind, ErrorKind::Usage);
    EXPECT_EQ(journal->demarche(RecordId::random()).error().kind, ErrorKind::NotFound);
}

TEST_F(JournalTest, ClosingADemarche) {
    auto id = openDemarche();
    EXPECT_EQ(journal->closeDemarche(id, DemarcheStatus::Open, "").error().kind, ErrorKind::Usage);
    EXPECT_EQ(journal->closeDemarche(id, DemarcheStatus::Found, "demain").error().kind,
              ErrorKind::Usage);
    ASSERT_TRUE(journal->closeDemarche(id, DemarcheStatus::Found, "2026-10-20T10:00+02:00"));
    auto d = journal->demarche(id);
    EXPECT_EQ(d->status, DemarcheStatus::Found);
    EXPECT_EQ(d->closedAt, "2026-10-20T10:00+02:00");
    d->specialty = "pédiatrie";
    ASSERT_TRUE(journal->updateDemarche(*d));
    EXPECT_EQ(journal->demarche(id)->specialty, "pédiatrie");
    EXPECT_EQ(journal->demarche(id)->status, DemarcheStatus::Found);
}

TEST_F(JournalTest, LoggedCallsReadBackWhole) {
    auto demarche = openDemarche();
    Call c = callTo(demarche, "Cabinet du Parc", "2026-10-12T09:30", Outcome::CallBack);
    c.practice.directoryId = "finess:010000024";
    c.practice.address = "1 rue du Parc, 01000 Bourg";
    c.practice.kind = "medecin-generaliste";
    c.channel = Channel::OnSite;
    c.reason = "rappeler lundi";
    c.note = "secrétariat aimable";
    c.followUp = "2026-10-19";
    c.referredTo = "Dr Dupont";
    c.appointmentAt = "2026-11-02T14:15";
    auto id = log(c);
    auto back = journal->call(id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, id);
    EXPECT_EQ(back->demarche, demarche);
    EXPECT_EQ(back->practice.directoryId, "finess:010000024");
    EXPECT_EQ(back->practice.address, "1 rue du Parc, 01000 Bourg");
    EXPECT_EQ(back->practice.kind, "medecin-generaliste");
    EXPECT_EQ(back->at, "2026-10-12T09:30");
    EXPECT_EQ(back->channel, Channel::OnSite);
    EXPECT_EQ(back->outcome, Outcome::CallBack);
    EXPECT_EQ(back->reason, "rappeler lundi");
    EXPECT_EQ(back->note, "secrétariat aimable");
    EXPECT_EQ(back->followUp, "2026-10-19");
    EXPECT_EQ(back->referredTo, "Dr Dupont");
    EXPECT_EQ(back->appointmentAt, "2026-11-02T14:15");
}

TEST_F(JournalTest, LogCallChecksWhatItIsGiven) {
    auto demarche = openDemarche();
    auto expectUsage = [&](Call c, const std::string& mentions) {
        auto r = journal->logCall(c);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().kind, ErrorKind::Usage) << r.error().message;
        EXPECT_NE(r.error().message.find(mentions), std::string::npos) << r.error().message;
    };
    expectUsage(callTo(RecordId::random(), "Cabinet", "2026-10-12T09:30"), "démarche");
    expectUsage(callTo(demarche, "Cabinet", ""), "date and time");
    expectUsage(callTo(demarche, "Cabinet", "12/10/2026 09:30"), "12/10/2026 09:30");
    expectUsage(callTo(demarche, "Cabinet", "2026-10-12"), "2026-10-12");
    expectUsage(callTo(demarche, "", "2026-10-12T09:30"), "practice");
    Call badFollowUp = callTo(demarche, "Cabinet", "2026-10-12T09:30");
    badFollowUp.followUp = "lundi";
    expectUsage(badFollowUp, "lundi");
    badFollowUp.followUp = "2026-02-30";
    expectUsage(badFollowUp, "2026-02-30");

    // Accepted forms: seconds, Z, an offset; a practice known only by its directory id.
    for (const char* at : {"2026-10-12T09:30:10", "2026-10-12T09:30Z", "2026-10-12T09:30:00-01:30"})
        EXPECT_TRUE(journal->logCall(callTo(demarche, "Cabinet", at))) << at;
    Call byId = callTo(demarche, "", "2026-10-12T09:30");
    byId.practice.directoryId = "finess:010000024";
    EXPECT_TRUE(journal->logCall(byId));
    EXPECT_EQ(journal->calls(demarche)->size(), 4u);
}

TEST_F(JournalTest, CallsComeInTimeOrderWhateverTheirOffsets) {
    auto demarche = openDemarche();
    auto late = log(callTo(demarche, "C", "2026-10-12T11:00+02:00"));    // 09:00Z
    auto early = log(callTo(demarche, "A", "2026-10-12T08:15Z"));        // 08:15Z
    auto middle = log(callTo(demarche, "B", "2026-10-12T04:45-04:00"));  // 08:45Z
    auto other = openDemarche();
    log(callTo(other, "D", "2026-10-12T08:00Z"));
    auto calls = journal->calls(demarche);
    ASSERT_TRUE(calls);
    ASSERT_EQ(calls->size(), 3u);
    EXPECT_EQ((*calls)[0].id, early);
    EXPECT_EQ((*calls)[1].id, middle);
    EXPECT_EQ((*calls)[2].id, late);
    EXPECT_EQ((*calls)[2].at, "2026-10-12T11:00+02:00");  // the text as given
    EXPECT_EQ(journal->calls(RecordId::random()).error().kind, ErrorKind::NotFound);
}

TEST_F(JournalTest, UpdateAndDeleteACall) {
    auto demarche = openDemarche();
    auto id = log(callTo(demarche, "Cabinet", "2026-10-12T09:30"));
    auto c = journal->call(id);
    c->outcome = Outcome::Appointment;
    c->appointmentAt = "2026-10-30";
    ASSERT_TRUE(journal->updateCall(*c));
    EXPECT_EQ(journal->call(id)->outcome, Outcome::Appointment);
    c->at = "nope";
    EXPECT_EQ(journal->updateCall(*c).error().kind, ErrorKind::Usage);

    ASSERT_TRUE(journal->deleteCall(id));
    EXPECT_EQ(journal->call(id).error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(journal->calls(demarche)->empty());
    EXPECT_EQ(journal->deleteCall(id).error().kind, ErrorKind::NotFound);
    c->at = "2026-10-12T09:30";
    EXPECT_EQ(journal->updateCall(*c).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(journal->deleteCall(RecordId::random()).error().kind, ErrorKind::NotFound);
}

TEST_F(JournalTest, FollowUpsDueOnOrBeforeADate) {
    auto demarche = openDemarche();
    auto withFollowUp = [&](const char* name, const char* followUp) {
        Call c = callTo(demarche, name, "2026-10-12T09:30", Outcome::CallBack);
        c.followUp = followUp;
        return log(c);
    };
    auto a = withFollowUp("A", "2026-10-15");
    auto b = withFollowUp("B", "2026-10-19");
    withFollowUp("C", "2026-10-20");
    withFollowUp("D", "");
    auto deleted = withFollowUp("E", "2026-10-01");
    ASSERT_TRUE(journal->deleteCall(deleted));
    auto due = journal->followUpsDue("2026-10-19");
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 2u);
    EXPECT_EQ((*due)[0].id, a);
    EXPECT_EQ((*due)[1].id, b);
    EXPECT_TRUE(journal->followUpsDue("2026-10-14")->empty());
    EXPECT_EQ(journal->followUpsDue("19/10/2026").error().kind, ErrorKind::Usage);
}

TEST_F(JournalTest, PracticesCalledGroupByDirectoryIdOrNameAndPhone) {
    auto demarche = openDemarche();
    Call parc = callTo(demarche, "Cabinet du Parc", "2026-10-12T09:00Z", Outcome::NoAnswer);
    parc.practice.directoryId = "finess:010000024";
    log(parc);
    parc.at = "2026-10-13T09:00Z";
    parc.practice.name = "Cabinet du Parc (nouveau nom)";
    parc.outcome = Outcome::RefusedNoNewPatients;
    log(parc);
    Call byHand = callTo(demarche, "Dr Petit", "2026-10-12T10:00Z", Outcome::Voicemail);
    log(byHand);
    byHand.practice.name = "DR PETIT";
    byHand.practice.phone = "0123456789";  // same number written another way
    byHand.at = "2026-10-14T10:00Z";
    byHand.outcome = Outcome::Accepted;
    log(byHand);
    byHand.practice.phone = "09 99 99 99 99";  // a different practice with the same name
    byHand.at = "2026-10-11T10:00Z";
    log(byHand);

    auto practices = journal->practicesCalled();
    ASSERT_TRUE(practices);
    ASSERT_EQ(practices->size(), 3u);
    const auto& petit = (*practices)[0];  // called last
    EXPECT_EQ(petit.calls, 2u);
    EXPECT_EQ(petit.lastOutcome, Outcome::Accepted);
    EXPECT_EQ(petit.lastAt, "2026-10-14T10:00Z");
    EXPECT_TRUE(petit.directoryId.empty());
    const auto& cabinet = (*practices)[1];
    EXPECT_EQ(cabinet.directoryId, "finess:010000024");
    EXPECT_EQ(cabinet.calls, 2u);
    EXPECT_EQ(cabinet.name, "Cabinet du Parc (nouveau nom)");
    EXPECT_EQ(cabinet.lastOutcome, Outcome::RefusedNoNewPatients);
    EXPECT_EQ((*practices)[2].phone, "09 99 99 99 99");
    EXPECT_EQ((*practices)[2].calls, 1u);
}

TEST_F(JournalTest, PossibleDuplicatesAreTheSamePracticeWithinTwoMinutes) {
    auto demarche = openDemarche();
    auto a = log(callTo(demarche, "Cabinet", "2026-10-12T09:30:00Z"));
    auto b = log(callTo(demarche, "Cabinet", "2026-10-12T11:32:00+02:00"));  // 2 min later
    log(callTo(demarche, "Cabinet", "2026-10-12T09:34:01Z"));                // 2 min 1 s after b
    log(callTo(demarche, "Autre cabinet", "2026-10-12T09:30:30Z"));
    auto hints = journal->possibleDuplicates();
    ASSERT_TRUE(hints);
    ASSERT_EQ(hints->size(), 1u);
    EXPECT_EQ((*hints)[0].first, a);
    EXPECT_EQ((*hints)[0].second, b);
    ASSERT_TRUE(journal->deleteCall(b));
    EXPECT_TRUE(journal->possibleDuplicates()->empty());
}

TEST_F(JournalTest, DemarcheSummariesCountOutcomesAndPractices) {
    Profile lea;
    lea.displayName = "Léa";
    auto leaId = journal->addProfile(lea);
    Demarche forLea;
    forLea.profile = *leaId;
    auto first = journal->openDemarche(forLea);
    ASSERT_TRUE(first);
    auto empty = openDemarche();
    log(callTo(*first, "A", "2026-10-12T10:00Z", Outcome::RefusedNoNewPatients));
    log(callTo(*first, "B", "2026-10-12T09:00Z", Outcome::NoAnswer));
    log(callTo(*first, "A", "2026-10-13T10:00Z", Outcome::RefusedNoNewPatients));
    auto gone = log(callTo(*first, "C", "2026-10-14T10:00Z", Outcome::Accepted));
    ASSERT_TRUE(journal->deleteCall(gone));

    auto summaries = journal->demarches();
    ASSERT_TRUE(summaries);
    ASSERT_EQ(summaries->size(), 2u);
    const auto& s = (*summaries)[0];
    EXPECT_EQ(s.demarche.id, *first);
    EXPECT_EQ(s.profileName, "Léa");
    EXPECT_EQ(s.calls, 3u);
    EXPECT_EQ(s.distinctPractices, 2u);
    EXPECT_EQ(s.firstCallAt, "2026-10-12T09:00Z");
    EXPECT_EQ(s.lastCallAt, "2026-10-13T10:00Z");
    ASSERT_EQ(s.byOutcome.size(), 2u);
    EXPECT_EQ(s.byOutcome[0].outcome, Outcome::RefusedNoNewPatients);  // enum order
    EXPECT_EQ(s.byOutcome[0].count, 2u);
    EXPECT_EQ(s.byOutcome[1].outcome, Outcome::NoAnswer);
    EXPECT_EQ(s.byOutcome[1].count, 1u);
    const auto& none = (*summaries)[1];
    EXPECT_EQ(none.demarche.id, empty);
    EXPECT_EQ(none.profileName, "Moi");
    EXPECT_EQ(none.calls, 0u);
    EXPECT_TRUE(none.firstCallAt.empty());
    EXPECT_TRUE(none.byOutcome.empty());
}

TEST_F(JournalTest, ResolveAUniqueHexPrefix) {
    auto demarche = openDemarche();
    auto id = log(callTo(demarche, "Cabinet", "2026-10-12T09:30"));
    const std::string hex = id.hex();
    EXPECT_EQ(journal->resolve(hex.substr(0, 6), RecordType::Call).value(), id);
    std::string upper = hex.substr(0, 10);
    for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    EXPECT_EQ(journal->resolve(upper, RecordType::Call).value(), id);
    EXPECT_EQ(journal->resolve(hex, RecordType::Call).value(), id);
    EXPECT_EQ(journal->resolve(demarche.hex().substr(0, 8), RecordType::Demarche).value(),
              demarche);

    auto tooShort = journal->resolve(hex.substr(0, 5), RecordType::Call);
    EXPECT_EQ(tooShort.error().kind, ErrorKind::Usage);
    EXPECT_EQ(journal->resolve("zzzzzz", RecordType::Call).error().kind, ErrorKind::Usage);
    auto wrongType = journal->resolve(hex.substr(0, 8), RecordType::Demarche);
    EXPECT_NE(wrongType.error().message.find("no such"), std::string::npos);

    // Ambiguity needs ids made to collide: see JournalVersions.ResolveSaysWhenAmbiguous.
    ASSERT_TRUE(journal->deleteCall(id));
    EXPECT_NE(journal->resolve(hex.substr(0, 6), RecordType::Call).error().message.find("no such"),
              std::string::npos);
}

TEST_F(JournalTest, ReopeningKeepsEverythingAndTheDevice) {
    auto demarche = openDemarche();
    auto id = log(callTo(demarche, "Cabinet", "2026-10-12T09:30"));
    const RecordId device = journal->deviceId();
    journal.reset();
    auto again = Journal::open(dir / "journal.db", {wall.fn(), "test"});
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->deviceId(), device);
    EXPECT_EQ(again->call(id)->practice.name, "Cabinet");
    wall.advance(-3600 * 1000);  // the clock went back while the app was closed
    auto later = again->logCall(callTo(demarche, "Autre", "2026-10-12T10:30"));
    ASSERT_TRUE(later);
    auto versions = again->versions();
    ASSERT_EQ(versions->size(), 4u);  // profile, démarche, two calls
    Hlc max;
    for (const auto& v : *versions)
        if (v.id != *later) max = std::max(max, v.hlc);
    for (const auto& v : *versions)
        if (v.id == *later) EXPECT_GT(v.hlc, max);
}

}  // namespace
}  // namespace parcours::journal
