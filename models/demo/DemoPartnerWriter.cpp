#include "demo/DemoPartnerWriter.h"

#include "core/Database.h"
#include "demo/DemoEvents.h"
#include "demo/DemoExitWriter.h"
#include "demo/DemoSeeds.h"
#include "partners/PartnerRepository.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace lotsen {

namespace {

struct DemoPartner
{
    const char* name;
    PartnerKind kind;
    const char* phone;
    const char* email;
    const char* address;
    const char* person; // a contact person (invented)
    const char* role;
};

constexpr auto kDemoPartners = std::to_array<DemoPartner>({
    { "Arbetsförmedlingen Mölndal", PartnerKind::EmploymentService, "0771-416 416", "", "Kungsgatan 12, Mölndal",
      "Sara Lindqvist", "Arbetsförmedlare" },
    { "Försäkringskassan", PartnerKind::SocialInsurance, "0771-524 524", "", "", "Mikael Ström", "Handläggare" },
    { "Socialtjänsten, Mölndals stad", PartnerKind::SocialServices, "031-315 10 00", "", "Göteborgsvägen 11, Mölndal",
      "Jenny Holm", "Socialsekreterare" },
    { "KAA-enheten, Mölndals stad", PartnerKind::Kaa, "031-315 12 40", "kaa@exempel.se", "", "Ali Nasser",
      "KAA-samordnare" },
    { "Komvux Mölndal", PartnerKind::Education, "031-315 20 00", "komvux@exempel.se", "", "Eva Berg",
      "Studie- och yrkesvägledare" },
    { "Västra Dals folkhögskola", PartnerKind::Education, "0521-55 00 00", "info@exempel.se", "", "Lars Ekman",
      "Kursansvarig" },
    { "Vårdcentralen Mölndal centrum", PartnerKind::HealthCare, "031-345 00 00", "", "", "Anna Sjöberg",
      "Arbetsterapeut" },
    { "Ungdomsmottagningen Mölndal", PartnerKind::HealthCare, "031-345 01 00", "", "", "", "" },
    { "Kvarnbyns Bygg AB", PartnerKind::Employer, "031-27 27 27", "jobb@exempel.se", "", "Peter Falk", "Platschef" },
    { "Röda Korsets ungdomsverksamhet", PartnerKind::CivilSociety, "031-10 10 10", "", "", "Maria Dahl",
      "Volontärsamordnare" },
});

struct DemoIntervention
{
    const char* name;
    InterventionCategory category;
    int provider; // index in kDemoPartners, or -1 for the centre itself
    const char* length;
    const char* description;
};

constexpr auto kDemoInterventions = std::to_array<DemoIntervention>({
    { "Praktik via Arbetsförmedlingen", InterventionCategory::WorkTraining, 0, "8–12 veckor",
      "Arbetsplatsförlagd praktik med handledare, anvisad av Arbetsförmedlingen." },
    { "Studiemotiverande folkhögskolekurs", InterventionCategory::FolkHighSchool, 5, "1 termin",
      "Kort kurs för den som vill pröva på studier och få hjälp att planera vidare." },
    { "IPS-stöd", InterventionCategory::SupportedEmployment, -1, "Så länge det behövs",
      "Individuellt stöd till arbete enligt IPS-modellen, med jobbcoach från mötesplatsen." },
    { "Kartläggning hos arbetsterapeut", InterventionCategory::Assessment, 6, "4 veckor",
      "Kartläggning av förmågor och behov av anpassning inför studier eller arbete." },
    { "Studiebesök Komvux", InterventionCategory::StudyVisit, 4, "En förmiddag",
      "Besök på Komvux med studie- och yrkesvägledare." },
    { "Friskvård", InterventionCategory::Health, -1, "Löpande",
      "Promenader, gym och samtal om sömn och mat, i grupp en gång i veckan." },
    { "Arbetsträning i mötesplatsens café", InterventionCategory::WorkTraining, -1, "6 veckor",
      "Kassa, servering och bakning tillsammans med personalen." },
    { "CV-verkstad", InterventionCategory::Lecture, -1, "3 träffar", "Skriva CV och personligt brev, öva intervju." },
});

constexpr auto kDemoOutcomes = std::to_array<const char*>({
    "Fullföljde. Fick goda omdömen och vill söka jobb i samma bransch.",
    "Slutförd. Har sökt till Komvux inför nästa termin.",
    "Avbröt efter tre veckor på grund av hälsan. Ny plan tas fram tillsammans.",
});

} // namespace

DemoPartnerWriter::DemoPartnerWriter(Database& database, const QDate& today, const QList<qint64>& staffIds)
    : m_database(database)
    , m_today(today)
    , m_staffIds(staffIds)
    , m_rng(DemoSeeds::Partners)
    , m_consentWriter(database, m_rng, today)
    , m_interventions(database)
    , m_referrals(database)
{
}

