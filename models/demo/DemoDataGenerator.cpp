#include "demo/DemoDataGenerator.h"

#include "plans/ActionPlan.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "contacts/ContactRepository.h"
#include "partners/InterventionRepository.h"
#include "core/Database.h"
#include "meetingplace/MeetingPlaceRepository.h"
#include "consent/NetworkRepository.h"
#include "partners/PartnerRepository.h"
#include "youth/PersonalNumber.h"
#include "plans/PlanRepository.h"
#include "partners/ReferralRepository.h"
#include "access/StaffRepository.h"
#include "core/Vocabulary.h"
#include "core/WriteTransaction.h"
#include "youth/YouthRepository.h"

#include <QList>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace lotsen {

namespace {

// Fixed seeds: the same demo and the same benchmark register on every run, so figures and screenshots compare.
constexpr quint32 kDemoSeed = 20261127u;
constexpr quint32 kSyntheticSeed = 20261128u;
constexpr quint32 kDemoPlanSeed = 20261129u;

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

// ---- Demo action plans: written with the youth, in the youth's own words ----

// A step as a profile proposes it. `startDay` counts from the date of the plan's first version; a step that a
// later revision adds starts no earlier than that revision.
struct DemoStep
{
    const char* description;
    StepResponsible responsible;
    const char* partner; // the named partner when responsible is Other, otherwise ""
    int startDay;
    int days; // from the start date to the due date
    const char* outcome; // written when the step is done; may be ""
};

struct DemoPlanProfile
{
    const char* myGoal;
    const char* strengths;
    const char* supportNeeds;
    const char* wishes;
    const char* longTermGoal; // may be ""
    const char* notes; // may be ""
    std::array<const char*, 2> followUps; // what the second and the third version add to the notes
    std::array<DemoStep, 6> steps; // in the order they are added to the plan
};

constexpr auto kYouth = StepResponsible::Youth;
constexpr auto kMentor = StepResponsible::Mentor;
constexpr auto kPartner = StepResponsible::Other;

// Twelve plans such as a mentor and a young person write them together. Nothing about health.
constexpr std::array<DemoPlanProfile, 12> kDemoPlans { {
    // 0: work in a shop or a warehouse
    { "Jag vill ha ett riktigt jobb, helst på ett lager eller i en butik, så att jag kan tjäna egna pengar.",
      "Jag är stark och tycker om att jobba med händerna. Jag är noggrann när jag packar, och jag har hjälpt till i "
      "min morbrors butik på helgerna.",
      "Att skriva CV och personligt brev. Jag blir nervös på intervjuer och vet inte vad jag ska säga om mig själv.",
      "Jag vill börja med praktik så att jag vet att jag klarar det.\nJag vill inte jobba natt.",
      "Ett fast jobb och en egen lägenhet om två år.",
      "Vi ses på tisdagar efter lunch. Skicka hellre sms än att ringa.",
      { "CV:t är klart och jag har börjat söka jobb själv.", "Arbetsträningen gick bra. Nu vill jag ta truckkort." },
      { {
          { "Skriva ett CV tillsammans med mentorn", kMentor, "", 0, 14, "CV:t är klart och sparat som pdf." },
          { "Skriva in mig på Arbetsförmedlingen och boka ett första möte", kYouth, "", 2, 14,
            "Inskriven, har fått en handläggare." },
          { "Informationsmöte om arbetsträning på lager", kPartner, "Arbetsförmedlingen", 14, 21,
            "Var på mötet och anmälde intresse." },
          { "Öva på anställningsintervju två gånger", kMentor, "", 30, 21, "Andra gången kändes det mycket bättre." },
          { "Arbetsträning på ett lager i fyra veckor", kPartner, "Arbetsförmedlingen", 45, 28,
            "Bra omdöme från handledaren." },
          { "Ta truckkort A och B", kPartner, "Arbetsförmedlingen", 75, 30, "Truckkortet är klart." },
      } } },
    // 1: upper-secondary school at Komvux, then assistant nurse
    { "Jag vill läsa klart gymnasiet så att jag kan utbilda mig till undersköterska.",
      "Jag är bra på att lyssna och ta hand om andra. Jag tog hand om min lillebror när mamma jobbade. Jag är bra på "
      "engelska.",
      "Att planera min tid och komma igång på morgonen. Jag förstår inte hur man söker till Komvux och CSN.",
      "Jag vill plugga på halvfart i början. Jag vill ha någon att prata med när det känns tungt.",
      "Jobba som undersköterska på ett äldreboende eller ett sjukhus.",
      "Har betyg i svenska 1, engelska 5 och matematik 1a.",
      { "Jag har kommit in på Svenska 2 och Matematik 1b.", "Veckoplanen hjälper. Jag har bara missat en lektion." },
      { {
          { "Hämta mina betyg från gymnasiet", kYouth, "", 0, 10, "Betygen hämtade från skolans expedition." },
          { "Träffa studie- och yrkesvägledaren och göra en studieplan", kPartner, "Komvux", 3, 21,
            "Studieplanen är klar." },
          { "Söka kurserna Svenska 2 och Matematik 1b", kYouth, "", 14, 21, "Antagen till båda kurserna." },
          { "Söka studiemedel hos CSN tillsammans med mentorn", kMentor, "", 30, 14, "Ansökan är skickad." },
          { "Göra en veckoplan med tider för plugg, sömn och träning", kMentor, "", 35, 14,
            "Veckoplanen sitter på kylskåpet." },
          { "Studiebesök på vård- och omsorgsutbildningen", kPartner, "Komvux", 60, 21, "" },
      } } },
    // 2: carpenter's apprenticeship and a driving licence
    { "Jag vill bli snickare och få en lärlingsplats.",
      "Jag är praktisk och bra på att bygga saker. Jag har byggt en altan med min pappa. Från fotbollen vet jag hur "
      "man är en bra lagkamrat.",
      "Att hitta företag och våga ringa dem. Teorin till körkortet.",
      "Jag vill jobba ute och inte sitta still.\nJag vill ta B-körkort.",
      "Gesällbrev som snickare, kanske ett eget företag.",
      "Har egna arbetskläder och skyddsskor.",
      { "Två byggföretag vill träffa mig.", "Praktiken var rolig och jag vill fortsätta där." },
      { {
          { "Göra en lista med tio byggföretag att kontakta", kYouth, "", 0, 14, "Listan har tolv företag." },
          { "Ringa företagen tillsammans med mentorn", kMentor, "", 10, 14, "Två företag vill träffa mig." },
          { "Anmäla mig till en teorikurs för B-körkort", kYouth, "", 7, 30, "Anmäld till kvällskursen." },
          { "Praktik hos ett byggföretag i tre veckor", kPartner, "Arbetsförmedlingen", 30, 21,
            "Företaget hör av sig om en lärlingsplats." },
          { "Möte om stöd för en lärlingsanställning", kPartner, "Arbetsförmedlingen", 55, 21, "" },
          { "Skriva teoriprovet för B-körkort", kPartner, "Trafikverket", 60, 45, "Godkänd på första försöket." },
      } } },
    // 3: newly arrived, Swedish first and then electrician
    { "Jag vill bli bättre på svenska och sedan plugga till elektriker.",
      "Jag kan arabiska och engelska. Jag har jobbat med el i mitt hemland. Jag lär mig snabbt när jag får prova "
      "själv.",
      "Svenska språket, mest att skriva. Att förstå brev från myndigheter.",
      "Jag vill ha en praktik där jag får prata svenska varje dag.",
      "Bli behörig elektriker i Sverige.",
      "Läser SFI kurs D på förmiddagarna.",
      { "Jag klarade SFI kurs D!", "Språkpraktiken är bra, jag pratar svenska hela dagen." },
      { {
          { "Läsa klart SFI kurs D och göra slutprovet", kYouth, "", 0, 60, "Godkänd på kurs D." },
          { "Gå igenom brev från myndigheter tillsammans varannan vecka", kMentor, "", 0, 56, "" },
          { "Språkpraktik i en elbutik två dagar i veckan", kPartner, "Arbetsförmedlingen", 30, 42,
            "Handledaren vill gärna ha mig kvar." },
          { "Söka svenska som andraspråk, grundläggande nivå", kPartner, "Komvux", 40, 21, "Antagen." },
          { "Studiebesök på elteknikutbildningen för vuxna", kPartner, "Komvux", 60, 14, "" },
          { "Validering av mina yrkeskunskaper inom el", kPartner, "Arbetsförmedlingen", 70, 40, "" },
      } } },
    // 4: out of the house, a first small step
    { "Jag vill komma ut hemifrån mer och ha något att göra på dagarna.",
      "Jag är bra på datorer och spel, och jag ritar mycket. Jag tar hand om familjens hund.",
      "Att ta mig iväg när vi har bestämt en tid. Jag behöver någon som påminner mig. Telefonsamtal är jobbiga.",
      "Jag vill träffa folk i min ålder, men inte i stora grupper. Jag vill börja med något litet.",
      "Plugga något med design eller spel.",
      "Mentorn skickar sms dagen före varje träff.",
      { "Jag har kommit till mötesplatsen fyra veckor i rad.", "Spelkvällarna är roliga. Jag vill prova en kurs." },
      { {
          { "Komma till mötesplatsen en eftermiddag i veckan", kYouth, "", 0, 28, "Kom fyra veckor i rad." },
          { "Ta en promenad med mentorn varannan vecka", kMentor, "", 0, 42, "" },
          { "Prova spelkvällen på mötesplatsen", kYouth, "", 14, 14, "Var med två gånger, det var kul." },
          { "Träffa studie- och yrkesvägledaren om utbildningar i design", kPartner, "Komvux", 45, 21, "" },
          { "Följa med på studiebesök på en folkhögskola", kMentor, "", 55, 21, "" },
          { "Söka en kurs i digitalt skapande", kPartner, "Folkhögskolan", 70, 45, "" },
      } } },
    // 5: own flat and own money
    { "Jag vill flytta hemifrån till en egen lägenhet och klara min ekonomi själv.",
      "Jag är bra på att laga mat och hålla ordning. Jag är envis när jag har bestämt mig.",
      "Att göra en budget och betala räkningar i tid. Att söka lägenhet och förstå ett hyreskontrakt.",
      "Jag vill bo nära min syster. Jag vill ha ett jobb så att jag kan betala hyran.",
      "Ett förstahandskontrakt och ett heltidsjobb.",
      "Har skulder som jag vill börja betala av.",
      { "Budgeten fungerar och jag står i bostadskön.", "Jag har en plan för skulderna." },
      { {
          { "Göra en budget för en månad tillsammans med mentorn", kMentor, "", 0, 14, "Budgeten är klar." },
          { "Ställa mig i bostadskön hos Boplats", kYouth, "", 2, 7, "Står i kön." },
          { "Boka tid hos budget- och skuldrådgivningen", kPartner, "Socialtjänsten", 7, 30,
            "Har fått en plan för skulderna." },
          { "Söka jobb inom restaurang och städ, två ansökningar i veckan", kYouth, "", 20, 42, "" },
          { "Möte med socialsekreteraren om försörjningen", kPartner, "Socialtjänsten", 30, 14, "Mötet är klart." },
          { "Titta på tre lägenheter eller andrahandsrum", kYouth, "", 40, 60, "" },
      } } },
    // 6: care work
    { "Jag vill jobba inom vården, som vårdbiträde till att börja med.",
      "Jag är lugn och tålmodig, och jag tycker om äldre människor. Jag pratar somaliska, svenska och engelska.",
      "Att skriva ansökningar och veta vilka utbildningar som finns.",
      "Jag vill prova på att jobba i hemtjänsten eller på ett äldreboende.\nJag vill ta körkort.",
      "Utbilda mig till undersköterska.",
      "",
      { "Studiebesöket på äldreboendet var bra.", "Jag har fått sommarjobb i hemtjänsten." },
      { {
          { "Studiebesök på ett äldreboende", kMentor, "", 0, 14, "Fick prata med personalen, det var bra." },
          { "Skriva ett personligt brev till hemtjänsten", kYouth, "", 7, 14, "Brevet är klart." },
          { "Söka en yrkesintroduktionsanställning inom äldreomsorgen", kPartner, "Arbetsförmedlingen", 14, 30, "" },
          { "Gå kursen i basal hygien och bemötande", kPartner, "Komvux", 25, 30, "Kursen är klar." },
          { "Sommarvikariat i hemtjänsten", kPartner, "Hemtjänsten", 60, 60, "" },
          { "Börja övningsköra med min bror", kYouth, "", 40, 90, "" },
      } } },
    // 7: a music course at a folk high school
    { "Jag vill gå en musiklinje på folkhögskola.",
      "Jag spelar gitarr och piano och gör egen musik på datorn. Jag är kreativ och har lätt för att lära mig nya "
      "program.",
      "Ansökan till folkhögskolan och att spela in arbetsprover. Att ha pengar tills utbildningen börjar.",
      "Jag vill jobba extra på helgerna medan jag väntar på att skolan börjar.",
      "Jobba med ljud eller musik, kanske som ljudtekniker.",
      "Kolla sista ansökningsdag på skolornas webbplatser.",
      { "Jag har valt tre skolor och spelat in två låtar.", "Ansökan är skickad. Nu väntar jag på svar." },
      { {
          { "Välja tre folkhögskolor med musiklinje", kYouth, "", 0, 14, "Tre skolor i Västra Götaland." },
          { "Spela in tre låtar som arbetsprov", kYouth, "", 7, 42, "Inspelningarna är klara." },
          { "Studiebesök på en folkhögskola", kMentor, "", 14, 21, "" },
          { "Skriva ansökan och personligt brev", kMentor, "", 21, 21, "Ansökan är skickad." },
          { "Söka extrajobb på helger inom handel eller evenemang", kYouth, "", 30, 45, "" },
          { "Ta reda på hur studiemedel för folkhögskola fungerar", kPartner, "CSN", 45, 21, "" },
      } } },
    // 8: a job with support (Supported Employment / IPS)
    { "Jag vill ha ett jobb där jag trivs, några timmar om dagen till att börja med.",
      "Jag är noggrann och bra på att sortera och hålla ordning. Jag tycker om rutiner och gör klart det jag har "
      "börjat med.",
      "Jag behöver en tydlig plan och hjälp att prata med arbetsgivare.",
      "Jag vill jobba på ett lugnt ställe, till exempel ett bibliotek, ett lager eller en second hand-butik.",
      "Jobba halvtid, kanske mer senare.",
      "Handläggaren på Försäkringskassan känner till planen.",
      { "Jag har börjat träffa en IPS-coach.", "Jag trivs i butiken och vill jobba fyra timmar om dagen." },
      { {
          { "Möte om vilka aktiviteter som passar mig", kPartner, "Försäkringskassan", 0, 21,
            "Handläggaren tycker att planen är bra." },
          { "Kartlägga mina intressen och styrkor", kMentor, "", 0, 28, "Kartläggningen är klar." },
          { "Träffa en IPS-coach och börja söka ett passande jobb", kPartner, "Arbetsförmedlingen", 21, 21,
            "Coachen har hittat två arbetsgivare." },
          { "Arbetsträning i en second hand-butik, tre timmar om dagen", kPartner, "Stadsmissionen", 40, 56,
            "Jag trivs och vill jobba mer." },
          { "Uppföljning med arbetsgivaren och IPS-coachen", kMentor, "", 70, 14, "" },
          { "Öka till fyra timmar om dagen", kYouth, "", 90, 30, "" },
      } } },
    // 9: cook
    { "Jag vill bli kock och jobba på en restaurang.",
      "Jag lagar mat hemma nästan varje dag och är snabb i köket. Jag klarar stress och tycker om att jobba i lag.",
      "Jag har inga gymnasiebetyg och vet inte hur jag kommer in på en utbildning. Att komma i tid på morgonen.",
      "Jag vill prova på ett riktigt restaurangkök. Jag vill tjäna pengar snart.",
      "Läsa restaurangutbildningen på Komvux och bli kock.",
      "",
      { "Praktiken var tuff men rolig.", "Jag är antagen till kockutbildningen." },
      { {
          { "Ställa två väckarklockor och sms:a mentorn om jag blir sen", kYouth, "", 0, 28,
            "Kom i tid nästan varje gång." },
          { "Praktik i ett restaurangkök i fyra veckor", kPartner, "Arbetsförmedlingen", 14, 28,
            "Kocken gav mig bra omdöme." },
          { "Ta hygienbevis för livsmedel", kYouth, "", 20, 30, "Klart." },
          { "Söka yrkesutbildningen till kock", kPartner, "Komvux", 30, 30, "Antagen." },
          { "Söka extrajobb som diskare på helger", kYouth, "", 40, 30, "" },
          { "Gå igenom schema och studiemedel med studievägledaren", kPartner, "Komvux", 55, 14, "" },
      } } },
    // 10: back to school, in a smaller class
    { "Jag vill börja skolan igen, men i en mindre klass.",
      "Jag är bra på matte och på att fixa datorer. Mina kompisar säger att jag är en bra vän.",
      "Att våga gå tillbaka till skolan. Att prata med skolan och mina föräldrar om vad jag vill.",
      "Jag vill gå ett program med mycket praktik, kanske el eller fordon.\nJag vill inte gå i en stor skola.",
      "Ta examen och jobba med bilar.",
      "Föräldrarna vill vara med på nästa uppföljning.",
      { "Jag har besökt två skolor och gillade den mindre.", "Provveckan gick bra. Jag söker till våren." },
      { {
          { "Möte med KAA-handläggaren och mina föräldrar", kPartner, "KAA, kommunen", 0, 14,
            "Alla är överens om planen." },
          { "Komma till mötesplatsen på onsdagar för läxhjälp", kYouth, "", 0, 56, "" },
          { "Besöka två skolor med introduktionsprogram", kMentor, "", 7, 28, "Den mindre skolan kändes bäst." },
          { "Träffa studie- och yrkesvägledaren om fordonsprogrammet", kPartner, "Skolan", 14, 21, "" },
          { "Provgå en vecka på introduktionsprogrammet", kYouth, "", 35, 14, "Det gick bra." },
          { "Söka till programmet inför nästa termin", kYouth, "", 50, 21, "" },
      } } },
    // 11: programmer
    { "Jag vill plugga till programmerare.",
      "Jag har lärt mig programmera själv på nätet. Jag är bra på att lösa problem och kan hålla på länge med något "
      "som intresserar mig.",
      "Jag saknar Matematik 2 och 3 för att komma in på utbildningen. Jag behöver hjälp att planera studierna och "
      "att inte ge upp.",
      "Jag vill läsa på distans. Jag vill gärna träffa någon som jobbar med IT.",
      "Gå en yrkeshögskoleutbildning till systemutvecklare.",
      "",
      { "Jag läser Matematik 2 på distans och det går bra.", "Jag har två projekt i min portfolio." },
      { {
          { "Söka Matematik 2 på distans", kPartner, "Komvux", 0, 21, "Antagen." },
          { "Söka studiemedel hos CSN", kYouth, "", 14, 21, "Beviljat." },
          { "Göra en studieplan vecka för vecka", kMentor, "", 14, 14, "Studieplanen är klar." },
          { "Gå med i en kodklubb för unga vuxna", kYouth, "", 21, 60, "" },
          { "Bygga en portfolio med tre egna projekt", kYouth, "", 45, 90, "" },
          { "Informationsträff om yrkeshögskoleutbildningar", kPartner, "Arbetsförmedlingen", 60, 21, "" },
      } } },
} };

// Why a step was cancelled, in the plan's own words.
constexpr auto kCancelledOutcomes = std::to_array<const char*>({
    "Blev inte av. Vi valde ett annat steg i stället.",
    "Inställt, platsen var redan tagen.",
    "Jag ångrade mig, det passade inte mig.",
});

// Which profile fits a youth: what the youth's age allows (Komvux from twenty, folk high school from eighteen)
// and, for a few, a target group. Among those that fit, the least used one, so that the plans vary.
int demoPlanProfile(int age, const QList<TargetGroup>& groups, int ordinal, std::array<int, kDemoPlans.size()>& used)
{
    static constexpr int kMaxByTargetGroup = 3;
    int chosen = -1;
    if (age >= 19 && groups.contains(TargetGroup::ActivityCompensation) && used[8] < kMaxByTargetGroup) {
        chosen = 8;
    } else if (age >= 16 && groups.contains(TargetGroup::NewlyArrived) && used[3] < kMaxByTargetGroup) {
        chosen = 3;
    } else {
        static constexpr std::array<int, 3> young { 10, 4, 0 };
        static constexpr std::array<int, 7> teens { 10, 0, 2, 4, 5, 6, 7 };
        static constexpr std::array<int, 10> adults { 0, 1, 2, 4, 5, 6, 7, 9, 11, 8 };
        const auto pick = [&](const auto& pool) {
            // Rotated by the ordinal, so that ties go to different profiles.
            for (size_t i = 0; i < pool.size(); ++i) {
                const int candidate = pool[(size_t(ordinal) + i) % pool.size()];
                if (chosen < 0 || used[size_t(candidate)] < used[size_t(chosen)]) {
                    chosen = candidate;
                }
            }
        };
        if (age < 18) {
            pick(young);
        } else if (age < 20) {
            pick(teens);
        } else {
            pick(adults);
        }
    }
    ++used[size_t(chosen)];
    return chosen;
}

// A youth whose demo plan is written after all the youths are saved (a plan of its own random sequence, so
// that the youths stay the same whether or not plans are written).
struct DemoPlanHolder
{
    qint64 youthId = 0;
    YouthStatus status = YouthStatus::Active;
    QDate startDate;
    qint64 mentorId = 0;
    int age = 0;
    QList<TargetGroup> groups;
};

// Appends the profile's next steps up to `count`, dated from the plan's first version.
void addDemoSteps(ActionPlan& plan, const DemoPlanProfile& profile, int count, const QDate& firstPlanDate)
{
    for (qsizetype i = plan.steps.size(); i < count; ++i) {
        const DemoStep& demo = profile.steps[size_t(i)];
        PlanStep step;
        step.description = QString::fromUtf8(demo.description);
        step.responsible = demo.responsible;
        step.responsibleName = QString::fromUtf8(demo.partner);
        step.startDate = std::max(firstPlanDate.addDays(demo.startDay), plan.planDate);
        step.dueDate = step.startDate.addDays(demo.days);
        plan.steps.append(step);
    }
}

// Brings the steps up to `asOf`: a step that has ended is done or, now and then, cancelled. With `leaveOverdue`
// (the current version of some active youths' plans) every other one is left unfinished after its due date:
// overdue, for the mentor to follow up and for the highlight to show.
void progressDemoSteps(ActionPlan& plan, const DemoPlanProfile& profile, const QDate& asOf, bool leaveOverdue, int salt)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        PlanStep& step = plan.steps[i];
        const int roll = salt + int(i);
        if (step.status == StepStatus::Done || step.status == StepStatus::Cancelled) {
            continue;
        }
        if (step.startDate > asOf) {
            step.status = StepStatus::Planned;
        } else if (step.dueDate >= asOf) {
            step.status = StepStatus::Ongoing;
        } else if (leaveOverdue && roll % 2 == 0) {
            step.status = i % 2 == 0 ? StepStatus::Ongoing : StepStatus::Planned;
        } else if (roll % 11 == 5) {
            step.status = StepStatus::Cancelled;
            step.outcome = QString::fromUtf8(kCancelledOutcomes[size_t(roll) % kCancelledOutcomes.size()]);
        } else {
            step.status = StepStatus::Done;
            step.outcome = QString::fromUtf8(profile.steps[size_t(i)].outcome);
        }
    }
}

