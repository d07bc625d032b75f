// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitForm.h"
#include "modules/permits/gb30871/Gb30871Rules.h"
#include "modules/permits/ui/PermitEditor.h"
#include "platform/util/Clock.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"
#include "shell/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const permits::Gb30871Rules &rules() { return permits::Gb30871Rules::defaults(); }

QString esc(const QString &s) { return s.toHtmlEscaped(); }

} // namespace

QString findingsHtml(const QStringList &lines, const QString &colour)
{
    if (lines.isEmpty())
        return {};
    QString html = u"<ul style='margin:0; color:%1'>"_s.arg(colour);
    for (const QString &l : lines)
        html += u"<li>"_s + esc(l) + u"</li>"_s;
    return html + u"</ul>"_s;
}

PermitForm::PermitForm(QWidget *parent) : QWidget(parent)
{
    auto *formOuter = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code = new QLineEdit;
    m_code->setPlaceholderText(tr("e.g. HW-0201"));
    m_type = new QComboBox;
    for (const QString &t : PermitService::types())
        m_type->addItem(PermitEditor::typeTitle(t), t);
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

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillGrades();
        fillChecklist();
        touched();
    });
    for (QLineEdit *e : {m_code, m_title, m_polygon, m_equipment})
        connect(e, &QLineEdit::textChanged, this, &PermitForm::touched);
    for (QComboBox *c : {m_grade, m_contractor, m_area, m_guardian, m_coordinator})
        connect(c, &QComboBox::currentIndexChanged, this, &PermitForm::touched);
    for (QDateTimeEdit *e : {m_start, m_end})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] {
            touched();
            Q_EMIT timesChanged();
        });
    connect(m_workers, &QListWidget::itemChanged, this, &PermitForm::touched);
    connect(m_draw, &QPushButton::clicked, this, &PermitForm::drawRequested);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(false); });
    connect(m_submit, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(true); });
    fillGrades();
    fillChecklist();
}

void PermitForm::touched()
{
    if (!m_filling)
        Q_EMIT edited();
}

QStringList PermitForm::checkedItems() const
{
    QStringList checks;
    for (QCheckBox *c : std::as_const(m_checks))
        if (c->isChecked())
            checks << c->property("item").toString();
    return checks;
}

void PermitForm::fillChoices()
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
}

void PermitForm::fillGrades()
{
    const QString type = m_type->currentData().toString(), previous = m_grade->currentData().toString();
    m_grade->clear();
    if (const permits::TypeRules *t = rules().type(type))
        for (const QString &g : t->grades)
            m_grade->addItem(PermitEditor::gradeTitle(g), g);
    if (const int i = m_grade->findData(previous); i >= 0)
        m_grade->setCurrentIndex(i);
}

void PermitForm::fillChecklist()
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
        connect(c, &QCheckBox::toggled, this, &PermitForm::touched);
        m_checkLayout->addWidget(c);
        m_checks << c;
    }
}

void PermitForm::showPermit(const PermitCard &card, bool editable)
{
    const permits::PermitRecord &p = card.permit;
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
    for (QWidget *w : std::initializer_list<QWidget *>{m_grade, m_title, m_contractor, m_area, m_equipment, m_start, m_end, m_polygon, m_zMin,
                                                      m_zMax, m_guardian, m_coordinator, m_workers})
        w->setEnabled(editable);
    for (QCheckBox *c : std::as_const(m_checks))
        c->setEnabled(p.state == u"draft"_s || p.state == u"submitted"_s);
    m_filling = false;
}

PermitInput PermitForm::input() const
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

QStringList PermitForm::localProblems() const
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

void PermitForm::validate(bool editable)
{
    const PermitInput in = input();
    const QStringList blocking = localProblems();
    QStringList rulesFindings;
    const QByteArray tz = m_snapshot ? m_snapshot->timeZone.id() : QByteArray("UTC");
    if (const permits::TypeRules *t = rules().type(in.type); t && in.endsAt > in.startsAt) {
        const QString grade = rules().effectiveGrade(in.type, in.grade, in.startsAt, in.endsAt, tz);
        if (grade != in.grade)
            rulesFindings << tr("Grade: raised from %1 to %2 (night, rest day or holiday, GB 30871-2022)")
                                 .arg(PermitEditor::gradeTitle(in.grade), PermitEditor::gradeTitle(grade));
        const double hours = double(in.endsAt - in.startsAt) / 3.6e6;
        if (const auto it = t->maxValidityHours.constFind(grade); it != t->maxValidityHours.cend() && hours > it.value() + 1e-9)
            rulesFindings << tr("End: validity %1 h exceeds the %2 h limit of %3 %4 (GB 30871-2022)")
                                 .arg(QString::number(hours, 'g', 4), QString::number(it.value(), 'g', 4), PermitEditor::gradeTitle(grade),
                                      PermitEditor::typeTitle(in.type));
        if (rules().needsCameras(in.type, grade))
            rulesFindings << tr("Cameras: %1 %2 is approved only with a camera covering the work area")
                                 .arg(PermitEditor::gradeTitle(grade), PermitEditor::typeTitle(in.type));
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
        html += u"<b>"_s + esc(tr("Cannot be saved yet:")) + u"</b>"_s + findingsHtml(blocking, u"#e53935"_s);
    if (!rulesFindings.isEmpty())
        html += u"<b>"_s + esc(tr("Before it can be submitted or approved:")) + u"</b>"_s + findingsHtml(rulesFindings, u"#ef6c00"_s);
    m_problems->setText(html);
    m_draw->setEnabled(editable && m_snapshot && !m_snapshot->layout.areas.isEmpty());
    m_save->setEnabled(editable && blocking.isEmpty());
    m_submit->setEnabled(editable && blocking.isEmpty());
}

} // namespace ui
} // namespace gl
