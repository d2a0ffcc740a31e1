#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lotsen {

class Database;
class Session;

// Settings of the centre that every PC sharing the database must see alike: its name, its logo on printed
// documents, and the rules' defaults. Typed keys with their defaults in one table (cf. AppSettings for this PC).
class CentreSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        CentreName,
        Logo,
        PlanReviewWeeks,
        ContactEditHours, // how long anyone may change a timeline entry
        ActiveNoContactDays, // Today: an active youth without contact for longer than this
        ProspectNoContactDays, // Today: a prospect in outreach without contact for longer than this
        ReferralNoAnswerDays, // Today: a referral still without an answer after this many days
        ConsentExpiryDays, // Today: a consent that ends within this many days
        AutoLockMinutes, // minutes without input before Lotsen locks
        FollowUpOffsets, // when follow-ups after an exit are due: "4w,6m" (weeks or months after the exit date)
        FollowUpAttempts, // unanswered attempts after which a follow-up may be closed as not reached
        CollectSensitiveCharacteristics, // 1: the situation at entry asks disability and foreign background
        ProjectName, // the reports' project: its name, start and end date (ISO), planned participants (0: none)
        ProjectStart,
        ProjectEnd,
        PlannedParticipants,
        // Retention (gallring, issue 16): years after the last period and entry, months for prospects who never
        // enrolled, years the access log is kept, and the decision the policy rests on (free text).
        RetentionYears,
        RetentionProspectMonths,
        RetentionAccessLogYears,
        RetentionDecision
    };
    Q_ENUM(Key)

    // The defaults of the numbers, defined here once: the table of keys uses them, and so does code that needs a
    // default without a database (AttentionThresholds, ConsentRules).
    static constexpr int DefaultPlanReviewWeeks = 4;
    static constexpr int DefaultContactEditHours = 24;
    static constexpr int DefaultActiveNoContactDays = 14;
    static constexpr int DefaultProspectNoContactDays = 7;
    static constexpr int DefaultReferralNoAnswerDays = 21;
    static constexpr int DefaultConsentExpiryDays = 14;
    static constexpr int DefaultAutoLockMinutes = 10;
    static constexpr int DefaultFollowUpAttempts = 3;
    static constexpr const char* DefaultFollowUpOffsets = "4w,6m";
    static constexpr int DefaultRetentionYears = 5;
    static constexpr int DefaultRetentionProspectMonths = 12;
    static constexpr int DefaultRetentionAccessLogYears = 5;

    struct Change
    {
        Key key;
        QVariant value;
    };
    // The version of each stored setting as a page read it (a key without a row is missing, or 0): a save with
    // them refuses to write over a setting changed since (cf. Youth::rowVersion).
    using Versions = QHash<Key, int>;

    // Error::field of a save refused because someone else changed a setting after the versions were read.
    static QString conflictField() { return QStringLiteral("settingVersion"); }

    explicit CentreSettings(Database& database, QObject* parent = nullptr);

    // With a session, every change is written to the access log (key, old and new value) in the transaction that
    // saves it, whenever the database has accounts; a change that cannot be logged is not saved.
    void attachSession(Session* session) { m_session = session; }

    QVariant value(Key key) const;
    // The stored value or the default, or an error when the setting could not be read (for figures that must not
    // silently change with a failed read, such as the reports' project start).
    Result<QVariant> read(Key key) const;
    // The versions of the stored settings. Read them before the values they go with: a change in between then
    // makes the next save refused rather than written over.
    Result<Versions> versions() const;
    // The changes in one transaction; values equal to the stored ones are left out. On failure nothing is saved
    // and the message says why. Every change records the logged-in account and the time, and raises the version.
    Result<void> save(const QList<Change>& changes);
    // The same, but only over the versions that were read: if someone else changed any of the settings to another
    // value since, nothing is saved, and the error (field conflictField()) names the settings, who and when.
    Result<void> save(const QList<Change>& changes, const Versions& readVersions);
    Result<void> setValue(Key key, const QVariant& value) { return save({ { key, value } }); }

    // The key as stored in the database and in access-log details, and back.
    static QString name(Key key);
    static std::optional<Key> keyFromName(const QString& name);
    // What the key is called in the Settings page, in the user's language.
    static QString label(Key key);

    QString centreName() const;
    // The centre's own logo, or the one that ships with Lotsen.
    QImage logo() const;
    bool hasOwnLogo() const;
    int planReviewWeeks() const;
    int contactEditHours() const;
    int activeNoContactDays() const;
    int prospectNoContactDays() const;
    int referralNoAnswerDays() const;
    int consentExpiryDays() const;
    int autoLockMinutes() const;
    // The follow-up offsets as codes ("4w", "6m"), in the order they fall due; the default when the stored text
    // has none that parse.
    QStringList followUpOffsets() const;
    int followUpAttempts() const;
    bool collectsSensitiveCharacteristics() const;
    QString projectName() const;
    // Invalid when not set.
    QDate projectStart() const;
    QDate projectEnd() const;
    // 0 when not set.
    int plannedParticipants() const;

    static QImage defaultLogo();

signals:
    void changed(lotsen::CentreSettings::Key key);

private:
    Result<void> write(const QList<Change>& changes, const Versions* readVersions);
    // The message of a save refused over the settings `keys`, changed by someone else.
    Error conflict(const QList<Key>& keys) const;

    // The stored number, or the default when it is missing or not positive.
    int positive(Key key) const;

    // A value as it is written to the access log: the logo as "own" or "default", not as its image.
    static QString loggedValue(Key key, const QVariant& value);

    Database& m_database;
    Session* m_session = nullptr;
};

} // namespace lotsen
