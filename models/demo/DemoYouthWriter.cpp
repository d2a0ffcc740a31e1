#include "demo/DemoYouthWriter.h"

#include "demo/DemoExitWriter.h"
#include "demo/DemoNames.h"
#include "demo/DemoSeeds.h"
#include "demo/DemoStaffWriter.h"
#include "demo/TestPersonalNumbers.h"
#include "youth/YouthRepository.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace lotsen {

namespace {

struct DemoPerson
{
    const char* firstName; // UTF-8
    const char* lastName;
    Gender gender;
};

// Names of today's Sweden, mixed in order so that the index-based patterns below spread across them.
constexpr std::array<DemoPerson, 60> kDemoPeople { {
    { "Åsa", "Öberg", Gender::Woman },
    { "Mohammed", "Ali", Gender::Man },
    { "Amina", "Hassan", Gender::Woman },
    { "Erik", "Svensson", Gender::Man },
    { "Sara", "Nilsson", Gender::Woman },
    { "Kim", "Lindahl", Gender::Other },
    { "Oskar", "Lindgren", Gender::Man },
    { "Fatima", "Abdi", Gender::Woman },
    { "Ahmad", "Rezaei", Gender::Man },
    { "Elin", "Johansson", Gender::Woman },
    { "Lucas", "Bergström", Gender::Man },
    { "Maja", "Lindström", Gender::Woman },
    { "Robin", "Wikström", Gender::NotStated },
    { "Yusuf", "Abdullahi", Gender::Man },
    { "Wilma", "Karlsson", Gender::Woman },
    { "Viktor", "Åberg", Gender::Man },
    { "Hanna", "Björk", Gender::Woman },
    { "Hugo", "Johansson", Gender::Man },
    { "Nour", "Saleh", Gender::Woman },
    { "Ali", "Hussein", Gender::Man },
    { "Ebba", "Söderberg", Gender::Woman },
    { "Alex", "Sundberg", Gender::Other },
    { "Elias", "Eriksson", Gender::Man },
    { "Emma", "Andersson", Gender::Woman },
    { "Anton", "Nyström", Gender::Man },
    { "Linnea", "Håkansson", Gender::Woman },
    { "Omar", "Jama", Gender::Man },
    { "Zahra", "Mohammadi", Gender::Woman },
    { "Filip", "Gustafsson", Gender::Man },
    { "Julia", "Pettersson", Gender::Woman },
    { "Charlie", "Holmberg", Gender::NotStated },
    { "Adam", "Larsson", Gender::Man },
    { "Alva", "Strömberg", Gender::Woman },
    { "Liam", "Hermansson", Gender::Man },
    { "Leyla", "Yilmaz", Gender::Woman },
    { "Ibrahim", "Said", Gender::Man },
    { "Ida", "Holm", Gender::Woman },
    { "Noah", "Persson", Gender::Man },
    { "Agnes", "Sjögren", Gender::Woman },
    { "Isak", "Sandberg", Gender::Man },
    { "Hodan", "Warsame", Gender::Woman },
    { "Sam", "Rosén", Gender::Other },
    { "Emil", "Jönsson", Gender::Man },
    { "Klara", "Lundqvist", Gender::Woman },
    { "Mustafa", "Karimi", Gender::Man },
    { "Selma", "Öhman", Gender::Woman },
    { "Axel", "Bäckström", Gender::Man },
    { "Tilde", "Berglund", Gender::Woman },
    { "William", "Olsson", Gender::Man },
    { "Mariam", "Osman", Gender::Woman },
    { "Noa", "Engström", Gender::NotStated },
    { "Jonatan", "Dahl", Gender::Man },
    { "Ronja", "Forsberg", Gender::Woman },
    { "Samir", "Khalil", Gender::Man },
    { "Elsa", "Wallin", Gender::Woman },
    { "Theo", "Mäkinen", Gender::Man },
    { "Jasmin", "Rahimi", Gender::Woman },
    { "Luka", "Petrović", Gender::Man },
    { "Lovisa", "Ängström", Gender::Woman },
    { "Kevin", "Nguyen", Gender::Man },
} };

struct DemoPlace
{
    const char* municipality;
    std::array<int, 3> postalPrefixes;
    std::array<const char*, 4> streets;
};

// Göteborg appears several times in the rotation below: most youths of a Gothenburg centre live in the city.
constexpr std::array<DemoPlace, 7> kDemoPlaces { {
    { "Göteborg", { 413, 415, 424 }, { "Linnégatan", "Övre Husargatan", "Bergsjövägen", "Kvibergsvägen" } },
    { "Mölndal", { 431, 431, 431 }, { "Kvarnbygatan", "Åbyvägen", "Bifrostgatan", "Göteborgsvägen" } },
    { "Partille", { 433, 433, 433 }, { "Gamla Kronvägen", "Ugglumsvägen", "Furulundsvägen", "Kyrktorget" } },
    { "Kungälv", { 442, 442, 442 }, { "Västra gatan", "Ytterbyvägen", "Strandgatan", "Kärnavägen" } },
    { "Lerum", { 443, 443, 443 }, { "Almvägen", "Norra vägen", "Torstensgårdsvägen", "Aspevägen" } },
    { "Härryda", { 435, 435, 435 }, { "Benarebyvägen", "Allégatan", "Bygdevägen", "Ekdalavägen" } },
    { "Ale", { 449, 446, 449 }, { "Ale torg", "Göta älvs väg", "Älvängens centrum", "Backavägen" } },
} };
constexpr std::array<int, 12> kDemoPlaceRotation { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 1, 6 };

// 'P'rospect, 'A'ctive, pa'U'sed, 'E'xited over 20 youths: 3 prospects, 10 active, 2 paused, 5 exited (a quarter,
// as at a centre that has run for a few years).
constexpr char kDemoStatusPattern[] = "APAAEAUAPEAEAAEUAPEA";

// Everyday notes a mentor would write; deliberately nothing about health.
constexpr auto kDemoNotes = std::to_array<const char*>({
    "Vill ha stöd att skriva CV och personligt brev.",
    "Intresserad av praktik inom handel eller lager.",
    "Funderar på att läsa in gymnasiet på Komvux.",
    "Träffades vid uppsökande arbete i centrum. Vill helst bli kontaktad på sms.",
    "Föredrar träffar på eftermiddagen.",
    "Vill ta B-körkort och behöver hjälp med teorin.",
    "Har sommarjobb via kommunen, hör av sig i augusti.",
    "Söker lärlingsplats inom bygg.",
    "Samordnas med KAA-handläggaren på kommunen.",
    "Vill prova på ett yrkesintroduktionsprogram inom vården.",
    "Kommer gärna på öppna eftermiddagar med en kompis.",
    "Har anmält intresse för truckkort.",
});

YouthStatus demoStatus(int index)
{
    switch (kDemoStatusPattern[index % 20]) {
    case 'P':
        return YouthStatus::Prospect;
    case 'U':
        return YouthStatus::Paused;
    case 'E':
        return YouthStatus::Exited;
    default:
        return YouthStatus::Active;
    }
}

// Where young people come from depends on age: KAA and school cover those under 20.
ReferralSource demoReferral(QRandomGenerator& rng, int age, YouthStatus status)
{
    if (status == YouthStatus::Prospect) {
        return rng.bounded(4) == 0 ? ReferralSource::Relative : ReferralSource::Outreach;
    }
    static constexpr std::array<ReferralSource, 5> young { ReferralSource::Kaa, ReferralSource::Kaa,
                                                           ReferralSource::School, ReferralSource::SocialServices,
                                                           ReferralSource::SelfReferral };
    static constexpr std::array<ReferralSource, 6> older {
        ReferralSource::EmploymentService, ReferralSource::EmploymentService, ReferralSource::SocialInsurance,
        ReferralSource::SocialServices,    ReferralSource::SelfReferral,      ReferralSource::Other
    };
    return age < 20 ? young[rng.bounded(int(young.size()))] : older[rng.bounded(int(older.size()))];
}

QList<TargetGroup> demoTargetGroups(QRandomGenerator& rng, int age)
{
    QList<TargetGroup> pool { TargetGroup::Uvas, TargetGroup::Uvas, TargetGroup::NewlyArrived,
                              TargetGroup::Psychosocial };
    if (age >= 20) {
        pool << TargetGroup::LongTermUnemployed << TargetGroup::LongTermUnemployed << TargetGroup::SickListed;
    }
    if (age >= 19) {
        pool << TargetGroup::ActivityCompensation << TargetGroup::Disability;
    }
    QList<TargetGroup> groups;
    const int count = rng.bounded(4); // 0-3; the repository removes duplicates
    for (int i = 0; i < count; ++i) {
        groups.append(pool.at(rng.bounded(int(pool.size()))));
    }
    return groups;
}

} // namespace

