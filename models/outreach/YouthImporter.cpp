#include "outreach/YouthImporter.h"

#include "core/CleanText.h"
#include "core/Clock.h"
#include "youth/PersonalNumber.h"
#include "youth/YouthRepository.h"

#include <QHash>

#include <algorithm>

namespace lotsen {

namespace {

// Header names as registers write them, compared without case, spaces, hyphens, underscores and dots.
struct Alias
{
    const char16_t* name;
    YouthImporter::Field field;
};
constexpr Alias kAliases[] = {
    { u"förnamn", YouthImporter::Field::FirstName },
    { u"firstname", YouthImporter::Field::FirstName },
    { u"givenname", YouthImporter::Field::FirstName },
    { u"tilltalsnamn", YouthImporter::Field::FirstName },
    { u"efternamn", YouthImporter::Field::LastName },
    { u"lastname", YouthImporter::Field::LastName },
    { u"surname", YouthImporter::Field::LastName },
    { u"familyname", YouthImporter::Field::LastName },
    { u"namn", YouthImporter::Field::FullName },
    { u"name", YouthImporter::Field::FullName },
    { u"fullname", YouthImporter::Field::FullName },
    { u"fulltnamn", YouthImporter::Field::FullName },
    { u"personnummer", YouthImporter::Field::PersonalNumber },
    { u"personnr", YouthImporter::Field::PersonalNumber },
    { u"pnr", YouthImporter::Field::PersonalNumber },
    { u"personalnumber", YouthImporter::Field::PersonalNumber },
    { u"personalidentitynumber", YouthImporter::Field::PersonalNumber },
    { u"samordningsnummer", YouthImporter::Field::PersonalNumber },
    { u"telefon", YouthImporter::Field::Phone },
    { u"telefonnummer", YouthImporter::Field::Phone },
    { u"tel", YouthImporter::Field::Phone },
    { u"mobil", YouthImporter::Field::Phone },
    { u"mobilnummer", YouthImporter::Field::Phone },
    { u"phone", YouthImporter::Field::Phone },
    { u"phonenumber", YouthImporter::Field::Phone },
    { u"mobile", YouthImporter::Field::Phone },
    { u"epost", YouthImporter::Field::Email },
    { u"epostadress", YouthImporter::Field::Email },
    { u"email", YouthImporter::Field::Email },
    { u"emailaddress", YouthImporter::Field::Email },
    { u"mail", YouthImporter::Field::Email },
    { u"adress", YouthImporter::Field::Address },
    { u"gatuadress", YouthImporter::Field::Address },
    { u"utdelningsadress", YouthImporter::Field::Address },
    { u"address", YouthImporter::Field::Address },
    { u"streetaddress", YouthImporter::Field::Address },
    { u"postnummer", YouthImporter::Field::PostalCode },
    { u"postnr", YouthImporter::Field::PostalCode },
    { u"postalcode", YouthImporter::Field::PostalCode },
    { u"postcode", YouthImporter::Field::PostalCode },
    { u"zip", YouthImporter::Field::PostalCode },
    { u"zipcode", YouthImporter::Field::PostalCode },
    { u"ort", YouthImporter::Field::PostalTown },
    { u"postort", YouthImporter::Field::PostalTown },
    { u"postadress", YouthImporter::Field::PostalTown },
    { u"stad", YouthImporter::Field::PostalTown },
    { u"city", YouthImporter::Field::PostalTown },
    { u"town", YouthImporter::Field::PostalTown },
    { u"postaltown", YouthImporter::Field::PostalTown },
    { u"posttown", YouthImporter::Field::PostalTown },
    { u"kommun", YouthImporter::Field::Municipality },
    { u"kommunnamn", YouthImporter::Field::Municipality },
    { u"bostadskommun", YouthImporter::Field::Municipality },
    { u"mobiltelefon", YouthImporter::Field::Phone },
    { u"mobilnr", YouthImporter::Field::Phone },
    { u"telnr", YouthImporter::Field::Phone },
    { u"mejl", YouthImporter::Field::Email },
    { u"mejladress", YouthImporter::Field::Email },
    { u"emejl", YouthImporter::Field::Email },
    { u"bostadsadress", YouthImporter::Field::Address },
    { u"folkbokföringsadress", YouthImporter::Field::Address },
    { u"hemkommun", YouthImporter::Field::Municipality },
    { u"municipality", YouthImporter::Field::Municipality },
};

QString normalisedHeader(const QString& header)
{
    // NFC: a file from a Mac may spell ö as o + combining diaeresis.
    QString key = header.normalized(QString::NormalizationForm_C).toLower();
    key.remove(u' ');
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u'.');
    return key;
}

} // namespace

YouthImporter::YouthImporter(YouthRepository& youths) : m_youths(youths) { }

Result<void> YouthImporter::loadFile(const QString& path)
{
    setCsv(CsvReader::readFile(path));
    if (!m_csv) {
        return m_csv.error();
    }
    return success();
}

