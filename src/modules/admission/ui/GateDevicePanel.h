// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/admission/logic/AdmissionRows.h"
#include "modules/workspace/logic/QueryService.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace gl {
namespace ui {

class PanelHost;

/// Gates and check-in devices (issue #5): the site's gates with their QR codes (libqrencode, the payload
/// guardline:gate:<site>:<gate> the phone app scans), exported as a printable A4 PDF sheet (QPdfWriter) or
/// PNG cards off the UI thread; the check-in devices with their last contact, added (the token is shown
/// once, copyable, never logged or stored — only its SHA-256) and revoked.
class GateDevicePanel : public QWidget {
    Q_OBJECT
public:
    explicit GateDevicePanel(PanelHost *host, QWidget *parent = nullptr);

    void reload();
    /// Writes the PDF sheet of every gate to `pdfPath` (off the UI thread); exported() follows.
    void exportPdf(const QString &pdfPath);
    /// Writes gate-<code>.png for every gate (and gates.pdf) into `dir`.
    void exportPngs(const QString &dir);
    /// Registers a device; tokenIssued() carries the token (once); the dialog shows it.
    void addDevice(const QString &code, const QString &name, bool showDialog = true);
    void revokeDevice(const QString &code);
    int gateCount() const;

Q_SIGNALS:
    void gatesLoaded(int gates);
    void devicesLoaded(int devices);
    void exported(const QStringList &files);
    void tokenIssued(const QString &device, const QString &token);
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *e) override;

private:
    void exportFiles(const QString &target, bool pdfOnly);
    void showSelectedCard();
    void addDeviceDialog();
    void revokeSelected();
    void showToken(const QString &device, const QString &token);
    void report(const QString &message, bool bad);

    PanelHost *m_host;
    Table m_gates; ///< as CheckinService::gates() returns them (the gate sheet and the QR files are written from it)
    QList<GateRow> m_gateRows; ///< the same, typed: what the gate list and the card show
    QString m_siteName;
    QTableWidget *m_gateTable, *m_devices;
    QLabel *m_card, *m_status;
    QPushButton *m_pdf, *m_png, *m_add, *m_revoke;
    QProgressBar *m_progress;
};

} // namespace ui
} // namespace gl
