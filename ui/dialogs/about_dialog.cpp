// SPDX-License-Identifier: MIT
#include "ui/dialogs/about_dialog.h"

#include "service/versions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cairn::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Cairn"));
    setObjectName(QStringLiteral("aboutDialog"));
    // Room for the description in three lines rather than a narrow column of five.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    const service::LibraryVersions v = service::libraryVersions();

    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel;
    // Rendered at the screen's pixel ratio, so the SVG stays sharp on high-DPI displays.
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cairn.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    auto* title = new QLabel(tr("<b>Cairn %1</b>").arg(v.cairn));
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);
    auto* blurb = new QLabel(tr("A Bitcoin light wallet and block explorer that validates headers and Merkle proofs "
                                "itself, talking to the peer-to-peer network directly."));
    blurb->setWordWrap(true);
    blurb->setAlignment(Qt::AlignHCenter);
    layout->addWidget(blurb);
    layout->addSpacing(fontMetrics().height() / 2);

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, const QString& value, const QString& name) {
        auto* l = new QLabel(value);
        l->setObjectName(name);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, l);
    };
    addRow(tr("Qt:"), v.qt, QStringLiteral("qtVersion"));
    addRow(tr("OpenSSL:"), v.openssl, QStringLiteral("opensslVersion"));
    addRow(tr("libsecp256k1:"), v.secp256k1, QStringLiteral("secpVersion"));
    addRow(tr("SQLite:"), v.sqlite, QStringLiteral("sqliteVersion"));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

}  // namespace cairn::ui
