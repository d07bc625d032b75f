// SPDX-License-Identifier: Apache-2.0
// HazardViewer: the window comparing a hazard's photos side by side (before, after, change).
#include "modules/hazards/ui/HazardPanel.h"

#include <QHBoxLayout>
#include <QLabel>
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

} // namespace

HazardViewer::HazardViewer(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(u"hazardViewer"_s);
    setWindowTitle(tr("Photo comparison"));
    auto *v = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"QLabel { font-size: 13pt; font-weight: bold; }"_s);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    v->addWidget(m_title);
    v->addWidget(m_note);
    auto *row = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto *col = new QVBoxLayout;
        m_images[i] = new QLabel(this);
        m_images[i]->setMinimumSize(320, 240);
        m_images[i]->setAlignment(Qt::AlignCenter);
        m_images[i]->setStyleSheet(u"QLabel { background: #202124; }"_s);
        m_captions[i] = new QLabel(this);
        m_captions[i]->setAlignment(Qt::AlignCenter);
        col->addWidget(m_images[i], 1);
        col->addWidget(m_captions[i]);
        row->addLayout(col, 1);
    }
    v->addLayout(row, 1);
    resize(1320, 520);
}

void HazardViewer::show(const HazardComparison &c)
{
    m_title->setText(c.title);
    m_note->setText(c.note);
    const QImage imgs[3] = {c.left, c.middle, c.right};
    const QString caps[3] = {c.leftCaption, c.middleCaption, c.rightCaption};
    for (int i = 0; i < 3; ++i) {
        m_images[i]->setPixmap(imgs[i].isNull() ? QPixmap() : QPixmap::fromImage(scaled(imgs[i], 420)));
        if (imgs[i].isNull())
            m_images[i]->setText(tr("(not aligned: nothing to show)"));
        m_captions[i]->setText(caps[i]);
    }
    QWidget::show();
    raise();
}

} // namespace ui
} // namespace gl
