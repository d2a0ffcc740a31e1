#include "server/ServerNotifications.h"

#include "core/Database.h"
#include "core/Logging.h"
#include "core/Workspace.h"

#include <QSqlDriver>

namespace lotsen {

namespace {

const QString kChannel = QStringLiteral("lotsen_change");

} // namespace

ServerNotifications::ServerNotifications(Workspace& workspace, QObject* parent)
    : QObject(parent), m_workspace(workspace)
{
    m_collect.setSingleShot(true);
    m_collect.setInterval(CollectMilliseconds);
    connect(&m_collect, &QTimer::timeout, this, &ServerNotifications::flush);
    if (!workspace.database().isServer()) {
        return;
    }
    listen();
    // Notices sent while the connection was lost never arrive: listen again, and have everything shown read again.
    connect(&workspace.database(), &Database::reconnected, this, [this] {
        listen();
        emit m_workspace.youths().youthsAdded({});
        emit m_workspace.meetingPlace().visitsChanged();
        emit m_workspace.meetingPlace().activitiesChanged();
        emit othersChanged({});
    });
}

void ServerNotifications::listen()
{
    QSqlDriver* driver = m_workspace.database().connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return;
    }
    // The driver forgets its subscriptions when its connection closes; a new connection subscribes again.
    m_listening = driver->subscribedToNotifications().contains(kChannel) || driver->subscribeToNotification(kChannel);
    if (!m_listening) {
        qCWarning(lcDatabase) << "cannot listen to the server's change notices; other PCs' changes show after a "
                                 "refresh";
        return;
    }
    connect(driver, &QSqlDriver::notification, this, &ServerNotifications::received, Qt::UniqueConnection);
}

ServerNotifications::~ServerNotifications()
{
    if (m_listening && m_workspace.database().isOpen()) {
        if (QSqlDriver* driver = m_workspace.database().connection().driver()) {
            driver->unsubscribeFromNotification(kChannel);
        }
    }
}

void ServerNotifications::received(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != kChannel || source == QSqlDriver::SelfSource) {
        return;
    }
    m_pending.insert(payload.toString());
    if (!m_collect.isActive()) {
        m_collect.start();
    }
}

void ServerNotifications::flush()
{
    const QSet<QString> notices = std::exchange(m_pending, {});
    QSet<qint64> youths;
    bool visits = false;
    bool activities = false;
    for (const QString& notice : notices) {
        const qsizetype colon = notice.indexOf(u':');
        const QString table = notice.left(colon);
        const qint64 youth = colon < 0 ? 0 : notice.mid(colon + 1).toLongLong();
        if (youth != 0) {
            youths.insert(youth);
        }
        if (table == QLatin1String("youth")) {
            emit m_workspace.youths().youthSaved(youth);
        } else if (table == QLatin1String("contact")) {
            emit m_workspace.contacts().contactsChanged(youth);
            visits = true; // a check-in is a drop-in contact
        } else if (table == QLatin1String("action_plan") || table == QLatin1String("plan_step")) {
            emit m_workspace.plans().plansChanged(youth);
        } else if (table == QLatin1String("consent")) {
            emit m_workspace.consents().changed(youth);
        } else if (table == QLatin1String("enrolment_period") || table == QLatin1String("enrolment_exit")) {
            emit m_workspace.enrolments().changed(youth);
        } else if (table == QLatin1String("follow_up") || table == QLatin1String("follow_up_attempt")) {
            emit m_workspace.followUps().changed(youth);
        } else if (table == QLatin1String("referral")) {
            emit m_workspace.referrals().changed(youth);
        } else if (table == QLatin1String("attention_snooze")) {
            emit m_workspace.snoozes().snoozed(youth);
        } else if (table == QLatin1String("anonymous_visit")) {
            visits = true;
        } else if (table == QLatin1String("group_activity")) {
            activities = true;
        }
    }
    if (visits) {
        emit m_workspace.meetingPlace().visitsChanged();
    }
    if (activities) {
        emit m_workspace.meetingPlace().activitiesChanged();
    }
    emit othersChanged(youths.values());
}

} // namespace lotsen
