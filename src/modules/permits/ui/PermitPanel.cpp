// SPDX-License-Identifier: Apache-2.0
#include "modules/permits/ui/PermitPanel.h"
#include "modules/permits/ui/PermitEditor.h"
#include "platform/util/Clock.h"
#include "shell/PanelHost.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QCoreApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

const QStringList kStates = {u"draft"_s, u"submitted"_s, u"approved"_s, u"active"_s, u"suspended"_s,
                             u"closed"_s, u"cancelled"_s, u"expired"_s};

/// Muted for the normal, colour for what needs attention (ISA-101).
QColor stateColour(const QString &state)
{
    if (state == u"active"_s)
        return QColor(0x5d, 0x8a, 0x5e);
    if (state == u"suspended"_s)
        return QColor(0xef, 0x6c, 0x00);
    if (state == u"submitted"_s)
        return QColor(0x5c, 0x7c, 0x99);
    if (state == u"approved"_s)
        return QColor(0x78, 0x90, 0x9c);
    if (state == u"expired"_s)
        return QColor(0x8d, 0x55, 0x55);
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QString permitStateTitle(const QString &state)
{
    static const QHash<QString, const char *> titles = {
        {u"draft"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Draft")},
        {u"submitted"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Submitted")},
        {u"approved"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Approved")},
        {u"active"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Active")},
        {u"suspended"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Suspended")},
        {u"closed"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Closed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Cancelled")},
        {u"expired"_s, QT_TRANSLATE_NOOP("gl::ui::PermitPanel", "Expired")}};
    const auto it = titles.constFind(state);
    return it == titles.cend() ? state : QCoreApplication::translate("gl::ui::PermitPanel", it.value());
}

PermitPanel::PermitPanel(DataWorker *worker, QWidget *parent) : QWidget(parent), m_worker(worker)
{
    setObjectName(u"permitPanel"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("New permit…"), this);
    add->setObjectName(u"newPermit"_s);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by code, type, area, contractor or title"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(add);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);
    m_views = new QTabWidget(this);
    layout->addWidget(m_views, 1);

    // By state: one column per lifecycle state.
    auto *board = new QWidget;
    auto *columns = new QHBoxLayout(board);
    columns->setContentsMargins(4, 4, 4, 4);
    for (const QString &state : kStates) {
        auto *col = new QVBoxLayout;
        auto *title = new QLabel(permitStateTitle(state), board);
        title->setStyleSheet(u"QLabel { font-weight: bold; border-bottom: 3px solid %1; padding: 2px; }"_s.arg(stateColour(state).name()));
        auto *list = new QListWidget(board);
        list->setObjectName(u"column_"_s + state);
        list->setWordWrap(true);
        list->setMinimumWidth(170);
        list->setSpacing(2);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openPermit(item->data(Qt::UserRole).toString()); });
        col->addWidget(title);
        col->addWidget(list, 1);
        columns->addLayout(col);
        m_columns.insert(state, list);
        m_columnTitles.insert(state, title);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(board);
    scroll->setWidgetResizable(true);
    m_views->addTab(scroll, tr("By state"));

    m_byArea = new QTreeWidget;
    m_byArea->setObjectName(u"permitsByArea"_s);
    m_byArea->setHeaderLabels({tr("Area / permit"), tr("Type"), tr("Grade"), tr("State"), tr("Contractor"), tr("Start"), tr("End"),
                               tr("Title")});
    m_byArea->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_byArea, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const QString code = item->data(0, Qt::UserRole).toString(); !code.isEmpty())
            openPermit(code);
    });
    m_views->addTab(m_byArea, tr("By area"));

    m_timeline = new PermitTimeline;
    auto *timelineScroll = new QScrollArea;
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    connect(m_timeline, &PermitTimeline::permitActivated, this, &PermitPanel::openPermit);
    m_views->addTab(timelineScroll, tr("Timeline"));

    connect(add, &QPushButton::clicked, this, &PermitPanel::newPermit);
    connect(m_filter, &QLineEdit::textChanged, this, &PermitPanel::rebuild);
}

PermitPanel *PermitPanel::install(QMainWindow *window, PanelHost *host)
{
    auto *panel = new PermitPanel(host->dataWorker(), window);
    auto *dock = new QDockWidget(tr("Permits"), window);
    dock->setObjectName(u"permits"_s);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *records = window->findChild<QDockWidget *>(u"records"_s))
        window->tabifyDockWidget(records, dock);
    connect(host->dataWorker(), &DataWorker::snapshotReady, panel, &PermitPanel::setSnapshot);
    return panel;
}

QListWidget *PermitPanel::column(const QString &state) const { return m_columns.value(state); }

void PermitPanel::setSnapshot(const SnapshotPtr &s)
{
    m_snapshot = s;
    rebuild();
    for (const QPointer<PermitEditor> &e : std::as_const(m_editors))
        if (e)
            e->setSnapshot(s);
}

void PermitPanel::rebuild()
{
    if (!m_snapshot)
        return;
    const QString filter = m_filter->text().trimmed();
    const QTimeZone tz = m_snapshot->timeZone;
    auto time = [&](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, tz).toString(u"MM-dd HH:mm"_s); };
    QHash<QString, int> counts;
    for (QListWidget *l : std::as_const(m_columns))
        l->clear();
    m_byArea->clear();
    QHash<QString, QTreeWidgetItem *> areas;
    for (const PermitRow &row : m_snapshot->permitRows) {
        const QString &code = row.code, &type = row.type, &state = row.state;
        const QString &area = row.area, &contractor = row.contractor, &title = row.title;
        const QString &grade = row.grade;
        if (!filter.isEmpty() && !QString(code + u' ' + type + u' ' + area + u' ' + contractor + u' ' + title).contains(filter, Qt::CaseInsensitive))
            continue;
        const qint64 start = row.startsAt, end = row.endsAt;
        if (QListWidget *list = m_columns.value(state)) {
            auto *item = new QListWidgetItem(u"%1 · %2 %3\n%4\n%5 · %6\n%7 – %8"_s.arg(code, PermitEditor::typeTitle(type),
                                                                                      grade == u"standard"_s ? QString() : PermitEditor::gradeTitle(grade),
                                                                                      title, area, contractor, time(start), time(end)),
                                             list);
            item->setData(Qt::UserRole, code);
            item->setToolTip(tr("Double-click to open the permit card"));
            if (state == u"suspended"_s)
                item->setForeground(stateColour(state));
            ++counts[state];
        }
        QTreeWidgetItem *&areaItem = areas[area];
        if (!areaItem) {
            areaItem = new QTreeWidgetItem(m_byArea, {area});
            areaItem->setFirstColumnSpanned(false);
            QFont f = areaItem->font(0);
            f.setBold(true);
            areaItem->setFont(0, f);
        }
        auto *p = new QTreeWidgetItem(areaItem, {code, PermitEditor::typeTitle(type), PermitEditor::gradeTitle(grade), permitStateTitle(state),
                                                 contractor, time(start), time(end), title});
        p->setData(0, Qt::UserRole, code);
        p->setForeground(3, stateColour(state));
    }
    for (auto it = m_columnTitles.begin(); it != m_columnTitles.end(); ++it)
        it.value()->setText(u"%1 (%2)"_s.arg(permitStateTitle(it.key())).arg(counts.value(it.key())));
    for (QTreeWidgetItem *a : std::as_const(areas))
        a->setText(0, u"%1 (%2)"_s.arg(a->text(0)).arg(a->childCount()));
    m_byArea->sortItems(0, Qt::AscendingOrder);
    m_byArea->expandAll();
    m_timeline->setSnapshot(m_snapshot, filter);
}

PermitEditor *PermitPanel::openPermit(const QString &code)
{
    QPointer<PermitEditor> &e = m_editors[code];
    if (!e) {
        e = new PermitEditor(m_worker, code, this);
        if (m_snapshot)
            e->setSnapshot(m_snapshot);
    }
    e->show();
    e->raise();
    e->activateWindow();
    return e;
}

PermitEditor *PermitPanel::newPermit()
{
    auto *e = new PermitEditor(m_worker, QString(), this);
    if (m_snapshot)
        e->setSnapshot(m_snapshot);
    connect(e, &PermitEditor::saved, this, [this, e](const QString &code) { m_editors[code] = e; });
    e->show();
    return e;
}

// ---- timeline ----

PermitTimeline::PermitTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"permitTimeline"_s);
    setMouseTracking(true);
}