Result<void> DemoPartnerWriter::write(const QList<DemoContactHolder>& holders)
{
    if (Result<void> written = writeOrganisations(); !written) {
        return written;
    }
    if (Result<void> written = writeCatalogue(); !written) {
        return written;
    }
    for (const DemoContactHolder& holder : holders) {
        // A youth registered in error never got as far as a network or consents.
        if (holder.status == YouthStatus::Prospect || DemoExitWriter::registeredInError(holder.exitOrdinal)) {
            continue;
        }
        if (Result<void> written = writeYouth(holder); !written) {
            return written;
        }
    }
    return success();
}

Result<void> DemoPartnerWriter::writeOrganisations()
{
    PartnerRepository partners(m_database);
    for (const DemoPartner& demo : kDemoPartners) {
        PartnerOrganisation organisation;
        organisation.name = QString::fromUtf8(demo.name);
        organisation.kind = demo.kind;
        organisation.phone = QString::fromUtf8(demo.phone);
        organisation.email = QString::fromUtf8(demo.email);
        organisation.address = QString::fromUtf8(demo.address);
        const auto saved = partners.saveOrganisation(organisation);
        if (!saved.ok()) {
            return fail(saved.message());
        }
        m_organisationIds.append(organisation.id);
        qint64 personId = 0;
        if (*demo.person != '\0') {
            PartnerPerson person;
            person.organisationId = organisation.id;
            person.name = QString::fromUtf8(demo.person);
            person.role = QString::fromUtf8(demo.role);
            person.phone = organisation.phone;
            const auto personSaved = partners.savePerson(person);
            if (!personSaved.ok()) {
                return fail(personSaved.message());
            }
            personId = person.id;
        }
        m_personIds.append(personId);
    }
    // One organisation the centre no longer works with.
    PartnerOrganisation closed;
    closed.name = QStringLiteral("Jobbstart Väst (avslutat projekt)");
    closed.kind = PartnerKind::Other;
    closed.active = false;
    closed.notes = QStringLiteral("Projektet avslutades i juni.");
    if (!partners.saveOrganisation(closed).ok()) {
        return fail(QStringLiteral("demo partner"));
    }
    return success();
}

Result<void> DemoPartnerWriter::writeCatalogue()
{
    for (const DemoIntervention& demo : kDemoInterventions) {
        Intervention intervention;
        intervention.name = QString::fromUtf8(demo.name);
        intervention.category = demo.category;
        intervention.providerId = demo.provider >= 0 ? m_organisationIds.at(demo.provider) : 0;
        intervention.typicalLength = QString::fromUtf8(demo.length);
        intervention.description = QString::fromUtf8(demo.description);
        const auto saved = m_interventions.saveIntervention(intervention);
        if (!saved.ok()) {
            return fail(saved.message());
        }
        m_interventionIds.append(intervention.id);
    }
    return success();
}

Result<void> DemoPartnerWriter::writeYouth(const DemoContactHolder& holder)
{
    QSqlQuery youthRow(m_database.connection());
    youthRow.prepare(QStringLiteral("SELECT last_name, birth_date FROM youth WHERE id = ?"));
    youthRow.addBindValue(holder.youthId);
    if (!youthRow.exec() || !youthRow.next()) {
        return fail(youthRow.lastError().text());
    }
    DemoPartnerYouth youth;
    youth.holder = &holder;
    youth.surname = youthRow.value(0).toString();
    const QDate birth = QDate::fromString(youthRow.value(1).toString(), Qt::ISODate);
    youth.minor = birth.isValid() && m_today < birth.addYears(18);
    youth.staffId = holder.mentorId != 0 ? holder.mentorId : m_staffIds.value(0);
    youth.start = holder.startDate.isValid() ? holder.startDate : m_today.addDays(-60);

    if (Result<void> written = m_consentWriter.writeNetwork(youth); !written) {
        return written;
    }
    if (Result<void> written = m_consentWriter.writePhotoConsent(youth); !written) {
        return written;
    }
    if (holder.status == YouthStatus::Exited) {
        return success();
    }
    if (Result<void> written = writeParticipations(youth); !written) {
        return written;
    }
    // Referrals for some active youths, mostly with a consent to share with that partner.
    if (holder.status == YouthStatus::Active && m_referralCount < 14 && m_rng.bounded(3) == 0) {
        writeReferral(youth);
    }
    return success();
}