// Every active youth gets a plan, some revised once or twice; paused and exited youths keep the plan they had.
// Dates are relative to `today`: the first version at the first meetings, revisions every six to twelve weeks,
// the current one within the last ten weeks. Some reviews are overdue or due today, so the Today view has work.
bool writeDemoPlans(Database& database, const QList<DemoPlanHolder>& holders, const QDate& today, QString* errorMessage)
{
    QRandomGenerator rng(kDemoPlanSeed);
    PlanRepository plans(database);
    CentreSettings centre(database);
    const Result<void> named = centre.setValue(CentreSettings::Key::CentreName, QStringLiteral("Mötesplats Hisingen"));
    if (!named) {
        return fail(errorMessage, named.message());
    }
    const int reviewWeeks = centre.planReviewWeeks();
    // A plan cannot be signed after the repository's today.
    const QDate signLimit = std::min(today, Clock::today());

    std::array<int, kDemoPlans.size()> profilesUsed {};
    int ordinal = 0;
    for (const DemoPlanHolder& holder : holders) {
        const int n = ordinal++;
        const bool active = holder.status == YouthStatus::Active;
        const DemoPlanProfile& profile
            = kDemoPlans[size_t(demoPlanProfile(holder.age, holder.groups, n, profilesUsed))];

        QList<QDate> dates; // one per version
        QList<int> stepCounts;
        const QDate earliest = std::min(holder.startDate.addDays(5), today);
        if (active) {
            const int wanted = n % 5 == 2 ? 3 : n % 3 == 1 ? 2 : 1;
            dates.append(std::max(earliest, today.addDays(-2 - rng.bounded(70))));
            while (dates.size() < wanted) {
                const QDate before = dates.first().addDays(-35 - rng.bounded(50));
                if (before < earliest) {
                    break;
                }
                dates.prepend(before);
            }
            switch (dates.size()) {
            case 1:
                stepCounts = { 2 + n % 5 };
                break;
            case 2:
                stepCounts = { 3, 5 };
                break;
            default:
                stepCounts = { 2, 4, 6 };
                break;
            }
        } else {
            dates.append(std::min(holder.startDate.addDays(7 + rng.bounded(10)), today));
            stepCounts = { 3 + n % 3 };
        }

        const Result<qint64> created
            = plans.create(holder.youthId, holder.mentorId, dates.first(), reviewWeeks);
        if (!created.ok()) {
            return fail(errorMessage, created.message());
        }
        qint64 planId = *created;
        for (qsizetype k = 0; k < dates.size(); ++k) {
            const QDate date = dates.at(k);
            const bool current = k == dates.size() - 1;
            if (k > 0) {
                const Result<qint64> revised = plans.revise(planId, holder.mentorId, date, reviewWeeks);
                if (!revised.ok()) {
                    return fail(errorMessage, revised.message());
                }
                planId = *revised;
            }
            std::optional<ActionPlan> plan = plans.load(planId);
            if (!plan) {
                return fail(errorMessage, QString());
            }
            if (k == 0) {
                plan->myGoal = QString::fromUtf8(profile.myGoal);
                plan->strengths = QString::fromUtf8(profile.strengths);
                plan->supportNeeds = QString::fromUtf8(profile.supportNeeds);
                plan->wishes = QString::fromUtf8(profile.wishes);
                plan->longTermGoal = QString::fromUtf8(profile.longTermGoal);
                plan->notes = QString::fromUtf8(profile.notes);
            } else {
                const QString followUp
                    = QString::fromUtf8("Uppföljning %1: %2")
                          .arg(date.toString(Qt::ISODate), QString::fromUtf8(profile.followUps[size_t(k - 1)]));
                plan->notes = plan->notes.isEmpty() ? followUp : plan->notes + u'\n' + followUp;
            }
            // The version's own date for the frozen ones: they record what was agreed then.
            addDemoSteps(*plan, profile, stepCounts.at(k), dates.first());
            // One active youth in three has let a step slip past its due date.
            progressDemoSteps(*plan, profile, current ? today : date, current && active && n % 3 == 0, n);

            if (!current) {
                plan->nextReview = dates.at(k + 1); // the review at which it was revised
            } else if (holder.status == YouthStatus::Exited) {
                plan->nextReview = {};
            } else if (holder.status == YouthStatus::Paused) {
                plan->nextReview = today.addDays(20 + rng.bounded(40));
            } else if (date <= today.addDays(-14) && n % 4 == 1) {
                plan->nextReview = std::max(date.addDays(7), today.addDays(-1 - rng.bounded(20)));
            } else if (date <= today.addDays(-14) && n % 9 == 4) {
                plan->nextReview = today;
            } else {
                plan->nextReview = today.addDays(5 + rng.bounded(40));
            }
            const Result<qint64> saved = plans.save(*plan);
            if (!saved.ok()) {
                return fail(errorMessage, saved.message());
            }

            // Paper signatures a few days after the meeting; some current plans are not signed yet.
            const bool sign = !current ? (n + int(k)) % 6 != 5 : !active || (n % 3 != 2 && date <= today.addDays(-3));
            const QDate signedOn = date.addDays(rng.bounded(4));
            if (sign && signedOn <= signLimit && (current || signedOn < dates.at(k + 1))) {
                const Result<qint64> signedResult = plans.markSigned(planId, signedOn);
                if (!signedResult.ok()) {
                    return fail(errorMessage, signedResult.message());
                }
            }
        }
    }
    return true;
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

namespace {

constexpr quint32 kDemoMeetingPlaceSeed = 20261130u;

struct DemoActivity
{
    const char* title;
    const char* place;
};

constexpr auto kDemoActivities = std::to_array<DemoActivity>({
    { "Studiebesök på Komvux", "Komvux Centrum" },
    { "Föreläsning: Må bra i vardagen", "Mötesplatsen" },
    { "Workshop: CV och personligt brev", "Mötesplatsen" },
    { "Fika och spelkväll", "Mötesplatsen" },
    { "Studiebesök på Arbetsförmedlingen", "Arbetsförmedlingen, Storgatan 4" },
    { "Matlagning tillsammans", "Mötesplatsens kök" },
});

// The meeting place over the last four weeks: drop-in visits on weekdays (today's in the hours before now),
// anonymous visitors, and a weekly group activity on Wednesdays with its attendance, plus one planned for next
// week. Written through the repositories, so every visit and attendance is a contact in the youth's timeline.
// A generator of its own, so that the rest of the demo stays as it was.
bool writeDemoMeetingPlace(Database& database, const QDate& today, const QList<qint64>& staffIds, QString* errorMessage)
{
    QRandomGenerator rng(kDemoMeetingPlaceSeed);
    QList<qint64> youthIds;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM youth WHERE status IN ('active', 'prospect') ORDER BY id"))) {
            return fail(errorMessage, query.lastError().text());
        }
        while (query.next()) {
            youthIds.append(query.value(0).toLongLong());
        }
    }
    if (youthIds.isEmpty() || staffIds.isEmpty()) {
        return true;
    }
    // About a third of the youths come to the drop-in; the rest only meet their mentor.
    QList<qint64> regulars;
    for (int i = 0; i < youthIds.size(); i += 3) {
        regulars.append(youthIds.at(i));
    }
    ContactRepository contacts(database);
    MeetingPlaceRepository meetingPlace(database, contacts);
    const QDateTime now = Clock::now();
    const QList<Gender> genders = Vocabulary::genders();
    const QList<MeetingPlaceRepository::AgeGroup> ageGroups = MeetingPlaceRepository::ageGroups();
    const auto timeOn = [&](const QDate& day, int index) {
        // Today's visits came in the last hours; other days between ten and four.
        return day == now.date() ? now.addSecs(-60 * (7 + 26 * index))
                                 : QDateTime(day, QTime(10, 0).addSecs(rng.bounded(6 * 3600)));
    };

    for (int back = 27; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        if (day.dayOfWeek() > 5) {
            continue;
        }
        QSet<qint64> came;
        const int visits = 3 + rng.bounded(5);
        for (int k = 0; k < visits; ++k) {
            const qint64 youthId = regulars.at(rng.bounded(int(regulars.size())));
            const QDateTime at = timeOn(day, k);
            if (came.contains(youthId) || at.date() != day || at > now) {
                continue;
            }
            came.insert(youthId);
            Contact contact;
            contact.youthId = youthId;
            contact.occurredAt = at;
            contact.kind = ContactKind::DropIn;
            contact.staffId = staffIds.at(rng.bounded(int(staffIds.size())));
            const Result<qint64> logged = contacts.log(contact);
            if (!logged.ok()) {
                return fail(errorMessage, logged.message());
            }
        }
        const int anonymous = 1 + rng.bounded(3);
        for (int k = 0; k < anonymous; ++k) {
            const QDateTime at = timeOn(day, visits + k);
            const Gender gender = genders.at(rng.bounded(int(genders.size())));
            const MeetingPlaceRepository::AgeGroup age = ageGroups.at(rng.bounded(int(ageGroups.size())));
            if (at.date() != day || at > now) {
                continue;
            }
            const Result<qint64> added = meetingPlace.addAnonymousVisit(gender, age, at);
            if (!added.ok()) {
                return fail(errorMessage, added.message());
            }
        }
    }

    // Wednesdays: four held, one next week not yet held.
    const QDate thisWednesday = today.addDays(3 - today.dayOfWeek());
    for (int week = -4; week <= 1; ++week) {
        const QDate day = thisWednesday.addDays(7 * week);
        if (day > today.addDays(7) || (week == 0 && day > today)) {
            continue;
        }
        const DemoActivity& demo = kDemoActivities[size_t(week + 4) % kDemoActivities.size()];
        MeetingPlaceRepository::GroupActivity activity;
        activity.heldOn = day;
        activity.title = QString::fromUtf8(demo.title);
        activity.place = QString::fromUtf8(demo.place);
        activity.leaderId = staffIds.at(size_t(week + 4) % size_t(staffIds.size()));
        const Result<qint64> saved = meetingPlace.saveActivity(activity);
        if (!saved.ok()) {
            return fail(errorMessage, saved.message());
        }
        if (day > today || (day == today && now.date() != today)) {
            continue;
        }
        const int present = 3 + rng.bounded(6);
        for (int k = 0; k < present; ++k) {
            const qint64 youthId = youthIds.at(rng.bounded(int(youthIds.size())));
            const Result<qint64> ticked
                = meetingPlace.setPresent(activity.id, youthId, true, activity.leaderId);
            if (!ticked.ok()) {
                return fail(errorMessage, ticked.message());
            }
        }
    }
    return true;
}

} // namespace

