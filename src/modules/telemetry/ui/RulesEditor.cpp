// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/RulesEditor.h"
#include "modules/dispatch/ui/RosterEditor.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "platform/store/Database.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

struct RulesEditor::Loaded {
    QList<RuleSetVersion> versions;
    int activeVersion = 0;
    QByteArray activeJson;
    bool canEdit = false;
    QString role;
    QHash<QString, QString> tagArea;
};

namespace {

const QString kDraftKey = u"rulesEditor/draft"_s;
const QString kDraftBaseKey = u"rulesEditor/draftBase"_s;

QTableWidgetItem *cell(const QString &text, const QColor &fg = {})
{
    auto *i = new QTableWidgetItem(text);
    if (fg.isValid())
        i->setForeground(fg);
    return i;
}

QString changeKind(rules::RuleChange::Kind k)
{
    switch (k) {
    case rules::RuleChange::Kind::Added:
        return RulesEditor::tr("＋ added");
    case rules::RuleChange::Kind::Removed:
        return RulesEditor::tr("－ removed");
    case rules::RuleChange::Kind::Changed:
        break;
    }
    return RulesEditor::tr("✎ changed");
}

/// Fills a diff table: Rule, Change, Field, In force, Other side.
void fillDiff(QTableWidget *t, const QList<rules::RuleChange> &changes)
{
    t->setRowCount(0);
    for (const rules::RuleChange &c : changes) {
        const QColor colour = c.kind == rules::RuleChange::Kind::Removed ? colours::severity(u"high"_s)
                              : c.kind == rules::RuleChange::Kind::Added ? colours::severity(u"low"_s)
                                                                         : QColor();
        auto addRow = [&](const QString &field, const QString &before, const QString &after) {
            const int row = t->rowCount();
            t->insertRow(row);
            t->setItem(row, 0, cell(c.id));
            t->setItem(row, 1, cell(changeKind(c.kind), colour));
            t->setItem(row, 2, cell(field));
            t->setItem(row, 3, cell(before));
            t->setItem(row, 4, cell(after));
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

} // namespace

RulesEditor *RulesEditor::open(PanelHost *host, TelemetryPanel *service)
{
    auto *editor = host->hostWidget()->findChild<RulesEditor *>(u"rulesEditor"_s); // the window's one editor
    if (!editor)
        editor = new RulesEditor(host, service);
    editor->show();
    editor->raise();
    editor->activateWindow();
    editor->reload();
    return editor;
}

void RulesEditor::installMenu(QMainWindow *window, PanelHost *host, TelemetryPanel *service)
{
    QMenu *menu = window->menuBar()->findChild<QMenu *>(u"telemetryMenu"_s);
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Telemetry"));
        menu->setObjectName(u"telemetryMenu"_s);
    }
    QAction *rulesAction = menu->addAction(tr("Alarm &rules…"));
    rulesAction->setObjectName(u"openRulesEditor"_s);
    rulesAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    connect(rulesAction, &QAction::triggered, window, [host, service] { RulesEditor::open(host, service); });
    QAction *rosterAction = menu->addAction(tr("Duty &roster…"));
    rosterAction->setObjectName(u"openRosterEditor"_s);
    connect(rosterAction, &QAction::triggered, window, [host] { RosterEditor::open(host); });
}

RulesEditor::RulesEditor(PanelHost *host, TelemetryPanel *service) : QWidget(host->hostWidget(), Qt::Window), m_host(host)
{
    setObjectName(u"rulesEditor"_s);
    setWindowTitle(tr("Alarm rules — Guardline"));
    resize(1400, 820);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_header = new QLabel(tr("Loading the rules…"), this);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_header->setFont(big);
    m_live = new QLabel(this);
    m_live->setObjectName(u"rulesLiveVersion"_s);
    top->addWidget(m_header, 1);
    top->addWidget(m_live);
    layout->addLayout(top);
    m_readOnly = new QLabel(this);
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(u"QLabel { background: #37474f; color: white; padding: 6px; }"_s);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto *split = new QSplitter(Qt::Horizontal, this);
    // Left: the versions and the diff of the selected one against the version in force.
    auto *left = new QGroupBox(tr("Saved versions (every save is kept and audited)"), split);
    auto *leftLayout = new QVBoxLayout(left);
    m_versions = makeReadOnlyTable({tr("Version"), tr("Saved at"), tr("Saved by"), tr("Rules"), tr("SHA-256"), tr("Comment")}, left);
    m_versions->setObjectName(u"ruleVersions"_s);
    leftLayout->addWidget(m_versions, 3);
    auto *versionButtons = new QHBoxLayout;
    m_load = new QPushButton(tr("Load into editor"), left);
    m_revert = new QPushButton(tr("Revert to this version"), left);
    m_revert->setObjectName(u"revertRules"_s);
    m_revert->setToolTip(tr("Saves the selected version again as a new version (audited); the live rules switch to it."));
    versionButtons->addWidget(m_load);
    versionButtons->addWidget(m_revert);
    versionButtons->addStretch(1);
    leftLayout->addLayout(versionButtons);
    m_diffTitle = new QLabel(tr("Select a version to compare it with the rules in force."), left);
    m_diffTitle->setWordWrap(true);
    leftLayout->addWidget(m_diffTitle);
    m_diff = makeReadOnlyTable({tr("Rule"), tr("Change"), tr("Field"), tr("In force"), tr("Selected version")}, left);
    m_diff->setObjectName(u"ruleVersionDiff"_s);
    leftLayout->addWidget(m_diff, 2);

    // Right: the rules in force, and the editor with its validation, changes and dry run.
    m_tabs = new QTabWidget(split);
    m_inForce = makeReadOnlyTable({tr("Id"), tr("Conditions"), tr("Severity"), tr("Area"), tr("Actions")}, m_tabs);
    m_inForce->setObjectName(u"rulesInForce"_s);
    m_tabs->addTab(m_inForce, tr("Rules in force"));

    auto *editPage = new QWidget(m_tabs);
    auto *editLayout = new QVBoxLayout(editPage);
    auto *editSplit = new QSplitter(Qt::Vertical, editPage);
    m_editor = new QPlainTextEdit(editSplit);
    m_editor->setObjectName(u"rulesJson"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(false);
    auto *below = new QWidget(editSplit);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(below);
    m_status->setObjectName(u"rulesValidation"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    belowLayout->addWidget(m_status);
    auto *cursorLine = new QLabel(below);
    belowLayout->addWidget(cursorLine);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, cursorLine, [this, cursorLine] {
        const QTextCursor c = m_editor->textCursor();
        cursorLine->setText(tr("Line %1, column %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
    });
    auto *bottomTabs = new QTabWidget(below);
    m_editDiff = makeReadOnlyTable({tr("Rule"), tr("Change"), tr("Field"), tr("In force"), tr("Edited")}, bottomTabs);
    m_editDiff->setObjectName(u"rulesEditDiff"_s);
    bottomTabs->addTab(m_editDiff, tr("Changes against the rules in force"));
    auto *dryPage = new QWidget(bottomTabs);
    auto *dryLayout = new QVBoxLayout(dryPage);
    auto *dryRow = new QHBoxLayout;
    dryRow->addWidget(new QLabel(tr("Replay the stored samples of the last"), dryPage));
    m_hours = new QSpinBox(dryPage);
    m_hours->setRange(1, 168);
    m_hours->setValue(24);
    m_hours->setSuffix(tr(" h"));
    dryRow->addWidget(m_hours);
    m_runDry = new QPushButton(tr("Dry run"), dryPage);
    m_runDry->setObjectName(u"rulesDryRun"_s);
    m_runDry->setToolTip(tr("Replays the stored samples through the edited rules and the rules in force, off the UI thread, "
                            "and compares how many alarms each rule would raise. Nothing is saved."));
    m_cancelDry = new QPushButton(tr("Cancel"), dryPage);
    m_cancelDry->setEnabled(false);
    m_progress = new QProgressBar(dryPage);
    m_progress->setRange(0, 100);
    m_progress->hide();
    dryRow->addWidget(m_runDry);
    dryRow->addWidget(m_cancelDry);
    dryRow->addWidget(m_progress, 1);
    dryLayout->addLayout(dryRow);
    m_dryRunSummary = new QLabel(tr("The dry run shows how many alarms each rule would have raised on the stored samples."), dryPage);
    m_dryRunSummary->setObjectName(u"rulesDryRunSummary"_s);
    m_dryRunSummary->setWordWrap(true);
    dryLayout->addWidget(m_dryRunSummary);
    m_dryRun = makeReadOnlyTable({tr("Rule"), tr("Alarms: edited"), tr("Alarms: in force"), tr("Difference")}, dryPage);
    m_dryRun->setObjectName(u"rulesDryRunTable"_s);
    dryLayout->addWidget(m_dryRun, 1);
    bottomTabs->addTab(dryPage, tr("Dry run"));
    belowLayout->addWidget(bottomTabs, 1);
    editSplit->addWidget(m_editor);
    editSplit->addWidget(below);
    editSplit->setStretchFactor(0, 3);
    editSplit->setStretchFactor(1, 2);
    editLayout->addWidget(editSplit, 1);
    auto *saveRow = new QHBoxLayout;
    m_comment = new QLineEdit(editPage);
    m_comment->setObjectName(u"rulesComment"_s);
    m_comment->setPlaceholderText(tr("Why the change (required, kept in the audit chain), e.g. CO 1st alarm lowered per HAZOP action 12"));
    m_resetText = new QPushButton(tr("Discard edits"), editPage);
    m_resetText->setToolTip(tr("Replaces the text with the rules in force"));
    m_save = new QPushButton(tr("Save as new version"), editPage);
    m_save->setObjectName(u"saveRules"_s);
    saveRow->addWidget(m_comment, 1);
    saveRow->addWidget(m_resetText);
    saveRow->addWidget(m_save);
    editLayout->addLayout(saveRow);
    m_tabs->addTab(editPage, tr("Edit (JSON)"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({580, 820});
    layout->addWidget(split, 1);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(250);
    connect(m_validateTimer, &QTimer::timeout, this, &RulesEditor::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, m_validateTimer, qOverload<>(&QTimer::start));
    connect(m_comment, &QLineEdit::textChanged, this, &RulesEditor::validate);
    connect(m_save, &QPushButton::clicked, this, &RulesEditor::save);
    connect(m_resetText, &QPushButton::clicked, this, [this] {
        if (m_data)
            setText(QString::fromUtf8(m_data->activeJson));
    });
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &RulesEditor::showDiffOfVersion);
    connect(m_revert, &QPushButton::clicked, this, &RulesEditor::revertSelected);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const int version = selectedVersion();
        if (!version)
            return;
        m_host->dataWorker()->call(
            this, [version](ServiceContext &ctx) { return RuleSetService(ctx).content(version); },
            [this, version](QByteArray json) {
                setText(QString::fromUtf8(json));
                m_tabs->setCurrentIndex(1);
                m_comment->setText(tr("based on version %1").arg(version));
            },
            [this](const QString &e) { m_diffTitle->setText(e); });
    });
    connect(m_runDry, &QPushButton::clicked, this, [this] { startDryRun(m_hours->value()); });
    connect(m_cancelDry, &QPushButton::clicked, this, &RulesEditor::cancelDryRun);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    m_load->setEnabled(false);

    if (auto *telemetry = service) {
        // The version the site service reports in its heartbeat (the command center runs no rules itself).
        connect(telemetry, &TelemetryPanel::liveRuleVersionChanged, this, &RulesEditor::setLiveVersion);
        connect(this, &RulesEditor::rulesSaved, telemetry, &TelemetryPanel::reloadRules);
        setLiveVersion(telemetry->liveRuleVersion());
    } else {
        setLiveVersion(0);
    }
}

RulesEditor::~RulesEditor()
{
    if (m_dryThread) {
        if (m_cancel)
            m_cancel->store(true);
        m_dryThread->wait();
    }
}

QString RulesEditor::text() const
{
    return m_editor->toPlainText();
}

void RulesEditor::setText(const QString &json)
{
    m_editor->setPlainText(json);
    validate();
}

void RulesEditor::setLiveVersion(int version)
{
    m_live->setText(version ? tr("Site service: version %1 in force").arg(version)
                            : tr("Site service: not running (no rules are evaluated)"));
}

void RulesEditor::reload()
{
    m_host->dataWorker()->call(
        this,
        [](ServiceContext &ctx) {
            auto d = std::make_shared<Loaded>();
            RuleSetService svc(ctx);
            d->versions = svc.versions();
            TelemetryService telemetry(ctx);
            const auto [version, json] = telemetry.activeRules();
            d->activeVersion = version;
            d->activeJson = json;
            d->canEdit = svc.canEdit();
            d->role = roleKey(ctx.actor.role);
            const auto tags = telemetry.tags();
            for (const TagInfo &t : tags)
                d->tagArea.insert(t.tag, t.area);
            return std::shared_ptr<const Loaded>(std::move(d));
        },
        [this](std::shared_ptr<const Loaded> d) { showLoaded(d); },
        [this](const QString &e) { m_header->setText(tr("Alarm rules could not be read: %1").arg(e)); });
}

void RulesEditor::showLoaded(const std::shared_ptr<const Loaded> &data)
{
    const bool first = !m_data;
    const bool untouched = !m_data || text() == QString::fromUtf8(m_data->activeJson);
    m_data = data;
    const QTimeZone zone = m_host->lastSnapshot() ? m_host->lastSnapshot()->timeZone : QTimeZone::systemTimeZone();

    rules::RuleSet inForce;
    try {
        if (data->activeVersion)
            inForce = rules::parseRules(data->activeJson, tr("version %1").arg(data->activeVersion));
    } catch (const Error &e) {
        m_header->setText(e.message());
    }
    m_header->setText(data->activeVersion ? tr("Alarm rules: version %1 in force, %2 rules").arg(data->activeVersion).arg(inForce.rules.size())
                                          : tr("Alarm rules: none saved yet. Paste or write a rule set and save it as version 1."));
    if (!data->canEdit) {
        m_readOnly->setText(tr("Read-only: your role (%1) may view the rules and dry-run changes but not save them "
                               "(permission rules.edit: EHS manager, administrator).").arg(data->role));
        m_readOnly->show();
    } else {
        m_readOnly->hide();
    }
    m_editor->setReadOnly(!data->canEdit);

    // Versions.
    const int keep = selectedVersion();
    m_versions->setRowCount(int(data->versions.size()));
    for (int i = 0; i < data->versions.size(); ++i) {
        const RuleSetVersion &v = data->versions.at(i);
        const bool active = v.version == data->activeVersion;
        auto *ver = cell(active ? tr("● v%1 in force").arg(v.version) : tr("v%1").arg(v.version));
        ver->setData(Qt::UserRole, v.version);
        if (active) {
            QFont f = ver->font();
            f.setBold(true);
            ver->setFont(f);
        }
        m_versions->setItem(i, 0, ver);
        m_versions->setItem(i, 1, cell(QDateTime::fromMSecsSinceEpoch(v.createdAt, zone).toString(u"yyyy-MM-dd HH:mm:ss t"_s)));
        m_versions->setItem(i, 2, cell(v.createdBy));
        m_versions->setItem(i, 3, cell(v.rules >= 0 ? QString::number(v.rules) : tr("invalid"), v.rules >= 0 ? QColor() : colours::severity(u"high"_s)));
        auto *sha = cell(v.sha256.left(12) + u'…');
        sha->setToolTip(v.sha256);
        m_versions->setItem(i, 4, sha);
        m_versions->setItem(i, 5, cell(v.comment));
        m_versions->item(i, 5)->setToolTip(v.comment);
        if (v.version == keep)
            m_versions->selectRow(i);
    }
    m_versions->resizeColumnsToContents();

    // Rules in force.
    m_inForce->setRowCount(int(inForce.rules.size()));
    for (int i = 0; i < inForce.rules.size(); ++i) {
        const rules::Rule &r = inForce.rules.at(i);
        const QString severity = rules::severityName(r.severity);
        auto *id = cell(r.id);
        id->setToolTip(r.name);
        m_inForce->setItem(i, 0, id);
        m_inForce->setItem(i, 1, cell(rules::summarize(r)));
        m_inForce->item(i, 1)->setToolTip(r.name.isEmpty() ? rules::summarize(r) : r.name + u'\n' + rules::summarize(r));
        m_inForce->setItem(i, 2, cell(severitySymbol(severity) + u' ' + severity, colours::severity(severity)));
        QStringList areas;
        for (const rules::Condition &c : r.allOf) {
            const QString a = data->tagArea.value(c.tag);
            if (!a.isEmpty() && !areas.contains(a))
                areas << a;
        }
        m_inForce->setItem(i, 3, cell(areas.isEmpty() ? tr("(no sensor)") : areas.join(u", "_s)));
        m_inForce->setItem(i, 4, cell(rules::summarizeActions(r)));
    }
    m_inForce->resizeColumnsToContents();

    // The editor: a kept draft first, else the rules in force (unless the user is mid-edit).
    QSettings settings;
    const QString draft = settings.value(kDraftKey).toString();
    if (first && !draft.isEmpty() && draft != QString::fromUtf8(data->activeJson) && data->canEdit) {
        m_editor->setPlainText(draft);
        m_tabs->setCurrentIndex(1);
        validate();
        m_status->setText(m_status->text() + u"\n"_s
                          + tr("Draft restored: unsaved edits based on version %1 (Discard edits to start from the rules in force).")
                                .arg(settings.value(kDraftBaseKey).toInt()));
    } else if (untouched) {
        setText(QString::fromUtf8(data->activeJson));
    } else {
        validate();
    }
    Q_EMIT loaded();
}

int RulesEditor::selectedVersion() const
{
    const int row = m_versions->currentRow();
    if (row < 0 || !m_versions->item(row, 0) || !m_versions->selectionModel()->isRowSelected(row, {}))
        return 0;
    return m_versions->item(row, 0)->data(Qt::UserRole).toInt();
}

void RulesEditor::showDiffOfVersion()
{
    const int version = selectedVersion();
    m_load->setEnabled(version != 0);
    m_revert->setEnabled(version != 0 && m_data && m_data->canEdit && version != m_data->activeVersion);
    if (!version || !m_data)
        return;
    const QByteArray active = m_data->activeJson;
    const int activeVersion = m_data->activeVersion;
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
            fillDiff(m_diff, changes);
        },
        [this](const QString &e) {
            m_diffTitle->setText(e);
            m_diff->setRowCount(0);
        });
}

void RulesEditor::validate()
{
    const QString json = text();
    QSettings settings;
    if (m_data && json != QString::fromUtf8(m_data->activeJson) && !m_editor->isReadOnly()) {
        settings.setValue(kDraftKey, json); // drafts are never lost: kept until saved or discarded
        settings.setValue(kDraftBaseKey, m_data->activeVersion);
    } else {
        settings.remove(kDraftKey);
        settings.remove(kDraftBaseKey);
    }
    QList<QTextEdit::ExtraSelection> none;
    m_editor->setExtraSelections(none);
    try {
        const rules::RuleSet set = rules::parseRules(json.toUtf8(), tr("rules"));
        m_valid = true;
        m_error.clear();
        QList<rules::RuleChange> changes;
        if (m_data && m_data->activeVersion)
            changes = rules::diffRuleSets(m_data->activeJson, json.toUtf8(), tr("in force"), tr("rules"));
        fillDiff(m_editDiff, changes);
        const bool same = m_data && json.toUtf8() == m_data->activeJson;
        m_status->setStyleSheet(QString());
        m_status->setText(same ? tr("✔ Valid: %1 rules, the same as the rules in force.").arg(set.rules.size())
                               : tr("✔ Valid: %1 rules; %2 rule(s) differ from the rules in force.").arg(set.rules.size()).arg(changes.size()));
    } catch (const Error &e) {
        m_valid = false;
        m_error = e.message();
        m_status->setStyleSheet(u"QLabel { color: #ff7043; font-weight: bold; }"_s);
        m_status->setText(tr("✖ %1 — fix it to save (CONTRACTS.md §4 rule format).").arg(e.message()));
        highlightError(e.message());
    }
    const bool canEdit = m_data && m_data->canEdit;
    const bool changed = m_data && json.toUtf8() != m_data->activeJson;
    const bool commented = !m_comment->text().trimmed().isEmpty();
    m_save->setEnabled(canEdit && m_valid && changed && commented);
    m_save->setToolTip(!canEdit     ? tr("Your role may not save alarm rules (rules.edit)")
                       : !m_valid   ? tr("The rules are not valid: %1").arg(m_error)
                       : !changed   ? tr("Nothing changed against the rules in force")
                       : !commented ? tr("Field 'comment': say why the rules change (kept in the audit chain)")
                                    : tr("Saves a new version; the live pipeline switches to it at once"));
    m_resetText->setEnabled(changed && canEdit);
}

void RulesEditor::highlightError(const QString &message)
{
    int line = -1;
    const QRegularExpressionMatch lineMatch = QRegularExpression(u"line (\\d+)"_s).match(message);
    if (lineMatch.hasMatch()) {
        line = lineMatch.captured(1).toInt() - 1;
    } else {
        const QRegularExpressionMatch rule = QRegularExpression(u"rule '([^']*)'"_s).match(message);
        if (rule.hasMatch()) {
            const QString text = m_editor->toPlainText();
            const QRegularExpression idRe(u"\"id\"\\s*:\\s*\""_s + QRegularExpression::escape(rule.captured(1)) + u'"');
            const QRegularExpressionMatch at = idRe.match(text);
            if (at.hasMatch())
                line = int(QStringView(text).left(at.capturedStart()).count(u'\n'));
        }
    }
    if (line < 0)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    QTextEdit::ExtraSelection sel;
    sel.format.setBackground(QColor(183, 28, 28, 110));
    sel.format.setProperty(QTextFormat::FullWidthSelection, true);
    sel.cursor = QTextCursor(block);
    m_editor->setExtraSelections({sel});
}

void RulesEditor::save()
{
    if (!m_valid || !m_data)
        return;
    const QByteArray json = text().toUtf8();
    const QString comment = m_comment->text().trimmed();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_host->dataWorker()->call(
        this, [json, comment](ServiceContext &ctx) { return RuleSetService(ctx).save(json, comment); },
        [this](int version) {
            QSettings().remove(kDraftKey);
            m_comment->clear();
            m_status->setStyleSheet(QString());
            m_status->setText(tr("Saved as version %1 (audited). The live pipeline switches to it now.").arg(version));
            Q_EMIT rulesSaved(version);
            reload();
        },
        [this](const QString &e) {
            m_status->setStyleSheet(u"QLabel { color: #ff7043; font-weight: bold; }"_s);
            m_status->setText(tr("Not saved: %1").arg(e));
            validate();
        });
}

void RulesEditor::revertSelected()
{
    const int version = selectedVersion();
    if (!version || !m_data || !m_data->canEdit)
        return;
    const QString comment = m_comment->text().trimmed();
    m_revert->setEnabled(false);
    m_host->dataWorker()->call(
        this, [version, comment](ServiceContext &ctx) { return RuleSetService(ctx).revert(version, comment); },
        [this, version](int saved) {
            m_diffTitle->setText(tr("Version %1 saved again as version %2 (audited). The live pipeline switches to it now.").arg(version).arg(saved));
            Q_EMIT rulesSaved(saved);
            QSettings().remove(kDraftKey);
            m_data.reset(); // the editor shows the new rules in force once reloaded
            reload();
        },
        [this](const QString &e) { m_diffTitle->setText(tr("Not reverted: %1").arg(e)); });
}

void RulesEditor::startDryRun(int hours)
{
    if (m_dryThread)
        return;
    const QByteArray json = text().toUtf8();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runDry->setEnabled(false);
    m_cancelDry->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_dryRunSummary->setText(tr("Dry run: replaying the last %1 h of stored samples…").arg(hours));
    auto finish = [this] {
        m_runDry->setEnabled(true);
        m_cancelDry->setEnabled(false);
        m_progress->hide();
    };
    // The data thread hands over the store and the signed-in user; the replay then runs on its own
    // thread and connection, so neither the UI nor the data thread waits for it.
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return std::pair<DbUrl, Actor>(ctx.db.url(), ctx.actor); },
        [this, json, hours, finish](std::pair<DbUrl, Actor> who) {
            std::shared_ptr<std::atomic_bool> cancel = m_cancel;
            QPointer<RulesEditor> self(this);
            m_dryThread = QThread::create([self, cancel, json, hours, who, finish] {
                DryRunResult result;
                QString error;
                try {
                    auto db = Database::open(who.first, Database::Mode::ReadOnly);
                    const Clock &clock = processClock();
                    ServiceContext ctx{*db, who.second, &clock};
                    const qint64 to = clock.nowMs();
                    result = RuleSetService(ctx).dryRun(json, to - qint64(hours) * 3600'000, to, cancel.get(), [self](int percent) {
                        QMetaObject::invokeMethod(self.data(), [self, percent] { if (self) self->m_progress->setValue(percent); },
                                                  Qt::QueuedConnection);
                    });
                } catch (const Error &e) {
                    error = e.message();
                }
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, result, error, finish] {
                        if (!self)
                            return;
                        finish();
                        if (!error.isEmpty())
                            self->m_dryRunSummary->setText(tr("Dry run not done: %1").arg(error));
                        else
                            self->showDryRun(result);
                        Q_EMIT self->dryRunFinished();
                    },
                    Qt::QueuedConnection);
            });
            m_dryThread->setObjectName(u"guardline-rules-dry-run"_s);
            connect(m_dryThread, &QThread::finished, this, [this] {
                m_dryThread->deleteLater();
                m_dryThread = nullptr;
            });
            m_dryThread->start(QThread::LowPriority);
        },
        [this, finish](const QString &e) {
            finish();
            m_dryRunSummary->setText(tr("Dry run not done: %1").arg(e));
            Q_EMIT dryRunFinished();
        });
}

