// lotsen-bench: measures the register on a large synthetic database against the non-functional targets listed
// under "Benchmark" in README.md: the register, Today, a youth's card, the reports (with sqlite3 ratios for the two
// heaviest) and an action plan written to PDF. Prints one line per figure ("name value (target)"), detail lines
// starting with '#', and a last line "all_targets_met yes|no". Only synthetic and demo data (invented people) is
// ever read, and only counts and timings are printed. The server section (--only server, or --server) repeats the
// register, Today, the card and the plan on a PostgreSQL server after moving the register there (issue 17 §5).

#include "access/AccessLog.h"
#include "consent/ConsentModel.h"
#include "consent/NetworkModel.h"
#include "contacts/TimelineModel.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Workspace.h"
#include "demo/DemoDataGenerator.h"
#include "documents/PagedDocumentRenderer.h"
#include "lifecycle/BackupCipher.h"
#include "lifecycle/BackupRestore.h"
#include "lifecycle/BackupVerifier.h"
#include "lifecycle/BackupWriter.h"
#include "lifecycle/RetentionLog.h"
#include "lifecycle/RetentionRepository.h"
#include "partners/ParticipationModel.h"
#include "partners/ReferralModel.h"
#include "plans/ActionPlan.h"
#include "plans/PlanPrintout.h"
#include "reports/ReportQuery.h"
#include "reports/ReportTable.h"
#include "server/RegisterMover.h"
#include "today/AttentionModel.h"
#include "youth/Youth.h"
#include "youth/YouthFilter.h"
#include "youth/YouthListModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

using namespace lotsen;

namespace {

// The register shows about this many rows without scrolling; opening and searching are measured until they show.
constexpr int kFirstPageRows = 30;
// QSqlQueryModel fetches this many rows at a time, so the sqlite3 comparison fetches as many.
constexpr int kModelFetchRows = 256;

constexpr double kOpenTargetMs = 1000.0;
constexpr double kKeystrokeTargetMs = 50.0;
constexpr double kPeakRssTargetMb = 200.0;
constexpr double kSqliteRatioTarget = 2.0;
// Warm (the mean of the runs after the first) and cold (the first run in the process: fonts loaded, caches empty).
constexpr double kPlanPdfTargetMs = 150.0;
constexpr double kPlanPdfFirstTargetMs = 300.0;
constexpr double kTodayTargetMs = 200.0;
constexpr int kPlanSteps = 30;
constexpr int kPlanPdfRuns = 10;
constexpr int kCardOpens = 200;
constexpr double kLogOverheadTargetPercent = 10.0;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Every figure printed so far, by name: the server section sets its own beside the file's.
QHash<QString, double>& figures()
{
    static QHash<QString, double> values;
    return values;
}

void figure(const QString& name, double value, const QString& note)
{
    figures().insert(name, value);
    out() << name << ' ' << QString::number(value, 'f', 1) << "  (" << note << ")\n";
    out().flush();
}

void detail(const QString& text)
{
    out() << "# " << text << '\n';
    out().flush();
}

int error(const QString& message)
{
    out() << "error: " << message << '\n';
    out().flush();
    return 1;
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// What the register view does after a query: ask every cell of the visible rows for its text.
int readFirstPage(const YouthListModel& model)
{
    const int rows = std::min(kFirstPageRows, model.rowCount());
    qsizetype characters = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < YouthListModel::ColumnCount; ++column) {
            characters += model.data(model.index(row, column)).toString().size();
        }
    }
    return characters > 0 ? rows : 0;
}

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return elapsedMs(timer);
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Peak resident set size of this process (VmHWM), in MB; -1 where /proc is not available.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return -1;
    }
    static const QRegularExpression line(QStringLiteral("^VmHWM:\\s+(\\d+)\\s+kB"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}

// The search box's text after each keystroke: a surname, then a first name, then a personal number.
QStringList searchKeystrokes()
{
    QStringList keystrokes;
    const QString surname = QStringLiteral("Andersson");
    for (qsizetype i = 1; i <= surname.size(); ++i) {
        keystrokes.append(surname.left(i));
    }
    const QString withFirstName = QStringLiteral("Andersson Maja");
    for (qsizetype i = surname.size() + 2; i <= withFirstName.size(); ++i) {
        keystrokes.append(withFirstName.left(i));
    }
    const QString number = QStringLiteral("2005061");
    for (qsizetype i = 1; i <= number.size(); ++i) {
        keystrokes.append(number.left(i));
    }
    return keystrokes;
}

// What the Today page shows at once: every cell of the first screen of rows.
qsizetype readTodayPage(const AttentionModel& today)
{
    const int rows = std::min(kFirstPageRows, today.rowCount());
    qsizetype characters = 0;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < AttentionModel::ColumnCount; ++column) {
            characters += today.data(today.index(row, column)).toString().size();
        }
    }
    return characters;
}

// What YouthsPage::addCard loads when a mentor opens a saved youth's card (views/YouthCard.cpp and its tabs),
// through the same repositories and item models, in the same order. Widgets are not built here.
// - PersonalDataForm: built empty (municipalities, staff), then filled (the youth with its target groups,
//   municipalities, staff);
// - ActionPlanTab: the current plan with its steps, and the plan versions;
// - TimelineTab: TimelineModel (staff, edit-hours setting, contacts, network persons, youth events);
// - InterventionsTab: no-answer setting, ParticipationModel (participations, catalogue, linked step texts if any),
//   ReferralModel (referrals, and consents if a referral relies on one);
// - NetworkTab: NetworkModel (network persons), the youth again, ConsentModel, partner contact persons.
// listsMs, if given, receives the time of the two municipality lists alone (a scan of the municipality index
// each): at 100,000 youths they are most of the card's time, so the entry's share is also reported for a card
// without them. Returns the rows read, or -1 when the youth did not load.
qsizetype openYouthCard(Workspace& workspace, qint64 youthId, double* listsMs = nullptr)
{
    qsizetype rowsRead = 0;
    QElapsedTimer lists;
    lists.start();
    rowsRead += workspace.youths().municipalities().valueOr({}).size();
    double municipalitiesMs = elapsedMs(lists);
    rowsRead += workspace.staff().all()->size();
    const std::optional<Youth> youth = workspace.youths().load(youthId).valueOr({});
    lists.restart();
    rowsRead += workspace.youths().municipalities().valueOr({}).size();
    municipalitiesMs += elapsedMs(lists);
    rowsRead += workspace.staff().all()->size();
    if (listsMs) {
        *listsMs = municipalitiesMs;
    }

    std::optional<ActionPlan> plan = workspace.plans().current(youthId).valueOr({});
    if (!plan) {
        const auto versions = workspace.plans().versions(youthId);
        if (!versions.valueOr({}).isEmpty()) {
            plan = workspace.plans().load(versions->first().id).valueOr({});
        }
    }
    rowsRead += (plan ? 1 + plan->steps.size() : 0) + workspace.plans().versions(youthId).valueOr({}).size();

    TimelineModel timeline(workspace);
    timeline.setYouthId(youthId);

    workspace.centre().referralNoAnswerDays();
    ParticipationModel participations(workspace);
    participations.setYouthId(youthId);
    ReferralModel referrals(workspace);
    referrals.setYouthId(youthId);

    NetworkModel network(workspace.network());
    network.setYouthId(youthId);
    const std::optional<Youth> again = workspace.youths().load(youthId).valueOr({});
    ConsentModel consents(workspace.consents());
    consents.setYouth(youthId, again ? again->birthDate : QDate());
    rowsRead += (youth ? 1 : 0) + timeline.rowCount() + participations.rowCount() + referrals.rowCount()
        + network.rowCount() + (again ? 1 : 0) + consents.rowCount()
        + workspace.network().partnerContacts(youthId).valueOr({}).size();
    return youth ? rowsRead : -1;
}

// ---- The sqlite3 comparison ----

// A register query as the model runs it: which state to put the model in, and the same SQL for sqlite3.
struct Comparison
{
    QString name;
    YouthFilter filter;
    int sortColumn = YouthListModel::Name;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    bool bySort = false; // timed through sort() instead of setFilter()
    // Filled after the model has run it: the statements of its last refresh.
    QList<YouthListQuery::Statement> statements;
    double lotsenMs = 0;
};

QString sqlLiteral(const QVariant& value)
{
    if (value.isNull()) {
        return QStringLiteral("NULL");
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return u'\'' + value.toString().replace(u'\'', QStringLiteral("''")) + u'\'';
    }
}

// sqlite3 takes no bind values on its command line, so the values go into the text, in order.
QString inlineBinds(const QString& sql, const QVariantList& binds)
{
    QString result;
    qsizetype next = 0;
    for (QChar c : sql) {
        if (c == u'?' && next < binds.size()) {
            result += sqlLiteral(binds.at(next++));
        } else {
            result += c;
        }
    }
    return result;
}

// The statements one model refresh ran: the counts, and the row query whose first kModelFetchRows rows
// QSqlQueryModel fetches (a row query the model paged itself already has its LIMIT).
QStringList sqlite3Statements(const Comparison& comparison)
{
    QStringList statements;
    for (qsizetype i = 0; i < comparison.statements.size(); ++i) {
        const YouthListQuery::Statement& statement = comparison.statements.at(i);
        QString sql = inlineBinds(statement.sql, statement.binds);
        static const QRegularExpression paged(QStringLiteral(" LIMIT \\d+ OFFSET \\d+$"));
        if (i == comparison.statements.size() - 1 && !paged.match(statement.sql).hasMatch()) {
            sql += QStringLiteral(" LIMIT %1").arg(kModelFetchRows);
        }
        statements.append(sql);
    }
    return statements;
}

