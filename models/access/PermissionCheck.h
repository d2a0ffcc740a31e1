#pragma once

#include "access/Permissions.h"

#include <functional>

namespace lotsen {

// A repository's question "may the current user do this?", answered by the Session (Workspace sets it). Asked
// before every write that needs a permission, so that a view that forgets a check cannot get past the data
// layer. Empty means no access control: a repository used on its own, or a database without accounts.
using PermissionCheck = std::function<bool(Permission)>;

} // namespace lotsen
