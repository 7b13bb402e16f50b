// SPDX-License-Identifier: MIT
// cairn: the desktop wallet and explorer.
#include "service/data_dir.h"
#include "service/node_service.h"
#include "service/payment_uri.h"
#include "service/versions.h"
#include "service/wallet_service.h"
#include "ui/app_settings.h"
#include "ui/main_window.h"
#include "ui/single_instance.h"
#include "ui/theme.h"
#include "ui/translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

using namespace cairn;

namespace {

void setupParser(QCommandLineParser& parser, QCommandLineOption& network, QCommandLineOption& datadir,
                 QCommandLineOption& connect) {
    parser.setApplicationDescription(QStringLiteral("Cairn: a Bitcoin light wallet and block explorer."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(network);
    parser.addOption(datadir);
    parser.addOption(connect);
    parser.addPositionalArgument(QStringLiteral("uri"), QStringLiteral("A bitcoin: payment URI to open on the Send page."),
                                 QStringLiteral("[bitcoin:URI]"));
}

bool wantsInfoOnly(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version") ||
            !std::strcmp(argv[i], "-v") || !std::strcmp(argv[i], "--help-all"))
            return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Cairn"));
    QCoreApplication::setApplicationName(QStringLiteral("cairn"));
    QCoreApplication::setApplicationVersion(service::libraryVersions().cairn);

    QCommandLineOption networkOpt(QStringLiteral("network"),
                                  QStringLiteral("Network: main, test, testnet4, signet or regtest (default: the one "
                                                 "chosen in Settings, else main)."),
                                  QStringLiteral("name"));
    QCommandLineOption datadirOpt(QStringLiteral("datadir"),
                                  QStringLiteral("Base data directory; each network uses a sub-directory of it."),
                                  QStringLiteral("dir"));

    QCommandLineOption connectOpt(QStringLiteral("connect"),
                                  QStringLiteral("Use only this peer (HOST:PORT; repeatable), instead of the peers "
                                                 "chosen in Settings or found automatically, for this run."),
                                  QStringLiteral("host:port"));

    // --help and --version print and exit without needing a display.
    if (wantsInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        setupParser(parser, networkOpt, datadirOpt, connectOpt);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/cairn.svg")));
    QCommandLineParser parser;
    setupParser(parser, networkOpt, datadirOpt, connectOpt);
    parser.process(app);

    ui::installTranslations(ui::AppSettings::language());
    ui::applyTheme(ui::AppSettings::theme());

    const QString netName = parser.isSet(networkOpt) ? parser.value(networkOpt) : ui::AppSettings::network();
    const auto network = parseNetwork(netName.toStdString());
    if (!network) {
        std::fprintf(stderr, "cairn: unknown network '%s' (use main, test, testnet4, signet or regtest)\n",
                     qPrintable(netName));
        return 1;
    }
    const QString base = parser.isSet(datadirOpt) ? parser.value(datadirOpt) : ui::AppSettings::dataDirOverride();
    auto dataDir = service::resolveDataDir(*network, base);
    if (!dataDir.ok()) {
        std::fprintf(stderr, "cairn: %s\n", dataDir.message().c_str());
        QMessageBox::critical(nullptr, QObject::tr("Cairn"), QString::fromStdString(dataDir.message()));
        return 1;
    }

    // One instance per network and data directory: a second launch hands its bitcoin: URI over and exits.
    QString uri;
    for (const QString& arg : parser.positionalArguments())
        if (service::isPaymentUri(arg)) uri = arg;
    ui::SingleInstance instance(QString::fromStdString(networkName(*network)) + QLatin1Char('|') + dataDir.value());
    if (instance.sendToRunning(uri, 1500)) return 0;
    if (!instance.listen())
        std::fprintf(stderr, "cairn: cannot listen for bitcoin: URIs of later launches: %s\n",
                     qPrintable(instance.errorString()));

    service::NodeService node(*network, dataDir.value());
    service::WalletService wallet(*network, dataDir.value());
    // The window lists the network's wallets, opens the last one used (or starts the setup wizard when there is
    // none) and hands the open wallet to the node; all wallet work stays on the service threads.
    ui::MainWindow window(&node, &wallet);
    window.show();
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window, &ui::MainWindow::handlePaymentUri);
    if (!uri.isEmpty()) window.handlePaymentUri(uri);
    // Peers and proxy from Settings (--connect overrides the peers for this run); the network starts as soon as
    // the chain database is open, so the open wallet is discovered without a click on Network ▸ Connect.
    service::NetworkConfig config;
    config.connect = parser.isSet(connectOpt) ? parser.values(connectOpt) : ui::AppSettings::connectPeers();
    config.proxy = ui::AppSettings::proxy();
    // A signed transaction goes out to the same peers, through the same proxy.
    wallet.setBroadcastPeers(config.connect, config.proxy);
    QObject::connect(&node, &service::NodeService::statusChanged, &window, [&node, config](const service::NodeStatus& s) {
        static bool started = false;
        if (started || s.state != service::NodeStatus::State::Ready) return;
        started = true;
        node.startNetwork(config);
    });
    node.start();
    const int rc = app.exec();
    node.stop();
    return rc;
}
