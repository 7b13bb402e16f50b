// SPDX-License-Identifier: MIT
#include "ui/pages/transactions_page.h"

#include "ui/amount_format.h"
#include "ui/models/history_filter_model.h"
#include "ui/models/history_model.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace cairn::ui {

namespace {

constexpr int kMaxExportRows = 10'000'000;

QString csvField(QString s, bool text) {
    if (text && !s.isEmpty() && QStringLiteral("=+-@").contains(s.front())) s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1String("\""), QLatin1String("\"\""));
        const QChar quote(QLatin1Char('"'));
        s = quote + s + quote;
    }
    return s;
}

QString btc(qint64 sats) { return formatAmountPlain(sats, DisplayUnit::Btc); }

}  // namespace

TransactionsPage::TransactionsPage(service::WalletService* wallet, const QString& walletName, QWidget* parent)
    : QWidget(parent), m_wallet(wallet), m_model(new HistoryModel(wallet, this)), m_filter(new HistoryFilterModel(this)),
      m_search(new QLineEdit), m_kind(new QComboBox), m_exportCsv(new QPushButton(tr("Export &CSV…"))),
      m_exportLabels(new QPushButton(tr("Export &labels (BIP329)…"))), m_view(new QTableView), m_status(new QLabel) {
    auto* title = new QLabel(tr("Transactions"));
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search transactions"));
    m_search->setPlaceholderText(tr("Search by label or transaction ID"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->setAccessibleName(tr("Show"));
    m_kind->addItem(tr("All"), static_cast<int>(HistoryFilterModel::Kind::All));
    m_kind->addItem(tr("Received"), static_cast<int>(HistoryFilterModel::Kind::Received));
    m_kind->addItem(tr("Sent"), static_cast<int>(HistoryFilterModel::Kind::Sent));
    m_kind->addItem(tr("Unconfirmed"), static_cast<int>(HistoryFilterModel::Kind::Unconfirmed));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportLabels->setObjectName(QStringLiteral("exportLabelsButton"));
    m_status->setObjectName(QStringLiteral("historyStatus"));

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Transaction history"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // uniform rows: cheap with 100,000 rows
    auto* header = m_view->horizontalHeader();
    header->setSectionResizeMode(HistoryModel::Label, QHeaderView::Stretch);
    header->setSectionResizeMode(HistoryModel::Txid, QHeaderView::Interactive);
    header->resizeSection(HistoryModel::Date, 170);
    header->resizeSection(HistoryModel::Status, 140);
    header->resizeSection(HistoryModel::Amount, 170);
    header->resizeSection(HistoryModel::Balance, 170);
    header->resizeSection(HistoryModel::Txid, 200);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind);
    bar->addStretch(1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportLabels);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    setTabOrder(m_search, m_kind);
    setTabOrder(m_kind, m_exportCsv);
    setTabOrder(m_exportCsv, m_exportLabels);
    setTabOrder(m_exportLabels, m_view);

    connect(m_search, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setKind(static_cast<HistoryFilterModel::Kind>(m_kind->currentData().toInt()));
    });
    connect(m_model, &HistoryModel::pageLoaded, this, &TransactionsPage::updateStatus);
    connect(m_model, &HistoryModel::loadFailed, m_status, &QLabel::setText);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex idx = m_view->indexAt(pos);
        if (!idx.isValid()) return;
        QMenu* menu = contextMenuFor(idx.row());
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseAndExport(Export::Csv); });
    connect(m_exportLabels, &QPushButton::clicked, this, [this] { chooseAndExport(Export::Labels); });
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::transactionsReady, this,
                [this](quint64 id, const QList<service::TxHistoryEntry>& entries) {
                    if (m_exports.contains(id)) writeFile(m_exports.take(id), historyCsv(entries), int(entries.size()));
                });
        connect(m_wallet, &service::WalletService::labelsExported, this, [this](quint64 id, const QByteArray& jsonl) {
            if (m_exports.contains(id)) writeFile(m_exports.take(id), jsonl, int(jsonl.count('\n')));
        });
        connect(m_wallet, &service::WalletService::requestFailed, this, &TransactionsPage::onFailed);
        connect(m_wallet, &service::WalletService::walletChanged, this, [this](const QString& name) {
            if (name == m_name) m_model->reload();
        });
    }
    setWalletName(walletName);
}

void TransactionsPage::setWalletName(const QString& name) {
    m_name = name;
    m_exports.clear();
    m_model->setWalletName(name);
    const bool have = m_wallet && !name.isEmpty();
    m_exportCsv->setEnabled(have);
    m_exportLabels->setEnabled(have);
    updateStatus();
}