namespace {

// ---- Demo contact histories: the timeline, and work for the Today view ----

constexpr quint32 kDemoContactSeed = 20261201u;
constexpr quint32 kDemoPartnerSeed = 20261205u;

// What a youth's recent history looks like, for the Today view's rules to find (or not).
enum class DemoRhythm {
    Regular, // in touch every week or two; the next contact is planned
    Drifting, // the last real contact was 20-60 days ago
    Unanswered, // two to four attempts in a row without answer since the last contact
    PlannedDue, // the planned next contact is today or has passed
};

struct DemoContactHolder
{
    qint64 youthId = 0;
    int index = 0;
    YouthStatus status = YouthStatus::Active;
    QDate startDate;
    qint64 mentorId = 0;
    QDate createdOn; // the 'created' event
    QDate statusChangedOn; // the 'status_changed' event, if any
    qint64 formerMentorId = 0;
    QDate mentorChangedOn; // the 'mentor_changed' event, if any
};

struct DemoNote
{
    ContactKind kind;
    ContactWith with;
    const char* text;
};

// Everyday notes a mentor writes, in Swedish; nothing about health.
constexpr auto kDemoContactNotes = std::to_array<DemoNote>({
    { ContactKind::Meeting, ContactWith::Youth, "Träff på mötesplatsen. Gick igenom CV:t tillsammans." },
    { ContactKind::Meeting, ContactWith::Youth, "Pratade om praktikplatser inom handel och lager." },
    { ContactKind::Meeting, ContactWith::Youth, "Följde upp veckoplanen. Morgnarna går bättre nu." },
    { ContactKind::Meeting, ContactWith::Youth, "Förberedde intervjun på torsdag, övade på vanliga frågor." },
    { ContactKind::Meeting, ContactWith::Youth, "Fyllde i ansökan till Komvux tillsammans." },
    { ContactKind::Meeting, ContactWith::Youth, "Gick igenom handlingsplanen. Vill lägga till truckkort." },
    { ContactKind::Phone, ContactWith::Youth, "Kort avstämning, allt lugnt. Kommer på tisdag." },
    { ContactKind::Phone, ContactWith::Youth, "Pratade om hur första veckan på praktiken har gått." },
    { ContactKind::Phone, ContactWith::Youth, "Påminde om mötet med handläggaren på Arbetsförmedlingen." },
    { ContactKind::Sms, ContactWith::Youth, "Skickade påminnelse om träffen, fick svar direkt." },
    { ContactKind::Sms, ContactWith::Youth, "Bekräftade tiden för nästa möte." },
    { ContactKind::Email, ContactWith::Youth, "Skickade länk till ansökan om truckkort." },
    { ContactKind::Video, ContactWith::Youth, "Videomöte eftersom hen inte kunde ta sig in. Gick igenom veckan." },
    { ContactKind::HomeVisit, ContactWith::Youth,
      "Hembesök tillsammans med kollega. Pratade om att börja komma "
      "till mötesplatsen igen." },
    { ContactKind::DropIn, ContactWith::Youth, "Kom förbi på öppna eftermiddagen och fikade." },
    { ContactKind::Letter, ContactWith::Youth, "Skickade brev med tid för nästa träff, telefonen fungerar inte." },
    { ContactKind::Phone, ContactWith::Relative, "Pratade med mamma, som lovar att hen ringer upp." },
    { ContactKind::Phone, ContactWith::Partner, "Avstämning med handläggaren på Arbetsförmedlingen om praktiken." },
    { ContactKind::Email, ContactWith::Partner, "Mejlade studie- och yrkesvägledaren på Komvux om antagningen." },
});

constexpr auto kDemoAttemptNotes = std::to_array<const char*>({
    "Ringde, inget svar.",
    "Ringde, gick direkt till röstbrevlådan. Lämnade meddelande.",
    "Skickade sms, inget svar.",
    "Ringde två gånger under dagen, inget svar.",
    "Kom inte till den bokade träffen. Ringde, inget svar.",
});

constexpr auto kDemoProspectNotes = std::to_array<const char*>({
    "Ringde numret från KAA-listan, inget svar.",
    "Skickade sms och presenterade mötesplatsen, inget svar.",
    "Sökte hen på adressen, ingen hemma. Lämnade lapp.",
});

constexpr auto kDemoFirstMeetingNotes = std::to_array<const char*>({
    "Träffades vid uppsökande arbete i centrum. Nyfiken på mötesplatsen, vill ha sms.",
    "Första samtalet. Berättade om mötesplatsen och vad vi kan hjälpa till med.",
    "Kom förbi tillsammans med en kompis som redan är inskriven.",
});

// The moment of an entry `daysAgo` before `base`: a weekday working hour, never later than now.
QDateTime demoMoment(QRandomGenerator& rng, const QDate& base, int daysAgo, const QDateTime& now)
{
    QDate day = base.addDays(-std::max(0, daysAgo));
    while (day.dayOfWeek() > 5) {
        day = day.addDays(-1); // mentors log on weekdays
    }
    QDateTime moment(day, QTime(8, 30).addSecs(60 * 5 * rng.bounded(96))); // 08:30-16:25
    if (moment > now) {
        moment = now.addSecs(-60 * (20 + rng.bounded(60)));
    }
    return moment;
}

// The contact histories of the last six months for every youth who is not exited, written through
// ContactRepository so that the summary columns are the ones the program itself would keep.
// Youths the meeting place already gave recent visits keep a regular rhythm; the others are spread over the
// rhythms the Today view must catch.
// ---- Issue 5: partners, the catalogue, interventions, referrals, network and consent ----

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

bool writeDemoPartners(Database& database, const QList<DemoContactHolder>& holders, const QDate& today,
                       const QList<qint64>& staffIds, QString* errorMessage)
{
    PartnerRepository partners(database);
    InterventionRepository interventions(database);
    NetworkRepository network(database);
    ConsentRepository consents(database);
    ReferralRepository referrals(database);
    QRandomGenerator rng(kDemoPartnerSeed);

    // The repositories stamp their timeline entries "now"; the demo moves each to the day it happened.
    const auto backdateLastEvent = [&database](qint64 youthId, const QDate& day) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("UPDATE youth_event SET occurred_at = ? WHERE id = (SELECT max(id) FROM "
                                     "youth_event WHERE youth_id = ?)"));
        query.addBindValue(std::min(QDateTime(day, QTime(9, 0)), Clock::now()).toString(Qt::ISODate));
        query.addBindValue(youthId);
        return query.exec();
    };

    QList<qint64> organisationIds;
    QList<qint64> personIds;
    for (const DemoPartner& demo : kDemoPartners) {
        PartnerOrganisation organisation;
        organisation.name = QString::fromUtf8(demo.name);
        organisation.kind = demo.kind;
        organisation.phone = QString::fromUtf8(demo.phone);
        organisation.email = QString::fromUtf8(demo.email);
        organisation.address = QString::fromUtf8(demo.address);
        const Result<qint64> saved = partners.saveOrganisation(organisation);
        if (!saved.ok()) {
            return fail(errorMessage, saved.message());
        }
        organisationIds.append(organisation.id);
        qint64 personId = 0;
        if (*demo.person != '\0') {
            PartnerPerson person;
            person.organisationId = organisation.id;
            person.name = QString::fromUtf8(demo.person);
            person.role = QString::fromUtf8(demo.role);
            person.phone = organisation.phone;
            const Result<qint64> personSaved = partners.savePerson(person);
            if (!personSaved.ok()) {
                return fail(errorMessage, personSaved.message());
            }
            personId = person.id;
        }
        personIds.append(personId);
    }
    // One organisation the centre no longer works with.
    {
        PartnerOrganisation closed;
        closed.name = QStringLiteral("Jobbstart Väst (avslutat projekt)");
        closed.kind = PartnerKind::Other;
        closed.active = false;
        closed.notes = QStringLiteral("Projektet avslutades i juni.");
        if (!partners.saveOrganisation(closed).ok()) {
            return fail(errorMessage, QStringLiteral("demo partner"));
        }
    }

    QList<qint64> interventionIds;
    for (const DemoIntervention& demo : kDemoInterventions) {
        Intervention intervention;
        intervention.name = QString::fromUtf8(demo.name);
        intervention.category = demo.category;
        intervention.providerId = demo.provider >= 0 ? organisationIds.at(demo.provider) : 0;
        intervention.typicalLength = QString::fromUtf8(demo.length);
        intervention.description = QString::fromUtf8(demo.description);
        const Result<qint64> saved = interventions.saveIntervention(intervention);
        if (!saved.ok()) {
            return fail(errorMessage, saved.message());
        }
        interventionIds.append(intervention.id);
    }

    int referralCount = 0;
    int expiring = 0;
    for (const DemoContactHolder& holder : holders) {
        if (holder.status == YouthStatus::Prospect) {
            continue;
        }
        QSqlQuery youthRow(database.connection());
        youthRow.prepare(QStringLiteral("SELECT last_name, birth_date FROM youth WHERE id = ?"));
        youthRow.addBindValue(holder.youthId);
        if (!youthRow.exec() || !youthRow.next()) {
            return fail(errorMessage, youthRow.lastError().text());
        }
        const QString surname = youthRow.value(0).toString();
        const QDate birth = QDate::fromString(youthRow.value(1).toString(), Qt::ISODate);
        const bool minor = birth.isValid() && today < birth.addYears(18);
        const qint64 staff = holder.mentorId != 0 ? holder.mentorId : staffIds.value(0);
        const QDate start = holder.startDate.isValid() ? holder.startDate : today.addDays(-60);

        // The network: most youths have a parent on record; a minor's parent is the legal guardian.
        qint64 parentId = 0;
        if (minor || rng.bounded(10) < 9) {
            NetworkPerson parent;
            parent.youthId = holder.youthId;
            const bool mother = rng.bounded(2) == 0;
            parent.name = QString::fromUtf8(mother ? kWomensNames[size_t(rng.bounded(int(kWomensNames.size())))]
                                                   : kMensNames[size_t(rng.bounded(int(kMensNames.size())))])
                + u' ' + surname;
            parent.relation = minor ? Relation::Guardian : Relation::Parent;
            parent.legalGuardian = minor;
            parent.phone = QStringLiteral("070-%1 %2 %3")
                               .arg(200 + rng.bounded(700))
                               .arg(10 + rng.bounded(89))
                               .arg(10 + rng.bounded(89));
            parent.notes = minor ? QStringLiteral("Vårdnadshavare.") : QString();
            const Result<qint64> saved = network.save(parent);
            if (!saved.ok()) {
                return fail(errorMessage, saved.message());
            }
            parentId = parent.id;

            // Consent to contact relatives, given early, mostly in writing. A minor's guardian signs as well.
            // A few have not given it (yet): their mentors' calls home show the override in the timeline.
            if (holder.index % 12 != 7) {
                Consent consent;
                consent.youthId = holder.youthId;
                consent.scope = ConsentScope::Relatives;
                consent.givenOn = std::min(today, start.addDays(rng.bounded(10)));
                consent.form = rng.bounded(4) == 0 ? ConsentForm::Verbal : ConsentForm::Written;
                consent.witness = consent.form == ConsentForm::Verbal ? QStringLiteral("Kollega på mötesplatsen")
                                                                      : QString();
                consent.staffId = staff;
                if (expiring < 2 && holder.status == YouthStatus::Active && rng.bounded(3) == 0) {
                    consent.validUntil = today.addDays(4 + 5 * expiring); // expires soon: a reason on Today
                    ++expiring;
                }
                const Result<qint64> recorded = consents.record(consent);
                if (!recorded.ok()) {
                    return fail(errorMessage, recorded.message());
                }
                backdateLastEvent(holder.youthId, consent.givenOn);
                if (minor) {
                    Consent guardian = consent;
                    guardian.id = 0;
                    guardian.guardianId = parentId;
                    guardian.validUntil = {};
                    if (consents.record(guardian).ok()) {
                        backdateLastEvent(holder.youthId, guardian.givenOn);
                    }
                }
            }
        }
        // Photos at activities: asked of many; one withdrew it later.
        if (rng.bounded(3) == 0) {
            Consent photos;
            photos.youthId = holder.youthId;
            photos.scope = ConsentScope::Photos;
            photos.givenOn = std::min(today, start.addDays(7));
            photos.form = ConsentForm::Written;
            photos.staffId = staff;
            if (!consents.record(photos).ok()) {
                return fail(errorMessage, QStringLiteral("demo photo consent"));
            }
            backdateLastEvent(holder.youthId, photos.givenOn);
            if (holder.index % 7 == 3 && photos.givenOn < today.addDays(-10)) {
                const QDate withdrawn = today.addDays(-5);
                if (consents.withdraw(photos.id, withdrawn, QStringLiteral("Vill inte synas på bilder längre."), staff)
                        .ok()) {
                    backdateLastEvent(holder.youthId, withdrawn);
                }
            }
        }

        if (holder.status == YouthStatus::Exited) {
            continue;
        }
        // Interventions: about two in three have one, some two.
        const int count = rng.bounded(10) < 6 ? 1 + rng.bounded(2) : 0;
        const int firstIntervention = rng.bounded(int(interventionIds.size()));
        for (int i = 0; i < count; ++i) {
            Participation participation;
            participation.youthId = holder.youthId;
            // Two different interventions, never the same one twice.
            participation.interventionId
                = interventionIds.at((firstIntervention + i * 3) % int(interventionIds.size()));
            const int roll = rng.bounded(10);
            participation.startDate = std::min(today, start.addDays(14 + rng.bounded(60)));
            participation.plannedEnd = participation.startDate.addDays(28 + 7 * rng.bounded(8));
            if (roll < 2) {
                participation.status = ParticipationStatus::Proposed;
                participation.startDate = today.addDays(7 + rng.bounded(14));
                participation.plannedEnd = participation.startDate.addDays(42);
            } else if (participation.plannedEnd >= today) {
                participation.status = ParticipationStatus::Ongoing;
            } else {
                // Past its planned end: mostly completed, sometimes interrupted, now and then still going on.
                participation.status = roll < 7 ? ParticipationStatus::Completed
                    : roll < 9                  ? ParticipationStatus::Interrupted
                                                : ParticipationStatus::Ongoing;
                participation.outcome
                    = QString::fromUtf8(kDemoOutcomes[size_t(participation.status == ParticipationStatus::Completed
                                                                  ? rng.bounded(2)
                                                                  : 2)]);
            }
            // Written as it happened: started first, then (for finished ones) ended.
            const ParticipationStatus finalStatus = participation.status;
            const bool finished
                = finalStatus == ParticipationStatus::Completed || finalStatus == ParticipationStatus::Interrupted;
            if (finished) {
                participation.status = ParticipationStatus::Ongoing;
            }
            const QString outcome = participation.outcome;
            participation.outcome.clear();
            Result<qint64> saved = interventions.saveParticipation(participation, staff);
            if (!saved.ok()) {
                return fail(errorMessage, saved.message());
            }
            if (participation.status == ParticipationStatus::Ongoing) {
                backdateLastEvent(holder.youthId, participation.startDate);
            }
            if (finished) {
                participation.status = finalStatus;
                participation.outcome = outcome;
                saved = interventions.saveParticipation(participation, staff);
                if (!saved.ok()) {
                    return fail(errorMessage, saved.message());
                }
                backdateLastEvent(holder.youthId, std::min(today, participation.plannedEnd));
            }
        }

        // Referrals for some active youths, mostly with a consent to share with that partner.
        if (holder.status == YouthStatus::Active && referralCount < 14 && rng.bounded(3) == 0) {
            const int partner = std::array { 0, 0, 1, 2, 4, 6 }[size_t(rng.bounded(6))];
            const qint64 organisationId = organisationIds.at(partner);
            const int roll = referralCount % 7;
            Referral referral;
            referral.youthId = holder.youthId;
            referral.organisationId = organisationId;
            referral.personId = personIds.at(partner);
            // Two in seven wait past the answer threshold (a Today reason); the rest are recent or answered.
            referral.sentOn = today.addDays(-(roll == 0 || roll == 4 ? 26 + rng.bounded(10) : 3 + rng.bounded(15)));
            referral.reason = QString::fromUtf8(std::array {
                "Inskrivning och planering av praktik.",
                "Behöver hjälp med ekonomin medan hen studerar.",
                "Vill börja läsa in gymnasiet.",
                "Kartläggning av arbetsförmåga inför praktik.",
            }[size_t(rng.bounded(4))]);
            if (roll != 3) {
                Consent share;
                share.youthId = holder.youthId;
                share.scope = ConsentScope::Partner;
                share.partnerOrgId = organisationId;
                share.givenOn = std::max(start, referral.sentOn.addDays(-3));
                share.form = ConsentForm::Written;
                share.staffId = staff;
                if (share.givenOn <= referral.sentOn && consents.record(share).ok()) {
                    backdateLastEvent(holder.youthId, share.givenOn);
                }
            } else {
                referral.consentOverride
                    = QStringLiteral("Akut: ungdomen riskerar att förlora sin ersättning. Samtycke inhämtas muntligt "
                                     "vid nästa möte.");
            }
            const Result<qint64> sent = referrals.create(referral, staff);
            if (!sent.ok()) {
                // No consent could be recorded (the youth started later): go on without this referral.
                continue;
            }
            backdateLastEvent(holder.youthId, referral.sentOn);
            if (referral.personId != 0) {
                static_cast<void>(network.linkPartnerContact(holder.youthId, referral.personId));
            }
            ++referralCount;
            // Answers: accepted, declined, or still waiting (the old waiting ones are reasons on Today).
            if (roll == 1 || roll == 5 || roll == 6) {
                const QDate answered = std::min(today, referral.sentOn.addDays(4 + rng.bounded(10)));
                const ReferralStatus status = roll == 5 ? ReferralStatus::Declined : ReferralStatus::Accepted;
                if (referrals
                        .recordResponse(referral.id, status, answered,
                                        status == ReferralStatus::Accepted
                                            ? QStringLiteral("Första möte bokat.")
                                            : QStringLiteral("Uppfyller inte villkoren just nu; ny bedömning om "
                                                             "tre månader."),
                                        staff)
                        .ok()) {
                    backdateLastEvent(holder.youthId, answered);
                }
            }
        }
        Q_UNUSED(parentId)
    }
    return true;
}

