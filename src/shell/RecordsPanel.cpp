// SPDX-License-Identifier: Apache-2.0
#include "shell/RecordsPanel.h"
#include "shell/CsvExport.h"
#include "shell/TableModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

RecordTable::RecordTable(TableModel *model, const QString &searchHint, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)), m_search(new QLineEdit(this)),
      m_view(makeTableView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    auto *csv = new QPushButton(tr("Export CSV…"), this); // issue #9: what the table shows, for Excel
    csv->setObjectName(u"exportCsv"_s);
    connect(csv, &QPushButton::clicked, this, [this] {
        exportCsv(this, csvTableOf(m_view->model(), m_view->horizontalHeader()), objectName().isEmpty() ? u"records"_s : objectName());
    });
    bar->addWidget(csv);
    l->addLayout(bar);
    l->addWidget(m_view);
}

void RecordTable::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void RecordTable::setSearch(const QString &text) { m_search->setText(text); }

RecordsPanel::RecordsPanel(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this))
{
    m_contractors = new TableModel({{u"code"_s, tr("Code")}, {u"name_zh"_s, tr("Company")}, {u"name"_s, tr("Name (EN)")},
                                    {u"trade"_s, tr("Trade")}, {u"workers"_s, tr("Workers")}, {u"documents"_s, tr("Documents")},
                                    {u"credit_code"_s, tr("Credit code")}, {u"status"_s, tr("Status")}}, this);
    m_permits = new TableModel({{u"code"_s, tr("Permit")}, {u"type"_s, tr("Type")}, {u"grade"_s, tr("Grade")},
                                {u"state"_s, tr("State")}, {u"area"_s, tr("Area")}, {u"contractor"_s, tr("Contractor")},
                                {u"starts_at"_s, tr("Starts")}, {u"ends_at"_s, tr("Ends")}, {u"workers"_s, tr("Workers")},
                                {u"title"_s, tr("Work")}}, this);
    m_hazards = new TableModel({{u"code"_s, tr("Hazard")}, {u"grade"_s, tr("Grade")}, {u"state"_s, tr("State")},
                                {u"category"_s, tr("Category")}, {u"area"_s, tr("Area")}, {u"equipment"_s, tr("Equipment")},
                                {u"reported_at"_s, tr("Reported")}, {u"deadline_at"_s, tr("Deadline")},
                                {u"assignee"_s, tr("Assignee")}, {u"description"_s, tr("Description")}}, this);
    m_people = new TableModel({{u"code"_s, tr("Code")}, {u"name"_s, tr("Name")}, {u"kind"_s, tr("Kind")},
                               {u"contractor"_s, tr("Contractor")}, {u"job"_s, tr("Job")}, {u"certificates"_s, tr("Certificates")},
                               {u"company_documents"_s, tr("Company documents")},
                               {u"briefing_on"_s, tr("Site briefing")}, {u"whitelisted"_s, tr("Whitelisted")}}, this);
    const QList<QPair<TableModel *, QString>> tabs = {{m_contractors, tr("Contractors")}, {m_permits, tr("Permits")},
                                                      {m_hazards, tr("Hazards")}, {m_people, tr("People")}};
    for (const auto &[model, title] : tabs) {
        model->setKey({u"code"_s}); // a refresh updates the rows that changed: the table keeps its place and selection
        auto *t = new RecordTable(model, tr("Search %1 (Ctrl+F)").arg(title.toLower()), this);
        t->setObjectName(QStringList{u"contractors"_s, u"permits"_s, u"hazards"_s, u"people"_s}.value(m_tables.size(), u"records"_s));
        m_tables << t;
        m_tabs->addTab(t, title);
    }
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_tabs);
}

void RecordsPanel::setSnapshot(const SnapshotPtr &s)
{
    m_contractors->setTable(s->contractors, s->timeZone, s->takenAt);
    m_permits->setTable(s->permits, s->timeZone, s->takenAt);
    m_hazards->setTable(s->hazards, s->timeZone, s->takenAt);
    m_people->setTable(s->people, s->timeZone, s->takenAt);
    for (RecordTable *t : m_tables)
        if (t->view()->horizontalHeader()->sectionSize(0) == t->view()->horizontalHeader()->defaultSectionSize())
            t->view()->resizeColumnsToContents();
}

void RecordsPanel::focusSearch()
{
    if (auto *t = qobject_cast<RecordTable *>(m_tabs->currentWidget()))
        t->focusSearch();
}

void RecordsPanel::showObject(const QString &kind, const QString &code)
{
    // hazard → Hazards; permit → Permits; area → the area's permits; contractor/person → their tabs.
    const int tab = kind == u"hazard"_s ? 2 : kind == u"contractor"_s ? 0 : kind == u"person"_s ? 3 : 1;
    m_tabs->setCurrentIndex(tab);
    m_tables.at(tab)->setSearch(code);
}

} // namespace ui
} // namespace gl
