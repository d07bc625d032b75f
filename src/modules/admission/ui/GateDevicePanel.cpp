// SPDX-License-Identifier: Apache-2.0
#include "modules/admission/ui/GateDevicePanel.h"
#include "modules/admission/intake/GateQr.h"
#include "modules/admission/logic/CheckinService.h"
#include "modules/admission/logic/GateDevices.h"
#include "shell/PanelHost.h"
#include "shell/TableModel.h"
#include "shell/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {
QTableWidgetItem *cell(const QString &text, const QColor &colour = {})
{
    auto *i = new QTableWidgetItem(text);
    if (colour.isValid())
        i->setForeground(colour);
    return i;
}
} // namespace

GateDevicePanel::GateDevicePanel(PanelHost *host, QWidget *parent) : QWidget(parent), m_host(host)
{
    setObjectName(u"gateDevicePanel"_s);
    auto *l = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    l->addWidget(split, 1);

    // Gates with their QR codes.
    auto *gates = new QWidget(split);
    auto *gl_ = new QVBoxLayout(gates);
    gl_->setContentsMargins(0, 0, 0, 0);
    auto *gateRow = new QHBoxLayout;
    m_gateTable = makeReadOnlyTable({tr("QR"), tr("Gate"), tr("Name"), tr("Area"), tr("QR payload")}, gates);
    m_gateTable->setObjectName(u"gateTable"_s);
    m_gateTable->setIconSize(QSize(56, 56));
    m_gateTable->verticalHeader()->setDefaultSectionSize(62);
    gateRow->addWidget(m_gateTable, 3);
    m_card = new QLabel(gates);
    m_card->setObjectName(u"gateCard"_s);
    m_card->setAlignment(Qt::AlignCenter);
    m_card->setMinimumSize(200, 220);
    m_card->setStyleSheet(u"QLabel { background: white; }"_s);
    gateRow->addWidget(m_card, 2);
    gl_->addLayout(gateRow, 1);
    auto *buttons = new QHBoxLayout;
    m_pdf = new QPushButton(tr("Export printable PDF…"), gates);
    m_pdf->setObjectName(u"gateExportPdf"_s);
    m_pdf->setToolTip(tr("One A4 page per gate, to print and post at the gate"));
    m_png = new QPushButton(tr("Export PNG cards…"), gates);
    m_progress = new QProgressBar(gates);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(160);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_png);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    gl_->addLayout(buttons);
    split->addWidget(gates);

    // Check-in devices.
    auto *devs = new QWidget(split);
    auto *dl = new QVBoxLayout(devs);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(new QLabel(tr("<b>Check-in devices</b> (phones and tablets posting to the intake)"), devs));
    m_devices = makeReadOnlyTable({tr("Device"), tr("Name"), tr("State"), tr("Added"), tr("Last seen"), tr("Check-ins")}, devs);
    m_devices->setObjectName(u"deviceTable"_s);
    dl->addWidget(m_devices, 1);
    auto *devButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add device…"), devs);
    m_add->setObjectName(u"deviceAdd"_s);
    m_revoke = new QPushButton(tr("Revoke token"), devs);
    m_revoke->setObjectName(u"deviceRevoke"_s);
    devButtons->addWidget(m_add);
    devButtons->addWidget(m_revoke);
    devButtons->addStretch(1);
    dl->addLayout(devButtons);
    split->addWidget(devs);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"gateStatus"_s);
    l->addWidget(m_status);

    connect(m_gateTable, &QTableWidget::itemSelectionChanged, this, &GateDevicePanel::showSelectedCard);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Gate QR codes"), u"gates.pdf"_s, tr("PDF (*.pdf)"));
        if (!file.isEmpty())
            exportPdf(file);
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the gate cards"));
        if (!dir.isEmpty())
            exportPngs(dir);
    });
    connect(m_add, &QPushButton::clicked, this, &GateDevicePanel::addDeviceDialog);
    connect(m_revoke, &QPushButton::clicked, this, &GateDevicePanel::revokeSelected);
}

void GateDevicePanel::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    if (m_host->lastSnapshot())
        reload(); // last-seen times move on; the store may have new gates
}

int GateDevicePanel::gateCount() const { return int(m_gates.rows.size()); }

void GateDevicePanel::report(const QString &message, bool bad)
{
    m_status->setText(message);
    m_status->setStyleSheet(bad ? u"QLabel { color: #e53935; font-weight: bold; }"_s : QString());
}

