#include "contacts/TimelineModel.h"

#include "access/Session.h"
#include "access/StaffRepository.h"
#include "consent/NetworkRepository.h"
#include "contacts/ContactRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Database.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "enrolment/EnrolmentVocabulary.h"
#include "today/SnoozeRepository.h"
#include "youth/YouthRepository.h"

#include <QHash>

#include <algorithm>

namespace lotsen {

namespace {

QString minutes(const QDateTime& time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

TimelineModel::TimelineModel(Workspace& workspace, QObject* parent) : TableModelBase(parent), m_workspace(workspace)
{
    connect(&workspace.contacts(), &ContactRepository::contactsChanged, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
    // Status and mentor changes are written with the youth's record.
    connect(&workspace.youths(), &YouthRepository::youthSaved, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
    // Snoozes, consents, referrals and interventions write entries of their own; the network names relatives.
    const auto refreshFor = [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    };
    connect(&workspace.snoozes(), &SnoozeRepository::snoozed, this, refreshFor);
    connect(&workspace.consents(), &ConsentRepository::changed, this, refreshFor);
    connect(&workspace.referrals(), &ReferralRepository::changed, this, refreshFor);
    connect(&workspace.interventions(), &InterventionRepository::participationsChanged, this, refreshFor);
    connect(&workspace.network(), &NetworkRepository::changed, this, refreshFor);
    // An author may always change their own entries: which ones are "own" changes with the logged-in account.
    connect(&workspace.session(), &Session::accessChanged, this, [this] {
        if (m_youthId != 0) {
            (void)refresh();
        }
    });
}

void TimelineModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh();
}

Result<void> TimelineModel::refresh()
{
    QList<TimelineQuery::Event> youthEvents;
    Result<QList<Entry>> entries = QList<Entry>();
    if (m_youthId != 0) {
        Result<QList<TimelineQuery::Event>> events = TimelineQuery(m_workspace.database()).events(m_youthId);
        entries = events ? loadEntries(*events) : Result<QList<Entry>>(events.error());
    }
    beginResetModel();
    m_entries = entries.valueOr({});
    setLoadError(!entries.ok());
    endResetModel();
    if (!entries) {
        // A timeline with gaps would tell a false story; an error says it could not be read.
        emit loadFailed(entries.message());
        return entries.error();
    }
    return success();
}

Result<QList<TimelineModel::Entry>> TimelineModel::loadEntries(const QList<TimelineQuery::Event>& youthEvents) const
{
    QList<Entry> entries;
    if (m_youthId == 0) {
        return entries;
    }
    QHash<qint64, QString> staffNames;
    // A failed read of the names shows "unknown" (it is logged); the entries themselves are what must not vanish.
    const QList<lotsen::Staff> staff = m_workspace.staff().all().valueOr({});
    for (const lotsen::Staff& member : staff) {
        staffNames.insert(member.id, member.name);
    }

    const QDateTime now = Clock::now();
    const int editHours = m_workspace.centre().contactEditHours();
    const Result<QList<Contact>> contactsRead = m_workspace.contacts().contacts(m_youthId); // newest first
    if (!contactsRead) {
        return contactsRead.error();
    }
    const QList<Contact>& contacts = *contactsRead;
    QHash<qint64, const Contact*> byId;
    for (const Contact& contact : contacts) {
        byId.insert(contact.id, &contact);
    }
    QHash<qint64, QStringList> correctedBy;
    for (const Contact& contact : contacts) {
        if (contact.correctsId != 0 && !contact.isStruck()) {
            correctedBy[contact.correctsId].prepend(minutes(contact.occurredAt));
        }
    }
    QHash<qint64, QString> relativeNames;
    const Result<QList<NetworkPerson>> network = m_workspace.network().persons(m_youthId);
    if (!network) {
        return network.error();
    }
    for (const NetworkPerson& person : *network) {
        relativeNames.insert(person.id, person.name);
    }
    for (const Contact& contact : contacts) {
        Entry entry;
        entry.relativeName = relativeNames.value(contact.networkPersonId);
        entry.at = contact.occurredAt;
        entry.isContact = true;
        entry.contact = contact;
        entry.editable = ContactRepository::canEdit(contact, now, m_workspace.database().author(), editHours);
        if (contact.correctsId != 0) {
            const Contact* original = byId.value(contact.correctsId);
            entry.correctsText = original ? tr("Corrects the entry of %1").arg(minutes(original->occurredAt))
                                          : tr("Corrects an earlier entry");
        }
        if (correctedBy.contains(contact.id)) {
            entry.correctedByText
                = tr("Corrected by the entry of %1").arg(correctedBy.value(contact.id).join(QStringLiteral(", ")));
        }
        if (contact.isStruck()) {
            const QString who = staffNames.value(contact.struckBy);
            entry.struckText = who.isEmpty()
                ? tr("Struck out %1: %2").arg(minutes(contact.struckAt), contact.struckReason)
                : tr("Struck out %1 by %2: %3").arg(minutes(contact.struckAt), who, contact.struckReason);
        }
        entries.append(entry);
    }

    QList<Entry> events;
    for (const TimelineQuery::Event& event : youthEvents) {
        Entry entry;
        entry.at = event.at;
        entry.eventKind = event.kind;
        entry.eventDetail = event.detail;
        entry.eventStaff = event.staffName;
        entry.eventRegisteredBy = event.registeredByName;
        if (event.struckAt.isValid()) {
            entry.struckText = event.struckByName.isEmpty()
                ? tr("Reopened %1: %2").arg(minutes(event.struckAt), event.struckReason)
                : tr("Reopened %1 by %2: %3").arg(minutes(event.struckAt), event.struckByName, event.struckReason);
        }
        events.append(entry);
    }
    // Both lists are newest first; at the same moment the contact goes above the event that led to it.
    QList<Entry> merged;
    merged.reserve(entries.size() + events.size());
    std::merge(entries.cbegin(), entries.cend(), events.cbegin(), events.cend(), std::back_inserter(merged),
               [](const Entry& a, const Entry& b) { return a.at > b.at; });
    return merged;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

std::optional<Contact> TimelineModel::contactAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).isContact) {
        return std::nullopt;
    }
    return m_entries.at(row).contact;
}

bool TimelineModel::isEditable(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).editable;
}

int TimelineModel::rowOfContact(qint64 contactId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).isContact && m_entries.at(row).contact.id == contactId) {
            return row;
        }
    }
    return -1;
}