void PermitTimeline::setSnapshot(const SnapshotPtr &s, const QString &filter)
{
    m_snapshot = s;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(s->takenAt ? s->takenAt : processClock().nowMs(), s->timeZone);
    m_from = QDateTime(now.date().addDays(-1), QTime(0, 0), s->timeZone).toMSecsSinceEpoch();
    m_to = QDateTime(now.date().addDays(3), QTime(0, 0), s->timeZone).toMSecsSinceEpoch();
    m_rows.clear();
    for (const PermitRow &row : s->permitRows) {
        Row r{row.code, row.type, row.state, row.title, row.startsAt, row.endsAt};
        if (r.end <= m_from || r.start >= m_to)
            continue;
        if (!filter.isEmpty() && !QString(r.code + u' ' + r.type + u' ' + r.title).contains(filter, Qt::CaseInsensitive))
            continue;
        m_rows << r;
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.start != b.start ? a.start < b.start : a.code < b.code; });
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

QSize PermitTimeline::sizeHint() const { return {900, 40 + int(m_rows.size()) * 22 + 10}; }

void PermitTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_snapshot || m_to <= m_from)
        return;
    const int left = 120, top = 34, rowH = 22, width = std::max(100, this->width() - left - 10);
    auto x = [&](qint64 ms) { return left + double(ms - m_from) / double(m_to - m_from) * width; };
    const QTimeZone tz = m_snapshot->timeZone;
    p.setPen(palette().color(QPalette::Mid));
    for (qint64 t = m_from; t <= m_to; t += 6 * 3'600'000LL) {
        const QDateTime d = QDateTime::fromMSecsSinceEpoch(t, tz);
        const bool midnight = d.time().hour() == 0;
        p.setPen(midnight ? palette().color(QPalette::Text) : palette().color(QPalette::Mid));
        p.drawLine(QPointF(x(t), top - 4), QPointF(x(t), height()));
        p.drawText(QPointF(x(t) + 3, midnight ? 14 : 28), midnight ? d.toString(u"MM-dd ddd"_s) : d.toString(u"HH:mm"_s));
    }
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect().adjusted(left, top, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("No permit between yesterday and the day after tomorrow. Create one with \"New permit…\"."));
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const double y = top + i * rowH;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y, left - 8, rowH), Qt::AlignVCenter | Qt::AlignLeft, r.code);
        const QRectF bar(QPointF(std::max<double>(left, x(r.start)), y + 3), QPointF(std::min<double>(left + width, x(r.end)), y + rowH - 3));
        p.fillRect(bar, stateColour(r.state));
        p.setPen(Qt::white);
        p.drawText(bar.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(u"%1 · %2"_s.arg(permitStateTitle(r.state), r.title), Qt::ElideRight, int(bar.width()) - 6));
    }
    const qint64 now = m_snapshot->takenAt;
    if (now > m_from && now < m_to) {
        p.setPen(QPen(QColor(0xe5, 0x39, 0x35), 2));
        p.drawLine(QPointF(x(now), top - 6), QPointF(x(now), height()));
    }
}

void PermitTimeline::mousePressEvent(QMouseEvent *e)
{
    const int row = int((e->position().y() - 34) / 22);
    if (e->position().y() >= 34 && row >= 0 && row < m_rows.size())
        Q_EMIT permitActivated(m_rows.at(row).code);
}

} // namespace ui
} // namespace gl
