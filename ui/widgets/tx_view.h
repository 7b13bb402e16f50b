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

/// One transaction: ids, placement, sizes, fee when every spent output's value is known, and the inputs
/// (previous output, value, disassembled scriptSig, witness, sequence) and outputs (value, address, type,
/// disassembled scriptPubKey). A display widget: the explorer page resolves values and makes requests.
class TxView : public QWidget {
    Q_OBJECT
public:
    explicit TxView(QWidget* parent = nullptr);

    /// Shows `tx`; input values of -1 are shown as unknown (and then the fee too).
    void setTransaction(const service::TxInfo& tx);
    /// The transaction shown.
    const service::TxInfo& transaction() const { return m_tx; }

signals:
    /// The user asked for the Merkle proof of the transaction in its block.
    void proofRequested(const QString& txid, const QString& blockHash);
    /// The user opened the containing block.
    void blockActivated(const QString& blockHash);
    /// The user opened the transaction that created an input's previous output.
    void transactionActivated(const QString& txid);

private:
    QLabel* addField(const QString& label, const QString& objectName);
    void fillInputs();
    void fillOutputs();

    service::TxInfo m_tx;
    QFormLayout* m_form;
    QLabel* m_title;
    HashLabel* m_txid;
    HashLabel* m_wtxid;
    HashLabel* m_block;
    QLabel* m_position;
    QLabel* m_version;
    QLabel* m_lockTime;
    QLabel* m_size;
    QLabel* m_weight;
    QLabel* m_total;
    QLabel* m_fee;
    QPushButton* m_proof;
    QTableWidget* m_inputs;
    QTableWidget* m_outputs;
};

}  // namespace cairn::ui
