// SPDX-License-Identifier: Apache-2.0
// HazardPanel: the hazard list with its filters and the selected hazard's detail (photos, plan, history).
#include "modules/hazards/ui/HazardPanel.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/ui/HazardReportForm.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>


using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QImage scaled(const QImage &img, int longSide)
{
    return img.width() >= img.height() ? img.scaledToWidth(std::min(longSide, img.width()), Qt::SmoothTransformation)
                                       : img.scaledToHeight(std::min(longSide, img.height()), Qt::SmoothTransformation);
}

QString when(qint64 ms, const QTimeZone &zone)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString kindLabel(const QString &kind)
{
    if (kind == u"panorama"_s)
        return HazardPanel::tr("Panorama");
    if (kind == u"defect"_s)
        return HazardPanel::tr("Before (defect)");
    if (kind == u"face"_s)
        return HazardPanel::tr("Responsible person");
    if (kind == u"after"_s)
        return HazardPanel::tr("After rectification");
    if (kind == u"reinspection"_s)
        return HazardPanel::tr("Re-inspection");
    return kind;
}

} // namespace

// ---- HazardPanel ----

HazardPanel::HazardPanel(PanelHost *host) : QWidget(host->hostWidget()), m_host(host)
{
    setObjectName(u"hazardPanel"_s);
    auto *v = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->setObjectName(u"hazardStateFilter"_s);
    m_state->addItem(tr("All states"), QString());
    for (const QString &s : {u"reported"_s, u"assigned"_s, u"rectifying"_s, u"pending_verification"_s, u"closed"_s,
                             u"reinspected"_s, u"reopened"_s})
        m_state->addItem(TableModel::label(s), s);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(u"hazardGradeFilter"_s);
    m_grade->addItem(tr("All grades"), QString());
    m_grade->addItem(tr("General (一般)"), u"general"_s);
    m_grade->addItem(tr("Major (重大)"), u"major"_s);
    m_area = new QComboBox(this);
    m_area->setObjectName(u"hazardAreaFilter"_s);
    m_area->addItem(tr("All areas"), QString());
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(u"hazardOverdueFilter"_s);
    auto *report = new QPushButton(tr("Report hazard…"), this);
    report->setObjectName(u"hazardReport"_s);
    filters->addWidget(m_state);
    filters->addWidget(m_grade);
    filters->addWidget(m_area);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(report);
    v->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new TableModel({{u"code"_s, tr("Hazard")}, {u"grade"_s, tr("Grade")}, {u"state"_s, tr("State")},
                              {u"area"_s, tr("Area")}, {u"equipment"_s, tr("Equipment")}, {u"deadline_at"_s, tr("Deadline")},
                              {u"description"_s, tr("Description")}},
                             this);
    m_model->setKey({u"code"_s});
    m_table = new QTableView(split);
    m_table->setObjectName(u"hazardTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *detail = new QWidget(split);
    auto *dv = new QVBoxLayout(detail);
    m_header = new QLabel(tr("Select a hazard to see its photos and history. New hazards are reported with three photos: "
                             "the panorama with the area sign, the defect close-up and the responsible person's face."),
                          detail);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_error = new QLabel(detail);
    m_error->setObjectName(u"hazardError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #e53935; font-weight: bold; }"_s);
    m_error->hide();
    m_timeline = new QListWidget(detail);
    m_timeline->setObjectName(u"hazardTimeline"_s);
    m_timeline->setViewMode(QListView::IconMode);
    m_timeline->setFlow(QListView::LeftToRight);
    m_timeline->setWrapping(false);
    m_timeline->setIconSize(QSize(160, 120));
    m_timeline->setFixedHeight(200);
    m_timeline->setMovement(QListView::Static);
    m_timeline->setWordWrap(true);
    m_timeline->setGridSize(QSize(190, 190));
    auto *actions = new QHBoxLayout;
    const QList<std::pair<QString, QString>> acts = {
        {u"grade"_s, tr("Grade / plan…")}, {u"assign"_s, tr("Assign…")}, {u"start"_s, tr("Start rectification")},
        {u"submit"_s, tr("Submit after-photo…")}, {u"accept"_s, tr("Accept (close)")}, {u"reject"_s, tr("Reject")},
        {u"reinspect"_s, tr("Re-inspect…")}, {u"compare"_s, tr("Compare photos")}};
    for (const auto &[key, text] : acts) {
        auto *b = new QPushButton(text, detail);
        b->setObjectName(u"hazardAction_"_s + key);
        b->setProperty("action", key);
        b->setEnabled(false);
        connect(b, &QPushButton::clicked, this, [this, key] { runAction(key); });
        actions->addWidget(b);
        m_actions << b;
    }
    actions->addStretch(1);
    m_info = new QTextBrowser(detail);
    dv->addWidget(m_header);
    dv->addWidget(m_error);
    dv->addWidget(m_timeline);
    dv->addLayout(actions);
    dv->addWidget(m_info, 1);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    v->addWidget(split, 1);

    m_viewer = new HazardViewer(this);
    m_viewer->hide();

    for (QComboBox *c : {m_state, m_grade, m_area})
        connect(c, &QComboBox::currentIndexChanged, this, &HazardPanel::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &HazardPanel::applyFilters);
    connect(report, &QPushButton::clicked, this, &HazardPanel::reportHazard);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        if (!cur.isValid())
            return;
        const QString code = cur.row() < m_shown.size() ? m_shown[cur.row()].code : QString();
        if (!code.isEmpty() && code != m_code)
            loadDetail(code);
    });
    connect(m_timeline, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        compare(item->data(Qt::UserRole).toString() == u"reinspection"_s);
    });
}

void HazardPanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    if (m_form)
        m_form->setSnapshot(s);
    QStringList areas;
    for (const HazardRow &r : s->hazardRows)
        areas << r.area;
    areas.removeDuplicates();
    areas.sort();
    if (m_area->count() != areas.size() + 1) {
        const QString cur = m_area->currentData().toString();
        QSignalBlocker block(m_area);
        m_area->clear();
        m_area->addItem(tr("All areas"), QString());
        for (const QString &a : areas)
            m_area->addItem(a, a);
        m_area->setCurrentIndex(std::max(0, m_area->findData(cur)));
    }
    applyFilters();
    if (!m_code.isEmpty())
        loadDetail(m_code); // states and photos may have changed
}

void HazardPanel::applyFilters()
{
    if (!m_snapshot)
        return;
    const Table &all = m_snapshot->hazards;
    const QList<HazardRow> &rows = m_snapshot->hazardRows; // row i of `all`
    const QString state = m_state->currentData().toString(), grade = m_grade->currentData().toString(),
                  area = m_area->currentData().toString();
    Table t;
    t.columns = all.columns;
    m_shown.clear();
    for (qsizetype i = 0; i < rows.size() && i < all.rows.size(); ++i) {
        const HazardRow &r = rows[i];
        const bool overdue = (r.state == u"assigned"_s || r.state == u"rectifying"_s) && r.deadlineAt.value_or(0) > 0
            && *r.deadlineAt < m_snapshot->takenAt;
        if ((!state.isEmpty() && r.state != state) || (!grade.isEmpty() && r.grade != grade) || (!area.isEmpty() && r.area != area)
            || (m_overdue->isChecked() && !overdue))
            continue;
        t.rows << all.rows[i];
        m_shown << r;
    }
    m_model->setTable(t, m_snapshot->timeZone, m_snapshot->takenAt);
    for (int i = 0; i < m_shown.size(); ++i)
        if (m_shown[i].code == m_code) {
            QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(i);
        }
}

void HazardPanel::showHazard(const QString &code)
{
    // Clear the filters that would hide it, then select it.
    m_state->setCurrentIndex(0);
    m_grade->setCurrentIndex(0);
    m_area->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_code.clear();
    loadDetail(code);
}

