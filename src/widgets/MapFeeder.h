// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/DataWorker.h"

#include <QObject>

namespace gl {
namespace ui {

/// Feeds the 3D plant map (Guardline::Map) from snapshots: the layout once, then open hazards, active
/// permits and alarmed sensors. Exists only when the map is built in; create() returns nullptr otherwise.
class MapFeeder : public QObject {
    Q_OBJECT
public:
    static MapFeeder *create(QWidget *parent);
    virtual QWidget *widget() const = 0;
    virtual void setSnapshot(const SnapshotPtr &s) = 0;
    virtual void setView(const QString &view) = 0;

Q_SIGNALS:
    void objectPicked(const QString &kind, const QString &code);

protected:
    using QObject::QObject;
};

} // namespace ui
} // namespace gl
