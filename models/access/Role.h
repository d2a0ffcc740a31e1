#pragma once

namespace lotsen {

// What a staff account is allowed to do is decided by its role (see Permissions); stored as 'mentor',
// 'coordinator' or 'administrator'.
enum class Role {
    Mentor,
    Coordinator,
    Administrator,
};

} // namespace lotsen
