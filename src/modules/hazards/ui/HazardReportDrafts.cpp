// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/ui/HazardReportDrafts.h"
#include "modules/hazards/logic/HazardRules.h"
#include "modules/hazards/ui/HazardReportForm.h"
#include "modules/hazards/ui/HazardReportPhotos.h"
#include "modules/video/logic/EvidenceService.h"
#include "platform/util/Clock.h"
#include "shell/PanelHost.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {

namespace {

struct LoadedDraft {
    HazardDraft draft;
    QHash<QString, QImage> thumbs;
};

} // namespace

QString hazardLocalTime(qint64 ms, const SnapshotPtr &s)
{
    return QDateTime::fromMSecsSinceEpoch(ms, s ? s->timeZone : QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

HazardReportDrafts::HazardReportDrafts(PanelHost *host, HazardReportForm *form, HazardReportPhotos *photos, QVBoxLayout *layout)
    : QObject(form), m_host(host), m_form(form), m_photos(photos)
{
    auto *draftRow = new QHBoxLayout;
    m_list = new QComboBox(form);
    m_list->setObjectName(u"hazardDrafts"_s);
    m_list->setMinimumContentsLength(40);
    m_delete = new QPushButton(tr("Delete this draft"), form);
    m_delete->setObjectName(u"hazardDeleteDraft"_s);
    m_delete->setEnabled(false);
    m_status = new QLabel(form);
    m_status->setObjectName(u"hazardDraftStatus"_s);
    draftRow->addWidget(new QLabel(tr("Draft"), form));
    draftRow->addWidget(m_list, 1);
    draftRow->addWidget(m_delete);
    layout->addLayout(draftRow);
    layout->addWidget(m_status);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &HazardReportDrafts::save);
    connect(m_list, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_list->itemData(index).toLongLong();
        if (id == m_id)
            return;
        save(); // the current form is kept before switching
        m_form->reset();
        if (id)
            restore(id);
        else
            refresh(false);
    });
    connect(m_delete, &QPushButton::clicked, this, &HazardReportDrafts::remove);
}

void HazardReportDrafts::changed()
{
    m_dirty = true;
    m_autosave->start(); // a moment after the last change: nothing typed is lost
}

void HazardReportDrafts::forget()
{
    m_autosave->stop();
    ++m_generation; // a save still under way no longer belongs to this form's content
    m_id = 0;
    m_dirty = false;
    m_status->clear();
    m_delete->setEnabled(false);
}

void HazardReportDrafts::setStatus(const QString &text) { m_status->setText(text); }

void HazardReportDrafts::save()
{
    m_autosave->stop();
    if (!m_dirty || m_form->submitting())
        return;
    if (m_saving) { // one save at a time: a new draft must get its id before the next save
        m_saveAgain = true;
        return;
    }
    if (m_id == 0 && m_form->isBlank()) {
        m_dirty = false;
        return;
    }
    HazardDraft d;
    d.id = m_id;
    d.fields = m_form->fields();
    m_photos->takeUnsaved(d);
    m_dirty = false;
    m_saving = true;
    const int generation = m_generation;
    m_host->dataWorker()->call(
        this, [d](ServiceContext &ctx) { return HazardDraftService(ctx).save(d); },
        [this, generation](qint64 id) {
            m_saving = false;
            if (generation != m_generation) { // the form moved on (another draft, a new report): it is stored, that is all
                refresh(false);
                return;
            }
            m_id = id;
            m_delete->setEnabled(true);
            m_status->setText(tr("Draft saved %1 (kept for you until it is submitted or deleted)")
                                  .arg(processClock().now().toLocalTime().toString(u"HH:mm:ss"_s)));
            Q_EMIT saved(id);
            if (m_saveAgain) {
                m_saveAgain = false;
                save();
            }
            refresh(false);
        },
        [this, d, generation](const QString &e) {
            m_saving = false;
            if (generation != m_generation) {
                Q_EMIT failed(tr("The previous draft could not be saved: %1").arg(e));
                return;
            }
            m_dirty = true; // try again with the next change or on close
            m_photos->markUnsaved(d);
            Q_EMIT failed(tr("The draft could not be saved: %1").arg(e));
        });
}

void HazardReportDrafts::refresh(bool restoreNewest)
{
    m_host->dataWorker()->call(
        this, [](ServiceContext &ctx) { return HazardDraftService(ctx).list(); },
        [this, restoreNewest](QList<HazardDraft> drafts) {
            QSignalBlocker b(m_list);
            m_list->clear();
            m_list->addItem(tr("New report"), qint64(0));
            for (const HazardDraft &d : drafts) {
                const HazardTerm *cat = HazardRules::defaults().category(d.fields.value(u"category"_s).toString());
                QString text = d.fields.value(u"description"_s).toString();
                if (text.size() > 40)
                    text = text.left(39) + u'…';
                m_list->addItem(tr("%1 · %2 %3 · %n photo(s)", nullptr, int(d.photos.size()))
                                    .arg(hazardLocalTime(d.updatedAt, m_form->snapshot()), cat ? cat->zh : QString(), text),
                                d.id);
            }
            m_list->setCurrentIndex(std::max(0, m_list->findData(m_id)));
            Q_EMIT listed(int(drafts.size()));
            if (restoreNewest && !drafts.isEmpty() && m_id == 0 && m_form->isBlank())
                restore(drafts.first().id);
        },
        [this](const QString &e) { Q_EMIT failed(e); });
}

void HazardReportDrafts::restore(qint64 id)
{
    m_host->dataWorker()->call(
        this,
        [id](ServiceContext &ctx) {
            LoadedDraft l{HazardDraftService(ctx).load(id), {}};
            for (const HazardDraftPhoto &p : l.draft.photos) {
                try {
                    l.thumbs.insert(p.kind, thumbnailOf(p.evidenceId ? EvidenceService(ctx).content(p.evidenceId) : p.bytes));
                } catch (const Error &) {
                    // no preview; the submission checks the photo
                }
            }
            return l;
        },
        [this](LoadedDraft l) {
            m_form->reset();
            m_id = l.draft.id;
            m_form->setFields(l.draft.fields);
            for (const HazardDraftPhoto &p : l.draft.photos) {
                QString name = p.name;
                if (p.evidenceId && m_form->snapshot())
                    name = tr("Camera still, evidence #%1").arg(p.evidenceId);
                m_photos->restore(p.kind, HazardReportPhotos::Photo{name, p.bytes, p.evidenceId, l.thumbs.value(p.kind), false});
            }
            m_dirty = false;
            m_delete->setEnabled(true);
            m_status->setText(tr("Draft of %1 restored.").arg(hazardLocalTime(l.draft.updatedAt, m_form->snapshot())));
            refresh(false);
            Q_EMIT restored(l.draft.id);
        },
        [this](const QString &e) { Q_EMIT failed(e); });
}

void HazardReportDrafts::remove()
{
    const qint64 id = m_id;
    if (!id)
        return;
    m_form->reset();
    m_host->dataWorker()->call(
        this, [id](ServiceContext &ctx) { HazardDraftService(ctx).remove(id); },
        [this] {
            m_status->setText(tr("Draft deleted."));
            refresh(false);
        },
        [this](const QString &e) { Q_EMIT failed(e); });
}

} // namespace ui
} // namespace gl
