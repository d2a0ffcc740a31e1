#include "consent/ConsentModel.h"

#include "consent/ConsentRepository.h"
#include "consent/ConsentRules.h"
#include "core/Clock.h"
#include "core/Vocabulary.h"

#include <QBrush>
#include <QColor>

namespace lotsen {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ConsentModel::ConsentModel(ConsentRepository& repository, QObject* parent)
    : TableModel(ColumnCount, parent), m_repository(repository)
{
    connect(&repository, &ConsentRepository::changed, this, [this](qint64 youthId) {
        if (youthId == m_youthId && m_youthId != 0) {
            (void)refresh(); // a failure reaches the view through loadFailed
        }
    });
}

void ConsentModel::setYouth(qint64 youthId, const QDate& birthDate)
{
    m_youthId = youthId;
    m_birthDate = birthDate;
    (void)refresh();
}

Result<void> ConsentModel::refresh()
{
    return takeRows(m_youthId != 0 ? m_repository.consents(m_youthId) : QList<Consent>());
}

std::optional<Consent> ConsentModel::consentAt(int row) const
{
    if (row < 0 || row >= rows().size()) {
        return std::nullopt;
    }
    return rows().at(row);
}

int ConsentModel::rowOfConsent(qint64 consentId) const
{
    return rowOf(consentId);
}

ConsentModel::State ConsentModel::stateOf(const Consent& consent) const
{
    const QDate today = Clock::today();
    if (consent.withdrawnOn.isValid() && consent.withdrawnOn <= today) {
        return State::Withdrawn;
    }
    if (consent.validUntil.isValid() && consent.validUntil < today) {
        return State::Expired;
    }
    if (consent.givenOn.isValid() && consent.givenOn > today) {
        return State::NotYetValid;
    }
    // The remaining reason the rule can give: a guardian no longer speaks for the youth.
    if (!ConsentRules::isValidOn(consent, today, m_birthDate)) {
        return State::GuardianLapsed;
    }
    return State::Valid;
}

QString ConsentModel::scopeText(const Consent& consent)
{
    const QString scope = Vocabulary::label(consent.scope);
    switch (consent.scope) {
    case ConsentScope::Relatives:
        return consent.networkPersonId != 0 ? tr("%1: %2").arg(scope, consent.networkPersonName)
                                            : tr("%1: all relatives").arg(scope);
    case ConsentScope::Partner:
        return tr("%1: %2").arg(scope, consent.partnerOrgName);
    case ConsentScope::Other:
        return tr("%1: %2").arg(scope, consent.otherText);
    case ConsentScope::SensitiveNotes:
    case ConsentScope::Photos:
        break;
    }
    return scope;
}

QString ConsentModel::statusText(const Consent& consent) const
{
    switch (stateOf(consent)) {
    case State::Valid:
        if (consent.validUntil.isValid()) {
            const qint64 days = Clock::today().daysTo(consent.validUntil);
            if (days == 0) {
                return tr("Valid, last day today");
            }
            if (days == 1) {
                return tr("Valid, expires tomorrow");
            }
            if (days <= m_expiryWarningDays) {
                return tr("Valid, expires in %n days", nullptr, static_cast<int>(days));
            }
        }
        if (consent.withdrawnOn.isValid()) {
            return tr("Valid, withdrawn from %1").arg(isoDate(consent.withdrawnOn));
        }
        return tr("Valid");
    case State::NotYetValid:
        return tr("Valid from %1").arg(isoDate(consent.givenOn));
    case State::Expired:
        return tr("Expired");
    case State::Withdrawn:
        return tr("Withdrawn on %1").arg(isoDate(consent.withdrawnOn));
    case State::GuardianLapsed:
        return tr("No longer valid: the youth decides from 18");
    }
    return {};
}

QVariant ConsentModel::display(const Consent& consent, int column) const
{
    switch (column) {
    case Scope:
        return scopeText(consent);
    case GivenOn:
        return isoDate(consent.givenOn);
    case Form:
        if (consent.form == ConsentForm::Verbal && !consent.witness.isEmpty()) {
            return tr("%1 (witness: %2)").arg(Vocabulary::label(consent.form), consent.witness);
        }
        return Vocabulary::label(consent.form);
    case ValidUntil:
        return consent.validUntil.isValid() ? isoDate(consent.validUntil) : tr("Until withdrawn");
    case GivenBy:
        return consent.guardianId != 0 ? tr("%1 (guardian)").arg(consent.guardianName) : tr("The youth");
    case Status:
        return statusText(consent);
    }
    return {};
}

QVariant ConsentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Consent& consent = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(consent, index.column());
    case Qt::ToolTipRole: {
        QStringList lines { scopeText(consent) };
        if (consent.isWithdrawn()) {
            lines.append(consent.withdrawnNote.isEmpty()
                             ? tr("Withdrawn on %1").arg(isoDate(consent.withdrawnOn))
                             : tr("Withdrawn on %1: %2").arg(isoDate(consent.withdrawnOn), consent.withdrawnNote));
        }
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        // Only valid consents count; the others stay readable as history.
        if (stateOf(consent) != State::Valid) {
            return QBrush(QColor(0x88, 0x88, 0x88));
        }
        if (index.column() == Status && consent.validUntil.isValid()
            && Clock::today().daysTo(consent.validUntil) <= m_expiryWarningDays) {
            return QBrush(QColor(0xb0, 0x4a, 0x00));
        }
        break;
    case ConsentIdRole:
        return QVariant::fromValue(consent.id);
    case StatusRole:
        return static_cast<int>(stateOf(consent));
    case ValidRole:
        return stateOf(consent) == State::Valid;
    default:
        break;
    }
    return {};
}

QString ConsentModel::headerText(int column) const
{
    switch (column) {
    case Scope:
        return tr("Consent to");
    case GivenOn:
        return tr("Given on");
    case Form:
        return tr("Form");
    case ValidUntil:
        return tr("Valid until");
    case GivenBy:
        return tr("Given by");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace lotsen
