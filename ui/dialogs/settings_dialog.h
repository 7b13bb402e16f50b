// SPDX-License-Identifier: MIT
#pragma once

#include "service/network.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cairn::ui {

/// Network, peers, proxy, display unit, language, theme, data directory and auto-lock. Saved to AppSettings on OK;
/// the theme applies at once, the rest at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Network current, QWidget* parent = nullptr);

    /// Writes the chosen values to AppSettings.
    void save();
    /// Checks the proxy and peer entries ("host:port", port 1..65535); '' when valid, else the problem.
    QString validate() const;

private:
    QComboBox* m_network;
    QComboBox* m_language;
    QLineEdit* m_dataDir;
    QPlainTextEdit* m_peers;
    QLineEdit* m_proxy;
    QComboBox* m_unit;
    QComboBox* m_theme;
    QSpinBox* m_autoLock;
};

}  // namespace cairn::ui
