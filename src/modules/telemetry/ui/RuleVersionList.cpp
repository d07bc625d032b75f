// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/RuleVersionList.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QString changeKind(rules::RuleChange::Kind k)
{
    switch (k) {
    case rules::RuleChange::Kind::Added:
        return RuleVersionList::tr("＋ added");
    case rules::RuleChange::Kind::Removed:
        return RuleVersionList::tr("－ removed");
    case rules::RuleChange::Kind::Changed:
        break;
    }
    return RuleVersionList::tr("✎ changed");
}

} // namespace

void fillRuleDiff(QTableWidget *t, const QList<rules::RuleChange> &changes)
{
    t->setRowCount(0);
    for (const rules::RuleChange &c : changes) {
        const QColor colour = c.kind == rules::RuleChange::Kind::Removed ? colours::severity(u"high"_s)
                              : c.kind == rules::RuleChange::Kind::Added ? colours::severity(u"low"_s)
                                                                         : QColor();
        auto addRow = [&](const QString &field, const QString &before, const QString &after) {
            const int row = t->rowCount();
            t->insertRow(row);
            t->setItem(row, 0, tableCell(c.id));
            t->setItem(row, 1, tableCell(changeKind(c.kind), colour));
            t->setItem(row, 2, tableCell(field));
            t->setItem(row, 3, tableCell(before));
            t->setItem(row, 4, tableCell(after));
            t->item(row, 3)->setToolTip(before);
            t->item(row, 4)->setToolTip(after);
        };
        if (c.fields.isEmpty())
            addRow(u"—"_s, {}, {});
        for (const rules::FieldChange &f : c.fields)
            addRow(f.field, f.before, f.after);
    }
    t->resizeColumnsToContents();
}

RuleVersionList::RuleVersionList(PanelHost *host, QWidget *parent)
    : QGroupBox(tr("Saved versions (every save is kept and audited)"), parent), m_host(host)
{
    auto *leftLayout = new QVBoxLayout(this);
    m_versions = makeReadOnlyTable({tr("Version"), tr("Saved at"), tr("Saved by"), tr("Rules"), tr("SHA-256"), tr("Comment")}, this);
    m_versions->setObjectName(u"ruleVersions"_s);
    leftLayout->addWidget(m_versions, 3);
    auto *versionButtons = new QHBoxLayout;
    m_load = new QPushButton(tr("Load into editor"), this);
    m_revert = new QPushButton(tr("Revert to this version"), this);
    m_revert->setObjectName(u"revertRules"_s);
    m_revert->setToolTip(tr("Saves the selected version again as a new version (audited); the live rules switch to it."));
    versionButtons->addWidget(m_load);
    versionButtons->addWidget(m_revert);
    versionButtons->addStretch(1);
    leftLayout->addLayout(versionButtons);
    m_diffTitle = new QLabel(tr("Select a version to compare it with the rules in force."), this);
    m_diffTitle->setWordWrap(true);
    leftLayout->addWidget(m_diffTitle);
    m_diff = makeReadOnlyTable({tr("Rule"), tr("Change"), tr("Field"), tr("In force"), tr("Selected version")}, this);
    m_diff->setObjectName(u"ruleVersionDiff"_s);
    leftLayout->addWidget(m_diff, 2);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &RuleVersionList::showDiff);
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const int version = selectedVersion())
            Q_EMIT loadRequested(version);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const int version = selectedVersion();
        if (!version || !m_known || !m_canEdit)
            return;
        m_revert->setEnabled(false);
        Q_EMIT revertRequested(version);
    });
    m_revert->setEnabled(false);
    m_load->setEnabled(false);
}

void RuleVersionList::showVersions(const QList<RuleSetVersion> &versions, int activeVersion, const QByteArray &activeJson, bool canEdit,
                                   const QTimeZone &zone)
{
    m_known = true;
    m_activeVersion = activeVersion;
    m_activeJson = activeJson;
    m_canEdit = canEdit;
    const int keep = selectedVersion();
    m_versions->setRowCount(int(versions.size()));
    for (int i = 0; i < versions.size(); ++i) {
        const RuleSetVersion &v = versions.at(i);
        const bool active = v.version == activeVersion;
        auto *ver = tableCell(active ? tr("● v%1 in force").arg(v.version) : tr("v%1").arg(v.version));
        ver->setData(Qt::UserRole, v.version);
        if (active) {
            QFont f = ver->font();
            f.setBold(true);
            ver->setFont(f);
        }
        m_versions->setItem(i, 0, ver);
        m_versions->setItem(i, 1, tableCell(QDateTime::fromMSecsSinceEpoch(v.createdAt, zone).toString(u"yyyy-MM-dd HH:mm:ss t"_s)));
        m_versions->setItem(i, 2, tableCell(v.createdBy));
        m_versions->setItem(i, 3, tableCell(v.rules >= 0 ? QString::number(v.rules) : tr("invalid"), v.rules >= 0 ? QColor() : colours::severity(u"high"_s)));
        auto *sha = tableCell(v.sha256.left(12) + u'…');
        sha->setToolTip(v.sha256);
        m_versions->setItem(i, 4, sha);
        m_versions->setItem(i, 5, tableCell(v.comment));
        m_versions->item(i, 5)->setToolTip(v.comment);
        if (v.version == keep)
            m_versions->selectRow(i);
    }
    m_versions->resizeColumnsToContents();
}

void RuleVersionList::setMessage(const QString &text) { m_diffTitle->setText(text); }

int RuleVersionList::selectedVersion() const
{
    const int row = m_versions->currentRow();
    if (row < 0 || !m_versions->item(row, 0) || !m_versions->selectionModel()->isRowSelected(row, {}))
        return 0;
    return m_versions->item(row, 0)->data(Qt::UserRole).toInt();
}

void RuleVersionList::showDiff()
{
    const int version = selectedVersion();
    m_load->setEnabled(version != 0);
    m_revert->setEnabled(version != 0 && m_known && m_canEdit && version != m_activeVersion);
    if (!version || !m_known)
        return;
    const QByteArray active = m_activeJson;
    const int activeVersion = m_activeVersion;
    m_host->dataWorker()->call(
        this,
        [version, active](ServiceContext &ctx) { return rules::diffRuleSets(active, RuleSetService(ctx).content(version), u"in force"_s, u"selected"_s); },
        [this, version, activeVersion](QList<rules::RuleChange> changes) {
            if (version != selectedVersion())
                return;
            m_diffTitle->setText(version == activeVersion ? tr("Version %1 is the one in force.").arg(version)
                                 : changes.isEmpty()      ? tr("Version %1 holds the same rules as version %2 in force.").arg(version).arg(activeVersion)
                                                          : tr("Version %1 against version %2 in force: %n rule(s) differ.", nullptr,
                                                               int(changes.size())).arg(version).arg(activeVersion));
            fillRuleDiff(m_diff, changes);
        },
        [this](const QString &e) {
            m_diffTitle->setText(e);
            m_diff->setRowCount(0);
        });
}

} // namespace ui
} // namespace gl
