#include "DemoDataGenerator.h"

#include "Clock.h"
#include "Database.h"
#include "PersonalNumber.h"
#include "StaffRepository.h"
#include "Vocabulary.h"
#include "WriteTransaction.h"
#include "YouthRepository.h"

#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <vector>

namespace lotsen {

namespace {

// Fixed seeds: the same demo and the same benchmark register on every run, so figures and screenshots compare.
constexpr quint32 kDemoSeed = 20261127u;
constexpr quint32 kSyntheticSeed = 20261128u;

// Skatteverket publishes test personal numbers for every birth date 2000-2009 with serials 238 and 239.
// No other numbers may ever appear in generated data: they could belong to a real person.
constexpr int kFirstTestYear = 2000;
constexpr int kLastTestYear = 2009;
constexpr std::array<int, 2> kTestSerials { 238, 239 };

bool fail(QString* errorMessage, const QString& message)
{
    if (errorMessage) {
        *errorMessage = message;
    }
    return false;
}

bool isTestYear(const QDate& date)
{
    return date.year() >= kFirstTestYear && date.year() <= kLastTestYear;
}

// The 12-digit form of a test number: YYYYMMDD + serial + the Luhn digit over YYMMDD + serial.
QString testPersonalNumber(const QDate& birth, int serial)
{
    const QString nine = QStringLiteral("%1%2%3%4")
                             .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(birth.month(), 2, 10, QLatin1Char('0'))
                             .arg(birth.day(), 2, 10, QLatin1Char('0'))
                             .arg(serial);
    return QString::number(birth.year() / 100) + nine + QString::number(PersonalNumber::luhnCheckDigit(nine));
}

// "Åsa Öberg" -> "asa.oberg": e-mail addresses are ASCII.
QString emailPart(const QString& name)
{
    QString result;
    const QString decomposed = name.toLower().normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            result.append(c);
        } else if (c == u' ' || c == u'-') {
            result.append(u'-');
        }
    }
    return result;
}

QString postalCode(int prefix, int suffix)
{
    return QStringLiteral("%1 %2").arg(prefix).arg(suffix, 2, 10, QLatin1Char('0'));
}

// ---- The demo: sixty youths a mentor could recognise from a real drop-in centre in the Gothenburg area ----

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

// Four active mentors and one who has left (she keeps only exited youths, as after a real hand-over).
constexpr auto kDemoMentors = std::to_array<const char*>({
    "Karin Ekström",
    "Daniel Bergqvist",
    "Leila Haddad",
    "Jonas Åkesson",
    "Petra Lundgren",
});
constexpr int kActiveDemoMentors = 4;

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

// 'P'rospect, 'A'ctive, pa'U'sed, 'E'xited over 20 youths: 3 prospects, 12 active, 2 paused, 3 exited.
constexpr char kDemoStatusPattern[] = "APAAEAUAPAAEAAAUAPEA";

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

// ---- Synthetic data for the benchmark ----

