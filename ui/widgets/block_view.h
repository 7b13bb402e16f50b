// SPDX-License-Identifier: MIT
#pragma once

#include "service/node_types.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cairn::ui {

class HashLabel;

/// One block: every header field, chain work, confirmations, and once the block was fetched its size,
/// weight and transaction list. A display widget: the explorer page makes the requests.
class BlockView : public QWidget {
    Q_OBJECT
public:
    explicit BlockView(QWidget* parent = nullptr);

    /// Shows a header (clears the block contents when it is another block).
    void setHeader(const service::HeaderInfo& header);
    /// Shows a fetched block (header and contents).
    void setBlock(const service::BlockInfo& block);
    /// A line under the header: "Fetching block…", an error, or empty.
    void setStatus(const QString& text, bool error = false);
    /// Hash of the block shown (empty when none).
    QString blockHash() const { return m_header.hash; }
    /// True once the shown block's contents are present.
    bool hasContents() const { return m_fetched; }

signals:
    /// The user asked to download the block.
    void fetchRequested(const QString& blockHash);
    /// The user opened a neighbouring block (previous / next).
    void blockActivated(const QString& blockHash);
    /// The user opened a transaction of the list.
    void transactionActivated(const QString& txid);

private:
    QLabel* addField(const QString& label, const QString& objectName);
    HashLabel* addHashField(const QString& label, const QString& objectName, bool link);

    service::HeaderInfo m_header;
    bool m_fetched = false;
    QFormLayout* m_form;
    QLabel* m_title;
    HashLabel* m_hash;
    HashLabel* m_prev;
    HashLabel* m_next;
    HashLabel* m_merkleRoot;
    HashLabel* m_chainWork;
    QLabel* m_height;
    QLabel* m_time;
    QLabel* m_version;
    QLabel* m_bits;
    QLabel* m_nonce;
    QLabel* m_difficulty;
    QLabel* m_confirmations;
    QLabel* m_size;
    QLabel* m_weight;
    QLabel* m_txCount;
    QLabel* m_status;
    QPushButton* m_fetch;
    QTableWidget* m_txs;
};

}  // namespace cairn::ui
