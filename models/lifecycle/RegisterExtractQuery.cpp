#include "lifecycle/RegisterExtractQuery.h"

#include "core/Database.h"
#include "core/SqlDialect.h"
#include "core/SqlRead.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace lotsen {

namespace {

struct SectionRead
{
    const char* key; // the table
    const char* operation; // for the log
    const char* sql; // binds :youth
};

// Each section reads its table's rows with `t.*`, so that a column added later is in the extract without a change
// here, plus the names of the staff, accounts, organisations and persons the row refers to ("…_name"). The access
// log leaves out its hashes, which say nothing about the youth. Rows that reach the youth through another table (a
// plan step through its version, an exit through its period, an attempt through its follow-up) are read through
// it. tests/lifecycle/tst_registerextract walks the foreign keys and fails when a table that refers to a youth is
// missing here.
constexpr std::array kSections = {
    SectionRead { "youth", "registerExtract.youth",
                  "SELECT y.*, m.name AS mentor_name, r.display_name AS registered_by_name,"
                  " c.display_name AS changed_by_name"
                  " FROM youth y LEFT JOIN staff m ON m.id = y.mentor_id"
                  " LEFT JOIN account r ON r.id = y.registered_by LEFT JOIN account c ON c.id = y.changed_by"
                  " WHERE y.id = :youth" },
    SectionRead { "youth_target_group", "registerExtract.targetGroups",
                  "SELECT t.* FROM youth_target_group t WHERE t.youth_id = :youth ORDER BY t.target_group" },
    SectionRead { "enrolment_period", "registerExtract.periods",
                  "SELECT p.*, m.name AS mentor_name, r.display_name AS registered_by_name"
                  " FROM enrolment_period p LEFT JOIN staff m ON m.id = p.mentor_id"
                  " LEFT JOIN account r ON r.id = p.registered_by"
                  " WHERE p.youth_id = :youth ORDER BY p.start_date, p.id" },
    SectionRead { "enrolment_exit", "registerExtract.exits",
                  "SELECT x.*, o.name AS partner_org_name, s.name AS staff_name, r.display_name AS registered_by_name,"
                  " ro.display_name AS reopened_registered_by_name"
                  " FROM enrolment_exit x JOIN enrolment_period p ON p.id = x.period_id"
                  " LEFT JOIN partner_org o ON o.id = x.partner_org_id LEFT JOIN staff s ON s.id = x.staff_id"
                  " LEFT JOIN account r ON r.id = x.registered_by"
                  " LEFT JOIN account ro ON ro.id = x.reopened_registered_by"
                  " WHERE p.youth_id = :youth ORDER BY x.exit_date, x.id" },
    SectionRead { "follow_up", "registerExtract.followUps",
                  "SELECT f.*, r.display_name AS registered_by_name, c.display_name AS closed_registered_by_name"
                  " FROM follow_up f LEFT JOIN account r ON r.id = f.registered_by"
                  " LEFT JOIN account c ON c.id = f.closed_registered_by"
                  " WHERE f.youth_id = :youth OR f.exit_id IN (SELECT x.id FROM enrolment_exit x"
                  "  JOIN enrolment_period p ON p.id = x.period_id WHERE p.youth_id = :youth)"
                  " ORDER BY f.due_on, f.id" },
    SectionRead { "follow_up_attempt", "registerExtract.followUpAttempts",
                  "SELECT a.*, s.name AS staff_name, r.display_name AS registered_by_name"
                  " FROM follow_up_attempt a JOIN follow_up f ON f.id = a.follow_up_id"
                  " LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN account r ON r.id = a.registered_by"
                  " WHERE f.youth_id = :youth OR f.exit_id IN (SELECT x.id FROM enrolment_exit x"
                  "  JOIN enrolment_period p ON p.id = x.period_id WHERE p.youth_id = :youth)"
                  " ORDER BY a.attempted_on, a.id" },
    SectionRead {
        "action_plan", "registerExtract.plans",
        "SELECT p.*, s.name AS staff_name, fb.name AS frozen_by_name, r.display_name AS registered_by_name,"
        " fr.display_name AS frozen_registered_by_name, sr.display_name AS signed_registered_by_name,"
        " c.display_name AS changed_by_name"
        " FROM action_plan p LEFT JOIN staff s ON s.id = p.staff_id LEFT JOIN staff fb ON fb.id = p.frozen_by"
        " LEFT JOIN account r ON r.id = p.registered_by LEFT JOIN account fr ON fr.id = p.frozen_registered_by"
        " LEFT JOIN account sr ON sr.id = p.signed_registered_by"
        " LEFT JOIN account c ON c.id = p.changed_by"
        " WHERE p.youth_id = :youth ORDER BY p.version, p.id" },
    SectionRead { "plan_step", "registerExtract.planSteps",
                  "SELECT st.*, p.version AS plan_version, r.display_name AS registered_by_name"
                  " FROM plan_step st JOIN action_plan p ON p.id = st.plan_id"
                  " LEFT JOIN account r ON r.id = st.registered_by"
                  " WHERE p.youth_id = :youth ORDER BY p.version, st.position, st.id" },
    SectionRead {
        "contact", "registerExtract.contacts",
        "SELECT c.*, s.name AS staff_name, sb.name AS struck_by_name, r.display_name AS registered_by_name,"
        " sr.display_name AS struck_registered_by_name, g.title AS activity_title,"
        " g.held_on AS activity_held_on, n.name AS network_person_name"
        " FROM contact c LEFT JOIN staff s ON s.id = c.staff_id LEFT JOIN staff sb ON sb.id = c.struck_by"
        " LEFT JOIN account r ON r.id = c.registered_by LEFT JOIN account sr ON sr.id = c.struck_registered_by"
        " LEFT JOIN group_activity g ON g.id = c.activity_id"
        " LEFT JOIN network_person n ON n.id = c.network_person_id"
        " WHERE c.youth_id = :youth ORDER BY c.occurred_at, c.id" },
    SectionRead { "youth_event", "registerExtract.events",
                  "SELECT e.*, s.name AS staff_name, r.display_name AS registered_by_name"
                  " FROM youth_event e LEFT JOIN staff s ON s.id = e.staff_id"
                  " LEFT JOIN account r ON r.id = e.registered_by"
                  " WHERE e.youth_id = :youth ORDER BY e.occurred_at, e.id" },
    SectionRead { "attention_snooze", "registerExtract.snoozes",
                  "SELECT z.*, s.name AS staff_name, r.display_name AS registered_by_name"
                  " FROM attention_snooze z LEFT JOIN staff s ON s.id = z.staff_id"
                  " LEFT JOIN account r ON r.id = z.registered_by"
                  " WHERE z.youth_id = :youth ORDER BY z.created_at, z.id" },
    SectionRead { "participation", "registerExtract.participations",
                  "SELECT pa.*, i.name AS intervention_name, i.category AS intervention_category,"
                  " o.name AS provider_name, r.display_name AS registered_by_name, c.display_name AS changed_by_name"
                  " FROM participation pa LEFT JOIN intervention i ON i.id = pa.intervention_id"
                  " LEFT JOIN partner_org o ON o.id = i.provider_id LEFT JOIN account r ON r.id = pa.registered_by"
                  " LEFT JOIN account c ON c.id = pa.changed_by"
                  " WHERE pa.youth_id = :youth ORDER BY pa.start_date, pa.id" },
    SectionRead {
        "referral", "registerExtract.referrals",
        "SELECT rf.*, o.name AS org_name, pp.name AS person_name, s.name AS staff_name,"
        " r.display_name AS registered_by_name, ar.display_name AS answer_registered_by_name"
        " FROM referral rf LEFT JOIN partner_org o ON o.id = rf.org_id"
        " LEFT JOIN partner_person pp ON pp.id = rf.person_id LEFT JOIN staff s ON s.id = rf.staff_id"
        " LEFT JOIN account r ON r.id = rf.registered_by LEFT JOIN account ar ON ar.id = rf.answer_registered_by"
        " WHERE rf.youth_id = :youth ORDER BY rf.sent_on, rf.id" },
    SectionRead { "network_person", "registerExtract.network",
                  "SELECT n.*, r.display_name AS registered_by_name, c.display_name AS changed_by_name"
                  " FROM network_person n LEFT JOIN account r ON r.id = n.registered_by"
                  " LEFT JOIN account c ON c.id = n.changed_by"
                  " WHERE n.youth_id = :youth ORDER BY n.id" },
    SectionRead {
        "consent", "registerExtract.consents",
        "SELECT k.*, n.name AS network_person_name, o.name AS partner_org_name, g.name AS guardian_name,"
        " s.name AS staff_name, r.display_name AS registered_by_name,"
        " w.display_name AS withdrawn_registered_by_name"
        " FROM consent k LEFT JOIN network_person n ON n.id = k.network_person_id"
        " LEFT JOIN partner_org o ON o.id = k.partner_org_id LEFT JOIN network_person g ON g.id = k.guardian_id"
        " LEFT JOIN staff s ON s.id = k.staff_id LEFT JOIN account r ON r.id = k.registered_by"
        " LEFT JOIN account w ON w.id = k.withdrawn_registered_by"
        " WHERE k.youth_id = :youth ORDER BY k.given_on, k.id" },
    SectionRead { "youth_partner_contact", "registerExtract.partnerContacts",
                  "SELECT yp.*, pp.name AS person_name, pp.role AS person_role, o.name AS org_name,"
                  " r.display_name AS registered_by_name"
                  " FROM youth_partner_contact yp LEFT JOIN partner_person pp ON pp.id = yp.person_id"
                  " LEFT JOIN partner_org o ON o.id = pp.org_id LEFT JOIN account r ON r.id = yp.registered_by"
                  " WHERE yp.youth_id = :youth ORDER BY yp.person_id" },
    // Who has opened, changed, printed or exported the youth's data: the staff member's name and role, as IMY
    // expects, besides the username stored with the entry.
    SectionRead { "access_log", "registerExtract.accessLog",
                  "SELECT l.id, l.at, l.action, l.detail, l.username, a.display_name AS account_name,"
                  " a.role AS account_role"
                  " FROM access_log l LEFT JOIN account a ON a.id = l.account_id"
                  " WHERE l.youth_id = :youth ORDER BY l.id" },
};

// Reads every section inside one snapshot (SqlDialect::beginSnapshot): a deferred read transaction when none is
// open, so that the sections agree with each other even while another PC writes.
class Snapshot
{
public:
    explicit Snapshot(const Database& database)
        : m_connection(database.connection())
        , m_dialect(database.dialect())
        , m_inTransaction(database.openTransactions() > 0)
    {
    }
    Result<void> open()
    {
        QSqlQuery begin(m_connection);
        if (!begin.exec(m_dialect.beginSnapshot(QStringLiteral("register_extract"), m_inTransaction))) {
            return SqlRead::failed(begin, "registerExtract.snapshot");
        }
        m_open = true;
        return success();
    }
    ~Snapshot()
    {
        if (m_open) {
            QSqlQuery end(m_connection);
            for (const QString& statement :
                 m_dialect.endSnapshot(QStringLiteral("register_extract"), m_inTransaction)) {
                end.exec(statement);
            }
        }
    }
    Snapshot(const Snapshot&) = delete;
    Snapshot& operator=(const Snapshot&) = delete;

private:
    QSqlDatabase m_connection;
    SqlDialect m_dialect;
    bool m_inTransaction = false;
    bool m_open = false;
};

// A value as the extract keeps it: as stored in SQLite, whichever engine it came from. PostgreSQL gives its dates
// as QDate and its moments as QDateTime; the extract has them as the ISO texts the SQLite file holds ('2026-03-02',
// '2026-03-02T10:00:00', local time), so that the JSON file and the document are the same on both.
QVariant storedForm(const QVariant& value)
{
    if (value.isNull()) {
        return value;
    }
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().toString(Qt::ISODate);
    default:
        return value;
    }
}

} // namespace