// About 200 surnames and 200 first names, so that searching by name hits realistic numbers of youths.
constexpr auto kSurnames = std::to_array<const char*>({
    "Andersson",   "Johansson",  "Karlsson",   "Nilsson",     "Eriksson",  "Larsson",   "Olsson",    "Persson",
    "Svensson",    "Gustafsson", "Pettersson", "Jonsson",     "Jansson",   "Hansson",   "Bengtsson", "Jönsson",
    "Lindberg",    "Jakobsson",  "Magnusson",  "Olofsson",    "Lindström", "Lindqvist", "Lindgren",  "Berg",
    "Axelsson",    "Bergström",  "Lundberg",   "Lind",        "Lundgren",  "Lundqvist", "Mattsson",  "Berglund",
    "Fredriksson", "Sandberg",   "Henriksson", "Forsberg",    "Sjöberg",   "Ali",       "Wallin",    "Mohammed",
    "Engström",    "Eklund",     "Danielsson", "Håkansson",   "Lundin",    "Björk",     "Bergman",   "Gunnarsson",
    "Holm",        "Wikström",   "Samuelsson", "Isaksson",    "Fransson",  "Bergqvist", "Nyström",   "Holmberg",
    "Arvidsson",   "Löfgren",    "Söderberg",  "Nyberg",      "Blomqvist", "Claesson",  "Nordström", "Ahmed",
    "Mårtensson",  "Lundström",  "Hassan",     "Viklund",     "Björklund", "Eliasson",  "Pålsson",   "Berggren",
    "Sandström",   "Lund",       "Nordin",     "Ström",       "Åberg",     "Falk",      "Ekström",   "Hermansson",
    "Holmgren",    "Hellström",  "Dahlberg",   "Hedlund",     "Sundberg",  "Sjögren",   "Ek",        "Blom",
    "Abrahamsson", "Martinsson", "Öberg",      "Andreasson",  "Strömberg", "Månsson",   "Åkesson",   "Dahl",
    "Lindholm",    "Norberg",    "Holmqvist",  "Hussein",     "Abdi",      "Yilmaz",    "Nguyen",    "Khalil",
    "Said",        "Omar",       "Ibrahim",    "Karimi",      "Rahimi",    "Mohammadi", "Hosseini",  "Ahmadi",
    "Jama",        "Osman",      "Warsame",    "Yusuf",       "Petrović",  "Kovačević", "Nowak",     "Kowalski",
    "Haddad",      "Demir",      "Kaya",       "Öztürk",      "Çelik",     "Rezaei",    "Farah",     "Mahmoud",
    "Abdullahi",   "Saleh",      "Mustafa",    "Hashemi",     "Jafari",    "Sharifi",   "Popescu",   "Horvath",
    "Tran",        "Pham",       "Kim",        "Silva",       "Rodriguez", "García",    "Müller",    "Virtanen",
    "Mäkinen",     "Korhonen",   "Hämäläinen", "Nieminen",    "Holmström", "Sundström", "Åström",    "Ågren",
    "Öhman",       "Östlund",    "Ängström",   "Bäckström",   "Wahlström", "Lindell",   "Hedberg",   "Sundqvist",
    "Ekberg",      "Backman",    "Palm",       "Hägg",        "Forslund",  "Lilja",     "Rosén",     "Nordqvist",
    "Björnsson",   "Wiklund",    "Ekman",      "Borg",        "Sjöstrand", "Lindahl",   "Melin",     "Hallberg",
    "Nordlund",    "Engberg",    "Roos",       "Hjalmarsson", "Wennberg",  "Strand",    "Carlsson",  "Sundin",
    "Edlund",      "Kjellberg",  "Granath",    "Ekholm",      "Grönlund",  "Lundell",   "Ottosson",  "Thorsson",
    "Vesterlund",  "Sjödin",     "Ljungberg",  "Åslund",      "Boström",   "Hedman",    "Nordgren",  "Larsen",
});

constexpr auto kWomensNames = std::to_array<const char*>({
    "Alice",   "Maja",    "Elsa",    "Astrid",   "Wilma",    "Freja",   "Olivia",  "Selma", "Alma",   "Ella",
    "Ebba",    "Vera",    "Agnes",   "Alva",     "Clara",    "Saga",    "Stella",  "Lilly", "Ellie",  "Signe",
    "Nova",    "Ines",    "Leah",    "Sara",     "Emma",     "Julia",   "Hanna",   "Ida",   "Elin",   "Linnea",
    "Amanda",  "Matilda", "Moa",     "Felicia",  "Emilia",   "Johanna", "Lovisa",  "Sofia", "Elvira", "Tindra",
    "Nora",    "Ronja",   "Tilde",   "Tyra",     "Elina",    "Meja",    "Hedda",   "Siri",  "Edith",  "Juni",
    "Ellen",   "Thea",    "My",      "Isabelle", "Jasmine",  "Amina",   "Fatima",  "Zahra", "Mariam", "Hodan",
    "Leyla",   "Nour",    "Yasmin",  "Sumaya",   "Ayaan",    "Hiba",    "Rania",   "Dalia", "Asma",   "Aisha",
    "Layla",   "Salma",   "Sana",    "Mina",     "Elif",     "Zeynep",  "Defne",   "Ana",   "Marija", "Natalia",
    "Zofia",   "Anna",    "Maria",   "Karin",    "Kristina", "Lena",    "Åsa",     "Malin", "Jenny",  "Caroline",
    "Josefin", "Frida",   "Jessica", "Therese",  "Louise",   "Emelie",  "Rebecka", "Märta", "Linh",   "Chloé",
});

