// SPDX-License-Identifier: Apache-2.0
#include "platform/util/Labels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace gl {

QString valueLabel(const QString &v)
{
    static const QHash<QString, const char *> labels = {
        {u"draft"_s, QT_TRANSLATE_NOOP("Label", "Draft")},
        {u"submitted"_s, QT_TRANSLATE_NOOP("Label", "Submitted")},
        {u"approved"_s, QT_TRANSLATE_NOOP("Label", "Approved")},
        {u"active"_s, QT_TRANSLATE_NOOP("Label", "Active")},
        {u"suspended"_s, QT_TRANSLATE_NOOP("Label", "Suspended")},
        {u"closed"_s, QT_TRANSLATE_NOOP("Label", "Closed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("Label", "Cancelled")},
        {u"expired"_s, QT_TRANSLATE_NOOP("Label", "Expired")},
        {u"expiring"_s, QT_TRANSLATE_NOOP("Label", "Expiring")},
        {u"valid"_s, QT_TRANSLATE_NOOP("Label", "Valid")},
        {u"missing"_s, QT_TRANSLATE_NOOP("Label", "Missing")},
        {u"none"_s, QT_TRANSLATE_NOOP("Label", "None")},
        {u"reported"_s, QT_TRANSLATE_NOOP("Label", "Reported")},
        {u"assigned"_s, QT_TRANSLATE_NOOP("Label", "Assigned")},
        {u"rectifying"_s, QT_TRANSLATE_NOOP("Label", "Rectifying")},
        {u"pending_verification"_s, QT_TRANSLATE_NOOP("Label", "Pending verification")},
        {u"reinspected"_s, QT_TRANSLATE_NOOP("Label", "Re-inspected")},
        {u"reopened"_s, QT_TRANSLATE_NOOP("Label", "Reopened")},
        {u"general"_s, QT_TRANSLATE_NOOP("Label", "General")},
        {u"major"_s, QT_TRANSLATE_NOOP("Label", "Major")},
        {u"hot_work"_s, QT_TRANSLATE_NOOP("Label", "Hot work")},
        {u"confined_space"_s, QT_TRANSLATE_NOOP("Label", "Confined space")},
        {u"blind_plate"_s, QT_TRANSLATE_NOOP("Label", "Blind plate")},
        {u"work_at_height"_s, QT_TRANSLATE_NOOP("Label", "Work at height")},
        {u"lifting"_s, QT_TRANSLATE_NOOP("Label", "Lifting")},
        {u"temporary_power"_s, QT_TRANSLATE_NOOP("Label", "Temporary power")},
        {u"excavation"_s, QT_TRANSLATE_NOOP("Label", "Excavation")},
        {u"road_closure"_s, QT_TRANSLATE_NOOP("Label", "Road closure")},
        {u"critical"_s, QT_TRANSLATE_NOOP("Label", "Critical")},
        {u"high"_s, QT_TRANSLATE_NOOP("Label", "High")},
        {u"medium"_s, QT_TRANSLATE_NOOP("Label", "Medium")},
        {u"low"_s, QT_TRANSLATE_NOOP("Label", "Low")},
        {u"unacknowledged"_s, QT_TRANSLATE_NOOP("Label", "Unacknowledged")},
        {u"acknowledged"_s, QT_TRANSLATE_NOOP("Label", "Acknowledged")},
        {u"returned"_s, QT_TRANSLATE_NOOP("Label", "Returned")},
        {u"cleared"_s, QT_TRANSLATE_NOOP("Label", "Cleared")},
        {u"open"_s, QT_TRANSLATE_NOOP("Label", "Open")},
        {u"accepted"_s, QT_TRANSLATE_NOOP("Label", "Accepted")},
        {u"responding"_s, QT_TRANSLATE_NOOP("Label", "On scene")},
        {u"resolved"_s, QT_TRANSLATE_NOOP("Label", "Resolved")},
        {u"confirmed"_s, QT_TRANSLATE_NOOP("Label", "Confirmed")},
        {u"employee"_s, QT_TRANSLATE_NOOP("Label", "Employee")},
        {u"contractor_worker"_s, QT_TRANSLATE_NOOP("Label", "Contractor worker")},
        {u"admitted"_s, QT_TRANSLATE_NOOP("Label", "Admitted")},
        {u"not_admitted"_s, QT_TRANSLATE_NOOP("Label", "Not admitted")},
        {u"own"_s, QT_TRANSLATE_NOOP("Label", "In-house")},
        // Contractors' trades (free text at registration; these common keys shown as words).
        {u"maintenance"_s, QT_TRANSLATE_NOOP("Label", "Maintenance")},
        {u"welding"_s, QT_TRANSLATE_NOOP("Label", "Welding")},
        {u"scaffolding"_s, QT_TRANSLATE_NOOP("Label", "Scaffolding")},
        {u"electrical"_s, QT_TRANSLATE_NOOP("Label", "Electrical")},
        {u"tank_cleaning"_s, QT_TRANSLATE_NOOP("Label", "Tank cleaning")},
        {u"civil"_s, QT_TRANSLATE_NOOP("Label", "Civil works")},
        {u"instrumentation"_s, QT_TRANSLATE_NOOP("Label", "Instrumentation")},
    };
    const auto it = labels.constFind(v);
    return it == labels.cend() ? v : QCoreApplication::translate("Label", it.value());
}

} // namespace gl
