// SPDX-License-Identifier: MIT
#include "ui/dialogs/settings_dialog.h"

#include "ui/app_settings.h"
#include "ui/main_window.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cairn::ui {

SettingsDialog::SettingsDialog(Network current, QWidget* parent)
    : QDialog(parent), m_network(new QComboBox), m_language(new QComboBox), m_dataDir(new QLineEdit) {
    setWindowTitle(tr("Settings"));
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
    for (const QString& code : AppSettings::availableLanguages()) {
        const QLocale loc(code);
        m_language->addItem(loc.nativeLanguageName(), code);
    }
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
    form->addRow(tr("&Data directory:"), dirRow);
    layout->addLayout(form);

    auto* note = new QLabel(tr("Changes take effect when Cairn is started again."));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
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
}

}  // namespace cairn::ui
