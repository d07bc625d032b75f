// SPDX-License-Identifier: Apache-2.0
// HazardPanel's actions on the selected hazard: report, grade, assign, state steps, photos, comparison.
#include "modules/hazards/ui/HazardPanel.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/photo/PhotoReview.h"
#include "modules/hazards/ui/HazardReportForm.h"
#include "platform/util/Clock.h"
#include "shell/PanelHost.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

QDialog *formDialog(QWidget *parent, const QString &title, QFormLayout **form)
{
    auto *d = new QDialog(parent);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(title);
    d->setModal(false); // nothing modal blocks an alarm
    auto *v = new QVBoxLayout(d);
    *form = new QFormLayout;
    v->addLayout(*form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    v->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return d;
}

} // namespace

void HazardPanel::runAction(const QString &action)
{
    if (m_code.isEmpty())
        return;
    if (action == u"grade"_s)
        return gradeHazard();
    if (action == u"assign"_s)
        return assignHazard();
    if (action == u"submit"_s)
        return submitPhoto(false);
    if (action == u"reinspect"_s)
        return submitPhoto(true);
    if (action == u"compare"_s) {
        bool reins = false;
        for (const HazardPhotoInfo &p : m_view.detail.photos)
            reins |= p.kind == u"reinspection"_s;
        return compare(reins && m_view.detail.state == u"reopened"_s);
    }
    const QString code = m_code;
    // The version of the detail shown: a hazard changed at another workstation since is refused, naming who.
    const std::optional<qint64> version = shownVersion();
    m_host->dataWorker()->call(
        this, [code, action, version](ServiceContext &ctx) { return HazardService(ctx).apply(code, action, {}, version); },
        [this](const QString &) { loadDetail(m_code); }, [this](const QString &e) { refusedThenReload(e); }, true);
}

HazardReportForm *HazardPanel::reportForm()
{
    if (!m_form) {
        m_form = new HazardReportForm(m_host, this);
        if (m_snapshot)
            m_form->setSnapshot(m_snapshot);
        connect(m_form, &HazardReportForm::submitted, this, &HazardPanel::showHazard);
    }
    return m_form;
}

void HazardPanel::reportHazard()
{
    // A non-modal window: drafts kept per user, equipment by QR, the panorama from a file or a camera still.
    reportForm()->open();
}

void HazardPanel::reportWithEvidence(qint64 evidenceId, const QString &area)
{
    reportForm()->startWithEvidence(evidenceId, area);
}

void HazardPanel::gradeHazard()
{
    QFormLayout *form = nullptr;
    QDialog *d = formDialog(this, tr("Grade %1").arg(m_code), &form);
    // The version of the hazard as the dialog opened on it (schema step 21): changed since → refused, naming who.
    const std::optional<qint64> version = shownVersion();
    auto *grade = new QComboBox(d);
    grade->addItem(tr("General (一般)"), u"general"_s);
    grade->addItem(tr("Major (重大)"), u"major"_s);
    grade->setCurrentIndex(m_view.detail.grade == u"major"_s ? 1 : 0);
    form->addRow(tr("Grade"), grade);
    QList<QCheckBox *> criteria;
    for (const HazardTerm &t : HazardRules::defaults().majorCriteria) {
        auto *c = new QCheckBox(u"%1 %2"_s.arg(t.key, t.zh), d);
        c->setToolTip(t.en);
        c->setProperty("id", t.key);
        c->setChecked(m_view.detail.criteria.contains(t.key));
        criteria << c;
        form->addRow(QString(), c);
    }
    QList<QLineEdit *> plan;
    for (const HazardTerm &t : HazardRules::defaults().planItems) {
        auto *e = new QLineEdit(m_view.detail.plan.value(t.key).toString(), d);
        e->setProperty("key", t.key);
        plan << e;
        form->addRow(u"%1 (%2)"_s.arg(t.zh, t.en), e);
    }
    const QString code = m_code;
    connect(d, &QDialog::accepted, this, [=, this] {
        QStringList ids;
        for (QCheckBox *c : criteria)
            if (c->isChecked())
                ids << c->property("id").toString();
        QJsonObject p;
        for (QLineEdit *e : plan)
            if (!e->text().trimmed().isEmpty())
                p.insert(e->property("key").toString(), e->text().trimmed());
        const QString g = grade->currentData().toString();
        m_host->dataWorker()->call(
            this, [code, g, ids, p, version](ServiceContext &ctx) { HazardService(ctx).grade(code, g, ids, p, version); },
            [this] { loadDetail(m_code); }, [this](const QString &e) { refusedThenReload(e); }, true);
    });
    d->show();
}

