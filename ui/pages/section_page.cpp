// SPDX-License-Identifier: MIT
#include "ui/pages/section_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cairn::ui {

SectionPage::SectionPage(const QString& title, const QString& description, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto* text = new QLabel(description);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
}

}  // namespace cairn::ui