RegisterExtractQuery::RegisterExtractQuery(Database& database) : m_database(database) { }

QStringList RegisterExtractQuery::sectionKeys()
{
    QStringList keys;
    for (const SectionRead& read : kSections) {
        keys.append(QString::fromLatin1(read.key));
    }
    return keys;
}

Result<RegisterExtract> RegisterExtractQuery::read(qint64 youthId) const
{
    const QSqlDatabase connection = m_database.connection();
    Snapshot snapshot(m_database);
    if (const Result<void> opened = snapshot.open(); !opened) {
        return opened.error();
    }
    RegisterExtract extract;
    extract.youthId = youthId;
    for (const SectionRead& read : kSections) {
        QSqlQuery query(connection);
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromLatin1(read.sql))) {
            return SqlRead::failed(query, read.operation);
        }
        query.bindValue(QStringLiteral(":youth"), youthId);
        if (!query.exec()) {
            return SqlRead::failed(query, read.operation);
        }
        RegisterExtract::Section section { QString::fromLatin1(read.key), {} };
        while (query.next()) {
            const QSqlRecord row = query.record();
            RegisterExtract::Record record;
            record.fields.reserve(row.count());
            for (int i = 0; i < row.count(); ++i) {
                record.fields.append({ row.fieldName(i), storedForm(row.value(i)) });
            }
            section.records.append(std::move(record));
        }
        if (query.lastError().isValid()) {
            return SqlRead::failed(query, read.operation);
        }
        extract.sections.append(std::move(section));
    }
    const RegisterExtract::Section* youth = extract.section(u"youth");
    if (youth == nullptr || youth->records.isEmpty()) {
        return fail(tr("This youth no longer exists."));
    }
    return extract;
}

} // namespace lotsen