void GateDevicePanel::reload()
{
    struct Data {
        Table gates;
        QList<GateRow> gateRows;
        QList<GateDeviceRow> devices;
        QString site;
    };
    m_host->dataWorker()->call(
        this,
        [](ServiceContext &ctx) {
            Table gates = CheckinService(ctx).gates();
            QList<GateRow> gateRows = GateRow::fromTable(gates);
            return Data{std::move(gates), std::move(gateRows), GateDeviceRow::fromTable(GateDevices(ctx).devices()), SiteService(ctx).info().name};
        },
        [this](Data d) {
            m_gates = d.gates;
            m_gateRows = d.gateRows;
            m_siteName = d.site;
            const QList<GateRow> &g = m_gateRows;
            const QSignalBlocker block(m_gateTable);
            m_gateTable->setRowCount(int(g.size()));
            for (int r = 0; r < g.size(); ++r) {
                const GateRow &row = g[r];
                const QString &payload = row.qrPayload;
                auto *qr = new QTableWidgetItem;
                try {
                    qr->setIcon(QIcon(QPixmap::fromImage(admission::qrImage(payload.toUtf8(), 3))));
                } catch (const Error &e) {
                    qr->setText(e.message());
                }
                m_gateTable->setItem(r, 0, qr);
                m_gateTable->setItem(r, 1, cell(row.code));
                m_gateTable->setItem(r, 2, cell(row.nameZh.isEmpty() ? row.name : row.nameZh + u" · "_s + row.name));
                m_gateTable->setItem(r, 3, cell(row.area));
                m_gateTable->setItem(r, 4, cell(payload));
            }
            m_gateTable->resizeColumnsToContents();
            if (m_gateTable->rowCount() > 0 && m_gateTable->selectionModel()->selectedRows().isEmpty())
                m_gateTable->selectRow(0);
            showSelectedCard();
            m_pdf->setEnabled(!g.isEmpty());
            m_png->setEnabled(!g.isEmpty());

            const SnapshotPtr s = m_host->lastSnapshot();
            const QTimeZone zone = s ? s->timeZone : QTimeZone::systemTimeZone();
            auto when = [&zone](std::optional<qint64> ms) {
                return !ms ? QString() : QDateTime::fromMSecsSinceEpoch(*ms, zone).toString(u"yyyy-MM-dd HH:mm"_s);
            };
            const QList<GateDeviceRow> &t = d.devices;
            m_devices->setRowCount(int(t.size()));
            for (int r = 0; r < t.size(); ++r) {
                const GateDeviceRow &row = t[r];
                const bool revoked = row.revokedAt.has_value();
                m_devices->setItem(r, 0, cell(row.code));
                m_devices->setItem(r, 1, cell(row.name));
                m_devices->setItem(r, 2, cell(revoked ? tr("✕ Revoked %1").arg(when(row.revokedAt)) : tr("● Active"),
                                              revoked ? colours::severity(u"critical"_s) : QColor()));
                m_devices->setItem(r, 3, cell(when(row.createdAt)));
                const QString seen = when(row.lastSeenAt);
                m_devices->setItem(r, 4, cell(seen.isEmpty() ? tr("never") : seen));
                m_devices->setItem(r, 5, cell(QString::number(row.checkins)));
            }
            m_devices->resizeColumnsToContents();
            Q_EMIT gatesLoaded(int(g.size()));
            Q_EMIT devicesLoaded(int(t.size()));
        },
        [this](const QString &err) { report(err, true); });
}

