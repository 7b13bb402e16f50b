// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_service.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace cairn::ui {

/// The application window: a section list on the left (Overview, Send, Receive, Transactions, Explorer,
/// Network), the current section on the right and the node's state in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Overview, Send, Receive, Transactions, Explorer, Network };

    explicit MainWindow(service::NodeService* node, QWidget* parent = nullptr);

    /// Shows a section, as clicking it in the list does.
    void showSection(Section section);
    Section currentSection() const;
    /// Number of sections in the list.
    int sectionCount() const;

public slots:
    void showAbout();
    void showSettings();

private:
    void addSection(const QString& title, const QString& iconName, QWidget* page);
    void onNodeStatus(const service::NodeStatus& status);

    service::NodeService* m_node;
    QListWidget* m_sections;
    QStackedWidget* m_pages;
    QLabel* m_networkLabel;
    QLabel* m_syncLabel;
};

/// The human name of a network, translated ("Mainnet", "Testnet3", ...).
QString networkDisplayName(Network network);

}  // namespace cairn::ui