struct DemoYouthWriter::Draft
{
    Youth youth;
    int age = 0;
    YouthStatus status = YouthStatus::Active; // the status it ends with
    YouthStatus initial = YouthStatus::Active; // the status it is first saved with
    bool prospect = false;
    bool numberKnown = true;
    qint64 mentorId = 0; // the mentor it ends with
    bool handover = false;
    // A youth who took part before, from earlierStart to earlierEnd, and came back on youth.startDate: saved from
    // earlierStart; DemoExitWriter ends that period and enrols the youth again.
    QDate earlierStart;
    QDate earlierEnd;
};

DemoYouthWriter::DemoYouthWriter(Database& database, const DemoStaffWriter& staff, const QDate& today)
    : m_database(database)
    , m_staff(staff)
    , m_today(today)
    , m_rng(DemoSeeds::Youths)
    , m_historyRng(DemoSeeds::YouthHistories)
{
}

Result<void> DemoYouthWriter::write()
{
    YouthRepository youths(m_database);
    for (int i = 0; i < int(kDemoPeople.size()); ++i) {
        if (Result<void> written = writeYouth(youths, i); !written) {
            return written;
        }
    }
    return success();
}

Result<void> DemoYouthWriter::writeYouth(YouthRepository& youths, int i)
{
    const DemoPerson& person = kDemoPeople[size_t(i)];
    Draft draft;
    Youth& youth = draft.youth;
    youth.firstName = QString::fromUtf8(person.firstName);
    youth.lastName = QString::fromUtf8(person.lastName);
    youth.gender = person.gender;

    // i * 7 mod 15 visits every age 15-29 four times, independently of the status pattern.
    draft.age = 15 + (i * 7) % 15;
    youth.birthDate = m_today.addYears(-draft.age).addDays(-m_rng.bounded(361));

    draft.status = demoStatus(i);
    draft.prospect = draft.status == YouthStatus::Prospect;
    // Outreach often knows only a first name and a phone number: two prospects in three have no number.
    draft.numberKnown = !draft.prospect || m_prospects % 3 == 0;
    if (draft.prospect) {
        ++m_prospects;
    }
    if (draft.numberKnown && TestPersonalNumbers::covers(youth.birthDate)) {
        assignTestNumber(youth);
    }

    // PTS reserves 070-174 06 05 to 070-174 06 99 for fiction; sixty youths fit.
    youth.phone = QStringLiteral("070-174 06 %1").arg(5 + i, 2, 10, QLatin1Char('0'));
    if (!draft.prospect || i % 2 == 0) {
        youth.email = DemoNames::emailPart(youth.firstName) + u'.' + DemoNames::emailPart(youth.lastName)
            + QStringLiteral("@example.se");
    }
    assignPlace(youth, i, draft.numberKnown);
    youth.startDate = startDate(draft.status);
    // Nobody starts before fifteen, the youngest age the centre takes.
    youth.startDate = std::max(youth.startDate, youth.birthDate.addYears(15));

    assignMentor(draft, i);
    youth.referralSource = demoReferral(m_rng, draft.age, draft.status);
    if (!draft.prospect) {
        youth.targetGroups = demoTargetGroups(m_rng, draft.age);
    }
    if (i % 3 == 0) {
        youth.note = QString::fromUtf8(kDemoNotes[size_t(i / 3) % kDemoNotes.size()]);
    }

    if (Result<void> saved = save(youths, draft, i); !saved) {
        return saved;
    }
    const DemoContactHolder holder = history(draft, i);
    // No plan was made for the youth registered in error.
    if (!draft.prospect && !DemoExitWriter::registeredInError(holder.exitOrdinal)) {
        m_planHolders.append(
            { youth.id, draft.status, youth.startDate, youth.mentorId, draft.age, youth.targetGroups, holder.exitOn });
    }
    m_contactHolders.append(holder);
    return success();
}

