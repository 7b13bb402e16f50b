// SPDX-License-Identifier: MIT
#include "ui/main_window.h"

#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/pages/explorer_page.h"
#include "ui/pages/network_page.h"
#include "ui/pages/section_page.h"
#include "ui/widgets/sync_status_widget.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace cairn::ui {

QString networkDisplayName(Network network) {
    switch (network) {
    case Network::Main: return MainWindow::tr("Mainnet");
    case Network::Testnet3: return MainWindow::tr("Testnet3");
    case Network::Testnet4: return MainWindow::tr("Testnet4");
    case Network::Signet: return MainWindow::tr("Signet");
    case Network::Regtest: return MainWindow::tr("Regtest");
    }
    return MainWindow::tr("Mainnet");
}

MainWindow::MainWindow(service::NodeService* node, QWidget* parent)
    : QMainWindow(parent), m_node(node), m_sections(new QListWidget), m_pages(new QStackedWidget),
      m_networkLabel(new QLabel), m_syncLabel(new QLabel) {
    setWindowTitle(tr("Cairn — %1").arg(networkDisplayName(node->network())));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cairn.svg")));
    resize(1100, 720);

    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setIconSize(QSize(24, 24));
    m_sections->setFixedWidth(190);
    m_sections->setSpacing(2);

    addSection(tr("Overview"), QStringLiteral("overview"),
               new SectionPage(tr("Overview"), tr("Balances, sync state and recent activity of the open wallet.")));
    addSection(tr("Send"), QStringLiteral("send"),
               new SectionPage(tr("Send"), tr("Pay one or more addresses, review the fee and sign.")));
    addSection(tr("Receive"), QStringLiteral("receive"),
               new SectionPage(tr("Receive"), tr("Fresh addresses and payment requests with QR codes.")));
    addSection(tr("Transactions"), QStringLiteral("transactions"),
               new SectionPage(tr("Transactions"), tr("The wallet's history with running balance and labels.")));
    addSection(tr("Explorer"), QStringLiteral("explorer"), new ExplorerPage(node));
    addSection(tr("Network"), QStringLiteral("network"), new NetworkPage(node));

    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* aboutAction = helpMenu->addAction(tr("&About Cairn"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("actionAbout"));

    m_networkLabel->setObjectName(QStringLiteral("networkLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    auto* syncProgress = new SyncStatusWidget(node);
    syncProgress->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(syncProgress);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_networkLabel);
    connect(m_node, &service::NodeService::statusChanged, this, &MainWindow::onNodeStatus);
    onNodeStatus(m_node->status());
}

void MainWindow::addSection(const QString& title, const QString& iconName, QWidget* page) {
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sections);
    item->setSizeHint(QSize(0, 36));
    page->setObjectName(QStringLiteral("page_") + iconName);
    m_pages->addWidget(page);
}

void MainWindow::showSection(Section section) { m_sections->setCurrentRow(static_cast<int>(section)); }

MainWindow::Section MainWindow::currentSection() const { return static_cast<Section>(m_pages->currentIndex()); }

int MainWindow::sectionCount() const { return m_sections->count(); }

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_node->network(), this);
    dialog.exec();
}

void MainWindow::onNodeStatus(const service::NodeStatus& status) {
    m_networkLabel->setText(networkDisplayName(status.network));
    QString sync;
    switch (status.state) {
    case service::NodeStatus::State::Stopped: sync = tr("Stopped"); break;
    case service::NodeStatus::State::Starting: sync = tr("Opening chain database…"); break;
    case service::NodeStatus::State::Ready:
        sync = status.headerHeight < 0 ? tr("No headers yet · %n peer(s)", nullptr, status.peerCount)
                                       : tr("Headers: %1 · %n peer(s)", nullptr, status.peerCount)
                                             .arg(status.headerHeight);
        break;
    case service::NodeStatus::State::Error: sync = tr("Error: %1").arg(status.error); break;
    }
    m_syncLabel->setText(sync);
}

}  // namespace cairn::ui