void RulesEditor::cancelDryRun()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelDry->setEnabled(false);
}

void RulesEditor::showDryRun(const DryRunResult &r)
{
    const QTimeZone zone = m_host->lastSnapshot() ? m_host->lastSnapshot()->timeZone : QTimeZone::systemTimeZone();
    const auto when = [&zone](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"MM-dd HH:mm t"_s); };
    QString summary = tr("%1 samples replayed from %2 to %3: the edited rules raise %4 alarm(s), the rules in force (version %5) %6.")
                          .arg(r.samples).arg(when(r.from), when(r.to)).arg(r.candidateAlarms).arg(r.inForceVersion).arg(r.inForceAlarms);
    if (r.cancelled)
        summary = tr("Cancelled — partial result. ") + summary;
    if (r.samples == 0)
        summary += u' ' + tr("No samples are stored for these tags in that period: connect a broker or replay a drill CSV first.");
    m_dryRunSummary->setText(summary);
    m_dryRun->setRowCount(int(r.rules.size()));
    for (int i = 0; i < r.rules.size(); ++i) {
        const DryRunRule &d = r.rules.at(i);
        m_dryRun->setItem(i, 0, cell(d.id));
        auto count = [](int n) { return n < 0 ? tr("(no such rule)") : QString::number(n); };
        auto *a = cell(count(d.candidate));
        auto *b = cell(count(d.inForce));
        a->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        b->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_dryRun->setItem(i, 1, a);
        m_dryRun->setItem(i, 2, b);
        const int delta = std::max(0, d.candidate) - std::max(0, d.inForce);
        m_dryRun->setItem(i, 3, cell(delta > 0 ? u"▲ +%1"_s.arg(delta) : delta < 0 ? u"▼ −%1"_s.arg(-delta) : u"="_s,
                                     delta > 0 ? colours::severity(u"medium"_s) : delta < 0 ? colours::severity(u"low"_s) : QColor()));
    }
    m_dryRun->resizeColumnsToContents();
}

void RulesEditor::closeEvent(QCloseEvent *event)
{
    // The window hides; the draft stays (in memory and in the settings) for the next time it opens.
    cancelDryRun();
    event->accept();
}

} // namespace ui
} // namespace gl
