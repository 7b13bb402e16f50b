// SPDX-License-Identifier: MIT
#include "ui/models/history_model.h"

#include "ui/amount_format.h"
#include "ui/app_settings.h"
#include "ui/widgets/display_format.h"

#include <QDateTime>
#include <QIcon>

namespace cairn::ui {

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd hh:mm");  // notr: a date pattern
}  // namespace

HistoryModel::HistoryModel(service::WalletService* wallet, QObject* parent)
    : QAbstractTableModel(parent), m_wallet(wallet), m_unit(static_cast<int>(AppSettings::displayUnit())) {
    if (!m_wallet) return;
    connect(m_wallet, &service::WalletService::transactionsReady, this, &HistoryModel::onTransactions);
    connect(m_wallet, &service::WalletService::requestFailed, this, &HistoryModel::onFailed);
}

void HistoryModel::setWalletName(const QString& name) {
    beginResetModel();
    m_name = name;
    m_rows.clear();
    m_pending = 0;
    m_complete = name.isEmpty() || !m_wallet;
    m_unit = static_cast<int>(AppSettings::displayUnit());
    endResetModel();
    if (!m_complete) request(0, m_pageSize, true);
}

void HistoryModel::reload() {
    if (!m_wallet || m_name.isEmpty()) return;
    m_unit = static_cast<int>(AppSettings::displayUnit());
    request(0, qMax(m_pageSize, static_cast<int>(m_rows.size())), true);
}

const service::TxHistoryEntry& HistoryModel::entry(int row) const {
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows[row];
}

void HistoryModel::request(int offset, int limit, bool replace) {
    m_pendingLimit = limit;
    m_pendingReplace = replace;
    m_pending = m_wallet->listTransactions(m_name, offset, limit);  // a newer request supersedes an older one
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HistoryModel::statusText(const service::TxHistoryEntry& e) const {
    if (e.status == QLatin1String("conflicted")) return tr("conflicted");
    if (e.status == QLatin1String("abandoned")) return tr("abandoned");
    if (e.height < 0) return tr("unconfirmed");
    if (e.confirmations <= 0) return tr("confirmed");  // the wallet has not seen the header tip yet
    return tr("%n confirmation(s)", nullptr, e.confirmations);
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const service::TxHistoryEntry& e = m_rows[index.row()];
    const auto unit = static_cast<DisplayUnit>(m_unit);
    switch (role) {
    case TxidRole: return e.txid;
    case AmountRole: return e.amount;
    case HeightRole: return e.height;
    case StatusRole: return e.status;
    case LabelRole: return e.label;
    case TimeRole: return e.time;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return e.time > 0 ? QDateTime::fromSecsSinceEpoch(e.time).toString(kDateFormat) : QString();
        case Status: return statusText(e);
        case Label: return e.label;
        case Amount: return formatAmount(e.amount, unit);
        case Balance: return formatAmount(e.balance, unit);
        case Txid: return e.txid;
        default: return {};
        }
    case Qt::EditRole: return index.column() == Label ? QVariant(e.label) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Date && e.time > 0) return formatUtcTime(static_cast<uint32_t>(e.time));
        if (index.column() == Txid || index.column() == Label) return e.txid;
        if (index.column() == Amount && e.fee >= 0) return tr("Fee: %1").arg(formatAmount(e.fee, unit));
        return {};
    case Qt::DecorationRole:
        if (index.column() != Date) return {};
        return QIcon(e.amount < 0 ? QStringLiteral(":/icons/send.svg") : QStringLiteral(":/icons/receive.svg"));
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Balance)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        if (index.column() == Amount || index.column() == Balance || index.column() == Txid) return monospaceFont();
        return {};
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Balance))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Date: return tr("Date");
    case Status: return tr("Status");
    case Label: return tr("Label");
    case Amount: return tr("Amount");
    case Balance: return tr("Balance");
    case Txid: return tr("Transaction ID");
    default: return {};
    }
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Label) f |= Qt::ItemIsEditable;
    return f;
}

bool HistoryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Label || !m_wallet) return false;
    service::TxHistoryEntry& e = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    if (text == e.label) return false;
    service::LabelInfo label;
    label.type = QStringLiteral("tx");
    label.ref = e.txid;
    label.label = text;
    m_wallet->setLabel(m_name, label);  // failures come back as requestFailed; the next reload shows the truth
    e.label = text;
    emit dataChanged(index, index);
    return true;
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_complete && m_pending == 0;
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    request(static_cast<int>(m_rows.size()), m_pageSize, false);
}

void HistoryModel::onTransactions(quint64 id, const QList<service::TxHistoryEntry>& entries) {
    if (id != m_pending || id == 0) return;
    m_pending = 0;
    m_complete = entries.size() < m_pendingLimit;
    if (m_pendingReplace) {
        beginResetModel();
        m_rows = entries;
        endResetModel();
    } else if (!entries.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
        m_rows.append(entries);
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(m_rows.size()));
}

void HistoryModel::onFailed(quint64 id, const QString& error) {
    if (id != m_pending || id == 0) return;
    m_pending = 0;
    m_complete = true;  // no retry loop from the view's fetchMore; reload() tries again
    emit loadFailed(error);
}

}  // namespace cairn::ui
