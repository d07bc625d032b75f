// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitEditor.h"
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitForm.h"
#include "modules/permits/ui/PermitGasTests.h"
#include "modules/permits/ui/PermitSignOffs.h"
#include "modules/permits/ui/TicketPreview.h"
#include "platform/auth/Roles.h"

#include <QCoreApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

QString PermitEditor::typeTitle(const QString &type)
{
    static const QHash<QString, const char *> names = {
        {u"hot_work"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Hot work")},
        {u"confined_space"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Confined space")},
        {u"blind_plate"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Blind plate")},
        {u"work_at_height"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Work at height")},
        {u"lifting"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Lifting")},
        {u"temporary_power"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Temporary power")},
        {u"excavation"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Excavation")},
        {u"road_closure"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Road closure")}};
    const auto it = names.constFind(type);
    return it == names.cend() ? type : QCoreApplication::translate("gl::ui::PermitEditor", it.value());
}

QString PermitEditor::gradeTitle(const QString &grade)
{
    static const QHash<QString, const char *> names = {
        {u"special"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Special")},
        {u"level1"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Level 1")},
        {u"level2"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Level 2")},
        {u"standard"_s, QT_TRANSLATE_NOOP("gl::ui::PermitEditor", "Standard")}};
    const auto it = names.constFind(grade);
    return it == names.cend() ? grade : QCoreApplication::translate("gl::ui::PermitEditor", it.value());
}

PermitEditor::PermitEditor(DataWorker *worker, const QString &code, QWidget *parent)
    : QWidget(parent, Qt::Window), m_worker(worker), m_savedCode(code)
{
    setObjectName(u"permitEditor"_s);
    setAttribute(Qt::WA_DeleteOnClose, false); // drafts are never lost: the window hides, the panel keeps it
    if (worker) // another person signed in at this workstation: the card shows what they may sign
        connect(worker, &DataWorker::userSwitched, this, [this] { reload(); });
    resize(860, 760);
    buildForm();
    if (!code.isEmpty()) {
        m_form->codeEdit()->setText(code);
        reload();
    }
    validate();
}

QString PermitEditor::code() const { return m_savedCode.isEmpty() ? m_form->codeEdit()->text().trimmed() : m_savedCode; }

bool PermitEditor::editable() const { return m_savedCode.isEmpty() || m_card.permit.state == u"draft"_s; }

void PermitEditor::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setStyleSheet(u"QLabel { font-size: 14pt; font-weight: bold; }"_s);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"permitState"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_stateLabel);
    outer->addLayout(top);
    auto *tabs = new QTabWidget(this);
    outer->addWidget(tabs, 1);

    // ---- the permit ----
    m_form = new PermitForm;
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    tabs->addTab(formScroll, tr("Permit"));

    // ---- sign-offs and actions ----
    m_signPage = new PermitSignOffs;
    connect(m_signPage, &PermitSignOffs::ticketRequested, this, [this] {
        auto *preview = new TicketPreview(m_worker, m_savedCode, this);
        preview->show();
    });
    connect(m_signPage, &PermitSignOffs::actionRequested, this, &PermitEditor::doAction);
    tabs->addTab(m_signPage, tr("Sign-offs"));

    // ---- gas tests ----
    m_gas = new PermitGasTests;
    m_gas->setWorkSource([this] {
        const QTimeZone tz = m_snapshot ? m_snapshot->timeZone : QTimeZone::utc();
        const QString type = m_form->typeBox()->currentData().toString();
        const QDateTimeEdit *start = m_form->startEdit();
        return GasTestWork{tz, QDateTime(start->date(), start->time(), tz).toMSecsSinceEpoch(), m_card.permit.state, type,
                           typeTitle(type)};
    });
    tabs->addTab(m_gas, tr("Gas tests"));

    // ---- people, cameras, conflicts ----
    auto *infoPage = new QWidget;
    auto *infoLayout = new QVBoxLayout(infoPage);
    m_workersInfo = new QLabel;
    m_cameras = new QLabel;
    m_conflicts = new QLabel;
    m_conflicts->setObjectName(u"permitConflicts"_s);
    for (QLabel *l : {m_workersInfo, m_cameras, m_conflicts}) {
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    infoLayout->addWidget(new QLabel(tr("<b>Workers and certificates</b>")));
    infoLayout->addWidget(m_workersInfo);
    infoLayout->addWidget(new QLabel(tr("<b>Cameras</b>")));
    infoLayout->addWidget(m_cameras);
    infoLayout->addWidget(new QLabel(tr("<b>Conflicts with other work</b>")));
    infoLayout->addWidget(m_conflicts);
    infoLayout->addStretch(1);
    auto *infoScroll = new QScrollArea;
    infoScroll->setWidget(infoPage);
    infoScroll->setWidgetResizable(true);
    tabs->addTab(infoScroll, tr("People, cameras, conflicts"));

    connect(m_form, &PermitForm::edited, this, &PermitEditor::validate);
    connect(m_form, &PermitForm::timesChanged, m_gas, &PermitGasTests::updateTiming);
    connect(m_form, &PermitForm::drawRequested, this, &PermitEditor::drawArea);
    connect(m_form, &PermitForm::saveRequested, this, &PermitEditor::saveDraft);
    connect(m_signPage, &PermitSignOffs::signRequested, this, &PermitEditor::signNext);
    connect(m_gas, &PermitGasTests::recordRequested, this, &PermitEditor::recordGas);
}

void PermitEditor::setSnapshot(const SnapshotPtr &s)
{
    const bool first = !m_snapshot;
    m_snapshot = s;
    m_form->setSnapshot(s);
    if (m_drawDialog)
        m_drawDialog->setSnapshot(s);
    if (first) {
        fillChoices();
        validate();
    }
}

void PermitEditor::fillChoices()
{
    if (!m_snapshot)
        return;
    m_form->fillChoices();
    if (m_card.permit.id)
        showCard(m_card, m_role);
}

PermitInput PermitEditor::input() const { return m_form->input(); }
QStringList PermitEditor::localProblems() const { return m_form->localProblems(); }

void PermitEditor::validate()
{
    const PermitInput in = input();
    m_form->validate(editable());
    setWindowTitle(tr("Permit %1").arg(in.code.isEmpty() ? tr("(new)") : in.code));
    m_header->setText(u"%1 · %2 %3"_s.arg(in.code.isEmpty() ? tr("New permit") : in.code, typeTitle(in.type), gradeTitle(in.grade)));
}

void PermitEditor::reload()
{
    const QString code = this->code();
    if (code.isEmpty() || !m_worker)
        return;
    m_worker->call(
        this,
        [code](ServiceContext &ctx) { return std::make_pair(PermitService(ctx).card(code), roleKey(ctx.actor.role)); },
        [this](std::pair<PermitCard, QString> r) {
            showCard(r.first, r.second);
            Q_EMIT loaded();
        },
        [this](const QString &err) { showError(err); });
}

void PermitEditor::showCard(const PermitCard &card, const QString &role)
{
    m_card = card;
    m_role = role;
    const permits::PermitRecord &p = card.permit;
    m_savedCode = p.code;
    m_form->showPermit(card, editable());

    m_stateLabel->setText(permitStateTitle(p.state));
    m_stateLabel->setStyleSheet(p.state == u"suspended"_s ? u"QLabel { background: #ef6c00; color: white; padding: 3px 8px; }"_s
                                                          : u"QLabel { border: 1px solid palette(mid); padding: 3px 8px; }"_s);
    QStringList problems = card.problems;
    if (p.state == u"suspended"_s && !p.suspendReason.isEmpty()) {
        // The service's reason key in words of the interface language (issue 16 item 9).
        static const QHash<QString, const char *> reasons = {{u"alarm"_s, QT_TR_NOOP("alarm in the area")},
                                                              {u"gas_log_overdue"_s, QT_TR_NOOP("gas log overdue")},
                                                              {u"guardian_left"_s, QT_TR_NOOP("the guardian left the site")}};
        const QString reason = reasons.contains(p.suspendReason) ? tr(reasons.value(p.suspendReason)) : p.suspendReason;
        problems.prepend(tr("Suspended (%1)%2: resuming needs a new passing gas test where the rules ask for it")
                             .arg(reason, p.suspendAlarmId ? tr(" by alarm %1").arg(p.suspendAlarmId) : QString()));
    }
    m_form->serverProblemsLabel()->setText(problems.isEmpty() ? QString()
                                                 : u"<b>"_s + esc(tr("The service reports:")) + u"</b>"_s + findingsHtml(problems, u"#e53935"_s));
    if (!m_refusal.isEmpty()) { // a step refused just before this reload (e.g. the permit changed elsewhere): still in view
        m_form->serverProblemsLabel()->setText(u"<b>"_s + esc(tr("Refused:")) + u"</b>"_s + findingsHtml(m_refusal.split(u'\n', Qt::SkipEmptyParts), u"#e53935"_s)
                                  + m_form->serverProblemsLabel()->text());
        m_refusal.clear();
    }

    const QTimeZone siteTz = m_snapshot ? m_snapshot->timeZone : QTimeZone::utc();
    auto when = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, siteTz).toString(u"yyyy-MM-dd HH:mm"_s); };
    // Sign-offs, done and next; lifecycle actions by state (submit and approve are signatures).
    m_signPage->showCard(card, role, when);

    // Gas tests.
    m_gas->showTests(card.gasTests, when);

    // People, cameras, conflicts.
    QStringList workers;
    for (const PermitWorkerInfo &w : card.workers)
        workers << u"<b>%1</b> %2 (%3)<br/>%4"_s.arg(esc(w.code), esc(w.name), esc(w.contractor),
                                                     w.certificates.isEmpty() ? esc(tr("no certificate")) : esc(w.certificates.join(u"; "_s)));
    m_workersInfo->setText(workers.isEmpty() ? tr("No worker named.") : workers.join(u"<br/>"_s));
    QStringList cams;
    for (const PermitCamera &c : card.cameras)
        cams << u"%1 %2 · %3 m%4%5"_s.arg(esc(c.code), esc(c.name)).arg(c.distance, 0, 'f', 1)
                    .arg(c.bound ? tr(" · bound") : QString(), c.onlineCapable ? QString() : tr(" · no usable feed"));
    m_cameras->setText(cams.isEmpty() ? tr("No camera covers the work area.") : cams.join(u"<br/>"_s));
    m_conflicts->setText(card.conflicts.isEmpty() ? tr("No conflict with approved or active work.") : findingsHtml(card.conflicts, u"#e53935"_s));
    validate();
    m_gas->updateTiming();
}

void PermitEditor::drawArea()
{
    if (!m_snapshot || !editable())
        return;
    if (!m_drawDialog) {
        m_drawDialog = new AreaDrawDialog(m_form->polygonEdit(), code(), this);
        m_drawDialog->setSnapshot(m_snapshot);
    }
    if (!m_drawDialog->isVisible()) { // a new drawing session: from the typed field as it is now
        m_drawDialog->setPermitCode(code());
        m_drawDialog->restart();
    }
    m_drawDialog->show();
    m_drawDialog->raise();
    m_drawDialog->activateWindow();
}

void PermitEditor::showError(const QString &message)
{
    m_form->serverProblemsLabel()->setText(u"<b>"_s + esc(tr("Refused:")) + u"</b>"_s + findingsHtml(message.split(u'\n', Qt::SkipEmptyParts), u"#e53935"_s));
    Q_EMIT refused(message);
}

void PermitEditor::showRefusal(const QString &message)
{
    showError(message);
    m_refusal = message; // kept over the reloaded card, which shows the permit as it is now
    reload();
}

std::optional<qint64> PermitEditor::shownVersion() const
{
    if (m_card.rowVersion <= 0 || m_card.permit.code != code())
        return std::nullopt;
    return m_card.rowVersion;
}

void PermitEditor::saveDraft(bool thenSubmit)
{
    if (!localProblems().isEmpty() || !m_worker)
        return;
    PermitInput in = input();
    const bool exists = !m_savedCode.isEmpty();
    if (exists) // the draft as this editor loaded it: changed at another workstation since → refused, naming who
        in.expectedVersion = shownVersion();
    m_worker->call(
        this,
        [in, exists](ServiceContext &ctx) {
            if (exists)
                PermitService(ctx).updateDraft(in);
            else
                PermitService(ctx).createDraft(in);
            return in.code;
        },
        [this, thenSubmit](QString code) {
            m_savedCode = code;
            m_card.rowVersion = 0; // this save changed it: the submit that follows is on what was just saved
            Q_EMIT saved(code);
            if (thenSubmit)
                doAction(u"submit"_s);
            else
                reload();
        },
        [this](const QString &err) { showError(err); }, true);
}

void PermitEditor::doAction(const QString &action)
{
    const QString code = this->code();
    const std::optional<qint64> version = shownVersion(); // the card as shown (schema step 21)
    m_worker->call(
        this,
        [code, action, version](ServiceContext &ctx) {
            if (action == u"guardian_left"_s)
                PermitService(ctx).guardianLeft(code);
            else
                PermitService(ctx).apply(code, action, {}, version);
            return true;
        },
        [this](bool) { reload(); },
        [this](const QString &err) { showRefusal(err); }, true);
}

void PermitEditor::signNext()
{
    const QString code = this->code(), step = m_card.nextStep;
    const SignOffInput in = m_signPage->signature();
    const std::optional<qint64> version = shownVersion(); // the card as shown (schema step 21)
    const QStringList checks = m_form->checkedItems();
    const bool saveChecks = m_card.permit.state == u"submitted"_s;
    m_worker->call(
        this,
        [code, step, in, checks, saveChecks, version](ServiceContext &ctx) {
            if (saveChecks)
                PermitService(ctx).confirmChecksAndSign(code, checks, step, in, version); // both or neither
            else
                PermitService(ctx).signOff(code, step, in, version);
            return true;
        },
        [this](bool) { reload(); },
        [this](const QString &err) { showRefusal(err); }, true);
}

void PermitEditor::recordGas()
{
    const QString code = this->code();
    const GasSampleEntry g = m_gas->entry();
    if (g.tester.isEmpty()) {
        showError(tr("Analyst: name who took the sample"));
        return;
    }
    m_worker->call(
        this,
        [=](ServiceContext &ctx) {
            PermitService(ctx).recordGasTest(code, g.sampledAt, g.combustible, g.o2, g.toxic, g.tester, g.lel, g.enriched);
            return true;
        },
        [this](bool) { reload(); }, [this](const QString &err) { showError(err); }, true);
}

QLabel *PermitEditor::gasTimingLabel() const { return m_gas->timingLabel(); }

QPushButton *PermitEditor::ticketButton() const { return m_signPage->ticketButton(); }

void PermitEditor::closeEvent(QCloseEvent *e)
{
    // Drafts are never lost: closing hides the window; the panel keeps the editor until the app ends.
    hide();
    e->ignore();
}

} // namespace ui
} // namespace gl
