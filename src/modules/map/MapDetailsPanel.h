// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <QList>
#include <QString>

#include <utility>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace gl::map {

/// The side panel beside the map that shows what was clicked: a title, the object's key fields and its
/// actions (open hazard/permit/camera feed, fly to...). It holds plain text: the owner fills it from the data
/// it has and acts on actionTriggered.
class MapDetailsPanel : public QFrame {
    Q_OBJECT
public:
    using Field = std::pair<QString, QString>;  ///< label, value
    using Action = std::pair<QString, QString>; ///< id ("open", "fly", ...), button text

    explicit MapDetailsPanel(QWidget *parent = nullptr);

    /// Shows an object and the panel. Each action becomes a button (object name "action-<id>").
    void showObject(const QString &kind, const QString &code, const QString &title, const QList<Field> &fields,
                    const QList<Action> &actions);
    /// Hides the panel and forgets the object.
    void clearObject();

    QString kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString title() const;
    /// The value shown for a field label (tests, accessibility), or a null string.
    QString field(const QString &label) const;

Q_SIGNALS:
    void actionTriggered(const QString &action, const QString &kind, const QString &code);

private:
    QLabel *m_title;
    QLabel *m_kindLabel;
    QFormLayout *m_form;
    QVBoxLayout *m_actions;
    QList<Field> m_fields;
    QList<Action> m_actionList;
    QString m_kind, m_code;
};

} // namespace gl::map
