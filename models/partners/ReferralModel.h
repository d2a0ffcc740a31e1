#pragma once

#include "partners/Referral.h"

#include "core/TableModel.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace lotsen {

class Workspace;

// One youth's referrals to partner organisations, newest first: when, to whom, why, the consent it relies on (or
// the written reason for going ahead without one) and the answer. A referral still waiting for an answer after
// the centre's number of days is shown in red. Refreshes itself when the referrals, partners or settings change.
class ReferralModel : public TableModel<Referral>
{
    Q_OBJECT

public:
    enum Column {
        SentOn,
        Organisation,
        ContactPerson,
        Reason,
        ConsentBasis,
        Status,
        ResponseOn,
        ResponseNote,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ReferralIdRole = Qt::UserRole + 1,
        StatusRole, // ReferralStatus as int
        OverdueRole, // sent and still without an answer after the centre's number of days
        OverrideRole // made without consent, on a written reason
    };
    Q_ENUM(Role)

    explicit ReferralModel(Workspace& workspace, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

    std::optional<Referral> referralAt(int row) const;
    int rowOfReferral(qint64 referralId) const;

    // The no-answer rule: still "sent" `noAnswerDays` or more days after it was sent. The same cut-off as the
    // Today view's reason (AttentionRules: sent_on <= today - days), so the card and Today agree.
    static bool isOverdue(const Referral& referral, const QDate& today, int noAnswerDays);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    QVariant display(const Referral& referral, int column) const;
    QString consentText(const Referral& referral) const;

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    QHash<qint64, QDate> m_consentDates; // given on, by consent id
    QDate m_today;
    int m_noAnswerDays = 0;
};

} // namespace lotsen