QString TimelineModel::registeredByText(const QString& name) const
{
    if (!name.isEmpty()) {
        return name;
    }
    // Entries from before authors were recorded say so; a database without accounts has no authors at all.
    return m_workspace.session().hasAccessControl() ? tr("Unknown (before version 6)") : QString();
}

QString TimelineModel::eventKindText(const Entry& entry) const
{
    if (entry.eventKind == QLatin1String("created")) {
        return tr("Registered");
    }
    if (entry.eventKind == QLatin1String("status_changed")) {
        return tr("Status changed");
    }
    if (entry.eventKind == QLatin1String("mentor_changed")) {
        return tr("Mentor changed");
    }
    if (entry.eventKind == QLatin1String("snoozed")) {
        return tr("Reminder snoozed");
    }
    if (entry.eventKind == QLatin1String("intervention_started")) {
        return tr("Intervention started");
    }
    if (entry.eventKind == QLatin1String("intervention_ended")) {
        return tr("Intervention ended");
    }
    if (entry.eventKind == QLatin1String("consent_given")) {
        return tr("Consent recorded");
    }
    if (entry.eventKind == QLatin1String("consent_withdrawn")) {
        return tr("Consent withdrawn");
    }
    if (entry.eventKind == QLatin1String("referral_sent")) {
        return tr("Referral");
    }
    if (entry.eventKind == QLatin1String("referral_sent_without_consent")) {
        return tr("Referral without consent");
    }
    if (entry.eventKind == QLatin1String("referral_answered")) {
        return tr("Referral answered");
    }
    if (entry.eventKind == QLatin1String("plan_established")) {
        return tr("Action plan");
    }
    if (entry.eventKind == QLatin1String("plan_signed")) {
        return tr("Action plan signed");
    }
    if (entry.eventKind == QLatin1String("enrolled")) {
        return tr("Enrolled");
    }
    if (entry.eventKind == QLatin1String("exited")) {
        return tr("Exit");
    }
    if (entry.eventKind == QLatin1String("exit_reopened")) {
        return tr("Exit reopened");
    }
    if (entry.eventKind == QLatin1String("follow_up_attempt")) {
        return tr("Follow-up attempt");
    }
    if (entry.eventKind == QLatin1String("follow_up_closed")) {
        return tr("Follow-up");
    }
    return tr("Event");
}