// A taken date (two youths born the same day) moves to the other serial, then a day earlier (earlier, because a
// later date could make the youth a year younger than planned).
void DemoYouthWriter::assignTestNumber(Youth& youth)
{
    while (youth.personalNumber.isEmpty()) {
        for (int serial : TestPersonalNumbers::Serials) {
            const QString number = TestPersonalNumbers::number(youth.birthDate, serial);
            if (!m_usedNumbers.contains(number)) {
                youth.personalNumber = number;
                m_usedNumbers.insert(number);
                break;
            }
        }
        if (youth.personalNumber.isEmpty()) {
            youth.birthDate = youth.birthDate.addDays(-1);
            if (!TestPersonalNumbers::covers(youth.birthDate)) {
                break;
            }
        }
    }
}

void DemoYouthWriter::assignPlace(Youth& youth, int index, bool numberKnown)
{
    const DemoPlace& place = kDemoPlaces[size_t(kDemoPlaceRotation[size_t(index) % kDemoPlaceRotation.size()])];
    youth.municipality = QString::fromUtf8(place.municipality);
    if (numberKnown) {
        youth.address = QString::fromUtf8(place.streets[size_t(m_rng.bounded(int(place.streets.size())))]) + u' '
            + QString::number(1 + m_rng.bounded(60));
        youth.postalTown = youth.municipality;
        youth.postalCode = DemoNames::postalCode(
            place.postalPrefixes[size_t(m_rng.bounded(int(place.postalPrefixes.size())))], 10 + m_rng.bounded(90));
    }
}

