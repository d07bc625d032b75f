// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/CameraRegistryWindow.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {
QDoubleSpinBox *spin(QWidget *parent, double lo, double hi, const QString &suffix, int decimals = 1)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}
} // namespace

CameraRegistryWindow::CameraRegistryWindow(DataWorker *worker, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_table(new QTableWidget(this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_url(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_area(new QComboBox(this)), m_x(spin(this, -100000, 100000, u" m"_s)), m_y(spin(this, -100000, 100000, u" m"_s)),
      m_z(spin(this, -1000, 1000, u" m"_s)), m_yaw(spin(this, -360, 360, u"°"_s)), m_pitch(spin(this, -90, 90, u"°"_s)),
      m_fov(spin(this, 1, 179, u"°"_s)), m_range(spin(this, 1, 10000, u" m"_s, 0)), m_covered(new QListWidget(this)),
      m_credentials(new QLabel(this)), m_status(new QLabel(this)), m_save(new QPushButton(tr("Save"), this)),
      m_remove(new QPushButton(tr("Remove camera"), this)), m_clearCredentials(new QPushButton(tr("Clear credentials"), this))
{
    setObjectName(u"cameraRegistry"_s);
    m_code->setObjectName(u"registryCode"_s);
    m_user->setObjectName(u"registryUser"_s);
    m_password->setObjectName(u"registryPassword"_s);
    m_save->setObjectName(u"registrySave"_s);
    setWindowTitle(tr("Camera registry"));
    resize(1000, 560);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Camera"), tr("Name"), tr("Area"), tr("URL"), tr("Credentials")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_url->setPlaceholderText(u"rtsp://host:554/stream"_s);
    m_url->setToolTip(tr("rtsp://, rtsps://, http(s):// or file:// (drills). User and password typed into the URL are "
                         "moved into the encrypted credentials."));
    m_user->setPlaceholderText(tr("user (write-only)"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("password (write-only)"));
    m_covered->setToolTip(tr("Areas this camera films (its own area always counts)"));
    m_covered->setMaximumHeight(120);
    m_pitch->setValue(-20);
    m_fov->setValue(60);
    m_range->setValue(60);

    auto *form = new QFormLayout;
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Area"), m_area);
    form->addRow(tr("Stream URL"), m_url);
    auto *pos = new QHBoxLayout;
    for (QDoubleSpinBox *s : {m_x, m_y, m_z})
        pos->addWidget(s);
    form->addRow(tr("Position x / y / z"), pos);
    auto *orient = new QHBoxLayout;
    for (QDoubleSpinBox *s : {m_yaw, m_pitch, m_fov, m_range})
        orient->addWidget(s);
    form->addRow(tr("Yaw / pitch / FOV / range"), orient);
    form->addRow(tr("Covered areas"), m_covered);
    form->addRow(tr("Credentials"), m_credentials);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New camera"), this);
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_clearCredentials);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->addLayout(form);
    m_status->setWordWrap(true);
    rl->addWidget(m_status);
    rl->addStretch();
    rl->addLayout(buttons);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setSizes({520, 480});
    auto *l = new QVBoxLayout(this);
    l->addWidget(split);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_records.size())
            showRecord(m_records[row]);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        CameraRecord blank;
        blank.pitch = -20;
        showRecord(blank);
        m_new = true;
        m_code->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &CameraRegistryWindow::save);
    connect(m_remove, &QPushButton::clicked, this, &CameraRegistryWindow::removeCurrent);
    connect(m_clearCredentials, &QPushButton::clicked, this, &CameraRegistryWindow::clearCredentials);
    reload();
}

void CameraRegistryWindow::setSnapshot(const SnapshotPtr &s)
{
    QString signature;
    for (const site::Area &a : s->layout.areas)
        signature += a.code + u'|';
    if (signature != m_areasSignature) {
        m_areasSignature = signature;
        const QString current = m_area->currentData().toString();
        m_area->clear();
        m_covered->clear();
        for (const site::Area &a : s->layout.areas) {
            m_area->addItem(u"%1  %2"_s.arg(a.code, a.name), a.code);
            auto *item = new QListWidgetItem(u"%1  %2"_s.arg(a.code, a.name), m_covered);
            item->setData(Qt::UserRole, a.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_area->setCurrentIndex(std::max(0, m_area->findData(current)));
    }
}

void CameraRegistryWindow::reload()
{
    if (!m_worker)
        return;
    m_worker->call(
        this, [](ServiceContext &ctx) { return CameraService(ctx).list(); },
        [this](const QList<CameraRecord> &records) {
            const QString current = m_code->text();
            m_records = records;
            m_table->setRowCount(int(records.size()));
            int select = -1;
            for (int i = 0; i < records.size(); ++i) {
                const CameraRecord &r = records[i];
                const QStringList cells = {r.code, r.name, r.area, r.url, r.credentialsSet ? tr("set") : tr("not set")};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
                if (r.code == current)
                    select = i;
            }
            m_table->resizeColumnsToContents();
            if (select >= 0) {
                m_table->selectRow(select);
                showRecord(m_records[select]); // "set" / "not set" as stored now; the typed fields cleared
            }
            else if (!records.isEmpty() && current.isEmpty())
                m_table->selectRow(0);
        },
        [this](const QString &e) { setStatus(e, true); });
}

void CameraRegistryWindow::showRecord(const CameraRecord &r)
{
    m_new = r.code.isEmpty();
    m_code->setText(r.code);
    m_code->setReadOnly(!m_new); // the code is the camera's identity in the audit chain
    m_name->setText(r.name);
    m_area->setCurrentIndex(std::max(0, m_area->findData(r.area)));
    m_url->setText(r.url);
    m_x->setValue(r.position.x);
    m_y->setValue(r.position.y);
    m_z->setValue(r.position.z);
    m_yaw->setValue(r.yaw);
    m_pitch->setValue(r.pitch);
    m_fov->setValue(r.fov);
    m_range->setValue(r.range);
    for (int i = 0; i < m_covered->count(); ++i)
        m_covered->item(i)->setCheckState(r.coveredAreas.contains(m_covered->item(i)->data(Qt::UserRole).toString())
                                              ? Qt::Checked : Qt::Unchecked);
    m_credentials->setText(r.credentialsSet ? tr("set (encrypted; type a new user and password to replace them)")
                                            : tr("not set"));
    m_user->clear();
    m_password->clear();
    m_remove->setEnabled(!m_new);
    m_clearCredentials->setEnabled(r.credentialsSet);
    setStatus({}, false);
}

CameraInput CameraRegistryWindow::input() const
{
    CameraInput in;
    in.code = m_code->text().trimmed();
    in.name = m_name->text().trimmed();
    in.area = m_area->currentData().toString();
    in.url = m_url->text().trimmed();
    in.position = {m_x->value(), m_y->value(), m_z->value()};
    in.yaw = m_yaw->value();
    in.pitch = m_pitch->value();
    in.fov = m_fov->value();
    in.range = m_range->value();
    for (int i = 0; i < m_covered->count(); ++i)
        if (m_covered->item(i)->checkState() == Qt::Checked)
            in.coveredAreas << m_covered->item(i)->data(Qt::UserRole).toString();
    return in;
}

void CameraRegistryWindow::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void CameraRegistryWindow::save()
{
    if (!m_worker)
        return;
    const CameraInput in = input();
    const bool isNew = m_new;
    std::optional<std::pair<QString, QString>> credentials;
    if (!m_user->text().isEmpty() || !m_password->text().isEmpty())
        credentials = std::pair{m_user->text(), m_password->text()};
    m_password->clear(); // the typed secret does not stay in the form
    m_worker->call(
        this, [in, isNew, credentials](ServiceContext &ctx) { CameraService(ctx).save(in, isNew, credentials); },
        [this, in] {
            setStatus(tr("Camera %1 saved (audited).").arg(in.code), false);
            m_code->setText(in.code);
            reload();
        },
        [this](const QString &e) { setStatus(e, true); }, true);
}

void CameraRegistryWindow::removeCurrent()
{
    const QString code = m_code->text();
    if (!m_worker || code.isEmpty() || m_new)
        return;
    if (QMessageBox::question(this, tr("Remove camera"),
                              tr("Remove camera %1 from the registry? Evidence it took is kept.").arg(code))
        != QMessageBox::Yes)
        return;
    m_worker->call(
        this, [code](ServiceContext &ctx) { CameraService(ctx).remove(code); },
        [this, code] {
            setStatus(tr("Camera %1 removed (audited).").arg(code), false);
            m_code->clear();
            reload();
        },
        [this](const QString &e) { setStatus(e, true); }, true);
}

void CameraRegistryWindow::clearCredentials()
{
    const QString code = m_code->text();
    if (!m_worker || code.isEmpty())
        return;
    m_worker->call(
        this, [code](ServiceContext &ctx) { CameraService(ctx).setCredentials(code, {}, {}); },
        [this, code] {
            setStatus(tr("Credentials of %1 cleared (audited).").arg(code), false);
            reload();
        },
        [this](const QString &e) { setStatus(e, true); }, true);
}

} // namespace ui
} // namespace gl
