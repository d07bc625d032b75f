// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "platform/services/Table.h"

#include <QList>
#include <QString>

#include <optional>

namespace gl {

/// Typed rows of what the admission views show (issue #15, like modules/workspace/logic/ViewRows.h): built on the data
/// thread from the admission services' tables, in their order, by the job that reads them, and read by the
/// contractor panel, the gate panel and the roster import panel, so that no view looks a column up by its name.
/// Each `fromTable` is the only place that names its table's columns: a column the service no longer returns is a
/// gl::Error naming the table and the column. Times are UTC epoch ms; days are ISO dates as stored.

/// A contractor's document (AdmissionDocuments::documents(code, today): current ones first, by kind, newest first).
struct ContractorDocumentRow {
    qint64 id = 0;
    QString kind;      ///< one of ContractorService::documentKinds()
    QString fileName, sha256;
    qint64 sizeBytes = 0;
    int pages = 0;     ///< 0 when not known
    QString issuedOn, expiresOn;
    QString state;     ///< valid, expiring, expired, superseded
    bool stored = false; ///< its content is in the store (it can be shown)

    bool operator==(const ContractorDocumentRow &) const = default;
    static QList<ContractorDocumentRow> fromTable(const Table &documents);
};

/// A contractor document or review task (ExpiryTasks::tasks(), by due day).
struct ContractorTaskRow {
    qint64 id = 0;
    QString kind;
    QString contractor, person; ///< codes (person empty for a company's task)
    QString object;             ///< what it is about (a document kind, a certificate…)
    QString title, titleZh;     ///< titleZh empty when none was stored
    QString dueOn;              ///< ISO date
    QString state;              ///< open, done
    qint64 createdAt = 0;

    bool operator==(const ContractorTaskRow &) const = default;
    static QList<ContractorTaskRow> fromTable(const Table &tasks);
};

/// A site gate (CheckinService::gates(), by code) with the payload of its check-in QR code.
struct GateRow {
    QString code, name;
    QString nameZh; ///< empty when none
    QString area;   ///< the area's code
    double x = 0, y = 0;
    QString qrPayload;

    bool operator==(const GateRow &) const = default;
    static QList<GateRow> fromTable(const Table &gates);
};

/// A registered gate check-in device (GateDevices::devices(), by code).
struct GateDeviceRow {
    QString code, name;
    qint64 createdAt = 0;
    std::optional<qint64> revokedAt;  ///< absent while active
    std::optional<qint64> lastSeenAt; ///< absent when never seen
    int checkins = 0;

    bool operator==(const GateDeviceRow &) const = default;
    static QList<GateDeviceRow> fromTable(const Table &devices);
};

/// A whitelist or shift roster import (RosterImport::rosterImports(), newest first).
struct RosterImportRow {
    qint64 id = 0;
    QString kind; ///< whitelist, shifts
    QString source, actor;
    qint64 importedAt = 0;
    int added = 0, removed = 0, changed = 0, skipped = 0;

    bool operator==(const RosterImportRow &) const = default;
    static QList<RosterImportRow> fromTable(const Table &imports);
};

} // namespace gl