void GateDevicePanel::showSelectedCard()
{
    const auto rows = m_gateTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_gateRows.size()) {
        m_card->clear();
        return;
    }
    const GateRow &row = m_gateRows[rows.first().row()];
    try {
        const QImage card = admission::gateCard(row.qrPayload, row.nameZh.isEmpty() ? row.name : row.nameZh + u" · "_s + row.name, row.code);
        m_card->setPixmap(QPixmap::fromImage(card.scaled(m_card->size().boundedTo(QSize(420, 480)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } catch (const Error &e) {
        m_card->setText(e.message());
    }
}

void GateDevicePanel::exportPdf(const QString &pdfPath) { exportFiles(pdfPath, true); }
void GateDevicePanel::exportPngs(const QString &dir) { exportFiles(dir, false); }

void GateDevicePanel::exportFiles(const QString &target, bool pdfOnly)
{
    if (m_gates.rows.isEmpty()) {
        report(tr("The site has no gates (equipment of kind 'gate' in the layout)."), true);
        return;
    }
    m_pdf->setEnabled(false);
    m_png->setEnabled(false);
    m_progress->setVisible(true);
    report(tr("Writing %1…").arg(target), false);
    struct Outcome {
        QStringList files;
        QString error;
    };
    auto out = std::make_shared<Outcome>();
    // QR encoding, card painting and the PDF off the UI thread (QPainter on QImage/QPdfWriter is thread-safe).
    QThread *thread = QThread::create([out, gates = m_gates, site = m_siteName, target, pdfOnly] {
        try {
            if (pdfOnly) {
                admission::writeGateSheet(gates, site, target);
                out->files << target;
            } else {
                out->files = admission::writeGateCodes(gates, site, target);
            }
        } catch (const Error &e) {
            out->error = e.message();
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, out] {
        m_progress->setVisible(false);
        m_pdf->setEnabled(true);
        m_png->setEnabled(true);
        if (!out->error.isEmpty()) {
            report(out->error, true);
            Q_EMIT failed(out->error);
            return;
        }
        report(tr("Written: %1").arg(out->files.join(u", "_s)), false);
        Q_EMIT exported(out->files);
    });
    thread->start();
}

void GateDevicePanel::addDeviceDialog()
{
    QDialog d(this);
    d.setWindowTitle(tr("Add a check-in device"));
    auto *form = new QFormLayout(&d);
    auto *code = new QLineEdit(&d);
    code->setPlaceholderText(u"GATE1-TAB"_s);
    auto *name = new QLineEdit(&d);
    name->setPlaceholderText(tr("Gate 1 tablet"));
    form->addRow(tr("Device code"), code);
    form->addRow(tr("What it is"), name);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    if (code->text().trimmed().isEmpty()) {
        report(tr("A device needs a code."), true);
        return;
    }
    addDevice(code->text().trimmed(), name->text().trimmed());
}

void GateDevicePanel::addDevice(const QString &code, const QString &name, bool showDialog)
{
    m_host->dataWorker()->call(
        this, [code, name](ServiceContext &ctx) { return GateDevices(ctx).addDevice(code, name); },
        [this, code, showDialog](QString token) {
            report(tr("Device %1 added. Its token is shown once: give it to the device now.").arg(code), false);
            reload();
            Q_EMIT tokenIssued(code, token);
            if (showDialog)
                showToken(code, token);
        },
        [this](const QString &err) {
            report(tr("Refused: %1").arg(err), true);
            Q_EMIT failed(err);
        },
        true);
}

void GateDevicePanel::showToken(const QString &device, const QString &token)
{
    // The token lives only in this dialog (and the clipboard if copied): never logged, never stored.
    auto *d = new QDialog(this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setObjectName(u"deviceTokenDialog"_s);
    d->setWindowTitle(tr("Token of %1").arg(device));
    auto *l = new QVBoxLayout(d);
    auto *warn = new QLabel(tr("This is the only time the token is shown: Guardline keeps only its SHA-256. Enter it in the "
                               "check-in app of %1 (header Authorization: Bearer …). Lost tokens are revoked and replaced.")
                                .arg(device),
                            d);
    warn->setWordWrap(true);
    l->addWidget(warn);
    auto *field = new QLineEdit(token, d);
    field->setObjectName(u"deviceToken"_s);
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(token) + 24);
    l->addWidget(field);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, d);
    QPushButton *copy = box->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, d, [field, copy] {
        QGuiApplication::clipboard()->setText(field->text());
        copy->setText(tr("Copied"));
    });
    connect(box, &QDialogButtonBox::rejected, d, &QDialog::close);
    l->addWidget(box);
    d->open();
}

void GateDevicePanel::revokeSelected()
{
    const auto rows = m_devices->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        report(tr("Select the device to revoke."), true);
        return;
    }
    const QString code = m_devices->item(rows.first().row(), 0)->text();
    if (QMessageBox::question(this, tr("Revoke %1").arg(code),
                              tr("Revoke the token of %1? The device can no longer check anyone in until it gets a new one.").arg(code))
        != QMessageBox::Yes)
        return;
    revokeDevice(code);
}

void GateDevicePanel::revokeDevice(const QString &code)
{
    m_host->dataWorker()->call(
        this, [code](ServiceContext &ctx) { GateDevices(ctx).revokeDevice(code); },
        [this, code] {
            report(tr("Device %1: token revoked.").arg(code), false);
            reload();
        },
        [this](const QString &err) {
            report(tr("Refused: %1").arg(err), true);
            Q_EMIT failed(err);
        },
        true);
}

} // namespace ui
} // namespace gl