void YouthImporter::setCsv(const Result<CsvReader::Table>& csv)
{
    m_csv = csv;
    m_mapping = autoMapping(table().header);
    m_rows.clear();
    m_validated = false;
}

const CsvReader::Table& YouthImporter::table() const
{
    static const CsvReader::Table none;
    return m_csv ? *m_csv : none;
}

QList<YouthImporter::Field> YouthImporter::fields()
{
    return { Field::Ignore, Field::FirstName, Field::LastName,   Field::FullName,   Field::PersonalNumber, Field::Phone,
             Field::Email,  Field::Address,   Field::PostalCode, Field::PostalTown, Field::Municipality };
}

QString YouthImporter::label(Field field)
{
    switch (field) {
    case Field::Ignore:
        return tr("(do not import)");
    case Field::FirstName:
        return tr("First name");
    case Field::LastName:
        return tr("Last name");
    case Field::FullName:
        return tr("Full name (last word = last name)");
    case Field::PersonalNumber:
        return tr("Personal number");
    case Field::Phone:
        return tr("Phone");
    case Field::Email:
        return tr("E-mail");
    case Field::Address:
        return tr("Address");
    case Field::PostalCode:
        return tr("Postal code");
    case Field::PostalTown:
        return tr("Postal town");
    case Field::Municipality:
        return tr("Municipality");
    }
    return {};
}

YouthImporter::Field YouthImporter::fieldForHeader(const QString& header)
{
    const QString key = normalisedHeader(header);
    for (const Alias& alias : kAliases) {
        if (key == QStringView(alias.name)) {
            return alias.field;
        }
    }
    return Field::Ignore;
}

QList<YouthImporter::Field> YouthImporter::autoMapping(const QStringList& header)
{
    QList<Field> mapping;
    for (const QString& name : header) {
        Field field = fieldForHeader(name);
        // A second column with the same meaning is left out rather than making the mapping unusable.
        if (field != Field::Ignore && mapping.contains(field)) {
            field = Field::Ignore;
        }
        mapping.append(field);
    }
    return mapping;
}

void YouthImporter::setMapping(const QList<Field>& mapping)
{
    m_mapping = mapping;
    while (m_mapping.size() < table().header.size()) {
        m_mapping.append(Field::Ignore);
    }
    m_validated = false;
}

QString YouthImporter::mappingError() const
{
    for (Field field : fields()) {
        if (field != Field::Ignore && m_mapping.count(field) > 1) {
            return tr("Two columns are mapped to \"%1\". Choose one.").arg(label(field));
        }
    }
    const bool split = m_mapping.contains(Field::FirstName) && m_mapping.contains(Field::LastName);
    if (!split && !m_mapping.contains(Field::FullName)) {
        return tr("Map columns to the first and last name, or one column to the full name.");
    }
    return {};
}

QString YouthImporter::buildYouth(const CsvReader::Record& record, Youth& youth) const
{
    const qsizetype columns = table().header.size();
    for (qsizetype i = columns; i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty()) {
            return tr("The row has more columns than the header. Is there a separator in a field without quotes?");
        }
    }
    // Empty fields after the last column are Excel's habit; a missing column means the row is not what it seems.
    if (record.fields.size() < columns) {
        return tr("The row has %1 columns, the header has %2. Is a separator missing, or a quote left open?")
            .arg(record.fields.size())
            .arg(columns);
    }
    QString fullName;
    QString number;
    for (qsizetype i = 0; i < columns && i < m_mapping.size(); ++i) {
        // NFC, no control or invisible characters: a name with a zero-width space or in decomposed form is the
        // same name, and is found as a duplicate.
        const QString value = CleanText::line(record.fields.value(i));
        switch (m_mapping.at(i)) {
        case Field::Ignore:
            break;
        case Field::FirstName:
            youth.firstName = value;
            break;
        case Field::LastName:
            youth.lastName = value;
            break;
        case Field::FullName:
            fullName = value;
            break;
        case Field::PersonalNumber:
            number = value;
            break;
        case Field::Phone:
            youth.phone = value;
            break;
        case Field::Email:
            youth.email = value;
            break;
        case Field::Address:
            youth.address = value;
            break;
        case Field::PostalCode:
            youth.postalCode = value;
            break;
        case Field::PostalTown:
            youth.postalTown = value;
            break;
        case Field::Municipality:
            youth.municipality = value;
            break;
        }
    }
    if (!fullName.isEmpty() && youth.firstName.isEmpty() && youth.lastName.isEmpty()) {
        const qsizetype comma = fullName.indexOf(u',');
        if (comma >= 0) {
            // "Svensson, Anna": registers that sort by last name write it first.
            youth.lastName = fullName.left(comma).trimmed();
            youth.firstName = fullName.mid(comma + 1).trimmed();
        } else {
            const qsizetype space = fullName.lastIndexOf(u' ');
            youth.lastName = fullName.mid(space + 1);
            youth.firstName = space > 0 ? fullName.left(space) : QString();
        }
    }
    if (youth.firstName.isEmpty()) {
        return tr("The first name is missing.");
    }
    if (youth.lastName.isEmpty()) {
        return tr("The last name is missing.");
    }
    if (!number.isEmpty()) {
        // Kept as written until it parses, so that the preview can show what is wrong.
        youth.personalNumber = number;
        const PersonalNumber parsed = PersonalNumber::parse(number, Clock::today());
        if (!parsed.isValid()) {
            return parsed.errorMessage();
        }
        youth.personalNumber = parsed.twelveDigits();
        youth.birthDate = parsed.birthDate();
    }
    return {};
}

