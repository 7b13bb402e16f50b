// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace cairn::ui {

class HashLabel;
class ReviewDialog;
class UnlockSession;

/// Send: recipients (address checked against the network as it is typed, amount in the display unit, "Max"),
/// BIP21 paste, fee presets or a custom sat/vB rate with the resulting fee and size previewed by
/// WalletService::draftSend, coin control, RBF, a review dialog before signing, the password prompt and the
/// result with the txid linked to the explorer. Save / Load PSBT for external signers; fee bump and CPFP
/// entries for the Transactions page. Nothing here blocks: every step is a service request.
class SendPage : public QWidget {
    Q_OBJECT
public:
    /// `session` may remember the password between sends (nullptr: always ask).
    SendPage(service::WalletService* wallet, const QString& walletName, UnlockSession* session = nullptr,
             QWidget* parent = nullptr);

    /// Switches to another wallet (empty: none open); clears the form.
    void setWalletName(const QString& name);
    QString walletName() const { return m_name; }
    /// Number of recipient rows.
    int recipientCount() const { return int(m_rows.size()); }
    /// The fee rate chosen (preset or custom), in sat/kvB.
    qint64 feeRateSatPerKvb() const;
    /// The coins chosen in coin control ("txid:n"; empty: automatic).
    QStringList selectedCoins() const { return m_coins; }
    /// The preview line under the fee ("Fee … · … vB" or the reason no transaction can be built).
    QString previewText() const;
    /// The status / result line.
    QString statusText() const;

public slots:
    /// Fills the form from a BIP21 URI (one recipient); false, with the reason in the status line, when invalid.
    /// Before a wallet is open the URI is kept and applied when setWalletName() opens one.
    bool applyPaymentUri(const QString& uri);
    /// Adds an empty recipient row and focuses its address field.
    void addRecipient();
    /// Empties the form (one blank row, coin control automatic, result cleared).
    void clearForm();
    /// Builds the transaction and opens the review dialog (then password, sign, broadcast).
    void reviewAndSend();
    /// Asks for a new fee rate, then reviews a BIP125 replacement of wallet transaction `txid`.
    void startBumpFee(const QString& txid);
    /// Asks for a fee rate, then reviews a child-pays-for-parent spend of the unconfirmed `txid`.
    void startCpfp(const QString& txid);
    /// Writes the loaded/signed PSBT, or else an unsigned PSBT of the form, to `path` (binary BIP174 file).
    void savePsbtTo(const QString& path);
    /// Reads a PSBT file (binary or base64) and opens its review (sign and/or broadcast).
    void loadPsbtFrom(const QString& path);
    /// Opens coin control.
    void openCoinControl();

signals:
    /// A preview draft arrived (fee, vsize, change of the form as it is).
    void previewReady(const cairn::service::SendDraft& draft);
    /// The review dialog is open (for tests and screenshots).
    void reviewShown(cairn::ui::ReviewDialog* dialog);
    /// A transaction was broadcast.
    void transactionSent(const QString& txid);
    /// The user clicked the txid of the result: show it in the explorer.
    void openInExplorer(const QString& txid);
    /// A PSBT file was written.
    void psbtSaved(const QString& path);
    /// The status line changed (errors included).
    void statusChanged(const QString& text);

private:
    enum class Purpose { Info, Preview, Review, SaveDraft, SavePsbt, Bump, Cpfp, Send, SignPsbt, Broadcast };
    struct Row {
        QWidget* box = nullptr;
        QLineEdit* address = nullptr;
        QLineEdit* label = nullptr;
        QLineEdit* amount = nullptr;
        QCheckBox* max = nullptr;
        QToolButton* remove = nullptr;
        QLabel* error = nullptr;
    };

    void removeRow(QWidget* box);
    void retireRow(QWidget* box);
    void renumberRows();
    bool validateRow(Row& row, bool strict);
    std::optional<service::SendRequest> buildRequest(bool strict);
    void schedulePreview();
    void runPreview();
    void setStatus(const QString& text, bool error = false);
    void track(quint64 id, Purpose p) { m_requests.insert(id, p); }
    void askFeeRate(const QString& title, const std::function<void(qint64)>& then);
    void openReview(const service::SendDraft& draft, const QString& note, Purpose next);
    void withPassword(const QString& prompt, const std::function<void(util::SecureBytes)>& then);
    void writePsbt(const QString& base64);

    void onDraft(quint64 id, const service::SendDraft& draft);
    void onPsbt(quint64 id, const QString& base64, bool complete);
    void onSent(quint64 id, const QString& txid);
    void onFailed(quint64 id, const QString& error);

    service::WalletService* m_wallet;
    QString m_name;
    QPointer<UnlockSession> m_session;
    bool m_watchOnly = false;
    QHash<quint64, Purpose> m_requests;
    quint64 m_previewId = 0;
    QList<Row> m_rows;
    QStringList m_coins;
    QString m_psbt;          ///< loaded or signed PSBT (base64); cleared when the form changes
    QString m_savePath;      ///< where the pending SavePsbt goes
    QString m_uriLabel;      ///< BIP21 label of the prefilled payment, saved as the transaction's label
    QString m_pendingUri;    ///< a URI that arrived before any wallet was open; applied when one opens

    QVBoxLayout* m_rowsLayout;
    QComboBox* m_feePreset;
    QDoubleSpinBox* m_customFee;
    QCheckBox* m_rbf;
    QLabel* m_preview;
    QLabel* m_coinsLabel;
    QLabel* m_uriMessage;
    QLabel* m_status;
    HashLabel* m_resultTxid;
    QPushButton* m_send;
    QPushButton* m_savePsbt;
    QTimer* m_previewTimer;
};

}  // namespace cairn::ui