QDate DemoYouthWriter::startDate(YouthStatus status)
{
    switch (status) {
    case YouthStatus::Prospect:
        return m_today.addDays(-m_rng.bounded(45));
    case YouthStatus::Active:
        return m_today.addDays(-14 - m_rng.bounded(700));
    case YouthStatus::Paused:
        return m_today.addDays(-120 - m_rng.bounded(600));
    case YouthStatus::Exited:
        break;
    }
    return m_today.addDays(-200 - m_rng.bounded(530));
}

// The mentor, and how the youth got to its status: paused and exited youths, and every third active one, by a
// status change, so that their history shows one; prospects are saved once and stay deletable. Two long-standing
// youths came from the mentor who has left: their timelines show the hand-over.
void DemoYouthWriter::assignMentor(Draft& draft, int index)
{
    Youth& youth = draft.youth;
    if (draft.status == YouthStatus::Exited && m_exited < 2) {
        youth.mentorId = m_staff.formerMentorId();
    } else if (!draft.prospect || draft.numberKnown) {
        youth.mentorId = m_staff.mentorId(index % DemoStaffWriter::ActiveMentors);
    }
    if (draft.status == YouthStatus::Exited) {
        ++m_exited;
    }
}

// Exited youths are saved as active: DemoExitWriter exits them once their plan is written, as a mentor would.
Result<void> DemoYouthWriter::save(YouthRepository& youths, Draft& draft, int index)
{
    Youth& youth = draft.youth;
    draft.initial = draft.status;
    if (draft.status == YouthStatus::Paused || draft.status == YouthStatus::Exited) {
        draft.initial = YouthStatus::Active;
    } else if (draft.status == YouthStatus::Active && m_actives++ % 3 == 0) {
        draft.initial = YouthStatus::Prospect;
    }
    youth.status = draft.initial;
    draft.mentorId = youth.mentorId;
    draft.handover = draft.status == YouthStatus::Active && draft.initial == draft.status && draft.mentorId != 0
        && youth.startDate < m_today.addDays(-120) && m_handovers < 2;
    if (draft.handover) {
        ++m_handovers;
        youth.mentorId = m_staff.formerMentorId();
    }
    const QDate start = youth.startDate;
    chooseEarlierPeriod(draft);
    if (draft.earlierStart.isValid()) {
        youth.startDate = draft.earlierStart;
    }
    Result<qint64> result = youths.save(youth);
    youth.startDate = start;
    if (result.ok() && draft.initial != draft.status && draft.status != YouthStatus::Exited) {
        youth.status = draft.status;
        result = youths.save(youth);
    }
    if (result.ok() && draft.handover) {
        youth.mentorId = draft.mentorId;
        result = youths.save(youth);
    }
    if (!result.ok()) {
        return fail(QCoreApplication::translate("DemoDataGenerator", "Demo youth %1 could not be saved: %2")
                        .arg(index + 1)
                        .arg(result.message()));
    }
    return success();
}

