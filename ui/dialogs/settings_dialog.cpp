// SPDX-License-Identifier: MIT
#include "ui/dialogs/settings_dialog.h"

#include "ui/app_settings.h"
#include "ui/main_window.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {
// A language as its speakers write it, capitalised as in a menu. Endonyms of the shipped languages are fixed
// here because QLocale names the default country too ("español de España", "American English").
QString languageName(const QString& code) {
    static const QHash<QString, QString> kNames{{QStringLiteral("en"), QStringLiteral("English")},    // notr
                                                {QStringLiteral("de"), QStringLiteral("Deutsch")},    // notr
                                                {QStringLiteral("es"), QStringLiteral("Español")},    // notr
                                                {QStringLiteral("fr"), QStringLiteral("Français")}};  // notr
    if (const auto it = kNames.constFind(code); it != kNames.constEnd()) return it.value();
    const QString native = QLocale(code).nativeLanguageName();
    if (native.isEmpty()) return code;
    return native.left(1).toUpper() + native.mid(1);
}
}  // namespace

SettingsDialog::SettingsDialog(Network current, QWidget* parent)
    : QDialog(parent), m_network(new QComboBox), m_language(new QComboBox), m_dataDir(new QLineEdit),
      m_peers(new QPlainTextEdit), m_proxy(new QLineEdit), m_unit(new QComboBox), m_theme(new QComboBox),
      m_autoLock(new QSpinBox) {
    setWindowTitle(tr("Settings"));
    // Wide enough for the proxy hint and a typical data directory path without eliding them.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    m_network->setObjectName(QStringLiteral("networkCombo"));
    m_network->setAccessibleName(tr("Network"));
    for (Network n : allNetworks()) m_network->addItem(networkDisplayName(n), QString::fromStdString(networkName(n)));
    m_network->setCurrentIndex(m_network->findData(QString::fromStdString(networkName(current))));
    form->addRow(tr("&Network:"), m_network);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : AppSettings::availableLanguages()) m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), m_language);

    m_dataDir->setObjectName(QStringLiteral("dataDirEdit"));
    m_dataDir->setAccessibleName(tr("Data directory"));
    m_dataDir->setPlaceholderText(tr("Platform default"));
    m_dataDir->setText(AppSettings::dataDirOverride());
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose data directory"), m_dataDir->text());
        if (!dir.isEmpty()) m_dataDir->setText(dir);
    });
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(browse);
    // A row holding a layout gets no buddy from QFormLayout, so its "&D" would show literally.
    auto* dirLabel = new QLabel(tr("&Data directory:"));
    dirLabel->setBuddy(m_dataDir);
    form->addRow(dirLabel, dirRow);

    m_peers->setObjectName(QStringLiteral("peersEdit"));
    m_peers->setAccessibleName(tr("Connect only to these peers"));
    m_peers->setPlaceholderText(tr("One host:port per line; empty: find peers automatically"));
    m_peers->setTabChangesFocus(true);
    m_peers->setFixedHeight(m_peers->fontMetrics().lineSpacing() * 4 + 12);
    m_peers->setPlainText(AppSettings::connectPeers().join(QLatin1Char('\n')));
    form->addRow(tr("&Peers:"), m_peers);

    m_proxy->setObjectName(QStringLiteral("proxyEdit"));
    m_proxy->setAccessibleName(tr("SOCKS5 proxy"));
    m_proxy->setPlaceholderText(tr("host:port, e.g. 127.0.0.1:9050 for Tor; empty: direct"));
    m_proxy->setText(AppSettings::proxy());
    // The hint is the documentation of the field: keep it whole in every language.
    m_proxy->setMinimumWidth(m_proxy->fontMetrics().horizontalAdvance(m_proxy->placeholderText()) +
                             m_proxy->fontMetrics().averageCharWidth() * 4);
    form->addRow(tr("SOCKS5 &proxy:"), m_proxy);

    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setAccessibleName(tr("Display unit"));
    for (auto u : {DisplayUnit::Btc, DisplayUnit::MilliBtc, DisplayUnit::Bits, DisplayUnit::Sat})
        m_unit->addItem(unitName(u), unitKey(u));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unitKey(AppSettings::displayUnit()))));
    form->addRow(tr("Display &unit:"), m_unit);

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(AppSettings::theme())));
    form->addRow(tr("&Theme:"), m_theme);

    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setAccessibleName(tr("Auto-lock after idle minutes"));
    m_autoLock->setRange(0, 24 * 60);
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setValue(AppSettings::autoLockMinutes());
    form->addRow(tr("&Auto-lock after:"), m_autoLock);
    layout->addLayout(form);

    auto* note = new QLabel(tr("Changes take effect when Cairn is started again."));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (const QString problem = validate(); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Settings"), problem);
            return;
        }
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SettingsDialog::save() {
    AppSettings::setNetwork(m_network->currentData().toString());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setDataDirOverride(m_dataDir->text().trimmed());
    QStringList peers;
    for (const QString& line : m_peers->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty()) peers << line.trimmed();
    AppSettings::setConnectPeers(peers);
    AppSettings::setProxy(m_proxy->text().trimmed());
    AppSettings::setDisplayUnit(unitFromKey(m_unit->currentData().toString()));
    AppSettings::setTheme(m_theme->currentData().toString());
    AppSettings::setAutoLockMinutes(m_autoLock->value());
    applyTheme(AppSettings::theme());
}

namespace {
bool validHostPort(const QString& s) {
    const int colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == s.size() - 1) return false;
    bool ok = false;
    const int port = s.mid(colon + 1).toInt(&ok);
    return ok && port >= 1 && port <= 65535 && !s.left(colon).contains(QLatin1Char(' '));
}
}  // namespace

QString SettingsDialog::validate() const {
    const QString proxy = m_proxy->text().trimmed();
    if (!proxy.isEmpty() && !validHostPort(proxy))
        return tr("The proxy must be host:port with a port from 1 to 65535.");
    for (const QString& line : m_peers->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !validHostPort(line.trimmed()))
            return tr("“%1” is not a peer address of the form host:port.").arg(line.trimmed());
    return {};
}

}  // namespace cairn::ui