// Runs the statements `runs + 1` times in one sqlite3 process (the first round warms the cache, as for Lotsen)
// and returns the summed "Run Time: real" figures of each round after the first, in ms; empty on failure.
std::vector<double> sqlite3Rounds(const QString& program, const QString& databasePath, const QStringList& statements,
                                  int runs)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int round = 0; round <= runs; ++round) {
        for (const QString& statement : statements) {
            script += statement + QStringLiteral(";\n");
        }
    }
    QProcess process;
    process.start(program, { QStringLiteral("-batch"), QStringLiteral("-readonly"), databasePath });
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> times;
    auto matches = runTime.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (matches.hasNext()) {
        times.push_back(matches.next().captured(1).toDouble() * 1000.0);
    }
    const size_t perRound = size_t(statements.size());
    if (times.size() != perRound * size_t(runs + 1)) {
        return {};
    }
    std::vector<double> rounds(size_t(runs), 0.0);
    for (size_t i = perRound; i < times.size(); ++i) {
        rounds[i / perRound - 1] += times[i];
    }
    return rounds;
}

// The mean of sqlite3Rounds, in ms; -1 on failure.
double runSqlite3(const QString& program, const QString& databasePath, const QStringList& statements, int runs)
{
    const std::vector<double> rounds = sqlite3Rounds(program, databasePath, statements, runs);
    if (rounds.empty()) {
        return -1;
    }
    double total = 0;
    for (const double ms : rounds) {
        total += ms;
    }
    return total / double(rounds.size());
}

// ---- The reports ----

constexpr double kReportTargetMs = 1000.0;
constexpr double kAllReportsTargetMs = 3000.0;
constexpr int kReportRuns = 5;
constexpr int kAllReportsRuns = 3;

QString quoted(const QDate& date)
{
    return u'\'' + date.toString(Qt::ISODate) + u'\'';
}

// The statements ReportQuery runs for a report without filters, with the bind values written in for sqlite3: a copy
// of the SQL in models/reports/ReportQuery.cpp, to keep in step with it. Only for the two heaviest reports (the
// participants, which read every period, and the activity, which reads every contact); empty for the others.
QStringList reportStatements(const QString& key, const QDate& from, const QDate& to, const QDate& projectStart)
{
    const auto ageSql = [](const QString& dateExpression) {
        return QStringLiteral("(CAST(substr(%1, 1, 4) AS INTEGER) - CAST(substr(y.birth_date, 1, 4) AS INTEGER)"
                              " - (CASE WHEN substr(%1, 6, 5) < substr(y.birth_date, 6, 5) THEN 1 ELSE 0 END))")
            .arg(dateExpression);
    };
    const QString notInError = QStringLiteral(
        " AND NOT EXISTS (SELECT 1 FROM enrolment_exit e WHERE e.period_id = p.id AND e.reopened_at IS NULL"
        " AND e.reason = 'in_error')");
    const QString first = quoted(from);
    const QString last = quoted(to);
    QStringList statements;
    if (key == QLatin1String("participants")) {
        statements << QStringLiteral("SELECT y.gender, %1,"
                                     " SUM(CASE WHEN p.start_date < %2 THEN 1 ELSE 0 END),"
                                     " SUM(CASE WHEN p.start_date >= %2 THEN 1 ELSE 0 END),"
                                     " SUM(CASE WHEN p.end_date <= %3 THEN 1 ELSE 0 END),"
                                     " SUM(CASE WHEN p.end_date IS NULL OR p.end_date > %3 THEN 1 ELSE 0 END)"
                                     " FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                                     " WHERE p.start_date <= %3 AND (p.end_date IS NULL OR p.end_date >= %2)")
                          .arg(ageSql(QStringLiteral("p.start_date")), first, last)
                + notInError + QStringLiteral(" GROUP BY 1, 2");
        if (projectStart.isValid() && projectStart <= to) {
            const QString inner
                = QStringLiteral("SELECT p.youth_id, MIN(p.start_date) AS first_start FROM enrolment_period p"
                                 " WHERE p.start_date <= %1 AND (p.end_date IS NULL OR p.end_date >= %2)")
                      .arg(last, quoted(projectStart))
                + notInError + QStringLiteral(" GROUP BY p.youth_id");
            statements << QStringLiteral("SELECT y.gender, %1, COUNT(*) FROM (%2) f JOIN youth y ON y.id = f.youth_id"
                                         " WHERE 1 = 1 GROUP BY 1, 2")
                              .arg(ageSql(QStringLiteral("f.first_start")), inner);
        }
        statements << QStringLiteral(
                          "SELECT 'n', substr(p.start_date, 1, 7), COUNT(*) FROM enrolment_period p"
                          " JOIN youth y ON y.id = p.youth_id WHERE p.start_date >= %1 AND p.start_date <= %2")
                          .arg(first, last)
                + notInError
                + QStringLiteral(" GROUP BY 2 UNION ALL SELECT 'x', substr(p.end_date, 1, 7), COUNT(*)"
                                 " FROM enrolment_period p JOIN youth y ON y.id = p.youth_id"
                                 " WHERE p.end_date >= %1 AND p.end_date <= %2")
                      .arg(first, last)
                + notInError + QStringLiteral(" GROUP BY 2");
    } else if (key == QLatin1String("activity")) {
        const QString until = quoted(to.addDays(1));
        // One statement a month, as ReportQuery runs them over the covering index.
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            statements
                << QStringLiteral(
                       "SELECT c.kind, SUM(CASE WHEN c.struck_at IS NULL THEN 1 ELSE 0 END),"
                       " COUNT(DISTINCT CASE WHEN c.kind = 'drop_in' AND c.struck_at IS NULL THEN c.youth_id END)"
                       " FROM contact c WHERE c.kind IN ('meeting', 'phone', 'sms', 'email', 'video',"
                       " 'home_visit', 'drop_in', 'group_activity', 'letter', 'attempt')"
                       " AND c.occurred_at >= %1 AND c.occurred_at < %2 GROUP BY c.kind")
                       .arg(quoted(std::max(month, from)), quoted(std::min(month.addMonths(1), to.addDays(1))));
        }
        statements << QStringLiteral("SELECT 'v', substr(visited_at, 1, 7), COUNT(*) FROM anonymous_visit"
                                     " WHERE visited_at >= %1 AND visited_at < %2 GROUP BY 2"
                                     " UNION ALL SELECT 'g', substr(held_on, 1, 7), COUNT(*) FROM group_activity"
                                     " WHERE held_on >= %1 AND held_on <= %3 GROUP BY 2"
                                     " UNION ALL SELECT 'a', substr(g.held_on, 1, 7), COUNT(*) FROM group_activity g"
                                     " JOIN contact c ON c.activity_id = g.id AND c.struck_at IS NULL"
                                     " WHERE g.held_on >= %1 AND g.held_on <= %3 GROUP BY 2")
                          .arg(first, until, last);
    }
    return statements;
}

struct ReportTimes
{
    QString error; // empty on success
    QDate from;
    QDate to;
    QDate projectStart; // what the participants report counted its cumulative figure from
    bool projectStartSet = false; // by the bench, for the measurement only
    std::vector<std::pair<QString, double>> medians; // key, median ms, in page order
    double allMs = 0;
};

// Every report and the whole page through Workspace::reports(), as the Reports page asks for them, for the 12 months
// that end with the last full month of the data (the synthetic periods run up to the day of generation). Without
// accounts the permission check passes. A register without a project start gets one for the measurement (the
// earliest period), so that the participants report also counts since the project start; it is taken away after.
ReportTimes measureReports(Database& database)
{
    ReportTimes result;
    Workspace workspace(database);
    QDate latest;
    QDate earliest;
    {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT max(start_date), min(start_date) FROM enrolment_period"))
            && query.next()) {
            latest = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            earliest = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        }
    }
    if (!latest.isValid()) {
        latest = Clock::today();
    }
    result.to = QDate(latest.year(), latest.month(), 1).addDays(-1);
    result.from = QDate(result.to.year(), result.to.month(), 1).addMonths(-11);

    CentreSettings& centre = workspace.centre();
    result.projectStart = centre.projectStart();
    if (!result.projectStart.isValid() && earliest.isValid()) {
        if (const Result<void> saved
            = centre.setValue(CentreSettings::Key::ProjectStart, earliest.toString(Qt::ISODate));
            !saved) {
            result.error = saved.message();
            return result;
        }
        result.projectStart = earliest;
        result.projectStartSet = true;
    }

    ReportParameters parameters;
    parameters.from = result.from;
    parameters.to = result.to;
    const ReportQuery& reports = workspace.reports();
    for (const QString& key : ReportQuery::keys()) {
        std::vector<double> times;
        for (int run = 0; run <= kReportRuns && result.error.isEmpty(); ++run) { // the first run warms up
            Result<Report> report { Report() };
            const double ms = timeMs([&] { report = reports.report(key, parameters); });
            if (!report) {
                result.error = QStringLiteral("%1: %2").arg(key, report.message());
            } else if (run > 0) {
                times.push_back(ms);
            }
        }
        if (!result.error.isEmpty()) {
            break;
        }
        result.medians.emplace_back(key, median(times));
    }
    if (result.error.isEmpty()) {
        std::vector<double> times;
        for (int run = 0; run < kAllReportsRuns; ++run) {
            Result<QList<Report>> all { QList<Report>() };
            times.push_back(timeMs([&] { all = reports.all(parameters); }));
            if (!all) {
                result.error = QStringLiteral("all: %1").arg(all.message());
                break;
            }
        }
        result.allMs = median(times);
    }

    if (result.projectStartSet) {
        QSqlQuery remove(database.connection());
        remove.prepare(QStringLiteral("DELETE FROM setting WHERE key = ?"));
        remove.addBindValue(CentreSettings::name(CentreSettings::Key::ProjectStart));
        if (!remove.exec() && result.error.isEmpty()) {
            result.error = QStringLiteral("the project start set for the measurement could not be taken away");
        }
    }
    return result;
}

// ---- The data's lifecycle: an automatic backup, its encrypted copy, verify-backup, a restore, and a retention
// run that culls 10,000 youths (the re-application of a retention log that names them, as after a restore: the
// same anonymisation, VACUUM and checkpoint as a culling run). All on copies: the measured file is not changed.
struct LifecycleTimes
{
    QString error;
    double backupMs = 0;
    double backupMb = 0;
    double sqliteBackupMs = -1; // sqlite3: VACUUM INTO and integrity_check of the copy
    double encryptMs = 0; // encrypt and read back through the cipher (the key derived once, beforehand)
    double verifyMs = 0;
    double restoreMs = 0;
    double cullMs = 0;
    int culled = 0;
};

