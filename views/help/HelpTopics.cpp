#include "help/HelpTopics.h"

#include "consent/NetworkTab.h"
#include "contacts/TimelineTab.h"
#include "enrolment/EnrolmentTab.h"
#include "outreach/OutreachWidget.h"
#include "partners/InterventionsTab.h"
#include "plans/ActionPlanTab.h"
#include "youth/PersonalDataForm.h"
#include "youth/YouthCard.h"
#include "youth/YouthsPage.h"

#include <QTabWidget>

namespace lotsen {

QString HelpTopics::forPage(const QString& pageKey)
{
    return QStringLiteral("page-") + pageKey;
}

QString HelpTopics::forCardTab(const QWidget* tab)
{
    if (qobject_cast<const PersonalDataForm*>(tab)) {
        return QStringLiteral("card-personal-data");
    }
    if (qobject_cast<const ActionPlanTab*>(tab)) {
        return QStringLiteral("card-action-plan");
    }
    if (qobject_cast<const TimelineTab*>(tab)) {
        return QStringLiteral("card-timeline");
    }
    if (qobject_cast<const InterventionsTab*>(tab)) {
        return QStringLiteral("card-interventions");
    }
    if (qobject_cast<const NetworkTab*>(tab)) {
        return QStringLiteral("card-network-consent");
    }
    if (qobject_cast<const EnrolmentTab*>(tab)) {
        return QStringLiteral("card-enrolment");
    }
    return {};
}

QString HelpTopics::forYouthsPage(const YouthsPage* page)
{
    if (const YouthCard* card = page->currentCard()) {
        const QString tab = forCardTab(card->tabs()->currentWidget());
        return tab.isEmpty() ? QStringLiteral("youth-card") : tab;
    }
    const auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("youthTabs"));
    if (tabs && qobject_cast<const OutreachWidget*>(tabs->currentWidget())) {
        return QStringLiteral("youths-outreach");
    }
    return forPage(QStringLiteral("youths"));
}

QStringList HelpTopics::youthsTopics()
{
    return { QStringLiteral("youth-card"),           QStringLiteral("youths-outreach"),
             QStringLiteral("card-personal-data"),   QStringLiteral("card-action-plan"),
             QStringLiteral("card-timeline"),        QStringLiteral("card-interventions"),
             QStringLiteral("card-network-consent"), QStringLiteral("card-enrolment") };
}

} // namespace lotsen
