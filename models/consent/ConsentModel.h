#pragma once

#include "consent/Consent.h"
#include "consent/ConsentRules.h"

#include "core/TableModel.h"

#include <QDate>
#include <QList>

#include <optional>

namespace lotsen {

class ConsentRepository;

// One youth's consents, newest first, withdrawn and expired ones included (greyed): what each covers, how and by
// whom it was given, and whether it is valid today. Refreshes itself when the repository reports a change.
class ConsentModel : public TableModel<Consent>
{
    Q_OBJECT

public:
    enum Column { Scope, GivenOn, Form, ValidUntil, GivenBy, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ConsentIdRole = Qt::UserRole + 1,
        StatusRole, // a ConsentModel::State as int
        ValidRole // bool: valid today
    };
    Q_ENUM(Role)
    enum class State {
        Valid,
        NotYetValid, // given on a later date
        Expired, // past valid until
        Withdrawn,
        GuardianLapsed // given by a guardian, and the youth is no longer under 18 (or the birth date is unknown)
    };
    Q_ENUM(State)

    explicit ConsentModel(ConsentRepository& repository, QObject* parent = nullptr);

    // The birth date decides whether a guardian's consent still counts (ConsentRules::isValidOn).
    void setYouth(qint64 youthId, const QDate& birthDate);
    qint64 youthId() const { return m_youthId; }
    // How many days before it ends a valid consent is marked: the centre's setting, as on Today.
    void setExpiryWarningDays(int days) { m_expiryWarningDays = days; }

    std::optional<Consent> consentAt(int row) const;
    int rowOfConsent(qint64 consentId) const;
    const QList<Consent>& consents() const { return rows(); }
    // The state on Clock::today().
    State stateOf(const Consent& consent) const;
    // "Contact with relatives: all", "Sharing information with a partner: Arbetsförmedlingen" …
    static QString scopeText(const Consent& consent);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Reads the rows again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

protected:
    QString headerText(int column) const override;

private:
    QString statusText(const Consent& consent) const;
    QVariant display(const Consent& consent, int column) const;

    ConsentRepository& m_repository;
    qint64 m_youthId = 0;
    QDate m_birthDate;
    int m_expiryWarningDays = ConsentRules::ExpiryWarningDays;
};

} // namespace lotsen