// Two long-standing active youths, old enough to have taken part before, came back after seven to ten months away.
void DemoYouthWriter::chooseEarlierPeriod(Draft& draft)
{
    const Youth& youth = draft.youth;
    if (draft.status != YouthStatus::Active || draft.initial != YouthStatus::Active || draft.handover || draft.age < 20
        || youth.startDate > m_today.addDays(-200) || m_reenrolled >= 2) {
        return;
    }
    draft.earlierEnd = youth.startDate.addDays(-200 - m_historyRng.bounded(100));
    draft.earlierStart = draft.earlierEnd.addDays(-150 - m_historyRng.bounded(150));
    if (draft.earlierStart < youth.birthDate.addYears(16)) {
        draft.earlierStart = QDate();
        draft.earlierEnd = QDate();
        return;
    }
    ++m_reenrolled;
}

DemoContactHolder DemoYouthWriter::history(const Draft& draft, int index)
{
    const Youth& youth = draft.youth;
    DemoContactHolder history;
    history.youthId = youth.id;
    history.index = index;
    history.status = draft.status;
    history.startDate = youth.startDate;
    history.mentorId = youth.mentorId;
    history.createdOn = youth.startDate;
    if (draft.initial == YouthStatus::Prospect && draft.status == YouthStatus::Active) {
        history.createdOn = youth.startDate.addDays(-7 - m_historyRng.bounded(30)); // outreach came first
        history.statusChangedOn = youth.startDate;
    } else if (draft.status == YouthStatus::Paused) {
        history.statusChangedOn
            = std::max(youth.startDate.addDays(30), m_today.addDays(-12 - m_historyRng.bounded(40)));
    } else if (draft.status == YouthStatus::Exited) {
        // No status change: the exit is recorded as one (DemoExitWriter), on this date.
        history.exitOrdinal = m_exitOrdinal++;
        history.exitOn = DemoExitWriter::exitDate(history.exitOrdinal, youth.startDate, m_today);
    }
    if (draft.earlierStart.isValid()) {
        history.createdOn = draft.earlierStart; // registered for the first period
        history.earlierStart = draft.earlierStart;
        history.earlierEnd = draft.earlierEnd;
    }
    if (draft.handover) {
        history.formerMentorId = m_staff.formerMentorId();
        history.mentorChangedOn = m_today.addDays(-75);
    }
    return history;
}

} // namespace lotsen
