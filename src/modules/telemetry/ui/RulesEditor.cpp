// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/ui/RulesEditor.h"
#include "modules/dispatch/ui/RosterEditor.h"
#include "modules/telemetry/logic/TelemetryService.h"
#include "modules/telemetry/ui/RuleVersionList.h"
#include "modules/telemetry/ui/RulesDryRun.h"
#include "modules/telemetry/ui/TelemetryPanel.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
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
    m_versions = new RuleVersionList(m_host, split);

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
    m_dryRun = new RulesDryRun(m_host, bottomTabs);
    bottomTabs->addTab(m_dryRun, tr("Dry run"));
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
    split->addWidget(m_versions);
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
    connect(m_versions, &RuleVersionList::revertRequested, this, &RulesEditor::revert);
    connect(m_versions, &RuleVersionList::loadRequested, this, [this](int version) {
        m_host->dataWorker()->call(
            this, [version](ServiceContext &ctx) { return RuleSetService(ctx).content(version); },
            [this, version](QByteArray json) {
                setText(QString::fromUtf8(json));
                m_tabs->setCurrentIndex(1);
                m_comment->setText(tr("based on version %1").arg(version));
            },
            [this](const QString &e) { m_versions->setMessage(e); });
    });
    connect(m_dryRun, &RulesDryRun::runRequested, this, &RulesEditor::startDryRun);
    connect(m_dryRun, &RulesDryRun::finished, this, &RulesEditor::dryRunFinished);
    m_save->setEnabled(false);

    if (auto *telemetry = service) {
        // The version the site service reports in its heartbeat (the command center runs no rules itself).
        connect(telemetry, &TelemetryPanel::liveRuleVersionChanged, this, &RulesEditor::setLiveVersion);
        connect(this, &RulesEditor::rulesSaved, telemetry, &TelemetryPanel::reloadRules);
        setLiveVersion(telemetry->liveRuleVersion());
    } else {
        setLiveVersion(0);
    }
}

RulesEditor::~RulesEditor() = default;

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

    m_versions->showVersions(data->versions, data->activeVersion, data->activeJson, data->canEdit, zone);

    // Rules in force.
    m_inForce->setRowCount(int(inForce.rules.size()));
    for (int i = 0; i < inForce.rules.size(); ++i) {
        const rules::Rule &r = inForce.rules.at(i);
        const QString severity = rules::severityName(r.severity);
        auto *id = tableCell(r.id);
        id->setToolTip(r.name);
        m_inForce->setItem(i, 0, id);
        m_inForce->setItem(i, 1, tableCell(rules::summarize(r)));
        m_inForce->item(i, 1)->setToolTip(r.name.isEmpty() ? rules::summarize(r) : r.name + u'\n' + rules::summarize(r));
        m_inForce->setItem(i, 2, tableCell(severitySymbol(severity) + u' ' + severity, colours::severity(severity)));
        QStringList areas;
        for (const rules::Condition &c : r.allOf) {
            const QString a = data->tagArea.value(c.tag);
            if (!a.isEmpty() && !areas.contains(a))
                areas << a;
        }
        m_inForce->setItem(i, 3, tableCell(areas.isEmpty() ? tr("(no sensor)") : areas.join(u", "_s)));
        m_inForce->setItem(i, 4, tableCell(rules::summarizeActions(r)));
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
        fillRuleDiff(m_editDiff, changes);
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

void RulesEditor::revert(int version)
{
    const QString comment = m_comment->text().trimmed();
    m_host->dataWorker()->call(
        this, [version, comment](ServiceContext &ctx) { return RuleSetService(ctx).revert(version, comment); },
        [this, version](int saved) {
            m_versions->setMessage(tr("Version %1 saved again as version %2 (audited). The live pipeline switches to it now.").arg(version).arg(saved));
            Q_EMIT rulesSaved(saved);
            QSettings().remove(kDraftKey);
            m_data.reset(); // the editor shows the new rules in force once reloaded
            m_versions->forgetActive();
            reload();
        },
        [this](const QString &e) { m_versions->setMessage(tr("Not reverted: %1").arg(e)); });
}

void RulesEditor::startDryRun(int hours) { m_dryRun->start(text().toUtf8(), hours); }

void RulesEditor::closeEvent(QCloseEvent *event)
{
    // The window hides; the draft stays (in memory and in the settings) for the next time it opens.
    m_dryRun->cancel();
    event->accept();
}

} // namespace ui
} // namespace gl
