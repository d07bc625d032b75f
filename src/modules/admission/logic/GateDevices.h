// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionConfig.h"
#include "platform/services/Table.h"

namespace gl {

/// The check-in devices (gate tablets): registered with a bearer token shown once, revoked, listed, and
/// the device a token belongs to.
class GateDevices : public AdmissionBase {
public:
    explicit GateDevices(ServiceContext &ctx, AdmissionConfig config = AdmissionConfig::load())
        : AdmissionBase(ctx, std::move(config)) {}

    /// Registers a device and returns its bearer token (shown once; only its SHA-256 is stored).
    QString addDevice(const QString &code, const QString &name);
    void revokeDevice(const QString &code);
    /// Check-in devices: columns code, name, created_at, revoked_at, last_seen_at, checkins (never the token).
    Table devices() const;
    /// The device code of a valid token; throws Forbidden (audited) otherwise.
    QString authenticateDevice(const QString &token);
    /// The device code of a valid token, or empty with the reason in `why` (and a revoked token's device in
    /// `revoked`); nothing is audited (the intake counts refused requests instead: an unauthenticated
    /// client must not be able to grow the audit chain).
    QString deviceOfToken(const QString &token, QString *why, QString *revoked = nullptr) const;
};

} // namespace gl
