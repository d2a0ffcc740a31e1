#include "access/Permissions.h"

#include "access/Account.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace lotsen {

namespace {

// THE table: each role with everything it may do. Checked by tst_accounts pair by pair.
//
// Every role works with every youth's card: at a drop-in centre whoever is on duty meets the youth who walks in.
// Sensitive notes (health, disability, social situation; GDPR art. 9) follow data minimisation: a mentor sees
// them only for the youths they are mentor for, unless the account has wider access (allows(Account, ...)).
// A coordinator follows up all youths and sees all notes, and manages partners, the catalogue, reports and
// imports; the administrator, who answers for the register, may do everything.
struct RolePermissions
{
    Role role;
    std::vector<Permission> allowed;
};

const std::array<RolePermissions, 3> kTable { {
    { Role::Mentor, { Permission::ViewYouths, Permission::EditYouths, Permission::ViewSensitiveNotesOfOwnYouths } },
    { Role::Coordinator,
      { Permission::ViewYouths, Permission::EditYouths, Permission::ViewSensitiveNotesOfOwnYouths,
        Permission::ViewAllSensitiveNotes, Permission::ViewReports, Permission::ManagePartnersAndCatalogue,
        Permission::ImportYouths, Permission::ReopenExits, Permission::ProduceRegisterExtracts } },
    { Role::Administrator,
      { Permission::ViewYouths, Permission::EditYouths, Permission::ViewSensitiveNotesOfOwnYouths,
        Permission::ViewAllSensitiveNotes, Permission::ViewReports, Permission::ManagePartnersAndCatalogue,
        Permission::ImportYouths, Permission::ManageAccounts, Permission::ManageSettings, Permission::ManageBackups,
        Permission::ViewAccessLog, Permission::ReopenExits, Permission::ProduceRegisterExtracts,
        Permission::ManageRetention } },
} };

constexpr std::array<std::pair<Role, const char*>, 3> kRoleCodes { {
    { Role::Mentor, "mentor" },
    { Role::Coordinator, "coordinator" },
    { Role::Administrator, "administrator" },
} };

} // namespace

bool Permissions::allows(Role role, Permission permission)
{
    for (const auto& [tableRole, allowed] : kTable) {
        if (tableRole == role) {
            return std::find(allowed.begin(), allowed.end(), permission) != allowed.end();
        }
    }
    return false;
}

bool Permissions::allows(const Account& account, Permission permission)
{
    if (!account.active) {
        return false;
    }
    if (account.widerAccess && permission == Permission::ViewAllSensitiveNotes) {
        return true;
    }
    return allows(account.role, permission);
}

QList<Role> Permissions::roles()
{
    return { Role::Mentor, Role::Coordinator, Role::Administrator };
}

QList<Permission> Permissions::permissions()
{
    return { Permission::ViewYouths,
             Permission::EditYouths,
             Permission::ViewSensitiveNotesOfOwnYouths,
             Permission::ViewAllSensitiveNotes,
             Permission::ManagePartnersAndCatalogue,
             Permission::ViewReports,
             Permission::ImportYouths,
             Permission::ManageAccounts,
             Permission::ManageSettings,
             Permission::ManageBackups,
             Permission::ViewAccessLog,
             Permission::ReopenExits,
             Permission::ProduceRegisterExtracts,
             Permission::ManageRetention };
}

QString Permissions::code(Role role)
{
    for (const auto& [tableRole, code] : kRoleCodes) {
        if (tableRole == role) {
            return QString::fromLatin1(code);
        }
    }
    return QString::fromLatin1(kRoleCodes.front().second);
}

Role Permissions::roleFromCode(const QString& code, bool* ok)
{
    for (const auto& [role, roleCode] : kRoleCodes) {
        if (code == QLatin1String(roleCode)) {
            if (ok) {
                *ok = true;
            }
            return role;
        }
    }
    if (ok) {
        *ok = false;
    }
    return Role::Mentor;
}

QString Permissions::label(Role role)
{
    switch (role) {
    case Role::Mentor:
        return tr("Mentor");
    case Role::Coordinator:
        return tr("Coordinator");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString Permissions::refusal()
{
    return tr("Your role in Lotsen does not allow this. Ask an administrator.");
}

} // namespace lotsen
