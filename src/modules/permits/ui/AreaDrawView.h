// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "modules/site/ui/SitePlanView.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gl {
namespace ui {

/// The typed form of a work-area polygon, as the permit editor shows it: "x, y; x, y; …" in site metres
/// (the `polygon` of CONTRACTS.md section 6.3, not closed: the first point is not repeated).
QString cornersText(const site::Polygon &corners);
/// Reads that form; `ok` is false when a pair is not two numbers.
site::Polygon parseCorners(const QString &text, bool *ok);

/// The site plan (SitePlanView) in a drawing mode: the applicant clicks the corners of a permit's work
/// area. A click within kSnapPixels of an equipment position or a structure's corner, centre or edge lands
/// exactly on it (a green ring and the object's name show where it will land); a click outside the site's
/// extent is not taken. Double-click, a click on the first corner or Enter closes the polygon (refused with
/// the reason when it has fewer than 3 corners or its edges cross), Backspace undoes the last corner, Esc
/// asks to cancel. The other approved, active and suspended permits' areas are drawn dashed, so the
/// applicant sees the SIMOPS neighbours.
class AreaDrawView : public SitePlanView {
    Q_OBJECT
public:
    explicit AreaDrawView(QWidget *parent = nullptr);
    static constexpr double kSnapPixels = 10;

    /// The permit drawn for: left out of the neighbours.
    void setPermitCode(const QString &code);
    /// Shows these corners (from the typed form): closed when `closed`.
    void setCorners(const site::Polygon &corners, bool closed);
    site::Polygon corners() const;
    bool isClosed() const { return m_closed; }
    /// Why these corners cannot be the work area on this site (translated), or empty: fewer than 3
    /// corners, a corner outside the site's extent, crossing edges.
    QString problem(const site::Polygon &corners) const;
    /// Where a click at `widgetPos` lands, in site metres, and what it snapped to (empty: not snapped).
    QPointF landing(QPointF widgetPos, QString *snappedTo = nullptr) const;
    /// Codes of the other permits drawn as neighbours.
    QStringList neighbours() const;

public Q_SLOTS:
    /// Backspace: removes the last corner (reopening a closed area).
    void undoLastCorner();
    void clearCorners();
    /// Enter, a double-click or a click on the first corner: refused with a message while problem() names one.
    void closePolygon();

Q_SIGNALS:
    /// The corners or their closing changed by the user's drawing (not by setCorners).
    void cornersChanged();
    /// A hint, a refusal (`error`) or the result of the last action, for the label under the view.
    void message(const QString &text, bool error);
    void cancelRequested();

protected:
    void paintOverlay(QPainter &p, const QTransform &t) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Corner {
        QPointF site;
        QString snappedTo;
    };
    bool ready() const;
    Corner snapAt(QPointF widgetPos) const;
    bool nearFirst(QPointF widgetPos) const;
    void addCorner(const Corner &c);

    QList<Corner> m_corners;
    bool m_closed = false;
    std::optional<Corner> m_hover;
    QPointF m_hoverPos;
    QString m_permit;
};

/// "Draw on plan…" of the permit editor: a non-modal window with the drawing view and the typed corners
/// ("x, y; …"), kept in step both ways. A closed, valid drawing is written into the editor's polygon field
/// at once, and so are valid typed corners when their edit is finished (Enter); typing in either field
/// redraws. Cancel (or Esc) puts the editor's field back as it was when
/// the window opened.
class AreaDrawDialog : public QDialog {
    Q_OBJECT
public:
    AreaDrawDialog(QLineEdit *target, const QString &permitCode, QWidget *parent);
    void setSnapshot(const SnapshotPtr &s);
    void setPermitCode(const QString &code);
    /// Reads the editor's field again (each time the window is shown) and remembers it for Cancel.
    void restart();

    AreaDrawView *view() const { return m_view; }
    QLineEdit *cornersEdit() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *clearButton() const { return m_clear; }

    void reject() override;

private:
    void fromText(const QString &text, bool fromEditor);
    void fromDrawing();
    void applyTyped();
    void showMessage(const QString &text, bool error);
    void updateButtons();

    QPointer<QLineEdit> m_target;
    QString m_original;
    AreaDrawView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_done = nullptr, *m_undo = nullptr, *m_clear = nullptr;
};

} // namespace ui
} // namespace gl