double runProcessMs(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return -1;
    }
    return elapsedMs(timer);
}

LifecycleTimes measureLifecycle(const QString& path, const QString& sqlite3)
{
    LifecycleTimes times;
    QTemporaryDir work;
    if (!work.isValid()) {
        times.error = QStringLiteral("no temporary folder");
        return times;
    }
    // sqlite3's VACUUM INTO and integrity_check of the copy, once before and once after Lotsen's backup, so that
    // neither side alone has the warmer page cache or the quieter disk; the mean is compared.
    const auto sqliteBackup = [&]() -> double {
        if (sqlite3.isEmpty()) {
            return -1;
        }
        const QString copy = work.filePath(QStringLiteral("sqlite3-copy.lotsen"));
        QFile::remove(copy);
        const double vacuumMs = runProcessMs(sqlite3, { path, QStringLiteral("VACUUM INTO '%1'").arg(copy) });
        const double checkMs = runProcessMs(sqlite3, { copy, QStringLiteral("PRAGMA integrity_check") });
        QFile::remove(copy);
        return vacuumMs < 0 || checkMs < 0 ? -1 : vacuumMs + checkMs;
    };
    const double sqliteBefore = sqliteBackup();
    BackupWriter::Options options;
    options.folder = work.filePath(QStringLiteral("backups"));
    const QDateTime now = Clock::now();
    options.now = now.addMSecs(-now.time().msec());
    Result<BackupWriter::Outcome> written = fail(QString());
    times.backupMs = timeMs([&] { written = BackupWriter::write(path, options); });
    if (!written) {
        times.error = written.message();
        return times;
    }
    times.backupMb = double(written->backup.size) / (1024.0 * 1024.0);
    const double sqliteAfter = sqliteBackup();
    times.sqliteBackupMs = sqliteBefore < 0 || sqliteAfter < 0 ? -1 : (sqliteBefore + sqliteAfter) / 2;

    const Result<BackupCipher::Key> key = BackupCipher::deriveNew(QStringLiteral("a passphrase for the benchmark"));
    if (!key) {
        times.error = key.message();
        return times;
    }
    const QString encrypted = work.filePath(QStringLiteral("copy.lotsen.enc"));
    QString cipherError;
    times.encryptMs = timeMs([&] {
        const Result<QByteArray> hash = BackupCipher::encrypt(written->backup.path, encrypted, *key);
        const Result<QByteArray> readBack
            = hash ? BackupCipher::plainHash(encrypted, *key) : Result<QByteArray>(hash.error());
        if (!readBack || *readBack != *hash) {
            cipherError
                = readBack ? QStringLiteral("the encrypted copy did not read back the same") : readBack.message();
        }
    });
    QFile::remove(encrypted);
    if (!cipherError.isEmpty()) {
        times.error = cipherError;
        return times;
    }

    Result<BackupVerifier::Report> verified = fail(QString());
    times.verifyMs
        = timeMs([&] { verified = BackupVerifier::verify(written->backup.path, 0, written->backup.counts); });
    if (!verified) {
        times.error = verified.message();
        return times;
    }

    const QString restoredPath = work.filePath(QStringLiteral("restored/centre.lotsen"));
    QDir().mkpath(QFileInfo(restoredPath).absolutePath());
    Result<BackupRestore::Outcome> restored = fail(QString());
    times.restoreMs = timeMs([&] { restored = BackupRestore::restore(restoredPath, written->backup, {}, now); });
    if (!restored) {
        times.error = restored.message();
        return times;
    }
    BackupWriter::remove(written->backup.path); // room on the disk for the culling's VACUUM

    Database database;
    if (!database.open(restoredPath).ok()) {
        times.error = QStringLiteral("the restored copy cannot be opened");
        return times;
    }
    RetentionLog::Run run;
    run.at = now;
    run.decision = QStringLiteral("benchmark");
    {
        // The exited youths first (as a policy would find them), then others, up to 10,000.
        QSqlQuery ids(database.connection());
        if (!ids.exec(QStringLiteral("SELECT id FROM youth WHERE anonymised_at IS NULL "
                                     "ORDER BY status = 'exited' DESC, id LIMIT 10000"))) {
            times.error = QStringLiteral("the youths to cull cannot be read");
            return times;
        }
        while (ids.next()) {
            run.youthIds << ids.value(0).toLongLong();
        }
    }
    {
        Workspace workspace(database);
        RetentionRepository retention(workspace, work.filePath(QStringLiteral("retention.log")));
        Result<RetentionRepository::Outcome> culled = fail(QString());
        times.cullMs = timeMs([&] { culled = retention.reapplyAfterRestore({ run }); });
        if (!culled) {
            times.error = culled.message();
            return times;
        }
        times.culled = culled->youths + culled->prospects;
    }
    database.close();
    return times;
}

// ---- Generation, in a child process so that its memory does not count in this process's peak ----

int generate(const QString& path, int youths, int contactsPerYouth)
{
    Database database;
    const Database::OpenResult opened = database.open(path);
    if (opened.status != Database::OpenStatus::Created) {
        return error(QStringLiteral("cannot create the database: %1").arg(opened.message));
    }
    QElapsedTimer timer;
    timer.start();
    if (const Result<void> written = DemoDataGenerator::writeSynthetic(database, youths, contactsPerYouth); !written) {
        return error(QStringLiteral("generation failed: %1").arg(written.message()));
    }
    figure(
        QStringLiteral("generate_ms"), elapsedMs(timer),
        QStringLiteral("%1 youths, %2 contacts, one transaction").arg(youths).arg(qint64(youths) * contactsPerYouth));
    database.close();
    return 0;
}

int youthCount(const QString& path)
{
    Database database;
    if (!database.open(path).ok()) {
        return -1;
    }
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM youth")) && query.next() ? query.value(0).toInt() : -1;
}

// ---- An action plan to PDF ----

struct PlanPdfTimes
{
    QString error; // empty on success
    int pages = 0;
    double firstMs = 0; // the first run: fonts loaded, caches cold
    double meanMs = 0;
    double worstMs = 0;
};

// What "Export PDF" and "lotsen export-plan" do for a plan of 30 steps: load the plan, build the document
// (youth, mentor, centre, logo) and write the PDF. On a demo database of its own, so that a reused register
// file is never changed; the youth and the plan are read by id, as in the large register.
PlanPdfTimes timePlanPdf(Workspace& workspace, qint64 youthId, const QString& pdf, int runs);

PlanPdfTimes measurePlanPdf(int runs, const QString& keepPdf)
{
    PlanPdfTimes result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error = QStringLiteral("no temporary folder");
        return result;
    }
    Database database;
    const Database::OpenResult opened = database.open(dir.filePath(QStringLiteral("plan.lotsen")));
    if (opened.status != Database::OpenStatus::Created) {
        result.error = QStringLiteral("cannot create the plan database: %1").arg(opened.message);
        return result;
    }
    if (const Result<void> written = DemoDataGenerator::writeDemo(database, Clock::today()); !written) {
        result.error = written.message();
        return result;
    }
    Workspace workspace(database);
    qint64 youthId = 0;
    {
        QSqlQuery query(database.connection());
        if (query.exec(QStringLiteral("SELECT p.youth_id FROM action_plan p JOIN youth y ON y.id = p.youth_id "
                                      "WHERE p.frozen_at IS NULL AND y.status = 'active' "
                                      "ORDER BY y.personal_number IS NULL, y.id LIMIT 1"))
            && query.next()) {
            youthId = query.value(0).toLongLong();
        }
    }
    if (youthId == 0) {
        result.error = QStringLiteral("the demo has no active youth with a plan");
        return result;
    }
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    result = timePlanPdf(workspace, youthId, pdf, runs);
    // The last run's file, to compare the pages before and after a change (pdftotext, pdfinfo, pdftoppm).
    if (result.error.isEmpty() && !keepPdf.isEmpty()) {
        QFile::remove(keepPdf);
        if (!QFile::copy(pdf, keepPdf)) {
            result.error = QStringLiteral("the PDF could not be copied to %1").arg(keepPdf);
        }
    }
    return result;
}

// Gives the youth's current plan kPlanSteps steps (saved as a new version), then loads it, builds the document and
// writes `pdf`, `runs + 1` times (the first is reported apart).
PlanPdfTimes timePlanPdf(Workspace& workspace, qint64 youthId, const QString& pdf, int runs)
{
    PlanPdfTimes result;
    std::optional<ActionPlan> plan = workspace.plans().current(youthId).valueOr({});
    if (!plan) {
        result.error = QStringLiteral("the youth has no current plan");
        return result;
    }
    // Steps of one to four lines, some with an outcome, so that rows differ in height as in real plans.
    static constexpr std::array<const char*, 5> kDescriptions {
        "Träffa studie- och yrkesvägledaren på Komvux",
        "Söka praktik på ett lager i Göteborg och följa upp med handledaren varje vecka",
        "Öva på anställningsintervju med mentorn",
        "Gå igenom brev från myndigheter tillsammans och svara på dem som behöver svar före nästa möte, med "
        "hjälp av mentorn eller en anhörig som jag har gett samtycke för",
        "Ställa mig i bostadskön",
    };
    const QDate start = plan->planDate;
    for (qsizetype i = plan->steps.size(); i < kPlanSteps; ++i) {
        PlanStep step;
        step.description = QString::fromUtf8(kDescriptions[size_t(i) % kDescriptions.size()]);
        step.responsible = i % 3 == 0 ? StepResponsible::Other
            : i % 3 == 1              ? StepResponsible::Youth
                                      : StepResponsible::Mentor;
        step.responsibleName
            = step.responsible == StepResponsible::Other ? QStringLiteral("Arbetsförmedlingen") : QString();
        step.startDate = start.addDays(i);
        step.dueDate = start.addDays(i + 14);
        step.status = i % 4 == 0 ? StepStatus::Done : StepStatus::Planned;
        step.outcome = i % 5 == 0 ? QStringLiteral("Det gick bra, vi fortsätter.") : QString();
        plan->steps.append(step);
    }
    const Result<qint64> saved = workspace.plans().save(*plan);
    if (!saved.ok()) {
        result.error = saved.message();
        return result;
    }

    std::vector<double> times;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::optional<ActionPlan> loaded = workspace.plans().current(youthId).valueOr({});
        if (!loaded || loaded->steps.size() != kPlanSteps) {
            result.error = QStringLiteral("the plan did not load with %1 steps").arg(kPlanSteps);
            return result;
        }
        const Result<std::unique_ptr<QTextDocument>> document = PlanPrintout::document(workspace, *loaded, false);
        if (!document) {
            result.error = document.message();
            return result;
        }
        const Result<int> written = PagedDocumentRenderer::writePdf(**document, pdf, Clock::today());
        if (!written) {
            result.error = written.message();
            return result;
        }
        result.pages = *written;
        times.push_back(elapsedMs(timer));
    }
    result.firstMs = times.front();
    times.erase(times.begin());
    double total = 0;
    for (double ms : times) {
        total += ms;
    }
    result.meanMs = total / double(times.size());
    result.worstMs = *std::max_element(times.begin(), times.end());
    return result;
}