void HazardPanel::assignHazard()
{
    QFormLayout *form = nullptr;
    QDialog *d = formDialog(this, tr("Assign %1").arg(m_code), &form);
    // The version of the hazard as the dialog opened on it (schema step 21): changed since → refused, naming who.
    const std::optional<qint64> version = shownVersion();
    auto *person = new QLineEdit(d);
    person->setPlaceholderText(tr("person code"));
    auto *useDefault = new QCheckBox(tr("Deadline by grade (site setting)"), d);
    useDefault->setChecked(true);
    auto *deadline = new QDateTimeEdit(processClock().now().toLocalTime().addDays(3), d);
    deadline->setCalendarPopup(true);
    form->addRow(tr("Rectified by"), person);
    form->addRow(QString(), useDefault);
    form->addRow(tr("Deadline"), deadline);
    const QString code = m_code;
    connect(d, &QDialog::accepted, this, [=, this] {
        const QString p = person->text().trimmed();
        const qint64 at = useDefault->isChecked() ? 0 : deadline->dateTime().toMSecsSinceEpoch();
        m_host->dataWorker()->call(
            this, [code, p, at, version](ServiceContext &ctx) { HazardService(ctx).assign(code, p, at, version); },
            [this] { loadDetail(m_code); }, [this](const QString &e) { refusedThenReload(e); }, true);
    });
    d->show();
}

void HazardPanel::submitPhoto(bool reinspection)
{
    const QString file = QFileDialog::getOpenFileName(this, reinspection ? tr("Re-inspection photo") : tr("After-photo from the same spot"),
                                                      {}, tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)"));
    if (file.isEmpty())
        return;
    const QString code = m_code;
    if (reinspection) {
        m_host->dataWorker()->call(
            this, [code, file](ServiceContext &ctx) { return HazardService(ctx).reinspect(code, photoFromFile(file)); },
            [this](ReinspectionResult r) {
                loadDetail(m_code);
                if (!r.passed) {
                    fail(tr("Re-inspection failed, the hazard is reopened: %1").arg(r.reason));
                    compare(true);
                }
            },
            [this](const QString &e) { fail(e); }, true);
        return;
    }
    m_host->dataWorker()->call(
        this, [code, file](ServiceContext &ctx) { return HazardService(ctx).submitRectification(code, photoFromFile(file)); },
        [this](PhotoCheck) { loadDetail(m_code); compare(false); },
        [this](const QString &e) { fail(tr("Rectification refused — %1").arg(e)); }, true);
}

void HazardPanel::compare(bool reinspection)
{
    const QString code = m_code;
    m_host->dataWorker()->call(
        this, [code, reinspection](ServiceContext &ctx) {
            HazardService svc(ctx);
            return hazards::reviewPhotos(svc, code, reinspection);
        },
        [this, code](hazards::PhotoReview r) {
            HazardComparison c{{}, {}, r.left, r.middle, r.right, {}, {}, {}};
            if (r.kind == hazards::PhotoReview::Kind::Reinspection) {
                c.title = tr("%1 — re-inspection").arg(code);
                c.note = r.reason;
                c.leftCaption = tr("Re-inspection %1 (failing region in red)").arg(r.leftPhoto.left(12));
                c.middleCaption = tr("As it should be: after-photo %1").arg(r.middlePhoto.left(12));
                c.rightCaption = tr("Change since the after-photo (red: changed)");
            } else {
                c.title = tr("%1 — rectification").arg(code);
                c.note = tr("%1 · scene similarity %2 · region change %3").arg(r.reason).arg(r.sceneSimilarity, 0, 'f', 2).arg(r.regionChange, 0, 'f', 2);
                c.leftCaption = tr("Before %1").arg(r.leftPhoto.left(12));
                c.middleCaption = tr("After, aligned %1").arg(r.middlePhoto.left(12));
                c.rightCaption = tr("Change heat map (blue: same, red: changed)");
            }
            m_viewer->show(c);
            Q_EMIT comparisonShown();
        },
        [this](const QString &e) { fail(e); });
}

} // namespace ui
} // namespace gl
