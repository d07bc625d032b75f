// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/CliContext.h"

// Entry points of the guardlinectl commands, one file each under commands/.
namespace gl::cli {
int runInit(Context &ctx);
int runDemo(Context &ctx);
int runSiteImport(Context &ctx);
int runAuditVerify(Context &ctx);
int runUsersAdd(Context &ctx);
int runUsersList(Context &ctx);
int runUsersDisable(Context &ctx);
int runUsersEnable(Context &ctx);
int runUsersSetRole(Context &ctx);
int runUsersResetPassword(Context &ctx);
int runContractorsAdd(Context &ctx);
int runContractorsShow(Context &ctx);
int runContractorsImport(Context &ctx);
int runContractorsSuspend(Context &ctx);
int runContractorsUnsuspend(Context &ctx);
int runWorkersAdd(Context &ctx);
int runWorkersEdit(Context &ctx);
int runWorkersLeave(Context &ctx);
int runWorkersCertify(Context &ctx);
int runWorkersBrief(Context &ctx);
int runWorkersCheckId(Context &ctx);
int runCameraProbe(Context &ctx);
int runRulesReplay(Context &ctx);
int runRulesPublish(Context &ctx);
int runTasksList(Context &ctx);
int runConflicts(Context &ctx);
int runRectificationVerify(Context &ctx);
int runReportDaily(Context &ctx);
int runPermitCreate(Context &ctx);
int runPermitCheck(Context &ctx);
int runPermitAct(Context &ctx);
int runPermitGasTest(Context &ctx);
int runPermitTicket(Context &ctx);
int runPermitVerify(Context &ctx);
int runReportSchedule(Context &ctx);
int runHousekeeping(Context &ctx);
int runSafetyHours(Context &ctx);
int runSafetyIncident(Context &ctx);
int runContractorsAddDocument(Context &ctx);
int runContractorsVerify(Context &ctx);
int runContractorsTasks(Context &ctx);
int runWhitelistImport(Context &ctx);
int runShiftsImport(Context &ctx);
int runShiftsKinds(Context &ctx);
int runShiftsDefineKind(Context &ctx);
int runGatesQr(Context &ctx);
int runIntakeAddDevice(Context &ctx);
int runIntakeServe(Context &ctx);
int runAlarmsRaise(Context &ctx);
int runAlarmsList(Context &ctx);
int runAlarmsAck(Context &ctx);
int runAlarmsFlood(Context &ctx);
int runOrdersList(Context &ctx);
int runOrdersAct(Context &ctx);
int runOrdersShow(Context &ctx);
int runInstructionsPush(Context &ctx);
int runInstructionsList(Context &ctx);
} // namespace gl::cli
