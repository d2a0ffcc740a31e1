#include "demo/DemoPlanProfiles.h"

namespace lotsen {

namespace {

constexpr auto kYouth = StepResponsible::Youth;
constexpr auto kMentor = StepResponsible::Mentor;
constexpr auto kPartner = StepResponsible::Other;

// Twelve plans such as a mentor and a young person write them together. Nothing about health.
constexpr std::array<DemoPlanProfile, DemoPlanProfiles::Count> kDemoPlans { {
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

} // namespace

const DemoPlanProfile& DemoPlanProfiles::profile(int index)
{
    return kDemoPlans[size_t(index)];
}

QString DemoPlanProfiles::cancelledOutcome(int roll)
{
    return QString::fromUtf8(kCancelledOutcomes[size_t(roll) % kCancelledOutcomes.size()]);
}

int DemoPlanProfiles::choose(int age, const QList<TargetGroup>& groups, int ordinal, Usage& used)
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

} // namespace lotsen
