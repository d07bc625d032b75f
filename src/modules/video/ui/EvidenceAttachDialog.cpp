// SPDX-License-Identifier: Apache-2.0
#include "modules/video/ui/EvidenceAttachDialog.h"
#include "modules/video/decode/EvidenceSnapshot.h"
#include "modules/video/logic/EvidenceService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

EvidenceAttachDialog::EvidenceAttachDialog(qint64 id, const QString &code, const video::EvidenceSnapshot &snap,
                                           const QString &area, const SnapshotPtr &snapshot, DataWorker *worker,
                                           QWidget *parent)
    : QDialog(parent)
{
    // Attach the still to a hazard or permit, or just close.
    setObjectName(u"evidenceAttach"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Evidence #%1 — %2").arg(id).arg(code));
    auto *l = new QVBoxLayout(this);
    auto *picture = new QLabel(this);
    picture->setPixmap(QPixmap::fromImage(QImage::fromData(snap.jpeg, "JPEG").scaledToWidth(480, Qt::SmoothTransformation)));
    l->addWidget(picture);
    l->addWidget(new QLabel(tr("%1 · %2×%3 · SHA-256 %4").arg(snap.caption).arg(snap.size.width()).arg(snap.size.height())
                                .arg(QString::fromLatin1(snap.sha256Hex)), this));
    auto *form = new QFormLayout;
    auto *kind = new QComboBox(this);
    kind->addItem(tr("Hazard"), u"hazard"_s);
    kind->addItem(tr("Permit"), u"permit"_s);
    auto *object = new QComboBox(this);
    object->setEditable(true);
    object->setObjectName(u"evidenceObject"_s);
    auto *note = new QLineEdit(this);
    form->addRow(tr("Attach to"), kind);
    form->addRow(tr("Code"), object);
    form->addRow(tr("Note"), note);
    l->addLayout(form);
    auto *status = new QLabel(this);
    status->setWordWrap(true);
    l->addWidget(status);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *attach = buttons->addButton(tr("Attach"), QDialogButtonBox::AcceptRole);
    QPushButton *report = buttons->addButton(tr("Report hazard with this snapshot…"), QDialogButtonBox::ActionRole);
    report->setObjectName(u"evidenceReportHazard"_s);
    buttons->addButton(QDialogButtonBox::Close);
    l->addWidget(buttons);
    connect(report, &QPushButton::clicked, this, [this, id, code, area] {
        Q_EMIT reportHazardRequested(id, code, area); // the hazard form opens with this still as the panorama
        close();
    });
    const SnapshotPtr s = snapshot;
    const auto fill = [object, kind, s, area] {
        object->clear();
        if (!s)
            return;
        QStringList here, elsewhere;
        const auto add = [&](const QString &code, const QString &state, const QString &at) {
            if (state == u"closed"_s || state == u"cancelled"_s || state == u"expired"_s)
                return;
            (at == area ? here : elsewhere) << code;
        };
        if (kind->currentData().toString() == u"hazard"_s)
            for (const HazardRow &r : s->hazardRows)
                add(r.code, r.state, r.area);
        else
            for (const PermitRow &r : s->permitRows)
                add(r.code, r.state, r.area);
        object->addItems(here); // the camera's area first
        object->addItems(elsewhere);
    };
    fill();
    connect(kind, &QComboBox::currentIndexChanged, this, fill);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    QPointer<DataWorker> w = worker;
    connect(attach, &QPushButton::clicked, this, [this, w, id, kind, object, note, status, attach] {
        const QString type = kind->currentData().toString(), target = object->currentText().trimmed(), text = note->text();
        if (!w || target.isEmpty())
            return;
        attach->setEnabled(false);
        w->call(
            this, [=](ServiceContext &ctx) { EvidenceService(ctx).attach(id, type, target, text); },
            [=] {
                status->setText(tr("Attached to %1 %2 (audited).").arg(type, target));
                attach->setEnabled(true);
            },
            [=](const QString &e) {
                status->setText(u"<span style='color:#e53935'>%1</span>"_s.arg(e.toHtmlEscaped()));
                attach->setEnabled(true);
            },
            true);
    });
}

} // namespace ui
} // namespace gl
