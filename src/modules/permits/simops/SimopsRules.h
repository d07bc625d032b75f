// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/permits/simops/Permit.h"

#include <QJsonObject>

#include <array>
#include <limits>
#include <vector>

namespace gl::conflicts {

/// One band of a height-dependent clearance: permits with z_max <= upTo get `metres`.
struct HeightBand {
    double upTo = std::numeric_limits<double>::infinity();
    double metres = 0.0;
};

/// The SIMOPS matrix as data: clearance radius per type (fixed or by z_max band), larger clearances
/// for named type pairs, incompatible pairs, the vertical gap and the types that work overhead.
/// The defaults live in resources/config/simops-default.json, compiled into the library.
class SimopsRules {
public:
    /// No clearances, no named pairs, nothing incompatible, nothing overhead; vertical gap 2 m.
    SimopsRules();

    /// The built-in defaults (CONTRACTS.md section 3).
    static const SimopsRules &defaults();
    /// A rules file over `base`: every key it names replaces the base's; unknown keys, unknown
    /// types or negative distances throw gl::Error(BadInput) naming the file and key.
    static SimopsRules fromFile(const QString &path, const SimopsRules &base = defaults());
    static SimopsRules fromJson(const QJsonObject &root, const QString &source, const SimopsRules &base);

    /// r(type) for a permit reaching up to zMax.
    double radius(WorkType type, double zMax) const;
    double radius(const Permit &p) const { return radius(p.type, p.area.zMax); }
    /// c(A, B): the pair's named clearance if any, else max(rA, rB).
    double pairClearance(WorkType a, double ra, WorkType b, double rb) const
    {
        const double named = m_pair[int(a)][int(b)];
        return named >= 0.0 ? named : std::max(ra, rb);
    }
    bool incompatible(WorkType a, WorkType b) const { return m_incompatible[int(a)][int(b)]; }
    bool worksOverhead(WorkType t) const { return m_overhead[int(t)]; }
    double verticalGap() const { return m_verticalGap; }
    /// The largest clearance any pair can get: how far the engine has to look.
    double maxClearance() const;

    void setRadius(WorkType t, double metres);
    void setHeightBands(WorkType t, std::vector<HeightBand> bands);
    void setPairClearance(WorkType a, WorkType b, double metres); ///< negative: none
    void setIncompatible(WorkType a, WorkType b, bool on);
    void setOverhead(WorkType t, bool on) { m_overhead[int(t)] = on; }
    void setVerticalGap(double metres) { m_verticalGap = metres; }

private:
    std::array<double, kWorkTypeSlots> m_radius{};
    std::array<std::vector<HeightBand>, kWorkTypeSlots> m_bands;
    std::array<std::array<double, kWorkTypeSlots>, kWorkTypeSlots> m_pair{};
    std::array<std::array<bool, kWorkTypeSlots>, kWorkTypeSlots> m_incompatible{};
    std::array<bool, kWorkTypeSlots> m_overhead{};
    double m_verticalGap = 2.0;
};

} // namespace gl::conflicts
