// SPDX-License-Identifier: MIT
#include "ui/widgets/qr_widget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace cairn::ui {

namespace {
constexpr int kQuietZone = 4;
}

QrWidget::QrWidget(QWidget* parent) : QWidget(parent) {
    setAccessibleName(tr("QR code"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QImage QrWidget::encode(const QString& text) {
    if (text.isEmpty()) return {};
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                   QRcode_free);
    if (!code) return {};
    const int w = code->width;
    const int total = w + 2 * kQuietZone;
    QImage img(total, total, QImage::Format_Mono);
    img.setColor(0, qRgb(255, 255, 255));
    img.setColor(1, qRgb(0, 0, 0));
    img.fill(0);
    for (int y = 0; y < w; ++y)
        for (int x = 0; x < w; ++x)
            if (code->data[y * w + x] & 1) img.setPixel(x + kQuietZone, y + kQuietZone, 1);
    return img;
}

void QrWidget::setText(const QString& text) {
    m_text = text;
    m_modules = encode(text);
    setAccessibleDescription(text);
    update();
}

QImage QrWidget::image(int pixelsPerModule) const {
    if (m_modules.isNull() || pixelsPerModule < 1) return {};
    return m_modules.convertToFormat(QImage::Format_RGB32)
        .scaled(m_modules.width() * pixelsPerModule, m_modules.height() * pixelsPerModule, Qt::IgnoreAspectRatio,
                Qt::FastTransformation);
}

void QrWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const int side = qMin(width(), height());
    if (m_modules.isNull()) {
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(QRect((width() - side) / 2, (height() - side) / 2, side - 1, side - 1));
        return;
    }
    const int scale = qMax(1, side / m_modules.width());
    const int px = m_modules.width() * scale;
    const QRect target((width() - px) / 2, (height() - px) / 2, px, px);
    p.drawImage(target, m_modules);
}

}  // namespace cairn::ui