QString TimelineModel::eventText(const Entry& entry) const
{
    // The details are codes ("prospect>active", "3>5"), so that they read in whatever language the UI has.
    const QString from = entry.eventDetail.section(u'>', 0, 0);
    const QString to = entry.eventDetail.section(u'>', 1);
    const bool pair = entry.eventDetail.contains(u'>');
    if (entry.eventKind == QLatin1String("created")) {
        return tr("Registered as %1").arg(Vocabulary::label(Vocabulary::statusFromCode(entry.eventDetail)));
    }
    if (entry.eventKind == QLatin1String("status_changed") && pair) {
        return tr("Status: %1 → %2")
            .arg(Vocabulary::label(Vocabulary::statusFromCode(from)),
                 Vocabulary::label(Vocabulary::statusFromCode(to)));
    }
    if (entry.eventKind == QLatin1String("mentor_changed") && pair) {
        const auto name = [this](const QString& id) {
            const qint64 staffId = id.toLongLong();
            const QString found = staffId == 0 ? QString() : m_workspace.staff().nameOf(staffId).valueOr({});
            return staffId == 0 ? tr("no mentor") : (found.isEmpty() ? tr("unknown") : found);
        };
        return tr("Mentor changed: %1 → %2").arg(name(from), name(to));
    }
    if (entry.eventKind == QLatin1String("snoozed")) {
        return SnoozeRepository::eventText(entry.eventDetail);
    }
    // The events of interventions, consents and referrals: "code:name" (an intervention, a consent's scope and
    // party, a referral's answer).
    const QString code = entry.eventDetail.section(u':', 0, 0);
    const QString rest = entry.eventDetail.section(u':', 1);
    if (entry.eventKind == QLatin1String("intervention_started")) {
        return tr("Started: %1").arg(rest);
    }
    if (entry.eventKind == QLatin1String("intervention_ended")) {
        return tr("%1: %2").arg(Vocabulary::label(Vocabulary::participationStatusFromCode(code)), rest);
    }
    if (entry.eventKind == QLatin1String("consent_given") || entry.eventKind == QLatin1String("consent_withdrawn")) {
        const QString scope = Vocabulary::label(Vocabulary::consentScopeFromCode(code));
        return rest.isEmpty() ? scope : tr("%1: %2").arg(scope, rest);
    }
    if (entry.eventKind == QLatin1String("referral_sent")) {
        return tr("Referral to %1").arg(entry.eventDetail);
    }
    if (entry.eventKind == QLatin1String("referral_sent_without_consent")) {
        return tr("Referral to %1 without consent. Reason: %2")
            .arg(entry.eventDetail.section(u'\n', 0, 0), entry.eventDetail.section(u'\n', 1));
    }
    if (entry.eventKind == QLatin1String("referral_answered")) {
        return tr("%1: %2").arg(Vocabulary::label(Vocabulary::referralStatusFromCode(code)), rest);
    }
    if (entry.eventKind == QLatin1String("plan_established")) {
        const int version = entry.eventDetail.toInt();
        return version <= 1 ? tr("Version 1 of the action plan established")
                            : tr("Plan revised: version %1 established").arg(version);
    }
    if (entry.eventKind == QLatin1String("plan_signed")) {
        return tr("Version %1 of the action plan signed by the youth and the mentor").arg(entry.eventDetail);
    }
    const QStringList parts = entry.eventDetail.split(u'|');
    using V = EnrolmentVocabulary;
    if (entry.eventKind == QLatin1String("enrolled")) {
        return tr("Participation period started %1").arg(entry.eventDetail);
    }
    if (entry.eventKind == QLatin1String("exited") && parts.size() == 3) {
        return tr("Exited %1: %2; situation at exit: %3")
            .arg(parts.at(0), V::label(V::fromCode<ExitReason>(parts.at(1))),
                 V::label(V::fromCode<Situation>(parts.at(2))));
    }
    if (entry.eventKind == QLatin1String("exit_reopened") && parts.size() >= 2) {
        return tr("The exit of %1 was reopened: %2").arg(parts.at(0), parts.mid(1).join(u'|'));
    }
    if (entry.eventKind == QLatin1String("follow_up_attempt") && parts.size() == 3) {
        return tr("Follow-up %1 after exit: %2, %3")
            .arg(V::offsetShortLabel(parts.at(0)), V::label(V::fromCode<FollowUpChannel>(parts.at(1))),
                 V::label(V::fromCode<AttemptResult>(parts.at(2))).toLower());
    }
    if (entry.eventKind == QLatin1String("follow_up_closed") && parts.size() == 3) {
        const auto status = V::fromCode<FollowUpStatus>(parts.at(1));
        return parts.at(2).isEmpty()
            ? tr("Follow-up %1 after exit: %2").arg(V::offsetShortLabel(parts.at(0)), V::label(status).toLower())
            : tr("Follow-up %1 after exit: %2, situation: %3")
                  .arg(V::offsetShortLabel(parts.at(0)), V::label(status).toLower(),
                       V::label(V::fromCode<Situation>(parts.at(2))));
    }
    // Events written by later parts of Lotsen carry their own words.
    return entry.eventDetail;
}

