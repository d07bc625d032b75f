// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QListWidget>

#include <functional>
#include <utility>

namespace gl {
namespace ui {

/// A column of the dispatch board (issue 16): its cards are dragged to another column, which performs the
/// step that moves the order there (DispatchBoard::dropOrder). The card itself is never moved by the drag:
/// it stays where it is (it "snaps back") until the next snapshot shows the order in its new state. While a
/// card is over the column, the column is framed green with the step a drop performs, or red with why the
/// move is refused (also in the properties "dropHint" and "dropLegal").
class BoardColumn : public QListWidget {
public:
    using Verdict = std::function<std::pair<bool, QString>(const QString &code)>; ///< legal, the step or the reason
    BoardColumn(Verdict verdict, std::function<void(const QString &code)> dropped, QWidget *parent);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dragMoveEvent(QDragMoveEvent *e) override;
    void dragLeaveEvent(QDragLeaveEvent *) override;
    void dropEvent(QDropEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    void clearHint();
    Verdict m_verdict;
    std::function<void(const QString &)> m_dropped;
};

} // namespace ui
} // namespace gl