void YouthImporter::validate()
{
    m_rows.clear();
    m_rows.reserve(table().records.size());
    const QString mappingProblem = mappingError();
    QHash<QString, int> firstLine; // personal number, or case-folded name without one
    for (const CsvReader::Record& record : std::as_const(table().records)) {
        Row row;
        row.line = record.line;
        if (!mappingProblem.isEmpty()) {
            row.message = mappingProblem;
            m_rows.append(row);
            continue;
        }
        row.message = buildYouth(record, row.youth);
        if (!row.message.isEmpty()) {
            m_rows.append(row);
            continue;
        }
        const Youth& youth = row.youth;
        // Without a number the name is all there is to recognise a registered youth by; the preview names
        // whom it matched, so a namesake can still be registered by hand.
        // A failed read leaves the row invalid with the reason, so that nothing is imported on a guess.
        const Result<qint64> existingId = youth.personalNumber.isEmpty()
            ? m_youths.idByName(youth.firstName, youth.lastName)
            : m_youths.idByPersonalNumber(youth.personalNumber);
        if (!existingId) {
            row.message = existingId.message();
            m_rows.append(row);
            continue;
        }
        row.existingId = *existingId;
        if (row.existingId != 0) {
            const Result<std::optional<Youth>> existing = m_youths.load(row.existingId);
            if (!existing.ok()) {
                row.message = existing.message();
                m_rows.append(row);
                continue;
            }
            row.status = RowStatus::AlreadyRegistered;
            row.existingName = existing.value() ? existing.value()->fullName() : QString();
            m_rows.append(row);
            continue;
        }
        // Within the file the same rule: the number, or without one the name, identifies the youth.
        const bool hasNumber = !youth.personalNumber.isEmpty();
        const QString key
            = hasNumber ? youth.personalNumber : (youth.firstName + u'\x1f' + youth.lastName).toCaseFolded();
        if (const auto earlier = firstLine.constFind(key); earlier != firstLine.cend()) {
            row.message = hasNumber ? tr("The same personal number as row %1.").arg(*earlier)
                                    : tr("The same name as row %1, and no personal number.").arg(*earlier);
            m_rows.append(row);
            continue;
        }
        const Result<void> checked = m_youths.validate(youth);
        if (!checked.ok()) {
            row.message = checked.message();
            m_rows.append(row);
            continue;
        }
        // Only a row that will be imported makes later rows duplicates.
        firstLine.insert(key, row.line);
        row.status = RowStatus::New;
        m_rows.append(row);
    }
    m_validated = true;
}

const QList<YouthImporter::Row>& YouthImporter::rows()
{
    if (!m_validated) {
        validate();
    }
    return m_rows;
}

int YouthImporter::count(RowStatus status)
{
    const QList<Row>& all = rows();
    return static_cast<int>(
        std::count_if(all.cbegin(), all.cend(), [status](const Row& row) { return row.status == status; }));
}

YouthImporter::Summary YouthImporter::import(ReferralSource source, bool dryRun)
{
    Summary summary;
    summary.read = static_cast<int>(rows().size());
    QList<Youth> youths;
    QList<int> lines;
    for (const Row& row : rows()) {
        switch (row.status) {
        case RowStatus::New:
            youths.append(row.youth);
            youths.last().status = YouthStatus::Prospect;
            youths.last().referralSource = source;
            lines.append(row.line);
            break;
        case RowStatus::AlreadyRegistered:
            ++summary.alreadyRegistered;
            break;
        case RowStatus::Invalid:
            ++summary.rejected;
            break;
        }
    }
    if (dryRun || youths.isEmpty()) {
        summary.ok = true;
        summary.imported = static_cast<int>(youths.size());
        return summary;
    }
    int failedIndex = -1;
    const Result<void> saved = m_youths.insertAll(youths, &failedIndex);
    if (!saved.ok()) {
        summary.failedLine = lines.value(failedIndex);
        summary.error = summary.failedLine > 0 ? tr("Nothing was imported. Row %1 could not be saved: %2")
                                                     .arg(QString::number(summary.failedLine), saved.message())
                                               : tr("Nothing was imported: %1").arg(saved.message());
        return summary;
    }
    summary.ok = true;
    summary.imported = static_cast<int>(youths.size());
    for (const Youth& youth : std::as_const(youths)) {
        summary.ids.append(youth.id);
    }
    // The rows are in the database now: a second import of the same file finds them registered.
    m_validated = false;
    return summary;
}

} // namespace lotsen