QString TimelineModel::noteText(const Entry& entry) const
{
    if (!entry.isContact) {
        return eventText(entry);
    }
    QStringList parts;
    if (!entry.correctsText.isEmpty()) {
        parts.append(entry.correctsText + u'.');
    }
    if (!entry.contact.note.isEmpty()) {
        parts.append(entry.contact.note);
    }
    if (entry.contact.nextPlanned.isValid()) {
        parts.append(tr("Next planned: %1").arg(entry.contact.nextPlanned.toString(Qt::ISODate)));
    }
    if (!entry.contact.consentOverride.isEmpty()) {
        parts.append(tr("Without consent. Reason: %1").arg(entry.contact.consentOverride));
    }
    if (!entry.correctedByText.isEmpty()) {
        parts.append(entry.correctedByText + u'.');
    }
    return parts.join(u'\n');
}

QVariant TimelineModel::display(const Entry& entry, int column) const
{
    switch (column) {
    case When:
        return minutes(entry.at);
    case Kind:
        return entry.isContact ? Vocabulary::label(entry.contact.kind) : eventKindText(entry);
    case WithWhom:
        if (!entry.isContact) {
            return QString();
        }
        return entry.relativeName.isEmpty()
            ? Vocabulary::label(entry.contact.withWhom)
            : tr("%1 (%2)").arg(Vocabulary::label(entry.contact.withWhom), entry.relativeName);
    case Staff:
        return entry.isContact ? entry.contact.staffName : entry.eventStaff;
    case RegisteredBy:
        return registeredByText(entry.isContact ? entry.contact.registeredByName : entry.eventRegisteredBy);
    case Note:
        return noteText(entry);
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount) {
        return {};
    }
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole: {
        QStringList tip;
        if (!entry.struckText.isEmpty()) {
            tip.append(entry.struckText);
        }
        const QString note = noteText(entry);
        if (!note.isEmpty()) {
            tip.append(note);
        }
        if (entry.isContact && !entry.editable && !entry.contact.isStruck()) {
            tip.append(tr("This entry can no longer be changed; write a correction instead."));
        }
        return tip.join(QStringLiteral("\n\n"));
    }
    case ContactIdRole:
        return entry.isContact ? entry.contact.id : qint64(0);
    case IsContactRole:
        return entry.isContact;
    case StruckRole:
        return entry.isContact ? entry.contact.isStruck() : !entry.struckText.isEmpty();
    case StruckInfoRole:
        return entry.struckText;
    case CorrectsRole:
        return entry.correctsText;
    case CorrectedByRole:
        return entry.correctedByText;
    case EditableRole:
        return entry.editable;
    case AttemptRole:
        return entry.isContact && entry.contact.kind == ContactKind::Attempt;
    case EventKindRole:
        return entry.eventKind;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case WithWhom:
        return tr("With whom");
    case Staff:
        return tr("Staff");
    case RegisteredBy:
        return tr("Registered by");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace lotsen
