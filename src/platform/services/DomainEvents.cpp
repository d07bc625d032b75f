// SPDX-License-Identifier: Apache-2.0
#include "platform/services/DomainEvents.h"
#include "platform/util/Error.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gl::events {

namespace {

// Filled during static initialization (each module's EventSubscriptions.cpp), read afterwards only.
QList<AlarmRaisedSubscriber> &alarmRaisedSubscribers()
{
    static QList<AlarmRaisedSubscriber> subscribers;
    return subscribers;
}

} // namespace

void subscribe(AlarmRaisedSubscriber subscriber)
{
    QList<AlarmRaisedSubscriber> &all = alarmRaisedSubscribers();
    if (subscriber && std::find(all.cbegin(), all.cend(), subscriber) == all.cend())
        all.append(subscriber);
}

void publish(ServiceContext &ctx, const AlarmRaised &event)
{
    const QList<AlarmRaisedSubscriber> &all = alarmRaisedSubscribers();
    if (all.isEmpty())
        fail(ErrorCode::Unknown, u"alarm %1 (rule '%2'): nothing in this program reacts to a raised alarm (the permits "
                                 "module's subscriptions are not linked), so the permits in its area would stay open; "
                                 "the alarm is not stored"_s.arg(event.alarmId).arg(event.ruleId));
    for (AlarmRaisedSubscriber subscriber : all)
        subscriber(ctx, event);
}

} // namespace gl::events