// ---- The same on a PostgreSQL server (issue 17 §5): the register moved there with RegisterMover, then measured
// through the same models, each figure beside the file's and beside psql running the same SQL ----

QString quotedName(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// --server's address, or the test server named by LOTSEN_TEST_PG_STATE (scripts/pg-test-server; its superuser
// lotsen_super, a database lotsen_bench_<pid>). The password, if the server asks for one, comes from PGPASSWORD.
std::optional<ServerAddress> benchServer(const QString& url, QString& message)
{
    if (!url.isEmpty()) {
        std::optional<ServerAddress> address = ServerAddress::fromUrl(url);
        if (!address) {
            message = QStringLiteral("--server needs an address postgresql://user@host:port/dbname");
        }
        return address;
    }
    const QString statePath = qEnvironmentVariable("LOTSEN_TEST_PG_STATE");
    if (statePath.isEmpty()) {
        message = QStringLiteral("the server section needs --server or LOTSEN_TEST_PG_STATE");
        return std::nullopt;
    }
    QFile state(statePath);
    if (!state.open(QIODevice::ReadOnly | QIODevice::Text)) {
        message = QStringLiteral("LOTSEN_TEST_PG_STATE names a file that cannot be read");
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("host=(\\S+) port=(\\d+)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(state.readAll()));
    if (!match.hasMatch()) {
        message = QStringLiteral("the state file of LOTSEN_TEST_PG_STATE is malformed");
        return std::nullopt;
    }
    ServerAddress address;
    address.host = match.captured(1);
    address.port = match.captured(2).toInt();
    address.user = QStringLiteral("lotsen_super");
    address.database = QStringLiteral("lotsen_bench_%1").arg(QCoreApplication::applicationPid());
    return address;
}

// Runs statements on `database` of the server on a connection of its own; empty on success, else the error.
QString runOnServer(const ServerAddress& address, const QString& database, const QStringList& statements)
{
    const QString name = QStringLiteral("lotsen-bench-admin");
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(database);
        db.setUserName(address.user);
        db.setPassword(address.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;sslmode=%1").arg(address.effectiveSslMode()));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    problem = query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

// Drops the bench's database when the server section ends, also on an error, unless --keep.
class ServerDatabaseGuard
{
public:
    ServerDatabaseGuard(ServerAddress address, bool keep) : m_address(std::move(address)), m_keep(keep) { }
    ServerDatabaseGuard(const ServerDatabaseGuard&) = delete;
    ServerDatabaseGuard& operator=(const ServerDatabaseGuard&) = delete;
    ~ServerDatabaseGuard()
    {
        if (m_keep) {
            detail(QStringLiteral("server database kept: %1").arg(m_address.database));
            return;
        }
        const QString problem = runOnServer(
            m_address, QStringLiteral("postgres"),
            { QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quotedName(m_address.database)) });
        if (!problem.isEmpty()) {
            detail(QStringLiteral("the server database %1 could not be dropped: %2").arg(m_address.database, problem));
        }
    }

private:
    ServerAddress m_address;
    bool m_keep;
};

// The psql program and how it reaches the bench's database: -X (no ~/.psqlrc), the C locale (so that "Time:" is
// not translated), the address's sslmode.
struct Psql
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
};

std::optional<Psql> findPsql(const ServerAddress& address)
{
    Psql psql;
    psql.program = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.program.isEmpty()) {
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& version : found) {
            const QString candidate = versions.filePath(version + QStringLiteral("/bin/psql"));
            if (QFileInfo(candidate).isExecutable()) {
                psql.program = candidate; // the newest (last) wins
            }
        }
    }
    if (psql.program.isEmpty()) {
        return std::nullopt;
    }
    psql.arguments
        = { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), address.host,         QStringLiteral("-p"), QString::number(address.port),
            QStringLiteral("-U"), address.user,         QStringLiteral("-d"), address.database };
    psql.environment = QProcessEnvironment::systemEnvironment();
    psql.environment.insert(QStringLiteral("PGSSLMODE"), address.effectiveSslMode());
    psql.environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    psql.environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return psql;
}

// The statements of one model refresh with their bind values written in, as the model ran them. On a server the
// model reads the register a page at a time (QPSQL would read a whole result at once), so its row statement already
// ends in the page's LIMIT/OFFSET and psql runs exactly that; nothing is added, unlike sqlite3's LIMIT.
QStringList psqlStatements(const QList<YouthListQuery::Statement>& statements)
{
    QStringList result;
    for (const YouthListQuery::Statement& statement : statements) {
        result.append(inlineBinds(statement.sql, statement.binds));
    }
    return result;
}