// Interventions: about two in three have one, some two.
Result<void> DemoPartnerWriter::writeParticipations(const DemoPartnerYouth& youth)
{
    const int count = m_rng.bounded(10) < 6 ? 1 + m_rng.bounded(2) : 0;
    const int firstIntervention = m_rng.bounded(int(m_interventionIds.size()));
    for (int i = 0; i < count; ++i) {
        Participation participation;
        participation.youthId = youth.holder->youthId;
        // Two different interventions, never the same one twice.
        participation.interventionId
            = m_interventionIds.at((firstIntervention + i * 3) % int(m_interventionIds.size()));
        const int roll = m_rng.bounded(10);
        participation.startDate = std::min(m_today, youth.start.addDays(14 + m_rng.bounded(60)));
        participation.plannedEnd = participation.startDate.addDays(28 + 7 * m_rng.bounded(8));
        if (roll < 2) {
            participation.status = ParticipationStatus::Proposed;
            participation.startDate = m_today.addDays(7 + m_rng.bounded(14));
            participation.plannedEnd = participation.startDate.addDays(42);
        } else if (participation.plannedEnd >= m_today) {
            participation.status = ParticipationStatus::Ongoing;
        } else {
            // Past its planned end: mostly completed, sometimes interrupted, now and then still going on.
            participation.status = roll < 7 ? ParticipationStatus::Completed
                : roll < 9                  ? ParticipationStatus::Interrupted
                                            : ParticipationStatus::Ongoing;
            participation.outcome = QString::fromUtf8(
                kDemoOutcomes[size_t(participation.status == ParticipationStatus::Completed ? m_rng.bounded(2) : 2)]);
        }
        if (Result<void> written = writeParticipation(youth, participation); !written) {
            return written;
        }
    }
    return success();
}

// Written as it happened: started first, then (for finished ones) ended.
Result<void> DemoPartnerWriter::writeParticipation(const DemoPartnerYouth& youth, Participation participation)
{
    const ParticipationStatus finalStatus = participation.status;
    const bool finished
        = finalStatus == ParticipationStatus::Completed || finalStatus == ParticipationStatus::Interrupted;
    if (finished) {
        participation.status = ParticipationStatus::Ongoing;
    }
    const QString outcome = participation.outcome;
    participation.outcome.clear();
    auto saved = m_interventions.saveParticipation(participation, youth.staffId);
    if (!saved.ok()) {
        return fail(saved.message());
    }
    if (participation.status == ParticipationStatus::Ongoing) {
        DemoEvents::backdateLast(m_database, youth.holder->youthId, participation.startDate);
    }
    if (finished) {
        participation.status = finalStatus;
        participation.outcome = outcome;
        saved = m_interventions.saveParticipation(participation, youth.staffId);
        if (!saved.ok()) {
            return fail(saved.message());
        }
        DemoEvents::backdateLast(m_database, youth.holder->youthId, std::min(m_today, participation.plannedEnd));
    }
    return success();
}

void DemoPartnerWriter::writeReferral(const DemoPartnerYouth& youth)
{
    const qint64 youthId = youth.holder->youthId;
    const int partner = std::array { 0, 0, 1, 2, 4, 6 }[size_t(m_rng.bounded(6))];
    const qint64 organisationId = m_organisationIds.at(partner);
    const int roll = m_referralCount % 7;
    Referral referral;
    referral.youthId = youthId;
    referral.organisationId = organisationId;
    referral.personId = m_personIds.at(partner);
    // Two in seven wait past the answer threshold (a Today reason); the rest are recent or answered.
    referral.sentOn = m_today.addDays(-(roll == 0 || roll == 4 ? 26 + m_rng.bounded(10) : 3 + m_rng.bounded(15)));
    referral.reason = QString::fromUtf8(std::array {
        "Inskrivning och planering av praktik.",
        "Behöver hjälp med ekonomin medan hen studerar.",
        "Vill börja läsa in gymnasiet.",
        "Kartläggning av arbetsförmåga inför praktik.",
    }[size_t(m_rng.bounded(4))]);
    if (roll != 3) {
        m_consentWriter.writePartnerConsent(youth, organisationId, referral.sentOn);
    } else {
        referral.consentOverride = QStringLiteral("Akut: ungdomen riskerar att förlora sin ersättning. Samtycke "
                                                  "inhämtas muntligt vid nästa möte.");
    }
    const auto sent = m_referrals.create(referral, youth.staffId);
    if (!sent.ok()) {
        // No consent could be recorded (the youth started later): go on without this referral.
        return;
    }
    DemoEvents::backdateLast(m_database, youthId, referral.sentOn);
    if (referral.personId != 0) {
        static_cast<void>(m_consentWriter.network().linkPartnerContact(youthId, referral.personId));
    }
    ++m_referralCount;
    answerReferral(referral, roll, youth.staffId);
}

// Answers: accepted, declined, or still waiting (the old waiting ones are reasons on Today).
void DemoPartnerWriter::answerReferral(const Referral& referral, int roll, qint64 staffId)
{
    if (roll != 1 && roll != 5 && roll != 6) {
        return;
    }
    const QDate answered = std::min(m_today, referral.sentOn.addDays(4 + m_rng.bounded(10)));
    const ReferralStatus status = roll == 5 ? ReferralStatus::Declined : ReferralStatus::Accepted;
    const QString answer = status == ReferralStatus::Accepted
        ? QStringLiteral("Första möte bokat.")
        : QStringLiteral("Uppfyller inte villkoren just nu; ny bedömning om tre månader.");
    if (m_referrals.recordResponse(referral.id, status, answered, answer, staffId).ok()) {
        DemoEvents::backdateLast(m_database, referral.youthId, answered);
    }
}

} // namespace lotsen