bool writeDemoContacts(Database& database, const QList<DemoContactHolder>& holders, const QDate& today,
                       QString* errorMessage)
{
    QRandomGenerator rng(kDemoContactSeed);
    ContactRepository contacts(database);
    const QDateTime now = Clock::now();
    const QDate base = std::min(today, now.date());

    QSet<qint64> visitors; // youths with drop-in visits or group activities from the meeting place
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT DISTINCT youth_id FROM contact"))) {
            return fail(errorMessage, query.lastError().text());
        }
        while (query.next()) {
            visitors.insert(query.value(0).toLongLong());
        }
    }

    QList<qint64> colleagues;
    for (const DemoContactHolder& holder : holders) {
        if (holder.mentorId != 0 && holder.status != YouthStatus::Exited && !colleagues.contains(holder.mentorId)) {
            colleagues.append(holder.mentorId);
        }
    }
    std::sort(colleagues.begin(), colleagues.end());

    Contact entry;
    const auto log = [&](qint64 youthId, ContactKind kind, ContactWith with, const QDateTime& at, qint64 staffId,
                         const QString& note, const QDate& nextPlanned = {}) {
        entry = Contact();
        entry.youthId = youthId;
        entry.kind = kind;
        entry.withWhom = with;
        entry.occurredAt = at;
        entry.staffId = staffId;
        entry.note = note;
        entry.nextPlanned = nextPlanned.isValid() && nextPlanned >= at.date() ? nextPlanned : QDate();
        if (with == ContactWith::Relative) {
            QSqlQuery relative(database.connection());
            relative.prepare(QStringLiteral("SELECT min(id) FROM network_person WHERE youth_id = ?"));
            relative.addBindValue(youthId);
            entry.networkPersonId = relative.exec() && relative.next() ? relative.value(0).toLongLong() : 0;
        }
        Result<qint64> result = contacts.log(entry);
        if (ConsentRules::isMissing(result.error())) {
            // Without a recorded consent the mentor went ahead and wrote why, as the program asks.
            entry.consentOverride = QStringLiteral("Ungdomen bad mig ringa. Samtycket skrivs in vid nästa möte.");
            result = contacts.log(entry);
        }
        if (!result.ok()) {
            return fail(errorMessage, result.message());
        }
        return true;
    };
    const auto successNote = [&rng]() -> const DemoNote& {
        return kDemoContactNotes[size_t(rng.bounded(int(kDemoContactNotes.size())))];
    };
    const auto attemptNote = [&rng] {
        return QString::fromUtf8(kDemoAttemptNotes[size_t(rng.bounded(int(kDemoAttemptNotes.size())))]);
    };

    int activeOrdinal = 0;
    int prospectOrdinal = 0;
    int plannedDue = 0;
    bool correctionWritten = false;
    bool strikeWritten = false;
    for (const DemoContactHolder& holder : holders) {
        if (holder.status == YouthStatus::Exited) {
            continue;
        }
        const qint64 youthId = holder.youthId;
        const int historyDays = int(std::min<qint64>(183, holder.createdOn.daysTo(base)));
        const auto staffOn = [&](const QDate& day) {
            if (holder.formerMentorId != 0 && day < holder.mentorChangedOn) {
                return holder.formerMentorId;
            }
            // One entry in six is a colleague's: someone else took the call.
            if (!colleagues.isEmpty() && rng.bounded(6) == 0) {
                return colleagues.at(rng.bounded(int(colleagues.size())));
            }
            return holder.mentorId;
        };

        if (holder.status == YouthStatus::Prospect) {
            // Those who came to the meeting place are in touch already. Of the others, some were tried without
            // answer, some have only just been found and have no entries (they can still be deleted), and some
            // met someone from the centre once and then stopped answering.
            if (visitors.contains(youthId)) {
                continue;
            }
            const int kind = prospectOrdinal++ % 5;
            if (kind == 1 || kind == 4) {
                continue;
            }
            const int attempts = 1 + rng.bounded(3);
            int daysAgo = std::max(1, historyDays - rng.bounded(std::max(1, historyDays / 2 + 1)));
            if (kind == 3) {
                const QDateTime at = demoMoment(rng, base, daysAgo, now);
                const QString note = QString::fromUtf8(
                    kDemoFirstMeetingNotes[size_t(rng.bounded(int(kDemoFirstMeetingNotes.size())))]);
                if (!log(youthId, rng.bounded(2) ? ContactKind::Meeting : ContactKind::Phone, ContactWith::Youth, at,
                         staffOn(at.date()), note, base.addDays(rng.bounded(10) - 3))) {
                    return false;
                }
                daysAgo = std::max(0, daysAgo - 2 - rng.bounded(5));
            }
            for (int a = 0; a < attempts && daysAgo >= 0; ++a) {
                const QDateTime at = demoMoment(rng, base, daysAgo, now);
                const QString note
                    = QString::fromUtf8(kDemoProspectNotes[size_t(rng.bounded(int(kDemoProspectNotes.size())))]);
                if (!log(youthId, ContactKind::Attempt, ContactWith::Youth, at, staffOn(at.date()), note)) {
                    return false;
                }
                daysAgo -= 2 + rng.bounded(6);
            }
            continue;
        }

        // Active and paused youths: a rhythm, then the history that leads up to it.
        DemoRhythm rhythm = DemoRhythm::Regular;
        int lastSuccess = rng.bounded(10); // days ago
        if (holder.status == YouthStatus::Paused) {
            lastSuccess = int(holder.statusChangedOn.daysTo(base));
        } else if (!visitors.contains(youthId)) {
            // The meeting place's visitors are in touch; the others are spread over every rhythm.
            switch (activeOrdinal++ % 4) {
            case 1:
                rhythm = DemoRhythm::Drifting;
                lastSuccess = 20 + rng.bounded(41);
                break;
            case 2:
                rhythm = DemoRhythm::Unanswered;
                lastSuccess = 12 + rng.bounded(20);
                break;
            case 3:
                rhythm = DemoRhythm::PlannedDue;
                lastSuccess = 5 + rng.bounded(8);
                break;
            default:
                break;
            }
        }
        lastSuccess = std::min(lastSuccess, historyDays);

        // Before enrolment, outreach: an attempt or two and a first meeting.
        int daysAgo = historyDays;
        if (holder.statusChangedOn.isValid() && holder.status == YouthStatus::Active) {
            const int enrolled = int(holder.statusChangedOn.daysTo(base));
            if (enrolled < historyDays) {
                const QDateTime tried = demoMoment(rng, base, historyDays, now);
                if (!log(youthId, ContactKind::Attempt, ContactWith::Youth, tried, staffOn(tried.date()),
                         QString::fromUtf8(kDemoProspectNotes[0]))) {
                    return false;
                }
                daysAgo = std::max(enrolled, lastSuccess);
            }
        }

        // Every one to two weeks, now and then after an unanswered attempt; the last one plans the next.
        while (daysAgo >= lastSuccess) {
            const bool last = daysAgo - lastSuccess < 4;
            const int day = last ? lastSuccess : daysAgo;
            if (!last && rng.bounded(7) == 0 && day > lastSuccess + 1) {
                const QDateTime at = demoMoment(rng, base, day + 1, now);
                if (!log(youthId, ContactKind::Attempt, ContactWith::Youth, at, staffOn(at.date()), attemptNote())) {
                    return false;
                }
            }
            const DemoNote& note = last ? kDemoContactNotes[size_t(rng.bounded(6))] : successNote();
            const QDateTime at = demoMoment(rng, base, day, now);
            QDate next;
            if (last && holder.status == YouthStatus::Active) {
                switch (rhythm) {
                case DemoRhythm::PlannedDue:
                    // Today for the first, a few days ago for the others.
                    next = plannedDue++ == 0 ? base : base.addDays(-1 - rng.bounded(4));
                    break;
                case DemoRhythm::Regular:
                    next = rng.bounded(5) == 0 ? QDate() : base.addDays(2 + rng.bounded(12));
                    break;
                default:
                    // Sometimes a date was agreed back then, and has passed since.
                    next = rng.bounded(2) == 0 ? at.date().addDays(7) : QDate();
                    break;
                }
            } else if (!last && rng.bounded(3) == 0) {
                next = at.date().addDays(7 + rng.bounded(7));
            }
            QString text = QString::fromUtf8(note.text);
            if (last && holder.status == YouthStatus::Paused) {
                text = QString::fromUtf8("Pausar deltagandet en period. Hör av sig när hen vill börja igen.");
            }
            if (!log(youthId, note.kind, note.with, at, staffOn(at.date()), text, next)) {
                return false;
            }
            const qint64 loggedId = entry.id;

            // Somewhere in the demo: a correction, and an entry struck out, as they happen in real work.
            if (!last && !correctionWritten && rhythm == DemoRhythm::Regular && note.kind == ContactKind::Meeting) {
                Contact correction;
                correction.kind = ContactKind::Phone;
                correction.withWhom = ContactWith::Youth;
                correction.occurredAt = at;
                correction.staffId = entry.staffId;
                correction.note = QString::fromUtf8("Rättelse: det var ett telefonsamtal, inte en träff. "
                                                    "Träffen flyttades till nästa vecka.");
                const Result<qint64> corrected = contacts.correct(loggedId, correction);
                if (!corrected.ok()) {
                    return fail(errorMessage, corrected.message());
                }
                correctionWritten = true;
            } else if (!last && !strikeWritten && correctionWritten && rhythm == DemoRhythm::Regular
                       && note.kind == ContactKind::Sms) {
                const Result<qint64> struck
                    = contacts.strike(loggedId, entry.staffId,
                                      QString::fromUtf8("Registrerad på fel ungdom, sms:et gick till en annan."));
                if (!struck.ok()) {
                    return fail(errorMessage, struck.message());
                }
                strikeWritten = true;
            }
            if (last) {
                break;
            }
            daysAgo = std::max(lastSuccess, daysAgo - 5 - rng.bounded(10));
        }

        // What happened after the last contact.
        if (holder.status == YouthStatus::Active) {
            int attempts = 0;
            if (rhythm == DemoRhythm::Unanswered) {
                attempts = 2 + rng.bounded(3);
            } else if (rhythm == DemoRhythm::Drifting) {
                attempts = rng.bounded(2); // at most one: drifting, not yet a run of unanswered calls
            }
            int day = lastSuccess - 3 - rng.bounded(3);
            for (int a = 0; a < attempts && day >= 0; ++a) {
                const QDateTime at = demoMoment(rng, base, day, now);
                if (!log(youthId, ContactKind::Attempt, ContactWith::Youth, at, staffOn(at.date()), attemptNote())) {
                    return false;
                }
                day -= 2 + rng.bounded(4);
            }
            // Drifting youths' families are sometimes reached when the youth is not.
            if (rhythm == DemoRhythm::Drifting && rng.bounded(2) == 0 && lastSuccess > 8) {
                const QDateTime at = demoMoment(rng, base, lastSuccess / 2, now);
                if (!log(youthId, ContactKind::Phone, ContactWith::Relative, at, staffOn(at.date()),
                         QString::fromUtf8(kDemoContactNotes[16].text))) {
                    return false;
                }
            }
        }
    }

    // The entries were "written" when they happened, not all today, so that only recent ones can still be
    // changed; and the youths' own events get the dates when they happened.
    // A correction and a striking out came two days after the entry (or in the last hour, for recent ones).
    QSqlQuery backdate(database.connection());
    backdate.prepare(QStringLiteral("UPDATE contact SET created_at = CASE WHEN corrects_id IS NULL THEN occurred_at "
                                    "  ELSE min(strftime('%Y-%m-%dT%H:%M:%S', occurred_at, '+2 days'), :latest) END, "
                                    " struck_at = CASE WHEN struck_at IS NULL THEN NULL "
                                    "  ELSE min(strftime('%Y-%m-%dT%H:%M:%S', occurred_at, '+2 days'), :latest) END"));
    backdate.bindValue(QStringLiteral(":latest"), now.addSecs(-3600).toString(Qt::ISODate));
    if (!backdate.exec()) {
        return fail(errorMessage, backdate.lastError().text());
    }
    if (!backdate.exec(QStringLiteral("UPDATE contact SET updated_at = coalesce(struck_at, created_at)"))) {
        return fail(errorMessage, backdate.lastError().text());
    }
    // Youths were registered on their start day, not all on the day the demo was written.
    QSqlQuery registered(database.connection());
    registered.prepare(QStringLiteral("UPDATE youth SET created_at = start_date || 'T09:00:00', "
                                      " updated_at = start_date || 'T09:00:00' "
                                      "WHERE start_date IS NOT NULL AND start_date < :today"));
    registered.bindValue(QStringLiteral(":today"), now.date().toString(Qt::ISODate));
    if (!registered.exec()) {
        return fail(errorMessage, registered.lastError().text());
    }
    QSqlQuery event(database.connection());
    event.prepare(QStringLiteral("UPDATE youth_event SET occurred_at = ? WHERE youth_id = ? AND kind = ?"));
    const auto dateEvent = [&](qint64 youthId, const QString& kind, const QDate& date, const QTime& time) {
        if (!date.isValid()) {
            return true;
        }
        QDateTime at(date, time);
        if (at > now) {
            at = now.addSecs(-3600);
        }
        event.bindValue(0, at.toString(Qt::ISODate));
        event.bindValue(1, youthId);
        event.bindValue(2, kind);
        return event.exec() || fail(errorMessage, event.lastError().text());
    };
    for (const DemoContactHolder& holder : holders) {
        if (!dateEvent(holder.youthId, QStringLiteral("created"), holder.createdOn, QTime(8, 15))
            || !dateEvent(holder.youthId, QStringLiteral("status_changed"), holder.statusChangedOn, QTime(16, 40))
            || !dateEvent(holder.youthId, QStringLiteral("mentor_changed"), holder.mentorChangedOn, QTime(16, 45))) {
            return false;
        }
    }
    return true;
}

} // namespace

