// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "demo/DemoPlant.h"
#include "modules/site/layout/SiteLayout.h"
#include "platform/services/ServiceContext.h"
#include "platform/util/Clock.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <random>
#include <vector>

namespace gl {
struct PermitInput;
}

namespace gl::demo {

/// Deterministic choices: the same demo on every machine and every run.
struct Dice {
    std::mt19937 rng{20260302u};
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    double real(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); }
    bool chance(double p) { return real(0, 1) < p; }
    template<class T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }
};

/// Runs the history in time order: each step sets the clock and acts as one of the demo users.
class Timeline {
public:
    void at(qint64 t, std::function<void()> step) { m_steps.push_back({t, m_seq++, std::move(step)}); }
    void run(ManualClock &clock)
    {
        std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step &a, const Step &b) { return a.t < b.t; });
        // The audit chain is appended in time order: a step that falls inside the previous step's
        // span (an incident lasting minutes) starts when that one ended.
        for (Step &s : m_steps) {
            clock.set(std::max(s.t, clock.nowMs()));
            s.fn();
        }
    }

private:
    struct Step {
        qint64 t;
        int seq;
        std::function<void()> fn;
    };
    std::vector<Step> m_steps;
    int m_seq = 0;
};

/// One load of the demo plant (DemoPlant::load, in one transaction), stage by stage in this order. The
/// stages share the dice (every draw in the demo's order: the same demo comes out), the clock, the service
/// context and what the earlier stages made. Accounts, layout, people and courses are added at once; the
/// history's steps (roster, permits, hazards, incidents) go on the timeline, which runHistory() plays in time
/// order. Stages in DemoPlant.cpp, DemoPlantPeople.cpp (people, courses, roster) and DemoPlantPermits.cpp.
struct DemoPlantLoad {
    static constexpr qint64 kMinute = 60'000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;
    struct ContractorSeed; // DemoPlantPeople.cpp
    struct PermitPlan;     // DemoPlantPermits.cpp
    struct AlarmSeed;      // DemoPlant.cpp

    DemoPlantLoad(Database &store, const QDateTime &nowTime, DemoResult &counts);

    void addUsers();
    void importLayout();
    void addEmployees();
    void addContractors();
    void addCourses();
    void planTodaysRoster();
    void planPermits();
    void planHazards();
    void planIncidents();
    void planLiveAlarms();
    void runHistory();

    /// The next steps act as `user` (a demo account).
    void as(const QString &user);
    /// Site time (Asia/Shanghai) `dayOffset` days from today at hour:minute, in ms since the epoch.
    qint64 siteTime(int dayOffset, int hour, int minute = 0) const;
    QList<const site::Equipment *> equipmentIn(const QString &area) const;

    // DemoPlantPeople.cpp
    void addContractorDocuments(const ContractorSeed &c, const QString &code, int contractorNo);
    void addContractorWorkers(const ContractorSeed &c, const QString &code, int &workerNo);
    // DemoPlantPermits.cpp
    void planPermit(const PermitPlan &p);
    PermitInput permitInput(const PermitPlan &p);
    void planPermitSteps(const PermitInput &in, const QString &finalState);
    QStringList gatedWorkers(const QString &contractor, const QString &type, QDate startDay, QDate endDay) const;
    // DemoPlant.cpp
    void planHazard(const QString &state, int k);
    void playIncident(const AlarmSeed &a, qint64 detected, qint64 verifyMs, qint64 respondMs, qint64 confirmMs,
                      const QString &order, bool critical);

    Database &db;
    DemoResult &result;
    const QTimeZone tz{"Asia/Shanghai"};
    const qint64 now;       ///< the demo's present moment
    const QDate today;      ///< its date on site
    const qint64 todayStart; ///< midnight of today on site
    Dice dice;
    ManualClock clock;
    ServiceContext ctx;
    Timeline timeline;

    site::SiteLayout layout; ///< as imported (importLayout)
    QHash<QString, const site::Area *> areaByCode; ///< into layout.areas
    QStringList employees, guardians; ///< codes of the own staff, and of those with a guardian (监护人) certificate
    QMap<QString, QStringList> workersOf; ///< contractor code → its workers' codes
    const QStringList workAreas; ///< where the contractors work (today's roster) and the hazards are found
    QMap<QString, int> permitsPerPrefix; ///< permit codes so far: HW-0101, HW-0102, ...
    QPointF lastHotWorkCa1;              ///< where the latest hot-work permit in CA1 is
    int hazardNo = 0;                    ///< hazards planned so far
    int orderNo = 0;                     ///< dispatch orders planned or opened so far
};

} // namespace gl::demo
