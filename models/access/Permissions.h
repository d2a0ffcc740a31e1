#pragma once

#include "access/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lotsen {

struct Account;

// Things a role may or may not do. Views ask Permissions what to show and enable; repositories ask it too and
// refuse, so a missed button cannot leak data.
enum class Permission {
    ViewYouths, // the register and every youth's card, except sensitive notes
    EditYouths,
    ViewSensitiveNotesOfOwnYouths,
    ViewAllSensitiveNotes,
    ManagePartnersAndCatalogue,
    ViewReports,
    ImportYouths,
    ManageAccounts,
    ManageSettings,
    ManageBackups,
    ViewAccessLog,
    ReopenExits, // undo an exit made by mistake (with a written reason)
    ProduceRegisterExtracts, // everything about one youth, hidden notes included (GDPR art. 15 and 20)
    ManageRetention, // the retention policy, its preview and run, and erasure on request
};

// The one table of what each role may do (Permissions.cpp), and the role's codes and labels.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Permission permission);
    // The role's table plus the account's own flags: an inactive account may do nothing, and wider access adds
    // every youth's sensitive notes.
    static bool allows(const Account& account, Permission permission);

    static QList<Role> roles();
    static QList<Permission> permissions();

    static QString code(Role role);
    // Unknown codes give Mentor, the least privileged role, with *ok false.
    static Role roleFromCode(const QString& code, bool* ok = nullptr);
    static QString label(Role role);
    // What a repository answers when the user's role does not allow an action (in the UI language).
    static QString refusal();
};

} // namespace lotsen
