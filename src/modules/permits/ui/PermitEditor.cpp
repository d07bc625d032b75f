// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitEditor.h"
#include "modules/permits/logic/Gb30871Rules.h"
#include "modules/permits/ui/AreaDrawView.h"
#include "modules/permits/ui/PermitGasTests.h"
#include "modules/permits/ui/PermitSignOffs.h"
#include "modules/permits/ui/TicketPreview.h"
#include "platform/auth/Roles.h"
#include "platform/util/Clock.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"
#include "shell/UiLanguage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const permits::Gb30871Rules &rules() { return permits::Gb30871Rules::defaults(); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString bullets(const QStringList &lines, const QString &colour)
{
    if (lines.isEmpty())
        return {};
    QString html = u"<ul style='margin:0; color:%1'>"_s.arg(colour);
    for (const QString &l : lines)
        html += u"<li>"_s + esc(l) + u"</li>"_s;
    return html + u"</ul>"_s;
}

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
        m_code->setText(code);
        reload();
    }
    validate();
}

QString PermitEditor::code() const { return m_savedCode.isEmpty() ? m_code->text().trimmed() : m_savedCode; }

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
    auto *formPage = new QWidget;
    auto *formOuter = new QVBoxLayout(formPage);
    auto *form = new QFormLayout;
    m_code = new QLineEdit;
    m_code->setPlaceholderText(tr("e.g. HW-0201"));
    m_type = new QComboBox;
    for (const QString &t : PermitService::types())
        m_type->addItem(typeTitle(t), t);
    m_grade = new QComboBox;
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("What is done, where (e.g. weld flange at P-101)"));
    m_contractor = new QComboBox;
    m_contractor->setObjectName(u"permitContractor"_s);
    m_area = new QComboBox;
    m_equipment = new QLineEdit;
    m_equipment->setPlaceholderText(tr("equipment code, optional (blind plate: the blind)"));
    m_start = new QDateTimeEdit;
    m_end = new QDateTimeEdit;
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setCalendarPopup(true);
    }
    const QDateTime now = processClock().now().toLocalTime();
    m_start->setDateTime(QDateTime(now.date(), QTime(now.time().hour() + (now.time().hour() < 23 ? 1 : 0), 0)));
    m_end->setDateTime(m_start->dateTime().addSecs(4 * 3600));
    m_polygon = new QLineEdit;
    m_polygon->setPlaceholderText(tr("x, y; x, y; x, y (site metres)"));
    m_zMin = new QDoubleSpinBox;
    m_zMax = new QDoubleSpinBox;
    for (QDoubleSpinBox *z : {m_zMin, m_zMax}) {
        z->setRange(-50, 200);
        z->setSuffix(u" m"_s);
    }
    m_zMax->setValue(4);
    m_guardian = new QComboBox;
    m_coordinator = new QComboBox;
    m_workers = new QListWidget;
    m_workers->setObjectName(u"permitWorkers"_s);
    m_workers->setMaximumHeight(120);
    auto *zRow = new QHBoxLayout;
    zRow->addWidget(m_zMin);
    zRow->addWidget(new QLabel(tr("to")));
    zRow->addWidget(m_zMax);
    form->addRow(tr("Permit no."), m_code);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Work"), m_title);
    form->addRow(tr("Contractor"), m_contractor);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Equipment"), m_equipment);
    form->addRow(tr("Start (site time)"), m_start);
    form->addRow(tr("End (site time)"), m_end);
    m_draw = new QPushButton(tr("Draw on plan…"));
    m_draw->setObjectName(u"drawArea"_s);
    m_draw->setToolTip(tr("Draw the work area on the site plan: click its corners, snapping to equipment and structures"));
    auto *polygonRow = new QHBoxLayout;
    polygonRow->addWidget(m_polygon, 1);
    polygonRow->addWidget(m_draw);
    form->addRow(tr("Work area polygon"), polygonRow);
    form->addRow(tr("Height"), zRow);
    form->addRow(tr("Guardian"), m_guardian);
    form->addRow(tr("Cross-work coordinator"), m_coordinator);
    form->addRow(tr("Workers"), m_workers);
    formOuter->addLayout(form);
    m_checkGroup = new QGroupBox(tr("Safety measures (GB 30871-2022)"));
    m_checkLayout = new QVBoxLayout(m_checkGroup);
    formOuter->addWidget(m_checkGroup);
    m_problems = new QLabel;
    m_problems->setObjectName(u"permitProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_serverProblems = new QLabel;
    m_serverProblems->setObjectName(u"permitServerProblems"_s);
    m_serverProblems->setWordWrap(true);
    m_serverProblems->setTextFormat(Qt::RichText);
    formOuter->addWidget(m_problems);
    formOuter->addWidget(m_serverProblems);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save draft"));
    m_submit = new QPushButton(tr("Submit"));
    m_save->setToolTip(tr("Keeps the permit as a draft, even when it does not meet the rules yet"));
    m_submit->setToolTip(tr("Submitting is the applicant's signature: refused with the reasons while a rule fails"));
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    formOuter->addLayout(buttons);
    formOuter->addStretch(1);
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(formPage);
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
        const QString type = m_type->currentData().toString();
        return GasTestWork{tz, QDateTime(m_start->date(), m_start->time(), tz).toMSecsSinceEpoch(), m_card.permit.state, type,
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

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillGrades();
        fillChecklist();
        validate();
    });
    for (QLineEdit *e : {m_code, m_title, m_polygon, m_equipment})
        connect(e, &QLineEdit::textChanged, this, &PermitEditor::validate);
    for (QComboBox *c : {m_grade, m_contractor, m_area, m_guardian, m_coordinator})
        connect(c, &QComboBox::currentIndexChanged, this, &PermitEditor::validate);
    for (QDateTimeEdit *e : {m_start, m_end})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            validate();
            m_gas->updateTiming();
        });
    connect(m_workers, &QListWidget::itemChanged, this, &PermitEditor::validate);
    connect(m_draw, &QPushButton::clicked, this, &PermitEditor::drawArea);
    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(false); });
    connect(m_submit, &QPushButton::clicked, this, [this] { saveDraft(true); });
    connect(m_signPage, &PermitSignOffs::signRequested, this, &PermitEditor::signNext);
    connect(m_gas, &PermitGasTests::recordRequested, this, &PermitEditor::recordGas);
    fillGrades();
    fillChecklist();
}

