#include "partners/ReferralModel.h"

#include "consent/ConsentRepository.h"
#include "core/CentreSettings.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"
#include "core/Workspace.h"
#include "partners/PartnerRepository.h"
#include "partners/ReferralRepository.h"

#include <QColor>

namespace lotsen {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString firstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
}

// The same red as the dialogs' error texts.
const QColor kOverdueColor(0xc0, 0x39, 0x2b);

} // namespace

ReferralModel::ReferralModel(Workspace& workspace, QObject* parent)
    : TableModel(ColumnCount, parent), m_workspace(workspace)
{
    connect(&workspace.referrals(), &ReferralRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
    // A consent recorded later does not change a referral, but the dates come from the consents.
    connect(&workspace.consents(), &ConsentRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh();
        }
    });
    // Organisation and person names.
    connect(&workspace.partners(), &PartnerRepository::changed, this, [this] {
        if (m_youthId != 0) {
            (void)refresh();
        }
    });
    connect(&workspace.centre(), &CentreSettings::changed, this, [this](CentreSettings::Key key) {
        if (key == CentreSettings::Key::ReferralNoAnswerDays && m_youthId != 0) {
            (void)refresh();
        }
    });
}

void ReferralModel::setYouthId(qint64 youthId)
{
    m_youthId = youthId;
    (void)refresh(); // a failure reaches the view through loadFailed
}

Result<void> ReferralModel::refresh()
{
    Result<QList<Referral>> rows = QList<Referral>();
    QHash<qint64, QDate> consentDates;
    if (m_youthId != 0) {
        rows = m_workspace.referrals().referrals(m_youthId);
        bool anyConsent = false;
        for (const Referral& referral : rows.valueOr({})) {
            anyConsent = anyConsent || referral.consentId != 0;
        }
        if (anyConsent) {
            const Result<QList<Consent>> consents = m_workspace.consents().consents(m_youthId);
            if (!consents) {
                rows = consents.error();
            }
            for (const Consent& consent : consents.valueOr({})) {
                consentDates.insert(consent.id, consent.givenOn);
            }
        }
    }
    m_consentDates = std::move(consentDates);
    m_today = Clock::today();
    m_noAnswerDays = m_workspace.centre().referralNoAnswerDays();
    return takeRows(std::move(rows));
}

bool ReferralModel::isOverdue(const Referral& referral, const QDate& today, int noAnswerDays)
{
    return referral.status == ReferralStatus::Sent && referral.sentOn.isValid()
        && referral.sentOn.daysTo(today) >= noAnswerDays;
}

std::optional<Referral> ReferralModel::referralAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

int ReferralModel::rowOfReferral(qint64 referralId) const
{
    return rowOf(referralId);
}

QString ReferralModel::consentText(const Referral& referral) const
{
    if (referral.consentId != 0) {
        const QDate givenOn = m_consentDates.value(referral.consentId);
        return givenOn.isValid() ? tr("Consent of %1").arg(isoDate(givenOn)) : tr("Consent");
    }
    return tr("Without consent: %1").arg(referral.consentOverride);
}

QVariant ReferralModel::display(const Referral& referral, int column) const
{
    switch (column) {
    case SentOn:
        return isoDate(referral.sentOn);
    case Organisation:
        return referral.organisationName;
    case ContactPerson:
        return referral.personName;
    case Reason:
        return firstLine(referral.reason);
    case ConsentBasis:
        return firstLine(consentText(referral));
    case Status:
        return Vocabulary::label(referral.status);
    case ResponseOn:
        return isoDate(referral.responseOn);
    case ResponseNote:
        return firstLine(referral.responseNote);
    default:
        return {};
    }
}

QVariant ReferralModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Referral& referral = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(referral, index.column());
    case Qt::ForegroundRole:
        if (isOverdue(referral, m_today, m_noAnswerDays)) {
            return kOverdueColor;
        }
        return {};
    case Qt::ToolTipRole:
        if ((index.column() == SentOn || index.column() == Status) && isOverdue(referral, m_today, m_noAnswerDays)) {
            const int days = static_cast<int>(referral.sentOn.daysTo(m_today));
            return tr("No answer for %n days: time to ask the partner or record the answer.", nullptr, days);
        }
        switch (index.column()) {
        case Reason:
            return referral.reason;
        case ConsentBasis:
            return consentText(referral);
        case ResponseNote:
            return referral.responseNote;
        default:
            return {};
        }
    case ReferralIdRole:
        return referral.id;
    case StatusRole:
        return static_cast<int>(referral.status);
    case OverdueRole:
        return isOverdue(referral, m_today, m_noAnswerDays);
    case OverrideRole:
        return referral.consentId == 0;
    default:
        return {};
    }
}

QString ReferralModel::headerText(int column) const
{
    switch (column) {
    case SentOn:
        return tr("Sent on");
    case Organisation:
        return tr("Organisation");
    case ContactPerson:
        return tr("Contact person");
    case Reason:
        return tr("Reason");
    case ConsentBasis:
        return tr("Consent");
    case Status:
        return tr("Status");
    case ResponseOn:
        return tr("Answered on");
    case ResponseNote:
        return tr("Answer");
    default:
        return {};
    }
}

} // namespace lotsen