constexpr auto kMensNames = std::to_array<const char*>({
    "William",   "Liam",      "Noah",    "Hugo",   "Lucas",  "Oliver",  "Oscar",   "Elias",   "Adam",    "Matteo",
    "Alexander", "Nils",      "Leo",     "Ludvig", "Viktor", "Vincent", "Axel",    "Theo",    "Filip",   "Isak",
    "Arvid",     "Olle",      "Harry",   "Sixten", "Gustav", "Emil",    "Anton",   "Erik",    "Albin",   "Melvin",
    "Edvin",     "Sigge",     "Love",    "Loke",   "Otto",   "Malte",   "Elton",   "Ture",    "Henry",   "Jonathan",
    "Jacob",     "Sebastian", "Simon",   "Marcus", "Johan",  "Anders",  "Per",     "Karl",    "Lars",    "Mikael",
    "Fredrik",   "Daniel",    "Andreas", "Joakim", "Martin", "Jesper",  "Rasmus",  "Linus",   "Tobias",  "Kevin",
    "Mohammed",  "Ahmed",     "Ali",     "Omar",   "Yusuf",  "Ibrahim", "Hassan",  "Hussein", "Mustafa", "Abdi",
    "Abdullahi", "Khalid",    "Samir",   "Karim",  "Amir",   "Ahmad",   "Mahmoud", "Hamza",   "Bilal",   "Zakaria",
    "Ismail",    "Yasin",     "Mehmet",  "Emre",   "Can",    "Luka",    "Marko",   "Nikola",  "Stefan",  "Jakub",
    "Piotr",     "Minh",      "Tuan",    "Björn",  "Göran",  "Håkan",   "Sören",   "Jörgen",  "Åke",     "Noel",
});

// Ten municipalities in the Gothenburg region with a postal code prefix each.
struct SyntheticPlace
{
    const char* municipality;
    int postalPrefix;
};
constexpr std::array<SyntheticPlace, 10> kSyntheticPlaces { {
    { "Göteborg", 415 },
    { "Mölndal", 431 },
    { "Partille", 433 },
    { "Kungälv", 442 },
    { "Lerum", 443 },
    { "Härryda", 435 },
    { "Ale", 449 },
    { "Alingsås", 441 },
    { "Kungsbacka", 434 },
    { "Stenungsund", 444 },
} };

constexpr auto kSyntheticStreets = std::to_array<const char*>({
    "Storgatan",
    "Kyrkogatan",
    "Skolgatan",
    "Björkvägen",
    "Ekvägen",
    "Granvägen",
    "Tallvägen",
    "Parkvägen",
    "Ängsvägen",
    "Åkervägen",
    "Stationsvägen",
    "Drottninggatan",
    "Järnvägsgatan",
    "Lärkvägen",
    "Hagvägen",
    "Solvägen",
});

constexpr int kSyntheticMentors = 20;
constexpr int kSyntheticInactiveMentors = 2; // they keep exited youths only

} // namespace