bool DemoDataGenerator::writeDemo(Database& database, const QDate& today, QString* errorMessage)
{
    if (!database.isOpen()) {
        return fail(errorMessage, tr("The demo database is not open."));
    }
    if (!today.isValid()) {
        return fail(errorMessage, tr("The demo data needs a valid date."));
    }
    // A thousand small transactions (every contact is one, as in the UI) would each wait for the disk. A demo file
    // that is half written is removed anyway, so it need not survive a power cut while it is being made.
    QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const auto durable = qScopeGuard(
        [&database] { QSqlQuery(database.connection()).exec(QStringLiteral("PRAGMA synchronous = FULL")); });
    QRandomGenerator rng(kDemoSeed);

    // Through the repositories, so that the demo obeys the same rules (and writes the same history) as the UI.
    StaffRepository staff(database);
    QList<qint64> mentorIds;
    for (const char* name : kDemoMentors) {
        const Result<qint64> id = staff.add(QString::fromUtf8(name));
        if (!id) {
            return fail(errorMessage, id.message());
        }
        mentorIds.append(*id);
    }

    YouthRepository youths(database);
    QSet<QString> usedNumbers;
    int prospects = 0;
    int exited = 0;
    int actives = 0;
    QList<DemoPlanHolder> planHolders;
    // The dates of each youth's history come from a generator of their own, so the youths stay as they were.
    QRandomGenerator historyRng(kDemoContactSeed + 1);
    QList<DemoContactHolder> contactHolders;
    int handovers = 0;
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
        // Two long-standing youths came from the mentor who has left: their timelines show the hand-over.
        const qint64 mentorId = youth.mentorId;
        const bool handover = status == YouthStatus::Active && initial == status && mentorId != 0
            && youth.startDate < today.addDays(-120) && handovers < 2;
        if (handover) {
            ++handovers;
            youth.mentorId = mentorIds.at(kActiveDemoMentors);
        }
        Result<qint64> result = youths.save(youth);
        if (result.ok() && initial != status) {
            youth.status = status;
            result = youths.save(youth);
        }
        if (result.ok() && handover) {
            youth.mentorId = mentorId;
            result = youths.save(youth);
        }
        if (!result.ok()) {
            return fail(errorMessage, tr("Demo youth %1 could not be saved: %2").arg(i + 1).arg(result.message()));
        }
        if (!prospect) {
            planHolders.append({ youth.id, status, youth.startDate, youth.mentorId, age, youth.targetGroups });
        }
        DemoContactHolder history;
        history.youthId = youth.id;
        history.index = i;
        history.status = status;
        history.startDate = youth.startDate;
        history.mentorId = youth.mentorId;
        history.createdOn = youth.startDate;
        if (initial == YouthStatus::Prospect && status == YouthStatus::Active) {
            history.createdOn = youth.startDate.addDays(-7 - historyRng.bounded(30)); // outreach came first
            history.statusChangedOn = youth.startDate;
        } else if (status == YouthStatus::Paused) {
            history.statusChangedOn
                = std::max(youth.startDate.addDays(30), today.addDays(-12 - historyRng.bounded(40)));
        } else if (status == YouthStatus::Exited) {
            const int span = std::max(1, int(youth.startDate.addDays(60).daysTo(today.addDays(-7))));
            history.statusChangedOn = today.addDays(-7 - historyRng.bounded(std::min(span, 200)));
        }
        if (handover) {
            history.formerMentorId = mentorIds.at(kActiveDemoMentors);
            history.mentorChangedOn = today.addDays(-75);
        }
        contactHolders.append(history);
    }

    if (!writeDemoPlans(database, planHolders, today, errorMessage)) {
        return false;
    }
    if (!writeDemoMeetingPlace(database, today, mentorIds.mid(0, kActiveDemoMentors), errorMessage)) {
        return false;
    }
    // Before the contacts, so that calls to relatives find the consents they rely on.
    if (!writeDemoPartners(database, contactHolders, today, mentorIds.mid(0, kActiveDemoMentors), errorMessage)) {
        return false;
    }
    // After the meeting place, so that the youths it gave visits keep a regular rhythm and the others can drift.
    if (!writeDemoContacts(database, contactHolders, today, errorMessage)) {
        return false;
    }

    if (const Result<void> deactivated = staff.setActive(mentorIds.at(kActiveDemoMentors), false); !deactivated) {
        return fail(errorMessage, deactivated.message());
    }
    return true;
}