void HazardPanel::loadDetail(const QString &code)
{
    m_code = code;
    m_host->dataWorker()->call(
        this,
        [code](ServiceContext &ctx) {
            HazardService svc(ctx);
            HazardView v;
            v.detail = svc.detail(code);
            for (const HazardPhotoInfo &p : v.detail.photos) {
                QImage img = QImage::fromData(svc.photo(p.sha256));
                v.thumbnails << (img.isNull() ? QImage() : scaled(img, 320));
            }
            return v;
        },
        [this](HazardView v) {
            if (v.detail.code == m_code)
                showDetail(v);
        },
        [this](const QString &e) { fail(e); });
}

void HazardPanel::showDetail(const HazardView &v)
{
    m_view = v;
    const HazardDetail &d = v.detail;
    const QTimeZone zone = m_snapshot ? m_snapshot->timeZone : QTimeZone::utc();
    const bool overdue = d.overdueAt > 0 && (d.state == u"assigned"_s || d.state == u"rectifying"_s);
    const HazardTerm *cat = HazardRules::defaults().category(d.category);
    const QString catName = cat ? localized(cat->en, cat->zh) : d.category;
    QString head = u"<b>%1</b> · %2 · <b>%3</b> · %4 · %5"_s.arg(d.code.toHtmlEscaped(), catName.toHtmlEscaped(),
                                                                   d.grade == u"major"_s ? tr("Major (重大)") : tr("General (一般)"),
                                                                   TableModel::label(d.state), d.area);
    if (!d.equipment.isEmpty())
        head += u" · "_s + tr("equipment %1 (QR %2)").arg(d.equipment, d.equipmentQr);
    if (overdue)
        head += u" · <span style='color:#e53935'><b>"_s + tr("OVERDUE — escalated as %1").arg(d.escalationOrder) + u"</b></span>"_s;
    if (d.faceReview == u"mismatch"_s)
        head += u"<br><span style='color:#e53935'><b>"_s
            + tr("Face check: the face photo does not match %1's portrait on file — review who is responsible.").arg(d.responsible)
            + u"</b></span>"_s;
    else if (d.faceReview == u"no_portrait"_s || d.faceReview == u"no_person"_s)
        head += u"<br><span style='color:#f9a825'>"_s + tr("Face check: one frontal face; identity not verified (no portrait on file).")
            + u"</span>"_s;
    m_header->setText(head);
    m_error->hide();
    if (!m_refusal.isEmpty()) {
        m_error->setText(m_refusal);
        m_error->show();
        m_refusal.clear();
    }

    m_timeline->clear();
    for (int i = 0; i < d.photos.size(); ++i) {
        const HazardPhotoInfo &p = d.photos[i];
        QImage thumb = v.thumbnails.value(i);
        const bool failed = !p.check.isEmpty() && p.check.contains(u"passed"_s) && !p.check.value(u"passed"_s).toBool();
        if (failed && !thumb.isNull()) {
            QPainter painter(&thumb);
            painter.setPen(QPen(QColor(0xe5, 0x39, 0x35), 6));
            painter.drawRect(thumb.rect().adjusted(3, 3, -3, -3));
        }
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(thumb)),
                                         u"%1\n%2\n%3…"_s.arg(kindLabel(p.kind), when(p.takenAt ? p.takenAt : p.createdAt, zone), p.sha256.left(12)));
        item->setData(Qt::UserRole, p.kind);
        item->setToolTip(tr("%1\nSHA-256 %2\nfile %3, %4x%5 %6\nEXIF time %7\nadded by %8\n%9")
                             .arg(kindLabel(p.kind), p.sha256, p.fileName).arg(p.width).arg(p.height)
                             .arg(p.format, p.exifTime.isEmpty() ? tr("none") : p.exifTime, p.addedBy,
                                  p.check.value(u"reason"_s).toString()));
        m_timeline->addItem(item);
    }

    QString info = u"<p>"_s + d.description.toHtmlEscaped() + u"</p><p>"_s
        + tr("Reported %1 by %2 · assigned to %3 · deadline %4").arg(when(d.reportedAt, zone), d.reporter, d.assignee.isEmpty() ? u"—"_s : d.assignee,
                                                                    d.deadlineAt ? when(d.deadlineAt, zone) : u"—"_s)
        + u"</p>"_s;
    if (!d.criteria.isEmpty())
        info += u"<p>"_s + tr("Major-hazard criteria: %1").arg(d.criteria.join(u", "_s)) + u"</p>"_s;
    if (!d.plan.isEmpty()) {
        info += u"<p><b>"_s + tr("Rectification plan") + u"</b><br>"_s;
        for (const HazardTerm &t : HazardRules::defaults().planItems)
            info += u"%1: %2<br>"_s.arg(localized(t.en, t.zh), d.plan.value(t.key).toString().toHtmlEscaped());
        info += u"</p>"_s;
    }
    for (const HazardTask &t : d.tasks)
        info += u"<p>"_s + tr("Re-inspection task for %1, due %2: %3").arg(t.assignee, when(t.dueAt, zone),
                                                                          t.doneAt ? t.outcome : tr("open")) + u"</p>"_s;
    info += u"<p><b>"_s + tr("History") + u"</b><br>"_s;
    // The audit's actions in words of the interface language (they were the raw keys, "hazard.overdue").
    static const QHash<QString, const char *> events = {
        {u"hazard.report"_s, QT_TR_NOOP("reported")},
        {u"hazard.grade"_s, QT_TR_NOOP("graded")},
        {u"hazard.assign"_s, QT_TR_NOOP("assigned")},
        {u"hazard.start"_s, QT_TR_NOOP("rectification started")},
        {u"hazard.submit"_s, QT_TR_NOOP("rectification submitted")},
        {u"hazard.rectification_refused"_s, QT_TR_NOOP("after-photo refused")},
        {u"hazard.accept"_s, QT_TR_NOOP("accepted and closed")},
        {u"hazard.reject"_s, QT_TR_NOOP("rejected, reopened")},
        {u"hazard.overdue"_s, QT_TR_NOOP("overdue: escalated to a dispatch order")},
        {u"hazard.reinspection_task"_s, QT_TR_NOOP("re-inspection task created")},
        {u"hazard.reinspect_pass"_s, QT_TR_NOOP("re-inspection passed")},
        {u"hazard.reinspect_fail"_s, QT_TR_NOOP("re-inspection failed, reopened")},
    };
    for (const HazardDetail::Event &e : d.history)
        info += u"%1 · %2 · %3<br>"_s.arg(when(e.at, zone), e.actor.toHtmlEscaped(),
                                          events.contains(e.action) ? tr(events.value(e.action)) : e.action.toHtmlEscaped());
    info += u"</p>"_s;
    m_info->setHtml(info);

    bool hasReinspection = false, hasAfter = false;
    for (const HazardPhotoInfo &p : d.photos) {
        hasReinspection |= p.kind == u"reinspection"_s;
        hasAfter |= p.kind == u"after"_s;
    }
    for (QPushButton *b : m_actions) {
        const QString a = b->property("action").toString();
        bool on = d.actions.contains(a);
        if (a == u"grade"_s)
            on = d.state == u"reported"_s || d.state == u"reopened"_s;
        if (a == u"reinspect"_s)
            on = d.state == u"closed"_s;
        if (a == u"compare"_s)
            on = hasAfter;
        b->setEnabled(on);
    }
    Q_EMIT detailShown(d.code);
    Q_UNUSED(hasReinspection);
}

std::optional<qint64> HazardPanel::shownVersion() const
{
    if (m_view.detail.code != m_code || m_view.detail.rowVersion <= 0)
        return std::nullopt;
    return m_view.detail.rowVersion;
}

void HazardPanel::refusedThenReload(const QString &message)
{
    fail(message);
    m_refusal = message; // kept in view over the reloaded detail: the hazard as it is now, and why the step was refused
    loadDetail(m_code);
}

void HazardPanel::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT actionFailed(message);
}

} // namespace ui
} // namespace gl
