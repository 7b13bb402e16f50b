// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace cairn::ui {

/// Cairn's version and the versions of Qt, OpenSSL, libsecp256k1 and SQLite it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

}  // namespace cairn::ui
