// SPDX-License-Identifier: Apache-2.0
// CameraWall's tiles: which camera shows where (grid, preset, full view, the list beside) and keeping it.
#include "modules/video/ui/CameraWall.h"
#include "modules/video/ui/CameraList.h"
#include "modules/video/ui/CameraTile.h"
#include "modules/video/ui/CameraTileArea.h"
#include "modules/video/ui/CameraWallLayout.h"

#include <QComboBox>
#include <QSplitter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace gl {
namespace ui {
namespace {

int gridFor(int cameras)
{
    for (int n : {1, 4, 9, 16})
        if (cameras <= n)
            return n;
    return 16;
}

} // namespace

QStringList CameraWall::visibleCameras() const
{
    if (m_preset == Preset::HotWork) {
        QStringList codes = m_hotWork.keys();
        codes.sort();
        return codes.mid(0, 16);
    }
    return m_assignment.mid(0, m_tiles);
}

void CameraWall::rebuild()
{
    const int count = m_preset == Preset::HotWork ? gridFor(int(visibleCameras().size())) : m_tiles;
    while (m_tileWidgets.size() > count)
        delete m_tileWidgets.takeLast();
    while (m_tileWidgets.size() < count) {
        auto *t = new CameraTile(int(m_tileWidgets.size()), m_gridHost);
        connect(t, &CameraTile::activated, this, [this](const QString &code) { setFullView(m_full == code ? QString() : code); });
        connect(t, &CameraTile::clicked, this, &CameraWall::selectSlot);
        connect(t, &CameraTile::dropped, this, [this](int slot, const QString &code, int from) {
            if (m_preset != Preset::Custom) { // editing the preset starts a custom wall from what is shown
                m_assignment = visibleCameras();
                setPreset(Preset::Custom);
            }
            if (from >= 0 && from < m_assignment.size()) {
                m_assignment[from] = m_assignment.value(slot);
            } else {
                const int was = int(m_assignment.indexOf(code));
                if (was >= 0)
                    m_assignment[was].clear();
            }
            assign(slot, code);
        });
        connect(t, &CameraTile::snapshotRequested, this, [this](int slot) {
            selectSlot(slot);
            snapshotSelected();
        });
        connect(t, &CameraTile::removeRequested, this, [this](int slot) {
            if (m_preset == Preset::Custom)
                assign(slot, {});
        });
        connect(t, &CameraTile::snapshotTaken, this, &CameraWall::onSnapshot);
        m_tileWidgets << t;
    }
    if (m_selected >= count)
        m_selected = 0;
    applyTiles();
}

void CameraWall::applyTiles()
{
    const QStringList codes = visibleCameras();
    const int needed = m_preset == Preset::HotWork ? gridFor(int(codes.size())) : m_tiles;
    if (needed != m_tileWidgets.size()) {
        rebuild();
        return;
    }
    bool fullShown = false;
    for (int i = 0; i < m_tileWidgets.size(); ++i) {
        CameraTile *t = m_tileWidgets[i];
        const QString code = codes.value(i);
        const site::Camera cam = m_cameras.value(code);
        if (code.isEmpty() || cam.code.isEmpty())
            t->setCamera({}, {}, {});
        else
            t->setCamera(code, cam.name, m_urls.value(code, cam.url));
        t->setHotWork(m_hotWork.value(code).join(u", "_s));
        t->setSelected(i == m_selected);
        const bool visible = m_full.isEmpty() || (code == m_full && !fullShown);
        fullShown = fullShown || (visible && !m_full.isEmpty());
        t->setVisible(visible);
    }
    if (!m_full.isEmpty() && !fullShown) { // the full-view camera left the wall
        m_full.clear();
        for (CameraTile *t : std::as_const(m_tileWidgets))
            t->setVisible(true);
    }
    updateListVisibility();
    layoutTiles();
    m_layoutBox->setEnabled(m_preset == Preset::Custom);
    {
        const QSignalBlocker b1(m_layoutBox), b2(m_presetBox);
        m_layoutBox->setCurrentIndex(m_layoutBox->findData(int(m_tileWidgets.size())));
        m_presetBox->setCurrentIndex(m_presetBox->findData(int(m_preset)));
    }
}

QList<QRect> CameraWall::tileCells(const QSize &area, int count, int spacing)
{
    return CameraTileArea::cells(area, count, spacing);
}

void CameraWall::layoutTiles()
{
    if (!m_gridHost)
        return;
    QList<QWidget *> shown;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!t->isHidden())
            shown << t;
    m_gridHost->place(shown);
}

