// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QtPlugin>

namespace gl::sdk {

/// Major version of the contractor-admission connector API (roster sources, registry verifiers). A plugin
/// built for another major version is refused by the loader, naming the plugin and both versions.
inline constexpr int kAdmissionApiMajor = 1;

/// One row of an access-control whitelist or of a shift roster, as read from the source.
/// `line` is the 1-based line (CSV) or element index + 1 (JSON); `error` is non-empty for a malformed row
/// (the reason, naming the field), which the host shows and keeps out unless the user confirms.
struct RosterRow {
    int line = 0;
    QString worker;     ///< Guardline person code, e.g. "W-0042"
    QString contractor; ///< contractor code (whitelist; optional cross-check)
    QString card;       ///< access-control card number (whitelist)
    QDate validUntil;   ///< last day the whitelist entry is valid (whitelist; invalid = open-ended)
    QDate day;          ///< work day (shifts)
    QString shift;      ///< shift code, e.g. "DAY" (shifts)
    QString area;       ///< area code (shifts; optional)
    QString error;
};

/// What a roster source returned: the rows, or `error` when the source as a whole failed
/// (file missing, server unreachable, not JSON).
struct RosterFetch {
    QList<RosterRow> rows;
    QString error;
    QString source; ///< what was read, for the import record ("whitelist.csv", "https://acs.local/api/whitelist")
};

/// Reads the whitelist or the shift roster from somewhere (a CSV file, an access-control HTTP endpoint).
/// Blocking: the host calls it off the UI thread. Never throws across this interface.
class RosterSource {
public:
    virtual ~RosterSource() = default;
    /// Applies the configuration; returns an empty string or the reason it is refused (naming the field).
    virtual QString configure(const QJsonObject &config) = 0;
    /// `what` is "whitelist" or "shifts".
    virtual RosterFetch fetch(const QString &what) = 0;
};

/// The answer of a company registry about a unified social credit code.
struct RegistryAnswer {
    enum class State { Verified, Mismatch, NotFound, Unverified };
    State state = State::Unverified;
    QString registeredName; ///< the name the registry holds
    QString licenceStatus;  ///< the registry's licence status ("active", "revoked", "cancelled"...)
    QString detail;         ///< why unverified / what mismatched, for people
    int attempts = 0;
};

/// Checks a company against a registry service. Blocking, with its own timeout and retries; a registry
/// that cannot be reached yields State::Unverified with the reason, never an exception.
class RegistryVerifier {
public:
    virtual ~RegistryVerifier() = default;
    virtual QString configure(const QJsonObject &config) = 0;
    virtual RegistryAnswer verify(const QString &creditCode, const QString &companyName) = 0;
};

/// The factory an admission plugin exports (Q_PLUGIN_METADATA with the IID below and metadata
/// {"kind": "...", "api": 1}). Either create function may return nullptr when the plugin lacks it.
class AdmissionFactory {
public:
    virtual ~AdmissionFactory() = default;
    virtual QString kind() const = 0;
    virtual RosterSource *createRosterSource(const QString &transport) = 0; ///< "csv" or "http"
    virtual RegistryVerifier *createRegistryVerifier() = 0;
};

} // namespace gl::sdk

#define GuardlineAdmissionFactory_iid "org.guardline.AdmissionFactory/1.0"
Q_DECLARE_INTERFACE(gl::sdk::AdmissionFactory, GuardlineAdmissionFactory_iid)