bool DemoDataGenerator::writeSynthetic(Database& database, int count, QString* errorMessage, int contactsPerYouth)
{
    if (!database.isOpen()) {
        return fail(errorMessage, tr("The database is not open."));
    }
    if (count < 0) {
        return fail(errorMessage, tr("The number of youths cannot be negative."));
    }
    if (contactsPerYouth < 0 || contactsPerYouth > 1000) {
        return fail(errorMessage, tr("The number of contacts per youth must be between 0 and 1000."));
    }
    QRandomGenerator rng(kSyntheticSeed);
    // Contacts and plans draw from their own generator, so the youths are the same with or without them.
    QRandomGenerator contactRng(kSyntheticSeed + 1000u);
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
        return fail(errorMessage, tr("The test data could not be written: %1").arg(transaction.error()));
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
            "postal_code, municipality, status, mentor_id, start_date, referral_source, note, created_at, updated_at, "
            "pause_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return queryFailed(insert);
    }

    // One statement inserts a youth's contacts at once: a multi-row VALUES saves a statement step and reset per
    // row, which is most of the cost at two million rows.
    constexpr int kContactColumns = 9;
    QSqlQuery contactInsert(database.connection());
    if (contactsPerYouth > 0) {
        QString sql = QStringLiteral("INSERT INTO contact (youth_id, occurred_at, kind, with_whom, staff_id, "
                                     "next_planned, created_at, updated_at, consent_override) VALUES ");
        for (int c = 0; c < contactsPerYouth; ++c) {
            sql += c == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        if (!contactInsert.prepare(sql)) {
            return queryFailed(contactInsert);
        }
    }
    QSqlQuery planInsert(database.connection());
    if (!planInsert.prepare(QStringLiteral("INSERT INTO action_plan (youth_id, version, plan_date, staff_id, my_goal, "
                                           "next_review, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)"))) {
        return queryFailed(planInsert);
    }
    // Dates and times as text are built once; QDate::toString per contact would dominate the run.
    constexpr int kContactDays = 800;
    QStringList dayText;
    for (int d = 0; d <= kContactDays; ++d) {
        dayText.append(today.addDays(-d).toString(Qt::ISODate));
    }
    QStringList timeText;
    for (int h = 8; h < 17; ++h) {
        for (int m = 0; m < 60; m += 15) {
            timeText.append(
                QStringLiteral("T%1:%2:00").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')));
        }
    }
    const QString successfulKinds[] = {
        Vocabulary::code(ContactKind::Meeting), Vocabulary::code(ContactKind::Phone),
        Vocabulary::code(ContactKind::Sms),     Vocabulary::code(ContactKind::Meeting),
        Vocabulary::code(ContactKind::Video),   Vocabulary::code(ContactKind::HomeVisit),
        Vocabulary::code(ContactKind::DropIn),  Vocabulary::code(ContactKind::Email),
    };
    const QString attemptKind = Vocabulary::code(ContactKind::Attempt);
    const QString withYouth = Vocabulary::code(ContactWith::Youth);
    const QString withRelative = Vocabulary::code(ContactWith::Relative);
    const QVariant noDate(QMetaType::fromType<QString>());
    std::vector<int> daysAgo(size_t(std::max(contactsPerYouth, 1)));
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
        // Half of the paused youths have an end date, some of them already passed.
        const bool pauseEnds = status == 2 && contactRng.bounded(2) == 0;
        insert.bindValue(
            17, pauseEnds ? QVariant(today.addDays(contactRng.bounded(-20, 60)).toString(Qt::ISODate)) : noDate);
        if (!insert.exec()) {
            return queryFailed(insert);
        }
        const qint64 youthId = insert.lastInsertId().toLongLong();

        // Contact history between the start and the last contact, oldest first. Most youths were in touch
        // recently; some drift out of contact, some end in a run of unanswered attempts, and about half have a
        // planned next contact, which has passed for those who drifted.
        if (contactsPerYouth > 0) {
            const int startAgo = std::clamp(int(start.daysTo(today)), 1, kContactDays);
            int lastAgo = 1;
            const int profile = contactRng.bounded(100);
            if (status == 3 || status == 2) {
                lastAgo = contactRng.bounded(10, 120); // exited or paused: the history ended a while ago
            } else if (profile < 85) {
                lastAgo = 1 + contactRng.bounded(prospect ? 6 : 12);
            } else {
                lastAgo = contactRng.bounded(15, 90);
            }
            lastAgo = std::min(lastAgo, startAgo);
            const int trailingAttempts = status <= 1 && profile >= 78 && profile < 88 ? 2 + contactRng.bounded(3) : 0;
            for (int c = 0; c < contactsPerYouth; ++c) {
                daysAgo[size_t(c)] = lastAgo + contactRng.bounded(startAgo - lastAgo + 1);
            }
            std::sort(daysAgo.begin(), daysAgo.begin() + contactsPerYouth, std::greater<int>());
            daysAgo[size_t(contactsPerYouth - 1)] = lastAgo;
            const int lastSuccessful = contactsPerYouth - 1 - std::min(trailingAttempts, contactsPerYouth - 1);
            // A run of attempts follows the last contact within days, as when someone stops answering.
            for (int c = contactsPerYouth - 2; c >= lastSuccessful; --c) {
                daysAgo[size_t(c)] = std::min(startAgo, daysAgo[size_t(c + 1)] + 2 + contactRng.bounded(5));
            }
            const QVariant staff = mentor;
            for (int c = 0; c < contactsPerYouth; ++c) {
                const int base = c * kContactColumns;
                const bool attempt = c > lastSuccessful || (c < lastSuccessful && contactRng.bounded(10) == 0);
                const QString occurred
                    = dayText.at(daysAgo[size_t(c)]) + timeText.at(contactRng.bounded(int(timeText.size())));
                QVariant planned = noDate;
                if (c == lastSuccessful && !attempt && contactRng.bounded(2) == 0) {
                    planned = today.addDays(7 + contactRng.bounded(15) - daysAgo[size_t(c)]).toString(Qt::ISODate);
                }
                contactInsert.bindValue(base, youthId);
                contactInsert.bindValue(base + 1, occurred);
                contactInsert.bindValue(base + 2, attempt ? attemptKind : successfulKinds[contactRng.bounded(8)]);
                const bool relative = !attempt && c < lastSuccessful && contactRng.bounded(12) == 0;
                contactInsert.bindValue(base + 3, relative ? withRelative : withYouth);
                contactInsert.bindValue(base + 4, staff);
                contactInsert.bindValue(base + 5, planned);
                contactInsert.bindValue(base + 6, occurred);
                contactInsert.bindValue(base + 7, occurred);
                // Generated relatives have no consent records; the override says so (the database requires one).
                contactInsert.bindValue(base + 8, relative ? QStringLiteral("GENERERAD TESTDATA") : QStringLiteral(""));
            }
            if (!contactInsert.exec()) {
                return queryFailed(contactInsert);
            }
        }

        // A current plan for seven in ten active and paused youths; reviews spread around today.
        if ((status == 1 || status == 2) && contactRng.bounded(10) < 7) {
            const QDate planDate = start.addDays(contactRng.bounded(1, 30));
            planInsert.bindValue(0, youthId);
            planInsert.bindValue(1, std::min(planDate, today).toString(Qt::ISODate));
            planInsert.bindValue(2, mentor);
            planInsert.bindValue(3, note);
            planInsert.bindValue(4, today.addDays(contactRng.bounded(-20, 120)).toString(Qt::ISODate));
            planInsert.bindValue(5, now);
            planInsert.bindValue(6, now);
            if (!planInsert.exec()) {
                return queryFailed(planInsert);
            }
        }

        // Four in ten have one or two target groups.
        if (rng.bounded(10) < 4) {
            const qint64 id = youthId;
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
    // The summary columns in one set-based statement, with the same definitions as
    // ContactRepository::refreshSummary (which does this for one youth after each write): struck-out entries and
    // entries replaced by a live correction do not count. The corrected ids are one list for the whole statement
    // (a correction always belongs to the same youth). "+kind" keeps the planner on contact_youth_idx: with
    // contact_kind_time_idx it would read every attempt in the database for each youth (32 s instead of 0.2 s
    // for 10,000 youths).
    if (contactsPerYouth > 0) {
        const QString live
            = QStringLiteral("youth_id = youth.id AND struck_at IS NULL AND id NOT IN (SELECT corrects_id FROM contact "
                             "WHERE corrects_id IS NOT NULL AND struck_at IS NULL)");
        const QString reached
            = QStringLiteral("(SELECT max(occurred_at) FROM contact WHERE %1 AND kind <> 'attempt' AND with_whom = "
                             "'youth')")
                  .arg(live);
        QSqlQuery summary(database.connection());
        if (!summary.exec(QStringLiteral("UPDATE youth SET last_contact_at = %2, "
                                         "next_planned_contact = (SELECT planned FROM (SELECT next_planned AS "
                                         "planned FROM contact WHERE %1 AND next_planned IS NOT NULL "
                                         "ORDER BY occurred_at DESC, id DESC LIMIT 1) "
                                         "WHERE planned > coalesce(%2, '')), "
                                         "unanswered_attempts = (SELECT count(*) FROM contact WHERE %1 "
                                         "AND +kind = 'attempt' AND occurred_at > coalesce(%2, '')), "
                                         "first_unanswered_at = (SELECT min(occurred_at) FROM contact WHERE %1 "
                                         "AND +kind = 'attempt' AND occurred_at > coalesce(%2, ''))")
                              .arg(live, reached))) {
            return queryFailed(summary);
        }
    }
    if (!transaction.commit()) {
        return fail(errorMessage, tr("The test data could not be written: %1").arg(transaction.error()));
    }
    return true;
}

} // namespace lotsen
