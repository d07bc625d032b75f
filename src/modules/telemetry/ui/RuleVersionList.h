// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/telemetry/logic/RuleSetService.h"

#include <QGroupBox>
#include <QTimeZone>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class PanelHost;

/// Fills a rule diff table: Rule, Change, Field, In force, Other side (the versions' diff and the editor's changes).
void fillRuleDiff(QTableWidget *t, const QList<rules::RuleChange> &changes);

/// The rules editor's saved versions: who saved which version when, and the selected one's diff against the rules in force.
///
/// "Load into editor" and "Revert to this version" are the editor's steps: the list asks for them
/// (loadRequested, revertRequested) and shows their outcome with setMessage.
class RuleVersionList : public QGroupBox {
    Q_OBJECT
public:
    RuleVersionList(PanelHost *host, QWidget *parent);
    /// Lists `versions`, `activeVersion` (its rules `activeJson`) in force; a version can be reverted to
    /// when `canEdit`. The selected version stays selected.
    void showVersions(const QList<RuleSetVersion> &versions, int activeVersion, const QByteArray &activeJson, bool canEdit,
                      const QTimeZone &zone);
    /// The rules in force are no longer known (until the next showVersions).
    void forgetActive() { m_known = false; }
    int selectedVersion() const;
    /// The line above the diff: what the selected version is, or what became of a step.
    void setMessage(const QString &text);

Q_SIGNALS:
    void loadRequested(int version);
    void revertRequested(int version);

private:
    void showDiff();

    PanelHost *m_host;
    QTableWidget *m_versions, *m_diff;
    QPushButton *m_load, *m_revert;
    QLabel *m_diffTitle;
    bool m_known = false, m_canEdit = false;
    int m_activeVersion = 0;
    QByteArray m_activeJson;
};

} // namespace ui
} // namespace gl
