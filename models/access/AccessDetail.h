#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lotsen {

// The detail of an access-log entry is stored as a code with arguments ("account_role:coordinator:12"), never as
// text in a language, and translated when it is shown. Codes are part of the stored log and of exported logs:
// never change or reuse one, only add new ones. Arguments are ids, counts, role codes and setting values, never
// personal data.
class AccessDetail
{
    Q_DECLARE_TR_FUNCTIONS(lotsen::AccessDetail)

public:
    enum class Code {
        Demo, // login to the demo database
        Unlock, // a failed login at the lock screen
        SwitchUser, // a failed login as another user at the lock screen
        UnsavedEditsDiscarded, // another user logged in; the previous user's unsaved edits were discarded
        NoUnsavedEdits, // another user logged in; the previous user had nothing unsaved
        ActionPlan,
        ActionPlanPreview,
        BlankPlanTemplate,
        ConsentForm,
        AttendanceList,
        PersonalData,
        Csv,
        Intact, // the chain was verified and is intact
        Broken, // the chain was verified and is broken
        BrokenAtStart, // (entry id) the check at start found the chain broken
        AccountCreated, // (account id)
        AccountDeactivated, // (account id)
        AccountActivated, // (account id)
        AccountRole, // (role code, account id)
        WiderAccessOn, // (account id)
        WiderAccessOff, // (account id)
        AccountMentor, // (account id) the account's own staff record changed
        PasswordReset, // (account id)
        Import, // (count) imported in the import dialog
        ImportCommandLine, // (count)
        ImportCommandLineDryRun, // (count)
        Setting, // (key, old value, new value) a centre-wide setting changed
        ActionPlanCommandLine, // an action plan exported from the command line
        BlankPlanCommandLine, // a blank plan exported from the command line
        ParticipantList, // (count, format) the funder's participant list
        ParticipantListCommandLine, // (count, format)
        AutomaticBackup, // an automatic backup (daily or on closing), written by the logged-in or last user
        BackupCommandLine, // lotsen backup
        RestoredBackup, // (backup's date, re-applied cullings) the database was replaced by this backup
        RetentionCounts, // (youths, prospects, access-log entries) culled under the policy
        RetentionReapplied, // (cullings) cullings re-applied after a restore
        ErasureOnRequest, // one youth, erased on request; the written reason is in the retention log
        RegisterExtractPdf,
        RegisterExtractJson,
        ListExport, // (list code, rows, format) a list as shown, written to a spreadsheet file
        ListPrint, // (list code, rows) a list as shown, printed or previewed
        CalendarEvents, // (count) events written to an iCalendar (.ics) file
    };

    // The stored form: the code, then each argument after a ':' (percent-encoded, so that it may hold a ':').
    static QString encode(Code code, const QStringList& arguments = {});
    // The detail in the user's language. Entries written before details were codes hold English text: the known
    // ones are translated too, anything else is shown as stored.
    static QString describe(const QString& stored);

    static QString code(Code code);
};

} // namespace lotsen