void PermitEditor::setSnapshot(const SnapshotPtr &s)
{
    const bool first = !m_snapshot;
    m_snapshot = s;
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
    m_filling = true;
    const QString area = m_area->currentData().toString(), contractor = m_contractor->currentData().toString();
    m_area->clear();
    for (const site::Area &a : m_snapshot->layout.areas)
        m_area->addItem(u"%1 %2"_s.arg(a.code, a.nameZh.isEmpty() ? a.name : a.nameZh), a.code);
    m_contractor->clear();
    m_contractor->addItem(tr("own crew"), u"own"_s);
    for (const ContractorRow &row : m_snapshot->contractorRows)
        m_contractor->addItem(u"%1 %2"_s.arg(row.code, row.name), row.code);
    m_guardian->clear();
    m_coordinator->clear();
    m_guardian->addItem(tr("— none —"), QString());
    m_coordinator->addItem(tr("— none —"), QString());
    m_workers->clear();
    for (const PersonRow &row : m_snapshot->peopleRows) {
        const QString &code = row.code, &name = row.name;
        if (row.kind == u"employee"_s) {
            m_guardian->addItem(u"%1 %2"_s.arg(code, name), code);
            m_coordinator->addItem(u"%1 %2"_s.arg(code, name), code);
        } else {
            // A contractor's own guardian (GB 30871 监护人) holds a guardian certificate like an employee:
            // offered too; the service checks the certificate when the permit is submitted.
            m_guardian->addItem(u"%1 %2 (%3)"_s.arg(code, name, row.contractor), code);
            // Issue #5: the worker's own certificate state and the company's document state, symbol + colour.
            const QString &certs = row.certificates, &docs = row.companyDocuments;
            QString states = tr("certificates %1 %2").arg(validitySymbol(certs), TableModel::label(certs));
            if (!docs.isEmpty())
                states += tr(" · company documents %1 %2").arg(validitySymbol(docs), TableModel::label(docs));
            auto *item = new QListWidgetItem(u"%1 %2 (%3) — %4"_s.arg(code, name, row.contractor, states), m_workers);
            const QString worstState = (certs == u"expired"_s || docs == u"expired"_s || docs == u"missing"_s) ? u"expired"_s
                : (certs == u"expiring"_s || docs == u"expiring"_s)                                             ? u"expiring"_s
                                                                                                                 : QString();
            if (const QColor c = colours::validity(worstState); c.isValid())
                item->setForeground(c);
            item->setData(Qt::UserRole, code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (const int i = m_area->findData(area); i >= 0)
        m_area->setCurrentIndex(i);
    if (const int i = m_contractor->findData(contractor); i >= 0)
        m_contractor->setCurrentIndex(i);
    m_filling = false;
    if (m_card.permit.id)
        showCard(m_card, m_role);
}

void PermitEditor::fillGrades()
{
    const QString type = m_type->currentData().toString(), previous = m_grade->currentData().toString();
    m_grade->clear();
    if (const permits::TypeRules *t = rules().type(type))
        for (const QString &g : t->grades)
            m_grade->addItem(gradeTitle(g), g);
    if (const int i = m_grade->findData(previous); i >= 0)
        m_grade->setCurrentIndex(i);
}

void PermitEditor::fillChecklist()
{
    const QString type = m_type->currentData().toString();
    QStringList checked;
    for (QCheckBox *c : std::as_const(m_checks)) {
        if (c->isChecked())
            checked << c->property("item").toString();
        delete c;
    }
    m_checks.clear();
    const bool zh = chineseUi();
    for (const permits::ChecklistItem &item : rules().checklist(type)) {
        auto *c = new QCheckBox(localized(item.text, item.textZh), m_checkGroup);
        c->setProperty("item", item.key);
        c->setToolTip(zh ? item.text : item.textZh); // the other language on hover
        c->setChecked(checked.contains(item.key));
        connect(c, &QCheckBox::toggled, this, &PermitEditor::validate);
        m_checkLayout->addWidget(c);
        m_checks << c;
    }
}

PermitInput PermitEditor::input() const
{
    PermitInput in;
    in.code = m_code->text().trimmed();
    in.type = m_type->currentData().toString();
    in.grade = m_grade->currentData().toString();
    in.contractorCode = m_contractor->currentData().toString();
    in.areaCode = m_area->currentData().toString();
    in.equipmentCode = m_equipment->text().trimmed();
    in.title = m_title->text().trimmed();
    bool ok = false;
    in.polygon = parseCorners(m_polygon->text(), &ok);
    in.zMin = m_zMin->value();
    in.zMax = m_zMax->value();
    const QTimeZone tz = m_snapshot ? m_snapshot->timeZone : QTimeZone::utc();
    in.startsAt = QDateTime(m_start->date(), m_start->time(), tz).toMSecsSinceEpoch();
    in.endsAt = QDateTime(m_end->date(), m_end->time(), tz).toMSecsSinceEpoch();
    in.guardianCode = m_guardian->currentData().toString();
    in.coordinatorCode = m_coordinator->currentData().toString();
    for (int i = 0; i < m_workers->count(); ++i)
        if (m_workers->item(i)->checkState() == Qt::Checked)
            in.workerCodes << m_workers->item(i)->data(Qt::UserRole).toString();
    for (QCheckBox *c : m_checks)
        if (c->isChecked())
            in.checks << c->property("item").toString();
    return in;
}

QStringList PermitEditor::localProblems() const
{
    QStringList out;
    const PermitInput in = input();
    if (in.code.isEmpty())
        out << tr("Permit no.: missing");
    if (in.title.isEmpty())
        out << tr("Work: describe what is done and where");
    if (in.areaCode.isEmpty())
        out << tr("Area: choose the area of the work");
    bool ok = false;
    parseCorners(m_polygon->text(), &ok);
    if (!ok || !site::isSimplePolygon(in.polygon))
        out << tr("Work area polygon: at least three points \"x, y\" separated by \";\", edges not crossing");
    if (in.zMax < in.zMin)
        out << tr("Height: the top is below the bottom");
    if (in.endsAt <= in.startsAt)
        out << tr("End: must be after the start");
    return out;
}

void PermitEditor::validate()
{
    if (m_filling)
        return;
    const PermitInput in = input();
    const QStringList blocking = localProblems();
    QStringList rulesFindings;
    const QByteArray tz = m_snapshot ? m_snapshot->timeZone.id() : QByteArray("UTC");
    if (const permits::TypeRules *t = rules().type(in.type); t && in.endsAt > in.startsAt) {
        const QString grade = rules().effectiveGrade(in.type, in.grade, in.startsAt, in.endsAt, tz);
        if (grade != in.grade)
            rulesFindings << tr("Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)").arg(gradeTitle(in.grade), gradeTitle(grade));
        const double hours = double(in.endsAt - in.startsAt) / 3.6e6;
        if (const auto it = t->maxValidityHours.constFind(grade); it != t->maxValidityHours.cend() && hours > it.value() + 1e-9)
            rulesFindings << tr("End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)")
                                 .arg(QString::number(hours, 'g', 4), QString::number(it.value(), 'g', 4), gradeTitle(grade), typeTitle(in.type));
        if (rules().needsCameras(in.type, grade))
            rulesFindings << tr("Cameras: %1 %2 is approved only with a camera covering the work area").arg(gradeTitle(grade), typeTitle(in.type));
    }
    if (in.guardianCode.isEmpty())
        rulesFindings << tr("Guardian: a certified guardian is mandatory");
    else if (in.workerCodes.contains(in.guardianCode))
        rulesFindings << tr("Guardian: the guardian cannot also be a worker");
    int unchecked = 0;
    for (QCheckBox *c : std::as_const(m_checks))
        unchecked += c->isChecked() ? 0 : 1;
    if (unchecked)
        rulesFindings << tr("Safety measures: %n not confirmed (needed before approval)", nullptr, unchecked);
    QString html;
    if (!blocking.isEmpty())
        html += u"<b>"_s + esc(tr("Cannot be saved yet:")) + u"</b>"_s + bullets(blocking, u"#e53935"_s);
    if (!rulesFindings.isEmpty())
        html += u"<b>"_s + esc(tr("Before it can be submitted or approved:")) + u"</b>"_s + bullets(rulesFindings, u"#ef6c00"_s);
    m_problems->setText(html);
    const bool canEdit = editable();
    m_draw->setEnabled(canEdit && m_snapshot && !m_snapshot->layout.areas.isEmpty());
    m_save->setEnabled(canEdit && blocking.isEmpty());
    m_submit->setEnabled(canEdit && blocking.isEmpty());
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
    m_filling = true;
    m_code->setText(p.code);
    m_code->setReadOnly(true);
    m_type->setCurrentIndex(m_type->findData(p.type));
    m_type->setEnabled(false);
    fillGrades();
    m_grade->setCurrentIndex(m_grade->findData(p.grade));
    m_title->setText(p.title);
    if (const int i = m_contractor->findData(p.contractor); i >= 0)
        m_contractor->setCurrentIndex(i);
    if (const int i = m_area->findData(p.area); i >= 0)
        m_area->setCurrentIndex(i);
    m_equipment->setText(p.equipment);
    const QTimeZone tz = m_snapshot ? m_snapshot->timeZone : QTimeZone::utc();
    const QDateTime s = QDateTime::fromMSecsSinceEpoch(p.startsAt, tz), e = QDateTime::fromMSecsSinceEpoch(p.endsAt, tz);
    m_start->setDateTime(QDateTime(s.date(), s.time()));
    m_end->setDateTime(QDateTime(e.date(), e.time()));
    m_polygon->setText(cornersText(p.polygon));
    m_zMin->setValue(p.zMin);
    m_zMax->setValue(p.zMax);
    if (const int i = m_guardian->findData(p.guardian); i >= 0)
        m_guardian->setCurrentIndex(i);
    if (const int i = m_coordinator->findData(p.coordinator); i >= 0)
        m_coordinator->setCurrentIndex(i);
    for (int i = 0; i < m_workers->count(); ++i)
        m_workers->item(i)->setCheckState(p.workers.contains(m_workers->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    fillChecklist();
    for (QCheckBox *c : std::as_const(m_checks))
        c->setChecked(card.checksDone.contains(c->property("item").toString()));
    const bool canEdit = editable();
    for (QWidget *w : std::initializer_list<QWidget *>{m_grade, m_title, m_contractor, m_area, m_equipment, m_start, m_end, m_polygon, m_zMin,
                                                      m_zMax, m_guardian, m_coordinator, m_workers})
        w->setEnabled(canEdit);
    for (QCheckBox *c : std::as_const(m_checks))
        c->setEnabled(p.state == u"draft"_s || p.state == u"submitted"_s);
    m_filling = false;

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
    m_serverProblems->setText(problems.isEmpty() ? QString()
                                                 : u"<b>"_s + esc(tr("The service reports:")) + u"</b>"_s + bullets(problems, u"#e53935"_s));
    if (!m_refusal.isEmpty()) { // a step refused just before this reload (e.g. the permit changed elsewhere): still in view
        m_serverProblems->setText(u"<b>"_s + esc(tr("Refused:")) + u"</b>"_s + bullets(m_refusal.split(u'\n', Qt::SkipEmptyParts), u"#e53935"_s)
                                  + m_serverProblems->text());
        m_refusal.clear();
    }

    const QTimeZone siteTz = tz;
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
    m_conflicts->setText(card.conflicts.isEmpty() ? tr("No conflict with approved or active work.") : bullets(card.conflicts, u"#e53935"_s));
    validate();
    m_gas->updateTiming();
}

void PermitEditor::drawArea()
{
    if (!m_snapshot || !editable())
        return;
    if (!m_drawDialog) {
        m_drawDialog = new AreaDrawDialog(m_polygon, code(), this);
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
    m_serverProblems->setText(u"<b>"_s + esc(tr("Refused:")) + u"</b>"_s + bullets(message.split(u'\n', Qt::SkipEmptyParts), u"#e53935"_s));
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
    QStringList checks;
    for (QCheckBox *c : std::as_const(m_checks))
        if (c->isChecked())
            checks << c->property("item").toString();
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
