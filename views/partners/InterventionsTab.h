#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace lotsen {

class ParticipationModel;
class ReferralModel;
class Workspace;

// The youth card's Interventions tab: the youth's participations in interventions from the catalogue (with dates,
// status, outcome and the plan step each carries out) and the referrals to partner organisations with the
// consent they rely on and the partner's answer.
class InterventionsTab : public QWidget
{
    Q_OBJECT

public:
    InterventionsTab(Workspace& workspace, qint64 youthId, QWidget* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

public slots:
    void addParticipation();
    void editParticipation();
    void newReferral();
    void recordAnswer();

private:
    QWidget* section(const QString& title, QLabel* emptyText, const QList<QAction*>& actions, QTableView* view);
    QTableView* makeView(const QString& objectName);
    void updateState();
    qint64 staffId() const;
    void selectParticipation(qint64 participationId);
    void selectReferral(qint64 referralId);

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    ParticipationModel* m_participations = nullptr;
    ReferralModel* m_referrals = nullptr;
    QTableView* m_participationView = nullptr;
    QTableView* m_referralView = nullptr;
    QLabel* m_participationsEmpty = nullptr;
    QLabel* m_referralsEmpty = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_referAction = nullptr;
    QAction* m_answerAction = nullptr;
};

} // namespace lotsen