void CameraWall::updateListVisibility()
{
    // Full view takes the whole wall; otherwise the list is where the user left it.
    const bool visible = m_full.isEmpty() && m_listShown;
    if (m_list->isHidden() == visible) {
        m_list->setVisible(visible);
        if (visible && m_split->sizes().value(0) == 0) { // it was collapsed by dragging: give it its width back
            const int total = m_split->width();
            const int list = std::min(m_list->sizeHint().width(), total / 3);
            m_split->setSizes({list, std::max(1, total - list)});
        }
    }
}

void CameraWall::setCameraListShown(bool shown)
{
    m_listShown = shown;
    {
        const QSignalBlocker b(m_listToggle);
        m_listToggle->setChecked(shown);
    }
    if (shown && m_split->sizes().value(0) == 0 && !m_list->isHidden())
        m_list->hide(); // collapsed by the splitter: hide it so that updateListVisibility gives it its width back
    updateListVisibility();
    saveLayout();
}

void CameraWall::selectSlot(int slot)
{
    m_selected = slot;
    for (CameraTile *t : std::as_const(m_tileWidgets))
        t->setSelected(t->slot() == slot);
}

void CameraWall::setGrid(int tiles)
{
    if (tiles != 1 && tiles != 4 && tiles != 9 && tiles != 16)
        return;
    m_tiles = tiles;
    while (m_assignment.size() < 16)
        m_assignment << QString();
    m_preset = Preset::Custom;
    m_full.clear();
    rebuild();
    saveLayout();
}

void CameraWall::assign(int slot, const QString &code)
{
    if (slot < 0 || slot >= 16)
        return;
    while (m_assignment.size() < 16)
        m_assignment << QString();
    m_assignment[slot] = code;
    applyTiles();
    saveLayout();
}

void CameraWall::showCamera(const QString &code)
{
    if (!m_cameras.contains(code)) {
        Q_EMIT message(tr("Camera %1 is not in the registry").arg(code));
        return;
    }
    if (!visibleCameras().contains(code)) {
        if (m_preset != Preset::Custom)
            setPreset(Preset::Custom);
        if (!m_assignment.mid(0, m_tiles).contains(code)) {
            int slot = int(m_assignment.mid(0, m_tiles).indexOf(QString()));
            if (slot < 0)
                slot = m_selected < m_tiles ? m_selected : 0;
            assign(slot, code);
        }
    }
    setFullView(code);
}

void CameraWall::setFullView(const QString &code)
{
    m_full = code;
    applyTiles();
    for (CameraTile *t : std::as_const(m_tileWidgets))
        if (!code.isEmpty() && t->code() == code)
            selectSlot(t->slot());
    saveLayout();
}

void CameraWall::setPreset(Preset preset)
{
    m_preset = preset;
    m_full.clear();
    rebuild();
    saveLayout();
}

void CameraWall::saveLayout() const
{
    if (!m_restored)
        return; // never overwrite a saved wall with the defaults before it was read
    CameraWallLayout l;
    l.grid = m_tiles;
    l.cameras = m_assignment;
    l.hotWork = m_preset == Preset::HotWork;
    l.full = m_full;
    l.listShown = m_listShown;
    if (m_full.isEmpty() && m_listShown)
        l.splitter = m_split->saveState();
    l.save();
}

void CameraWall::restoreLayout()
{
    const CameraWallLayout l = CameraWallLayout::load(m_cameraOrder);
    m_tiles = l.grid;
    m_assignment = l.cameras;
    if (l.saved) {
        m_preset = l.hotWork ? Preset::HotWork : Preset::Custom;
        m_full = l.full;
    }
    if (!l.splitter.isEmpty())
        m_split->restoreState(l.splitter);
    m_listShown = l.listShown;
    {
        const QSignalBlocker b(m_listToggle);
        m_listToggle->setChecked(m_listShown);
    }
    m_restored = true;
    rebuild();
}

} // namespace ui
} // namespace gl
