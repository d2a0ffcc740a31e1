#pragma once

#include "core/Result.h"

#include <QString>

namespace lotsen {

// Moves the finished file `from` over `to` in one step, replacing `to` if it exists (QFile::rename does not
// replace), so that a reader never sees half a file. Both must be on the same file system. On failure `from` is
// left for the caller to remove, and the message is the system's.
[[nodiscard]] Result<void> replaceFile(const QString& from, const QString& to);

} // namespace lotsen
