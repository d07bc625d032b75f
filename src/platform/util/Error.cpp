// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Error.h"

namespace gl {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
    case ErrorCode::NewerSchema:
    case ErrorCode::Forbidden: // sign-in refused, or a signed-in user without the permission (CONTRACTS.md 6)
        return 2;
    case ErrorCode::Unreachable:
        return 3;
    case ErrorCode::Conflict:
    case ErrorCode::Storage:
    case ErrorCode::Unknown:
        return 1;
    }
    return 1;
}

} // namespace gl
