// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

namespace cairn::ui {

/// Shows `text` as a QR code (libqrencode, error correction M, 4-module quiet zone), scaled to whole pixels per
/// module and centred. Dark modules on a white field regardless of theme, so scanners read it.
class QrWidget : public QWidget {
    Q_OBJECT
public:
    explicit QrWidget(QWidget* parent = nullptr);

    /// Sets the encoded text; an empty text, or one too long for a QR code, shows an empty field.
    void setText(const QString& text);
    QString text() const { return m_text; }
    /// True when the current text was encoded.
    bool hasCode() const { return !m_modules.isNull(); }
    /// The code as an image with `pixelsPerModule` pixels per module (quiet zone included); null when none.
    QImage image(int pixelsPerModule = 8) const;
    /// Encodes `text`: one pixel per module, quiet zone included; null image on failure.
    static QImage encode(const QString& text);

    QSize sizeHint() const override { return {260, 260}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QImage m_modules;
};

}  // namespace cairn::ui
