#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace lotsen {

class ActionPlanTab;
class EnrolmentTab;
class PersonalDataForm;
class TimelineTab;
class Workspace;

// One youth's card: a header saying whose card it is, and a tab per part of the record.
// Tabs: Personal data, Action plan, Timeline, Interventions (participations and referrals), Network & consent.
class YouthCard : public QWidget
{
    Q_OBJECT

public:
    // youthId 0 opens an empty card for registering a new youth.
    YouthCard(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    qint64 youthId() const;
    QString title() const;
    bool isDirty() const;
    PersonalDataForm* personalDataForm() const { return m_personalData; }
    QTabWidget* tabs() const { return m_tabs; }
    EnrolmentTab* enrolmentTab() const { return m_enrolment; }

    // Asks what to do with unsaved changes. False means the user chose to keep the card open.
    bool confirmClose();

signals:
    void titleChanged(const QString& title);
    void youthDeleted(qint64 youthId);

private:
    void updateHeader();

    Workspace& m_workspace;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QTabWidget* m_tabs = nullptr;
    PersonalDataForm* m_personalData = nullptr;
    ActionPlanTab* m_actionPlan = nullptr;
    TimelineTab* m_timeline = nullptr;
    EnrolmentTab* m_enrolment = nullptr;
};

} // namespace lotsen