bool DemoDataGenerator::writeDemo(Database& database, const QDate& today, QString* errorMessage)
{
    if (!database.isOpen()) {
        return fail(errorMessage, tr("The demo database is not open."));
    }
    if (!today.isValid()) {
        return fail(errorMessage, tr("The demo data needs a valid date."));
    }
    QRandomGenerator rng(kDemoSeed);

    // Through the repositories, so that the demo obeys the same rules (and writes the same history) as the UI.
    StaffRepository staff(database);
    QList<qint64> mentorIds;
    for (const char* name : kDemoMentors) {
        QString error;
        const qint64 id = staff.add(QString::fromUtf8(name), &error);
        if (id == 0) {
            return fail(errorMessage, error);
        }
        mentorIds.append(id);
    }

    YouthRepository youths(database);
    QSet<QString> usedNumbers;
    int prospects = 0;
    int exited = 0;
    int actives = 0;
    for (int i = 0; i < int(kDemoPeople.size()); ++i) {
        const DemoPerson& person = kDemoPeople[i];
        Youth youth;
        youth.firstName = QString::fromUtf8(person.firstName);
        youth.lastName = QString::fromUtf8(person.lastName);
        youth.gender = person.gender;

        // i * 7 mod 15 visits every age 15-29 four times, independently of the status pattern.
        const int age = 15 + (i * 7) % 15;
        youth.birthDate = today.addYears(-age).addDays(-rng.bounded(361));

        const YouthStatus status = demoStatus(i);
        const bool prospect = status == YouthStatus::Prospect;
        // Outreach often knows only a first name and a phone number: two prospects in three have no number.
        const bool numberKnown = !prospect || prospects % 3 == 0;
        if (prospect) {
            ++prospects;
        }
        if (numberKnown && isTestYear(youth.birthDate)) {
            // A taken date (two youths born the same day) moves to the other serial, then a day earlier
            // (earlier, because a later date could make the youth a year younger than planned).
            while (youth.personalNumber.isEmpty()) {
                for (int serial : kTestSerials) {
                    const QString number = testPersonalNumber(youth.birthDate, serial);
                    if (!usedNumbers.contains(number)) {
                        youth.personalNumber = number;
                        usedNumbers.insert(number);
                        break;
                    }
                }
                if (youth.personalNumber.isEmpty()) {
                    youth.birthDate = youth.birthDate.addDays(-1);
                    if (!isTestYear(youth.birthDate)) {
                        break;
                    }
                }
            }
        }

        // PTS reserves 070-174 06 05 to 070-174 06 99 for fiction; sixty youths fit.
        youth.phone = QStringLiteral("070-174 06 %1").arg(5 + i, 2, 10, QLatin1Char('0'));
        if (!prospect || i % 2 == 0) {
            youth.email = emailPart(youth.firstName) + u'.' + emailPart(youth.lastName) + QStringLiteral("@example.se");
        }
        const DemoPlace& place = kDemoPlaces[kDemoPlaceRotation[i % kDemoPlaceRotation.size()]];
        youth.municipality = QString::fromUtf8(place.municipality);
        if (numberKnown) {
            youth.address = QString::fromUtf8(place.streets[rng.bounded(int(place.streets.size()))]) + u' '
                + QString::number(1 + rng.bounded(60));
            youth.postalCode
                = postalCode(place.postalPrefixes[rng.bounded(int(place.postalPrefixes.size()))], 10 + rng.bounded(90));
        }

        switch (status) {
        case YouthStatus::Prospect:
            youth.startDate = today.addDays(-rng.bounded(45));
            break;
        case YouthStatus::Active:
            youth.startDate = today.addDays(-14 - rng.bounded(700));
            break;
        case YouthStatus::Paused:
            youth.startDate = today.addDays(-120 - rng.bounded(600));
            break;
        case YouthStatus::Exited:
            youth.startDate = today.addDays(-200 - rng.bounded(530));
            break;
        }

        // Nobody starts before fifteen, the youngest age the centre takes.
        youth.startDate = std::max(youth.startDate, youth.birthDate.addYears(15));

        if (status == YouthStatus::Exited && exited < 2) {
            youth.mentorId = mentorIds.at(kActiveDemoMentors); // the mentor who has left
        } else if (!prospect || numberKnown) {
            youth.mentorId = mentorIds.at(i % kActiveDemoMentors);
        }
        if (status == YouthStatus::Exited) {
            ++exited;
        }
        youth.referralSource = demoReferral(rng, age, status);
        if (!prospect) {
            youth.targetGroups = demoTargetGroups(rng, age);
        }
        if (i % 3 == 0) {
            youth.note = QString::fromUtf8(kDemoNotes[(i / 3) % kDemoNotes.size()]);
        }

        // Paused and exited youths, and every third active one, get there by a status change, so that their
        // history shows one; prospects are saved once and stay deletable.
        YouthStatus initial = status;
        if (status == YouthStatus::Paused || status == YouthStatus::Exited) {
            initial = YouthStatus::Active;
        } else if (status == YouthStatus::Active && actives++ % 3 == 0) {
            initial = YouthStatus::Prospect;
        }
        youth.status = initial;
        YouthRepository::SaveResult result = youths.save(youth);
        if (result.ok && initial != status) {
            youth.status = status;
            result = youths.save(youth);
        }
        if (!result.ok) {
            return fail(errorMessage, tr("Demo youth %1 could not be saved: %2").arg(i + 1).arg(result.message));
        }
    }

    QString error;
    if (!staff.setActive(mentorIds.at(kActiveDemoMentors), false, &error)) {
        return fail(errorMessage, error);
    }
    return true;
}

