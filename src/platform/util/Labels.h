// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace gl {

/// The word a stored key (a state, grade, priority, work type, person kind) shows as, in the interface
/// language (translation context "Label"); the key itself when it has no word. One table for every view:
/// the tables, the board, the map's labels.
QString valueLabel(const QString &key);

} // namespace gl
