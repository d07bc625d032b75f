// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliContext.h"

// Entry points of the guardlinectl commands, one file each under commands/.
namespace gl::cli {
int runInit(Context &ctx);
int runDemo(Context &ctx);
int runAuditVerify(Context &ctx);
int runUsersAdd(Context &ctx);
int runUsersList(Context &ctx);
int runWorkersCheckId(Context &ctx);
int runCameraProbe(Context &ctx);
int runRulesReplay(Context &ctx);
int runConflicts(Context &ctx);
int runRectificationVerify(Context &ctx);
int runReportDaily(Context &ctx);
} // namespace gl::cli