bool DemoDataGenerator::writeSynthetic(Database& database, int count, QString* errorMessage)
{
    if (!database.isOpen()) {
        return fail(errorMessage, tr("The database is not open."));
    }
    if (count < 0) {
        return fail(errorMessage, tr("The number of youths cannot be negative."));
    }
    QRandomGenerator rng(kSyntheticSeed);
    const QDate today = Clock::today();
    const QString now = Clock::now().toString(Qt::ISODate);
    const QString note = QStringLiteral("GENERERAD TESTDATA");

    // The lists are converted once; per-row conversions would dominate the run time.
    const auto toStrings = [](const auto& array) {
        QStringList result;
        for (const char* text : array) {
            result.append(QString::fromUtf8(text));
        }
        return result;
    };
    const QStringList surnames = toStrings(kSurnames);
    const QStringList womensNames = toStrings(kWomensNames);
    const QStringList mensNames = toStrings(kMensNames);
    const QStringList streets = toStrings(kSyntheticStreets);
    const auto mailParts = [](const QStringList& names) {
        QStringList result;
        for (const QString& name : names) {
            result.append(emailPart(name));
        }
        return result;
    };
    const QStringList surnameMail = mailParts(surnames);
    const QStringList womensMail = mailParts(womensNames);
    const QStringList mensMail = mailParts(mensNames);
    const QList<ReferralSource> referrals = [] {
        QList<ReferralSource> all = Vocabulary::referralSources();
        all.removeAll(ReferralSource::None);
        return all;
    }();
    const QList<TargetGroup> targetGroups = Vocabulary::targetGroups();
    const QString statusCodes[4] = { Vocabulary::code(YouthStatus::Prospect), Vocabulary::code(YouthStatus::Active),
                                     Vocabulary::code(YouthStatus::Paused), Vocabulary::code(YouthStatus::Exited) };

    // Two connection settings for the duration of the bulk insert, restored afterwards:
    // - Each INSERT fires the FTS trigger, so SQLite keeps a statement journal for it, and with the default
    //   temp_store that journal spills to a temporary file: 18 pwrite calls per youth, 12 s for 100,000 youths.
    // - With the default 2 MB page cache, the random-order inserts into six indexes and the FTS table spill
    //   dirty pages to the WAL and read them back again and again.
    QSqlQuery pragma(database.connection());
    const auto currentValue = [&pragma](const QString& name, qint64 fallback) {
        const qint64 value
            = pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next() ? pragma.value(0).toLongLong() : fallback;
        pragma.finish();
        return value;
    };
    const qint64 previousTempStore = currentValue(QStringLiteral("temp_store"), 0);
    const qint64 previousCacheSize = currentValue(QStringLiteral("cache_size"), -2000);
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreSettings = qScopeGuard([&pragma, previousTempStore, previousCacheSize] {
        pragma.exec(QStringLiteral("PRAGMA temp_store = %1").arg(previousTempStore));
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCacheSize));
    });

    // One transaction: 100,000 separate commits with synchronous=FULL would take minutes.
    WriteTransaction transaction(database);
    if (!transaction.isActive()) {
        return fail(errorMessage, tr("The test data could not be written: %1").arg(database.lastError()));
    }
    const auto queryFailed = [errorMessage](const QSqlQuery& query) {
        return fail(errorMessage, tr("The test data could not be written: %1").arg(query.lastError().text()));
    };

    QSqlQuery staffInsert(database.connection());
    if (!staffInsert.prepare(QStringLiteral("INSERT INTO staff (name, active) VALUES (?, ?)"))) {
        return queryFailed(staffInsert);
    }
    QList<qint64> mentorIds;
    for (int i = 0; i < kSyntheticMentors; ++i) {
        const QStringList& firstNames = i % 2 == 0 ? womensNames : mensNames;
        staffInsert.bindValue(
            0, firstNames.at((i * 37) % firstNames.size()) + u' ' + surnames.at((i * 53 + 11) % surnames.size()));
        staffInsert.bindValue(1, i < kSyntheticMentors - kSyntheticInactiveMentors ? 1 : 0);
        if (!staffInsert.exec()) {
            return queryFailed(staffInsert);
        }
        mentorIds.append(staffInsert.lastInsertId().toLongLong());
    }

    QSqlQuery insert(database.connection());
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO youth (first_name, last_name, personal_number, birth_date, gender, phone, email, address, "
            "postal_code, municipality, status, mentor_id, start_date, referral_source, note, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return queryFailed(insert);
    }
    QSqlQuery groupInsert(database.connection());
    if (!groupInsert.prepare(QStringLiteral("INSERT INTO youth_target_group (youth_id, target_group) VALUES (?, ?)"))) {
        return queryFailed(groupInsert);
    }

    // Each test birth date has two numbers (serials 238 and 239); this counts how many of a date are used,
    // which keeps every number unique without a set of strings.
    const QDate firstTestDate(kFirstTestYear, 1, 1);
    std::vector<quint8> serialsUsed(size_t(firstTestDate.daysTo(QDate(kLastTestYear, 12, 31)) + 1), 0);
    const QVariant noNumber(QMetaType::fromType<QString>());
    const QVariant noMentor(QMetaType::fromType<qint64>());
    // Ages 15-29 on today: birth dates over the fifteen years before the fifteenth birthday.
    const QDate youngestBirth = today.addYears(-15);
    const int birthSpan = int(today.addYears(-30).daysTo(youngestBirth));

    for (int i = 0; i < count; ++i) {
        const int genderRoll = rng.bounded(100);
        const Gender gender = genderRoll < 47 ? Gender::Woman
            : genderRoll < 94                 ? Gender::Man
            : genderRoll < 97                 ? Gender::Other
                                              : Gender::NotStated;
        const bool womansName = gender == Gender::Woman || (gender != Gender::Man && rng.bounded(2) == 0);
        const QStringList& firstNames = womansName ? womensNames : mensNames;
        const QStringList& firstMail = womansName ? womensMail : mensMail;
        const int first = rng.bounded(int(firstNames.size()));
        const int last = rng.bounded(int(surnames.size()));
        const QDate birth = youngestBirth.addDays(-rng.bounded(birthSpan));

        const int statusRoll = rng.bounded(100);
        const int status = statusRoll < 10 ? 0 : statusRoll < 70 ? 1 : statusRoll < 85 ? 2 : 3;
        const bool prospect = status == 0;

        QVariant number = noNumber;
        if (isTestYear(birth) && !(prospect && rng.bounded(2) == 0)) {
            quint8& used = serialsUsed[size_t(firstTestDate.daysTo(birth))];
            if (used < kTestSerials.size()) {
                number = testPersonalNumber(birth, kTestSerials[used]);
                ++used;
            }
        }

        QVariant mentor = noMentor;
        if (status == 3) {
            mentor = mentorIds.at(rng.bounded(kSyntheticMentors)); // inactive mentors only have exited youths
        } else if (!(prospect && rng.bounded(2) == 0)) {
            mentor = mentorIds.at(rng.bounded(kSyntheticMentors - kSyntheticInactiveMentors));
        }
        const SyntheticPlace& place = kSyntheticPlaces[rng.bounded(int(kSyntheticPlaces.size()))];
        const QDate start = today.addDays(-(prospect ? rng.bounded(60) : rng.bounded(730)));
        const ReferralSource referral
            = prospect ? ReferralSource::Outreach : referrals.at(rng.bounded(int(referrals.size())));

        insert.bindValue(0, firstNames.at(first));
        insert.bindValue(1, surnames.at(last));
        insert.bindValue(2, number);
        insert.bindValue(3, birth.toString(Qt::ISODate));
        insert.bindValue(4, Vocabulary::code(gender));
        insert.bindValue(5, QStringLiteral("070-000 %1").arg(i % 10000, 4, 10, QLatin1Char('0')));
        insert.bindValue(
            6, firstMail.at(first) + u'.' + surnameMail.at(last) + QString::number(i) + QStringLiteral("@example.se"));
        insert.bindValue(7, streets.at(rng.bounded(int(streets.size()))) + u' ' + QString::number(1 + rng.bounded(80)));
        insert.bindValue(8, postalCode(place.postalPrefix, 10 + rng.bounded(90)));
        insert.bindValue(9, QString::fromUtf8(place.municipality));
        insert.bindValue(10, statusCodes[status]);
        insert.bindValue(11, mentor);
        insert.bindValue(12, start.toString(Qt::ISODate));
        insert.bindValue(13, Vocabulary::code(referral));
        insert.bindValue(14, note);
        insert.bindValue(15, now);
        insert.bindValue(16, now);
        if (!insert.exec()) {
            return queryFailed(insert);
        }

        // Four in ten have one or two target groups.
        if (rng.bounded(10) < 4) {
            const qint64 id = insert.lastInsertId().toLongLong();
            const int firstGroup = rng.bounded(int(targetGroups.size()));
            const int groups = 1 + rng.bounded(2);
            for (int g = 0; g < groups; ++g) {
                groupInsert.bindValue(0, id);
                groupInsert.bindValue(1, Vocabulary::code(targetGroups.at((firstGroup + g * 3) % targetGroups.size())));
                if (!groupInsert.exec()) {
                    return queryFailed(groupInsert);
                }
            }
        }
    }
    if (!transaction.commit()) {
        return fail(errorMessage, tr("The test data could not be written: %1").arg(database.lastError()));
    }
    return true;
}

} // namespace lotsen