void TransactionsPage::updateStatus() {
    if (m_name.isEmpty()) {
        m_status->setText(tr("No wallet is open."));
        return;
    }
    const int n = m_model->rowCount();
    m_status->setText(m_model->isComplete() ? tr("%n transaction(s)", nullptr, n)
                                            : tr("%n transaction(s) loaded; scroll for more", nullptr, n));
}

QMenu* TransactionsPage::contextMenuFor(int proxyRow) {
    auto* menu = new QMenu(this);
    const QModelIndex src = m_filter->mapToSource(m_filter->index(proxyRow, 0));
    if (!src.isValid()) return menu;
    const service::TxHistoryEntry e = m_model->entry(src.row());
    const bool unconfirmed = e.height < 0 && e.status == QLatin1String("unconfirmed");
    auto* copy = menu->addAction(tr("&Copy transaction ID"), this, [txid = e.txid] {
        QApplication::clipboard()->setText(txid);
    });
    copy->setObjectName(QStringLiteral("actionCopyTxid"));
    auto* edit = menu->addAction(tr("Edit &label"), this, [this, proxyRow] {
        m_view->edit(m_filter->index(proxyRow, HistoryModel::Label));
    });
    edit->setObjectName(QStringLiteral("actionEditLabel"));
    menu->addSeparator();
    auto* open = menu->addAction(QIcon(QStringLiteral(":/icons/explorer.svg")), tr("Open in &explorer"), this,
                                 [this, e] { emit openInExplorerRequested(e.txid, e.height); });
    open->setObjectName(QStringLiteral("actionOpenInExplorer"));
    open->setEnabled(e.height >= 0);
    auto* proof = menu->addAction(tr("Show &Merkle proof"), this,
                                  [this, e] { emit merkleProofRequested(e.txid, e.height); });
    proof->setObjectName(QStringLiteral("actionShowProof"));
    proof->setEnabled(e.height >= 0);
    menu->addSeparator();
    auto* bump = menu->addAction(tr("&Bump fee…"), this, [this, e] { emit bumpFeeRequested(e.txid); });
    bump->setObjectName(QStringLiteral("actionBumpFee"));
    bump->setEnabled(unconfirmed && e.amount < 0);
    auto* cpfp = menu->addAction(tr("Speed up with a &child (CPFP)…"), this, [this, e] { emit cpfpRequested(e.txid); });
    cpfp->setObjectName(QStringLiteral("actionCpfp"));
    cpfp->setEnabled(unconfirmed && e.amount > 0);
    return menu;
}

QByteArray TransactionsPage::historyCsv(const QList<service::TxHistoryEntry>& entries) {
    QString out = QStringLiteral("date,txid,label,status,confirmations,height,amount_btc,fee_btc,balance_btc\r\n");  // notr
    for (const auto& e : entries) {
        const QString date = e.time > 0 ? QDateTime::fromSecsSinceEpoch(e.time, Qt::UTC).toString(Qt::ISODate)
                                        : QString();
        const QStringList fields{date,
                                 e.txid,
                                 csvField(e.label, true),
                                 e.status,
                                 QString::number(e.confirmations),
                                 e.height >= 0 ? QString::number(e.height) : QString(),
                                 btc(e.amount),
                                 e.fee >= 0 ? btc(e.fee) : QString(),
                                 btc(e.balance)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

void TransactionsPage::exportCsv(const QString& path) {
    if (!m_wallet || m_name.isEmpty()) return;
    m_exports.insert(m_wallet->listTransactions(m_name, 0, kMaxExportRows), path);
}

void TransactionsPage::exportLabels(const QString& path) {
    if (!m_wallet || m_name.isEmpty()) return;
    m_exports.insert(m_wallet->exportLabels(m_name), path);
}

void TransactionsPage::chooseAndExport(Export what) {
    const bool csv = what == Export::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export transactions") : tr("Export labels"),
        m_name + (csv ? QStringLiteral("-transactions.csv") : QStringLiteral("-labels.jsonl")),
        csv ? tr("CSV files (*.csv)") : tr("BIP329 label files (*.jsonl)"));
    if (path.isEmpty()) return;
    if (csv) exportCsv(path);
    else exportLabels(path);
}

void TransactionsPage::writeFile(const QString& path, const QByteArray& bytes, int rows) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString error = tr("Could not write %1: %2").arg(path, file.errorString());
        m_status->setText(error);
        emit exportFailed(error);
        return;
    }
    m_status->setText(tr("Wrote %n record(s) to %1.", nullptr, rows).arg(path));
    emit exported(path, rows);
}

void TransactionsPage::onFailed(quint64 id, const QString& error) {
    if (!m_exports.remove(id)) return;
    m_status->setText(error);
    emit exportFailed(error);
}

}  // namespace cairn::ui
