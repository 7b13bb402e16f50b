// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cairn::ui {

/// Network, language and data directory. Saved to AppSettings on OK; they take effect at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Network current, QWidget* parent = nullptr);

    /// Writes the chosen values to AppSettings.
    void save();

private:
    QComboBox* m_network;
    QComboBox* m_language;
    QLineEdit* m_dataDir;
};

}  // namespace cairn::ui