// Runs the groups of statements `runs + 1` times in one psql process with \timing (the first round warms the
// server's cache, as Lotsen's first run does) and returns, per group, the summed "Time:" figures of each later
// round, in ms: psql's own round trip, the result read to the client and thrown away. Empty on failure.
std::vector<std::vector<double>> psqlRounds(const Psql& psql, const QList<QStringList>& groups, int runs)
{
    QString script = QStringLiteral("\\timing on\n\\o /dev/null\n");
    size_t perRound = 0;
    for (const QStringList& group : groups) {
        perRound += size_t(group.size());
    }
    for (int round = 0; round <= runs; ++round) {
        for (const QStringList& group : groups) {
            for (const QString& statement : group) {
                script += statement + QStringLiteral(";\n");
            }
        }
    }
    QProcess process;
    process.setProcessEnvironment(psql.environment);
    process.start(psql.program, psql.arguments);
    if (!process.waitForStarted()) {
        return {};
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    static const QRegularExpression timeLine(QStringLiteral("^Time: ([0-9.]+) ms"),
                                             QRegularExpression::MultilineOption);
    std::vector<double> times;
    auto matches = timeLine.globalMatch(QString::fromUtf8(process.readAllStandardOutput()));
    while (matches.hasNext()) {
        times.push_back(matches.next().captured(1).toDouble());
    }
    if (times.size() != perRound * size_t(runs + 1)) {
        return {};
    }
    std::vector<std::vector<double>> result(size_t(groups.size()), std::vector<double>(size_t(runs), 0.0));
    size_t next = perRound; // after the warm-up round
    for (size_t round = 0; round < size_t(runs); ++round) {
        for (size_t group = 0; group < size_t(groups.size()); ++group) {
            for (qsizetype i = 0; i < groups.at(qsizetype(group)).size(); ++i) {
                result[group][round] += times[next++];
            }
        }
    }
    return result;
}

// psql's timer counts in microseconds; a ratio to less than that is noise.
double psqlRatio(double lotsenMs, double psqlMs)
{
    return lotsenMs / std::max(psqlMs, 0.001);
}

// The server section: creates the database, moves the file `path` there, and measures the register (search per
// keystroke with psql's figure for each, the three sqlite3 comparisons against psql), Today, a youth's card and
// the plan to PDF on it; then each figure's ratio to the file's figure of the same name, if measured. The database
// is dropped at the end unless `keep`. Returns 0, or 1 after an error line.
int measureServer(const QString& path, const ServerAddress& server, int runs, bool keep,
                  const std::function<QString(bool)>& target)
{
    detail(QStringLiteral("server: %1").arg(server.shownName()));
    const std::optional<Psql> psql = findPsql(server);
    if (const QString problem = runOnServer(server, QStringLiteral("postgres"),
                                            { QStringLiteral("CREATE DATABASE %1").arg(quotedName(server.database)) });
        !problem.isEmpty()) {
        return error(QStringLiteral("the server database cannot be created: %1").arg(problem));
    }
    const ServerDatabaseGuard guard(server, keep);

    // ---- lotsen migrate: the file's register into the empty database ----
    {
        Database source;
        if (const Database::OpenResult opened = source.open(path, Database::Mode::ReadOnly); !opened.ok()) {
            return error(QStringLiteral("the file cannot be opened for the move: %1").arg(opened.message));
        }
        Database serverCopy;
        if (const Database::OpenResult opened = serverCopy.openServer(server); !opened.ok()) {
            return error(QStringLiteral("the server database cannot be opened: %1").arg(opened.message));
        }
        RegisterMover mover(source, serverCopy);
        Result<RegisterMover::Outcome> moved = fail(QString());
        const double moveMs = timeMs([&] { moved = mover.move(); });
        if (!moved) {
            return error(QStringLiteral("the move failed: %1").arg(moved.message()));
        }
        figure(QStringLiteral("server_migrate_ms"), moveMs,
               QStringLiteral("RegisterMover as lotsen migrate: %1 rows in %2 tables, checks included, no target")
                   .arg(moved->rows)
                   .arg(moved->tables.size()));
        figure(QStringLiteral("server_migrate_rows_per_s"), double(moved->rows) / std::max(moveMs / 1000.0, 0.001),
               QStringLiteral("no target"));
        // Planner statistics, as autovacuum would gather them within a minute of the move.
        bool analyzed = false;
        const double analyzeMs = timeMs([&] {
            QSqlQuery analyze(serverCopy.connection());
            analyzed = analyze.exec(QStringLiteral("ANALYZE"));
        });
        if (!analyzed) {
            return error(QStringLiteral("ANALYZE failed on the server"));
        }
        figure(QStringLiteral("server_analyze_ms"), analyzeMs,
               QStringLiteral("ANALYZE after the move (autovacuum would), no target"));
        serverCopy.close();
        source.close();
    }

    // ---- Open: the connection and schema check, the model's first query and the first screen of rows ----
    auto database = std::make_unique<Database>();
    std::unique_ptr<YouthListModel> model;
    QString openMessage;
    const double openMs = timeMs([&] {
        const Database::OpenResult opened = database->openServer(server);
        openMessage = opened.ok() ? QString() : opened.message;
        if (opened.ok()) {
            model = std::make_unique<YouthListModel>(*database);
            readFirstPage(*model);
        }
    });
    if (!model) {
        return error(QStringLiteral("open on the server failed: %1").arg(openMessage));
    }
    figure(QStringLiteral("server_open_first_page_ms"), openMs,
           QStringLiteral("target < %1, %2").arg(kOpenTargetMs).arg(target(openMs < kOpenTargetMs)));

    // ---- Search as you type, the same keystrokes; each keystroke's statements also through psql ----
    const QStringList keystrokes = searchKeystrokes();
    std::vector<double> keystrokeMs;
    QList<QStringList> keystrokeStatements;
    for (const QString& text : keystrokes) {
        YouthFilter filter;
        filter.text = text;
        keystrokeMs.push_back(timeMs([&] {
            model->setFilter(filter);
            readFirstPage(*model);
        }));
        keystrokeStatements.append(psqlStatements(model->lastStatements()));
    }
    std::vector<double> warmMs;
    for (const QString& text : keystrokes) {
        YouthFilter filter;
        filter.text = text;
        warmMs.push_back(timeMs([&] {
            model->setFilter(filter);
            readFirstPage(*model);
        }));
    }
    const double keystrokeMedian = median(keystrokeMs);
    const double keystrokeWorst = *std::max_element(keystrokeMs.begin(), keystrokeMs.end());
    figure(QStringLiteral("server_search_keystroke_median_ms"), keystrokeMedian,
           QStringLiteral("target < %1, %2").arg(kKeystrokeTargetMs).arg(target(keystrokeMedian < kKeystrokeTargetMs)));
    figure(QStringLiteral("server_search_keystroke_worst_ms"), keystrokeWorst,
           QStringLiteral("target < %1, %2").arg(kKeystrokeTargetMs).arg(target(keystrokeWorst < kKeystrokeTargetMs)));
    figure(QStringLiteral("server_search_keystroke_warm_median_ms"), median(warmMs),
           QStringLiteral("second pass, no target"));
    if (!psql) {
        detail(QStringLiteral("psql comparison skipped: the psql program is not installed"));
    } else {
        const std::vector<std::vector<double>> rounds = psqlRounds(*psql, keystrokeStatements, runs);
        if (rounds.empty()) {
            return error(QStringLiteral("psql failed for the keystrokes"));
        }
        std::vector<double> psqlMs;
        for (size_t i = 0; i < rounds.size(); ++i) {
            psqlMs.push_back(median(rounds[i]));
            detail(QStringLiteral("server keystroke \"%1\": Lotsen %2 ms warm, psql %3 ms (median of %4), ratio %5")
                       .arg(keystrokes.at(qsizetype(i)))
                       .arg(warmMs[i], 0, 'f', 2)
                       .arg(psqlMs.back(), 0, 'f', 2)
                       .arg(runs)
                       .arg(psqlRatio(warmMs[i], psqlMs.back()), 0, 'f', 2));
        }
        figure(QStringLiteral("psql_search_keystroke_median_ms"), median(psqlMs),
               QStringLiteral("the median keystroke's statements, median of %1 each").arg(runs));
        out() << "ratio_psql_search_keystroke " << QString::number(psqlRatio(median(warmMs), median(psqlMs)), 'f', 2)
              << "  (server_search_keystroke_warm_median_ms / psql_search_keystroke_median_ms, no target)\n";
    }

    // ---- The sqlite3 comparisons of the file, here against psql ----
    std::vector<Comparison> comparisons(3);
    comparisons[0].name = QStringLiteral("search");
    comparisons[0].filter.text = QStringLiteral("Anders");
    comparisons[1].name = QStringLiteral("status");
    comparisons[1].filter.status = YouthStatus::Active;
    comparisons[2].name = QStringLiteral("sort_name");
    comparisons[2].bySort = true;
    for (Comparison& comparison : comparisons) {
        if (comparison.bySort) {
            model->setFilter(comparison.filter);
        } else {
            model->sort(comparison.sortColumn, comparison.sortOrder);
        }
        const auto step = [&] {
            if (comparison.bySort) {
                model->sort(comparison.sortColumn, comparison.sortOrder);
            } else {
                model->setFilter(comparison.filter);
            }
            readFirstPage(*model);
        };
        step();
        double total = 0;
        for (int run = 0; run < runs; ++run) {
            total += timeMs(step);
        }
        comparison.lotsenMs = total / runs;
        comparison.statements = model->lastStatements();
        figure(QStringLiteral("server_lotsen_%1_ms").arg(comparison.name), comparison.lotsenMs,
               QStringLiteral("mean of %1").arg(runs));
        if (!psql) {
            continue;
        }
        const std::vector<std::vector<double>> rounds
            = psqlRounds(*psql, { psqlStatements(comparison.statements) }, runs);
        if (rounds.empty()) {
            return error(QStringLiteral("psql failed for %1").arg(comparison.name));
        }
        double psqlTotal = 0;
        for (const double ms : rounds.front()) {
            psqlTotal += ms;
        }
        const double psqlMs = psqlTotal / runs;
        figure(QStringLiteral("psql_%1_ms").arg(comparison.name), psqlMs, QStringLiteral("mean of %1").arg(runs));
        out() << "ratio_psql_" << comparison.name << ' '
              << QString::number(psqlRatio(comparison.lotsenMs, psqlMs), 'f', 2) << "  (server_lotsen_"
              << comparison.name << "_ms / psql_" << comparison.name << "_ms, no target)\n";
    }
    model.reset();

    // ---- Today, a youth's card and the plan to PDF: many statements through several repositories each, so they
    // have no psql figure; their ratio is to the file's ----
    Workspace workspace(*database);
    {
        std::unique_ptr<AttentionModel> today;
        Result<void> computed = success();
        const double firstMs = timeMs([&] {
            today = std::make_unique<AttentionModel>(workspace);
            computed = today->refresh();
            readTodayPage(*today);
        });
        if (!computed) {
            return error(QStringLiteral("Today on the server failed: %1").arg(computed.message()));
        }
        std::vector<double> todayMs;
        for (int run = 0; run < runs; ++run) {
            todayMs.push_back(timeMs([&] {
                computed = today->refresh();
                readTodayPage(*today);
            }));
        }
        if (!computed) {
            return error(QStringLiteral("Today on the server failed: %1").arg(computed.message()));
        }
        out() << "server_today_flagged " << today->rowCount() << "  (youths on the Today list, all mentors)\n";
        figure(QStringLiteral("server_today_first_ms"), firstMs,
               QStringLiteral("first computation after open, target < %1, %2")
                   .arg(kTodayTargetMs)
                   .arg(target(firstMs < kTodayTargetMs)));
        const double todayMedian = median(todayMs);
        figure(QStringLiteral("server_today_ms"), todayMedian,
               QStringLiteral("median of %1, all mentors, target < %2, %3")
                   .arg(runs)
                   .arg(kTodayTargetMs)
                   .arg(target(todayMedian < kTodayTargetMs)));
    }
    {
        std::vector<qint64> youthIds;
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT id FROM youth ORDER BY random() LIMIT %1").arg(kCardOpens))) {
            while (query.next()) {
                youthIds.push_back(query.value(0).toLongLong());
            }
        }
        query.finish();
        for (const qint64 id : youthIds) { // untimed, as for the file
            if (openYouthCard(workspace, id) < 0) {
                return error(QStringLiteral("youth %1 did not load from the server").arg(id));
            }
        }
        AccessLog& log = workspace.accessLog();
        std::vector<double> plainMs;
        std::vector<double> appendMs;
        for (const qint64 id : youthIds) {
            plainMs.push_back(timeMs([&] { openYouthCard(workspace, id); }));
            Result<void> appended = success();
            appendMs.push_back(timeMs([&] {
                appended = log.append(0, QStringLiteral("bench"), AccessAction::OpenYouth, id, QStringLiteral("card"));
            }));
            if (!appended) {
                return error(QStringLiteral("the server's access log refused an entry: %1").arg(appended.message()));
            }
        }
        figure(QStringLiteral("server_open_youth_card_us"), median(plainMs) * 1000.0,
               QStringLiteral("median of %1, the card's loads, no logging").arg(youthIds.size()));
        figure(QStringLiteral("server_access_log_append_us"), median(appendMs) * 1000.0,
               QStringLiteral("median of %1, the entry alone").arg(youthIds.size()));
    }
    {
        qint64 youthId = 0;
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT p.youth_id FROM action_plan p JOIN youth y ON y.id = p.youth_id "
                                      "WHERE p.frozen_at IS NULL AND y.status = 'active' ORDER BY y.id LIMIT 1"))
            && query.next()) {
            youthId = query.value(0).toLongLong();
        }
        query.finish();
        QTemporaryDir dir;
        if (youthId == 0 || !dir.isValid()) {
            detail(QStringLiteral("server plan to PDF skipped: no active youth with a plan, or no temporary folder"));
        } else {
            const PlanPdfTimes planPdf
                = timePlanPdf(workspace, youthId, dir.filePath(QStringLiteral("plan.pdf")), kPlanPdfRuns);
            if (!planPdf.error.isEmpty()) {
                return error(QStringLiteral("plan to PDF on the server failed: %1").arg(planPdf.error));
            }
            detail(QStringLiteral("server plan to PDF: a register youth's plan given %1 steps, %2 pages; first run "
                                  "%3 ms")
                       .arg(kPlanSteps)
                       .arg(planPdf.pages)
                       .arg(planPdf.firstMs, 0, 'f', 1));
            figure(QStringLiteral("server_plan_pdf_ms"), planPdf.meanMs,
                   QStringLiteral("mean of %1, target < %2, %3")
                       .arg(kPlanPdfRuns)
                       .arg(kPlanPdfTargetMs)
                       .arg(target(planPdf.meanMs < kPlanPdfTargetMs)));
        }
    }
    database->close();

    // ---- Side by side: each server figure over the file's of the same name ----
    const QStringList names = figures().keys();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    for (const QString& name : std::as_const(sorted)) {
        if (!name.startsWith(QLatin1String("server_"))) {
            continue;
        }
        const QString fileName = name.mid(7);
        if (!figures().contains(fileName) || figures().value(fileName) <= 0) {
            continue;
        }
        out() << "ratio_server_file_" << fileName << ' '
              << QString::number(figures().value(name) / figures().value(fileName), 'f', 2) << "  (" << name << " / "
              << fileName << ", no target)\n";
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // The plan's PDF needs fonts, hence a QGuiApplication; without a display the offscreen platform serves.
    // The generating child process only writes SQL.
    const bool generateOnly = std::any_of(
        argv + 1, argv + argc, [](const char* argument) { return std::strcmp(argument, "--generate-only") == 0; });
    if (!generateOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application
        = generateOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QGuiApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("lotsen-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the Lotsen register on synthetic data against the targets in README.md."));
    parser.addHelpOption();
    const QCommandLineOption youthsOption(QStringLiteral("youths"), QStringLiteral("Youths to generate (100000)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Use FILE if it exists, otherwise generate it there."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated temporary database."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Repetitions for the sqlite3 comparison (10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption contactsOption(
        QStringLiteral("contacts-per-youth"),
        QStringLiteral("Contacts to generate per youth (%1).").arg(DemoDataGenerator::DefaultContactsPerYouth),
        QStringLiteral("N"), QString::number(DemoDataGenerator::DefaultContactsPerYouth));
    const QStringList sections { QStringLiteral("register"), QStringLiteral("today"),    QStringLiteral("card"),
                                 QStringLiteral("reports"),  QStringLiteral("plan_pdf"), QStringLiteral("lifecycle"),
                                 QStringLiteral("server") };
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only these parts, comma-separated: %1 (all; server only when named or with "
                       "--server). Opening and the peak memory always. server: moves the register into a new "
                       "database on a PostgreSQL server (as lotsen migrate, timed), measures opening, search per "
                       "keystroke, the sqlite3 comparisons, Today, a card and the plan PDF there, each with its ratio "
                       "to psql running the same SQL (where one is known) and to the file's figure; the database is "
                       "dropped after, unless --keep.")
            .arg(sections.join(QStringLiteral(", "))),
        QStringLiteral("PARTS"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("The server section's PostgreSQL server: postgresql://user@host:port/dbname, where dbname is "
                       "created (it must not exist) and dropped after; the user needs CREATEDB, a password comes "
                       "from PGPASSWORD. Without it the server of LOTSEN_TEST_PG_STATE (the state file of "
                       "scripts/pg-test-server: its superuser lotsen_super, a database lotsen_bench_<pid>)."),
        QStringLiteral("URL"));
    const QCommandLineOption planPdfOption(
        QStringLiteral("plan-pdf"),
        QStringLiteral("Keep the plan section's last PDF as FILE, to compare the pages before and after a change."),
        QStringLiteral("FILE"));
    QCommandLineOption generateOnlyOption(QStringLiteral("generate-only"));
    generateOnlyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ youthsOption, databaseOption, keepOption, runsOption, contactsOption, onlyOption, serverOption,
                        planPdfOption, generateOnlyOption });
    parser.process(app);

    bool ok = false;
    const int youths = parser.value(youthsOption).toInt(&ok);
    if (!ok || youths < 1) {
        return error(QStringLiteral("--youths needs a positive number"));
    }
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        return error(QStringLiteral("--runs needs a positive number"));
    }
    const int contactsPerYouth = parser.value(contactsOption).toInt(&ok);
    if (!ok || contactsPerYouth < 0) {
        return error(QStringLiteral("--contacts-per-youth needs a number of 0 or more"));
    }
    if (parser.isSet(generateOnlyOption)) {
        return generate(parser.value(databaseOption), youths, contactsPerYouth);
    }
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    for (const QString& section : only) {
        if (!sections.contains(section)) {
            return error(QStringLiteral("--only knows %1, not %2").arg(sections.join(QStringLiteral(", ")), section));
        }
    }
    const auto wants = [&only](const char* section) {
        return only.isEmpty() || only.contains(QLatin1String(section));
    };
    std::optional<ServerAddress> server;
    const bool wantsServer = only.contains(QStringLiteral("server")) || (only.isEmpty() && parser.isSet(serverOption));
    if (wantsServer) {
        QString message;
        server = benchServer(parser.value(serverOption), message);
        if (!server) {
            return error(message);
        }
    }

    // ---- The database: reuse, or generate in a child process ----
    QTemporaryDir temporaryDir;
    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        if (!temporaryDir.isValid()) {
            return error(QStringLiteral("no temporary folder"));
        }
        path = temporaryDir.filePath(QStringLiteral("bench.lotsen"));
        if (parser.isSet(keepOption)) {
            temporaryDir.setAutoRemove(false);
        }
    }
    if (QFileInfo::exists(path)) {
        detail(QStringLiteral("reusing the existing database"));
    } else {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--generate-only"), QStringLiteral("--youths"), QString::number(youths),
                      QStringLiteral("--contacts-per-youth"), QString::number(contactsPerYouth),
                      QStringLiteral("--database"), path });
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            return error(QStringLiteral("generating the database failed"));
        }
    }
    if (parser.isSet(keepOption) || !parser.value(databaseOption).isEmpty()) {
        detail(QStringLiteral("database: %1").arg(path));
    }
    const int registered = youthCount(path); // also lets the first open below find the file in the OS cache
    if (registered < 0) {
        return error(QStringLiteral("the database cannot be opened"));
    }
    out() << "youths " << registered << "  (in the register)\n";
    figure(QStringLiteral("database_mb"), double(QFileInfo(path).size()) / (1024.0 * 1024.0),
           QStringLiteral("file size"));

    bool allMet = true;
    const auto target = [&allMet](bool met) {
        allMet = allMet && met;
        return met ? QStringLiteral("ok") : QStringLiteral("MISSED");
    };

    // ---- Open: the file check and migration check, the model's first query and the first screen of rows ----
    auto database = std::make_unique<Database>();
    std::unique_ptr<YouthListModel> model;
    QString openMessage;
    const double openMs = timeMs([&] {
        const Database::OpenResult opened = database->open(path);
        openMessage = opened.ok() ? QString() : opened.message;
        if (opened.ok()) {
            model = std::make_unique<YouthListModel>(*database);
            readFirstPage(*model);
        }
    });
    if (!model) {
        return error(QStringLiteral("open failed: %1").arg(openMessage));
    }
    figure(QStringLiteral("open_first_page_ms"), openMs,
           QStringLiteral("target < %1, %2").arg(kOpenTargetMs).arg(target(openMs < kOpenTargetMs)));
    // Large files get their page check in the background after opening (Database::integrityCheckDeferred).
    if (!wants("register")) {
        // The page check belongs to the register's figures.
    } else if (database->integrityCheckDeferred()) {
        QString problem;
        const double checkMs = timeMs([&] { problem = Database::checkIntegrity(path); });
        figure(QStringLiteral("integrity_check_ms"), checkMs,
               QStringLiteral("quick_check in the background after open, %1, no target")
                   .arg(problem.isEmpty() ? QStringLiteral("sound") : QStringLiteral("DAMAGED")));
    } else {
        detail(QStringLiteral("the file was checked page by page before opening (small enough)"));
    }

    if (!only.isEmpty()) {
        detail(QStringLiteral("only %1 measured").arg(only.join(QStringLiteral(", "))));
    }
    qint64 mentorId = 0;
    {
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT min(id) FROM staff WHERE active = 1")) && query.next()) {
            mentorId = query.value(0).toLongLong();
        }
    }
    std::vector<Comparison> comparisons;

    if (wants("register")) {
        // ---- Search as you type: a surname, then a first name, then a personal number, letter by letter ----
        const QStringList keystrokes = searchKeystrokes();
        std::vector<double> keystrokeMs;
        for (const QString& text : std::as_const(keystrokes)) {
            YouthFilter filter;
            filter.text = text;
            const double ms = timeMs([&] {
                model->setFilter(filter);
                readFirstPage(*model);
            });
            keystrokeMs.push_back(ms);
            detail(QStringLiteral("keystroke %1 ms, %2 matches for \"%3\"")
                       .arg(ms, 0, 'f', 1)
                       .arg(model->matchingCount())
                       .arg(text));
        }
        const double keystrokeMedian = median(keystrokeMs);
        const double keystrokeWorst = *std::max_element(keystrokeMs.begin(), keystrokeMs.end());
        detail(QStringLiteral("%1 keystrokes").arg(keystrokeMs.size()));
        // The figures above include the first touch of the search index's pages; a second pass shows the warm cost,
        // which tells a slow query shape from a cold cache.
        std::vector<double> warmMs;
        for (const QString& text : std::as_const(keystrokes)) {
            YouthFilter filter;
            filter.text = text;
            warmMs.push_back(timeMs([&] {
                model->setFilter(filter);
                readFirstPage(*model);
            }));
        }
        const auto warmWorst = std::max_element(warmMs.begin(), warmMs.end());
        detail(QStringLiteral("second pass, warm: median %1 ms, worst %2 ms for \"%3\"")
                   .arg(median(warmMs), 0, 'f', 1)
                   .arg(*warmWorst, 0, 'f', 1)
                   .arg(keystrokes.at(warmWorst - warmMs.begin())));
        figure(QStringLiteral("search_keystroke_median_ms"), keystrokeMedian,
               QStringLiteral("target < %1, %2")
                   .arg(kKeystrokeTargetMs)
                   .arg(target(keystrokeMedian < kKeystrokeTargetMs)));
        figure(
            QStringLiteral("search_keystroke_worst_ms"), keystrokeWorst,
            QStringLiteral("target < %1, %2").arg(kKeystrokeTargetMs).arg(target(keystrokeWorst < kKeystrokeTargetMs)));

        // ---- Filters and sorting (no target of their own; the sqlite3 ratio below covers some) ----
        const auto timeFilter = [&](const YouthFilter& filter) {
            return timeMs([&] {
                model->setFilter(filter);
                readFirstPage(*model);
            });
        };
        YouthFilter byStatus;
        byStatus.status = YouthStatus::Active;
        figure(QStringLiteral("filter_status_ms"), timeFilter(byStatus), QStringLiteral("status active, no target"));
        detail(QStringLiteral("%1 matches").arg(model->matchingCount()));
        YouthFilter byMentor;
        byMentor.mentorId = mentorId;
        figure(QStringLiteral("filter_mentor_ms"), timeFilter(byMentor), QStringLiteral("one mentor, no target"));
        detail(QStringLiteral("%1 matches").arg(model->matchingCount()));
        YouthFilter combined = byStatus;
        combined.mentorId = mentorId;
        combined.text = QStringLiteral("Anders");
        figure(QStringLiteral("filter_status_mentor_text_ms"), timeFilter(combined),
               QStringLiteral("active + mentor + \"Anders\", no target"));
        detail(QStringLiteral("%1 matches").arg(model->matchingCount()));

        model->setFilter({});
        const auto timeSort = [&](int column, Qt::SortOrder order) {
            return timeMs([&] {
                model->sort(column, order);
                readFirstPage(*model);
            });
        };
        figure(QStringLiteral("sort_name_desc_ms"), timeSort(YouthListModel::Name, Qt::DescendingOrder),
               QStringLiteral("no target"));
        figure(QStringLiteral("sort_name_asc_ms"), timeSort(YouthListModel::Name, Qt::AscendingOrder),
               QStringLiteral("no target"));
        figure(QStringLiteral("sort_mentor_ms"), timeSort(YouthListModel::Mentor, Qt::AscendingOrder),
               QStringLiteral("no target"));
        figure(QStringLiteral("sort_mentor_desc_ms"), timeSort(YouthListModel::Mentor, Qt::DescendingOrder),
               QStringLiteral("no target"));

        // ---- The same queries through Lotsen and through sqlite3 ----
        {
            Comparison search;
            search.name = QStringLiteral("search");
            search.filter.text = QStringLiteral("Anders");
            comparisons.push_back(search);

            Comparison status;
            status.name = QStringLiteral("status");
            status.filter.status = YouthStatus::Active;
            comparisons.push_back(status);

            Comparison sortName;
            sortName.name = QStringLiteral("sort_name");
            sortName.bySort = true;
            comparisons.push_back(sortName);
        }
        for (Comparison& comparison : comparisons) {
            // Put the model in the state just before the timed step; the first timed round is a warm-up, as in sqlite3.
            if (comparison.bySort) {
                model->setFilter(comparison.filter);
            } else {
                model->sort(comparison.sortColumn, comparison.sortOrder);
            }
            const auto step = [&] {
                if (comparison.bySort) {
                    model->sort(comparison.sortColumn, comparison.sortOrder);
                } else {
                    model->setFilter(comparison.filter);
                }
                readFirstPage(*model);
            };
            step();
            double total = 0;
            for (int run = 0; run < runs; ++run) {
                total += timeMs(step);
            }
            comparison.lotsenMs = total / runs;

            // The model's own statements, so the comparison cannot drift from what the register runs.
            comparison.statements = model->lastStatements();
        }
    } // register

    // ---- Today: the attention list for all mentors, through the real model ----
    if (wants("today")) {
        QSqlQuery contacts(database->connection());
        if (contacts.exec(QStringLiteral("SELECT count(*) FROM contact")) && contacts.next()) {
            detail(QStringLiteral("%1 contacts in the database").arg(contacts.value(0).toLongLong()));
        }
        Workspace workspace(*database);
        std::unique_ptr<AttentionModel> today;
        Result<void> computed = success();
        const double firstMs = timeMs([&] {
            today = std::make_unique<AttentionModel>(workspace);
            computed = today->refresh(); // the list for all mentors
            readTodayPage(*today);
        });
        if (!computed) {
            return error(QStringLiteral("Today failed: %1").arg(computed.message()));
        }
        std::vector<double> todayMs;
        for (int run = 0; run < runs; ++run) {
            todayMs.push_back(timeMs([&] {
                computed = today->refresh();
                readTodayPage(*today);
            }));
            if (!computed) {
                return error(QStringLiteral("Today failed: %1").arg(computed.message()));
            }
        }
        QHash<AttentionReason, int> byReason;
        for (const AttentionItem& item : today->items()) {
            for (const AttentionCause& cause : item.causes) {
                ++byReason[cause.reason];
            }
        }
        QStringList reasonCounts;
        for (const AttentionReason reason : AttentionRules::reasons()) {
            reasonCounts << QStringLiteral("%1 %2").arg(AttentionRules::code(reason)).arg(byReason.value(reason));
        }
        detail(QStringLiteral("Today: %1 youths flagged, %2 urgent; reasons: %3")
                   .arg(today->rowCount())
                   .arg(today->urgentCount())
                   .arg(reasonCounts.join(QStringLiteral(", "))));
        out() << "today_flagged " << today->rowCount() << "  (youths on the Today list, all mentors)\n";
        figure(QStringLiteral("today_first_ms"), firstMs,
               QStringLiteral("first computation after open, target < %1, %2")
                   .arg(kTodayTargetMs)
                   .arg(target(firstMs < kTodayTargetMs)));
        const double todayMedian = median(todayMs);
        figure(QStringLiteral("today_ms"), todayMedian,
               QStringLiteral("median of %1, all mentors, target < %2, %3")
                   .arg(runs)
                   .arg(kTodayTargetMs)
                   .arg(target(todayMedian < kTodayTargetMs)));
        today->setMentorId(mentorId);
        std::vector<double> mentorMs;
        for (int run = 0; run < runs; ++run) {
            mentorMs.push_back(timeMs([&] {
                (void)today->refresh();
                readTodayPage(*today);
            }));
        }
        figure(QStringLiteral("today_one_mentor_ms"), median(mentorMs),
               QStringLiteral("median of %1, %2 flagged, no target").arg(runs).arg(today->rowCount()));
    }

    // ---- Opening a youth's card, without and with its access-log entry (target: under 10% extra) ----
    if (wants("card")) {
        Workspace workspace(*database);
        AccessLog& log = workspace.accessLog(); // the one the session writes to
        std::vector<qint64> youthIds;
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT id FROM youth ORDER BY random() LIMIT %1").arg(kCardOpens))) {
            while (query.next()) {
                youthIds.push_back(query.value(0).toLongLong());
            }
        }
        query.finish();
        // The card's loads: see openYouthCard.
        qsizetype rowsRead = 0;
        const auto openCard = [&](qint64 youthId, double* listsMs = nullptr) {
            const qsizetype rows = openYouthCard(workspace, youthId, listsMs);
            rowsRead += std::max<qsizetype>(rows, 0);
            return rows >= 0;
        };
        // An untimed pass first, so that both timed passes find the same pages in the cache.
        for (const qint64 id : youthIds) {
            if (!openCard(id)) {
                return error(QStringLiteral("youth %1 did not load").arg(id));
            }
        }
        const qsizetype rowsPerPass = rowsRead;
        std::vector<double> plainMs;
        std::vector<double> withoutListsMs;
        std::vector<double> loggedMs;
        std::vector<double> appendMs;
        QString logError;
        const auto appendEntry = [&](qint64 youthId) {
            const Result<void> appended
                = log.append(0, QStringLiteral("bench"), AccessAction::OpenYouth, youthId, QStringLiteral("card"));
            logError = appended.message();
            return appended.ok();
        };
        // Each youth is opened without and then with its entry, so that a change in the machine's load falls on
        // both alike. Writes kCardOpens entries (twice, below) to this file's access log, as the program does: a
        // reused --database grows.
        for (const qint64 id : youthIds) {
            double listsMs = 0;
            plainMs.push_back(timeMs([&] { openCard(id, &listsMs); }));
            withoutListsMs.push_back(plainMs.back() - listsMs);
            bool logged = false;
            loggedMs.push_back(timeMs([&] {
                openCard(id);
                appendMs.push_back(timeMs([&] { logged = appendEntry(id); }));
            }));
            if (!logged) {
                return error(QStringLiteral("the access log refused an entry: %1").arg(logError));
            }
        }
        // For comparison, not the target: every entry synced to disk before the card shows (AccessLog's option).
        std::vector<double> syncedMs;
        log.setSyncEveryEntry(true);
        for (const qint64 id : youthIds) {
            bool logged = false;
            syncedMs.push_back(timeMs([&] {
                openCard(id);
                logged = appendEntry(id);
            }));
            if (!logged) {
                return error(QStringLiteral("the access log refused an entry: %1").arg(logError));
            }
        }
        log.setSyncEveryEntry(false);
        const double plainMedian = median(plainMs);
        const double loggedMedian = median(loggedMs);
        const double appendMedian = median(appendMs);
        const double withoutListsMedian = median(withoutListsMs);
        // The entry's own time over the card's: the difference of the two medians says the same, but an entry is
        // a small part of a card, and that difference is mostly the machine's noise.
        const double overheadPercent = plainMedian > 0 ? appendMedian / plainMedian * 100.0 : 0;
        detail(QStringLiteral("open a youth card: %1 random youths, %2 rows read per pass (what the card and its tabs "
                              "load, see the comment at openCard)")
                   .arg(youthIds.size())
                   .arg(rowsPerPass));
        figure(QStringLiteral("open_youth_card_us"), plainMedian * 1000.0,
               QStringLiteral("median of %1, the card's loads, no logging").arg(youthIds.size()));
        figure(QStringLiteral("open_youth_card_logged_us"), loggedMedian * 1000.0,
               QStringLiteral("median of %1, the same with AccessLog::append(OpenYouth)").arg(youthIds.size()));
        figure(QStringLiteral("open_youth_card_logged_synced_us"), median(syncedMs) * 1000.0,
               QStringLiteral("median of %1, each entry synced to disk (synchronous=FULL), no target")
                   .arg(youthIds.size()));
        figure(QStringLiteral("access_log_append_us"), appendMedian * 1000.0,
               QStringLiteral("median of %1, the entry alone").arg(youthIds.size()));
        figure(QStringLiteral("access_log_overhead_pct"), overheadPercent,
               QStringLiteral("entry / card, target < %1% extra, %2")
                   .arg(kLogOverheadTargetPercent)
                   .arg(target(overheadPercent < kLogOverheadTargetPercent)));
        detail(QStringLiteral("logged minus plain median: %1%; the card without its two municipality lists: %2 us, "
                              "an entry would add %3% to that")
                   .arg(plainMedian > 0 ? (loggedMedian - plainMedian) / plainMedian * 100.0 : 0, 0, 'f', 1)
                   .arg(withoutListsMedian * 1000.0, 0, 'f', 1)
                   .arg(withoutListsMedian > 0 ? appendMedian / withoutListsMedian * 100.0 : 0, 0, 'f', 1));
        AccessLog::VerifyResult verified;
        const double verifyMs = timeMs([&] { verified = log.verifyChain(); });
        if (!verified.ok) {
            return error(QStringLiteral("the access log does not verify: %1").arg(verified.message));
        }
        figure(QStringLiteral("access_log_verify_ms"), verifyMs,
               QStringLiteral("%1 entries, no target").arg(verified.checkedEntries));
    }

    // ---- Memory: the peak of this process, which never held the generator's data ----
    const double peakMb = peakRssMb();
    if (peakMb < 0) {
        detail(QStringLiteral("peak RSS skipped: /proc/self/status is not available"));
    } else {
        figure(QStringLiteral("peak_rss_mb"), peakMb,
               QStringLiteral("target < %1, %2").arg(kPeakRssTargetMb).arg(target(peakMb < kPeakRssTargetMb)));
    }

    // ---- The reports: each for 12 months, and the whole page; after the peak above, which is the register's ----
    ReportTimes reportTimes;
    if (wants("reports")) {
        reportTimes = measureReports(*database);
        if (!reportTimes.error.isEmpty()) {
            return error(QStringLiteral("reports failed: %1").arg(reportTimes.error));
        }
        detail(QStringLiteral("reports for %1 to %2, no filters; cumulative figures since %3%4")
                   .arg(reportTimes.from.toString(Qt::ISODate), reportTimes.to.toString(Qt::ISODate),
                        reportTimes.projectStart.isValid() ? reportTimes.projectStart.toString(Qt::ISODate)
                                                           : QStringLiteral("(no project start)"),
                        reportTimes.projectStartSet ? QStringLiteral(" (set for the measurement, then taken away)")
                                                    : QString()));
        for (const auto& [key, ms] : reportTimes.medians) {
            figure(QStringLiteral("report_%1_ms").arg(key), ms,
                   QStringLiteral("median of %1 after a warm-up, target < %2, %3")
                       .arg(kReportRuns)
                       .arg(kReportTargetMs)
                       .arg(target(ms < kReportTargetMs)));
        }
        figure(QStringLiteral("reports_all_ms"), reportTimes.allMs,
               QStringLiteral("median of %1, all %2 reports (the page), target < %3, %4")
                   .arg(kAllReportsRuns)
                   .arg(reportTimes.medians.size())
                   .arg(kAllReportsTargetMs)
                   .arg(target(reportTimes.allMs < kAllReportsTargetMs)));
        if (const double peakAfter = peakRssMb(); peakAfter >= 0) {
            detail(QStringLiteral("peak RSS after the reports: %1 MB").arg(peakAfter, 0, 'f', 1));
        }
    }

    model.reset();
    database->close();

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        detail(QStringLiteral("sqlite3 comparison skipped: the sqlite3 program is not installed"));
    } else {
        for (const Comparison& comparison : comparisons) {
            const double sqliteMs = runSqlite3(sqlite3, path, sqlite3Statements(comparison), runs);
            if (sqliteMs < 0) {
                return error(QStringLiteral("sqlite3 failed for %1").arg(comparison.name));
            }
            figure(QStringLiteral("lotsen_%1_ms").arg(comparison.name), comparison.lotsenMs,
                   QStringLiteral("mean of %1").arg(runs));
            figure(QStringLiteral("sqlite3_%1_ms").arg(comparison.name), sqliteMs,
                   QStringLiteral("mean of %1").arg(runs));
            // sqlite3's timer counts in whole milliseconds; below one, compare with that floor rather than noise.
            const double floorMs = 1.0;
            const double ratio = comparison.lotsenMs / std::max(sqliteMs, floorMs);
            out() << "ratio_" << comparison.name << ' ' << QString::number(ratio, 'f', 2)
                  << "  (target <= " << kSqliteRatioTarget << ", " << target(ratio <= kSqliteRatioTarget)
                  << (sqliteMs < floorMs ? ", sqlite3 below its 1 ms timer step: compared with 1 ms" : "") << ")\n";
        }
        // The reports: the statements of the heaviest two, copied from ReportQuery.cpp (see reportStatements).
        QStringList compared;
        for (const auto& [key, lotsenMs] : reportTimes.medians) {
            const QStringList statements
                = reportStatements(key, reportTimes.from, reportTimes.to, reportTimes.projectStart);
            if (statements.isEmpty()) {
                continue;
            }
            const std::vector<double> rounds = sqlite3Rounds(sqlite3, path, statements, kReportRuns);
            if (rounds.empty()) {
                return error(QStringLiteral("sqlite3 failed for the report %1").arg(key));
            }
            const double sqliteMs = median(rounds);
            compared << key;
            figure(QStringLiteral("sqlite3_report_%1_ms").arg(key), sqliteMs,
                   QStringLiteral("median of %1 after a warm-up, its %2 statements")
                       .arg(kReportRuns)
                       .arg(statements.size()));
            const double ratio = lotsenMs / std::max(sqliteMs, 1.0);
            out() << "ratio_report_" << key << ' ' << QString::number(ratio, 'f', 2) << "  (report_" << key
                  << "_ms / sqlite3_report_" << key << "_ms, no target)\n";
        }
        if (!reportTimes.medians.empty()) {
            detail(QStringLiteral("reports with a sqlite3 ratio: %1; the other %2 have none")
                       .arg(compared.join(QStringLiteral(", ")))
                       .arg(reportTimes.medians.size() - size_t(compared.size())));
        }
    }

    // ---- An action plan of 30 steps to PDF ----
    if (wants("plan_pdf")) {
        const PlanPdfTimes planPdf = measurePlanPdf(kPlanPdfRuns, parser.value(planPdfOption));
        if (!planPdf.error.isEmpty()) {
            return error(QStringLiteral("plan to PDF failed: %1").arg(planPdf.error));
        }
        detail(QStringLiteral("plan to PDF: %1 steps, %2 pages; first run %3 ms (fonts loaded, caches cold)")
                   .arg(kPlanSteps)
                   .arg(planPdf.pages)
                   .arg(planPdf.firstMs, 0, 'f', 1));
        figure(QStringLiteral("plan_pdf_ms"), planPdf.meanMs,
               QStringLiteral("mean of %1, target < %2, %3")
                   .arg(kPlanPdfRuns)
                   .arg(kPlanPdfTargetMs)
                   .arg(target(planPdf.meanMs < kPlanPdfTargetMs)));
        figure(QStringLiteral("plan_pdf_first_ms"), planPdf.firstMs,
               QStringLiteral("the first, cold run, target < %1, %2")
                   .arg(kPlanPdfFirstTargetMs)
                   .arg(target(planPdf.firstMs < kPlanPdfFirstTargetMs)));
        // No warm run may be slower than the cold target.
        figure(QStringLiteral("plan_pdf_worst_ms"), planPdf.worstMs,
               QStringLiteral("worst of %1, target < %2, %3")
                   .arg(kPlanPdfRuns)
                   .arg(kPlanPdfFirstTargetMs)
                   .arg(target(planPdf.worstMs < kPlanPdfFirstTargetMs)));
    }

    if (wants("lifecycle")) {
        const LifecycleTimes lifecycle = measureLifecycle(path, sqlite3);
        if (!lifecycle.error.isEmpty()) {
            return error(QStringLiteral("lifecycle failed: %1").arg(lifecycle.error));
        }
        figure(
            QStringLiteral("backup_ms"), lifecycle.backupMs,
            QStringLiteral("one automatic backup: VACUUM INTO, counts, integrity_check, rename, sidecar; no target"));
        figure(QStringLiteral("backup_mb"), lifecycle.backupMb, QStringLiteral("the backup's size"));
        if (lifecycle.sqliteBackupMs >= 0) {
            figure(QStringLiteral("sqlite3_backup_ms"), lifecycle.sqliteBackupMs,
                   QStringLiteral("sqlite3: VACUUM INTO and PRAGMA integrity_check of the copy, mean of one run "
                                  "before and one after Lotsen's"));
            out() << "ratio_backup "
                  << QString::number(lifecycle.backupMs / std::max(lifecycle.sqliteBackupMs, 1.0), 'f', 2)
                  << "  (backup_ms / sqlite3_backup_ms, no target)\n";
        }
        figure(QStringLiteral("backup_encrypt_ms"), lifecycle.encryptMs,
               QStringLiteral("the encrypted copy: encrypt and read back through the cipher; no target"));
        figure(QStringLiteral("verify_backup_ms"), lifecycle.verifyMs,
               QStringLiteral("opens, integrity_check, schema, counts; no target"));
        figure(QStringLiteral("restore_ms"), lifecycle.restoreMs,
               QStringLiteral("copy beside the database, verify, set the current file aside, rename; no target"));
        figure(
            QStringLiteral("retention_cull_ms"), lifecycle.cullMs,
            QStringLiteral("%1 youths culled in one run, with VACUUM and checkpoint; no target").arg(lifecycle.culled));
    }

    if (server) {
        if (measureServer(path, *server, runs, parser.isSet(keepOption), target) != 0) {
            return 1;
        }
    }

    out() << "all_targets_met " << (allMet ? "yes" : "no") << '\n';
    out().flush();
    return 0;
}
