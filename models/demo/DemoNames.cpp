#include "demo/DemoNames.h"

#include <array>

namespace lotsen {

namespace {

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

} // namespace

std::span<const char* const> DemoNames::surnames()
{
    return kSurnames;
}

std::span<const char* const> DemoNames::womensNames()
{
    return kWomensNames;
}

std::span<const char* const> DemoNames::mensNames()
{
    return kMensNames;
}

QString DemoNames::emailPart(const QString& name)
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

QString DemoNames::postalCode(int prefix, int suffix)
{
    return QStringLiteral("%1 %2").arg(prefix).arg(suffix, 2, 10, QLatin1Char('0'));
}

} // namespace lotsen
