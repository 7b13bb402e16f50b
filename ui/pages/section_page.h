// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace cairn::ui {

/// A section with a heading and an explanation, used where the section's content has not been built yet.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    SectionPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

}  // namespace cairn::ui
