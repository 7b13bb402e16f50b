// SPDX-License-Identifier: MIT
#pragma once

#include "service/wallet_service.h"

#include <QWizard>

class QButtonGroup;
class QComboBox;
class QCompleter;
class QDate;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStringListModel;

namespace cairn::ui {

/// First-start wizard: create a wallet (words shown once, three of them confirmed, password with a strength hint),
/// restore one from words (optional passphrase, address type, birthday height) or add a watch-only wallet
/// (xpub/ypub/zpub or descriptor). All wallet work goes through WalletService; the wizard waits for its signals.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { kChoice, kRestore, kWatchOnly, kPassword, kShowWords, kConfirmWords, kDone };
    enum class Mode { Create, Restore, WatchOnly };

    explicit SetupWizard(service::WalletService* wallet, QWidget* parent = nullptr);

    /// Name of the wallet made by the wizard ('' until one exists).
    QString walletName() const { return m_createdName; }
    /// The mode picked on the first page.
    Mode mode() const;
    /// scrypt N for the new keystore; tests only (0 = the production default).
    void setScryptN(quint64 n) { m_scryptN = n; }
    /// "weak", "fair" or "strong" and a translated hint for `password`.
    static QString strengthHint(const QString& password, int* score = nullptr);
    /// Positions (1-based) the confirm page asks for (for tests).
    QList<int> confirmPositions() const { return m_positions; }
    /// The words shown on the words page (for tests; emptied when the wizard closes).
    QStringList shownWords() const { return m_words; }
    /// The BIP39 words offered for the word being typed on the restore page (empty when none).
    QStringList restoreSuggestions() const;
    /// The birthday height the restore page will use (typed, or estimated from the date).
    int birthdayHeight() const;
    /// A conservative block height for a wallet born on `date` (mainnet: interpolated between known blocks,
    /// four weeks early; other networks: 0, scan from the start).
    static int estimateHeight(Network network, const QDate& date);

    int nextId() const override;
    bool validateCurrentPage() override;
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// The wallet exists (created, restored or watch-only).
    void walletReady(const QString& name);

private:
    QWizardPage* makeChoicePage();
    QWizardPage* makeRestorePage();
    QWizardPage* makeWatchOnlyPage();
    QWizardPage* makePasswordPage();
    QWizardPage* makeShowWordsPage();
    QWizardPage* makeConfirmPage();
    QWizardPage* makeDonePage();
    void startRequest();
    void onCreated(quint64 id, const service::WalletInfo& info, const QString& mnemonic);
    void onFailed(quint64 id, const QString& error);
    void updateRestoreFeedback();
    void updateCompletions();
    void insertCompletion(const QString& word);
    void updatePasswordFeedback();
    service::WalletCreateRequest baseRequest() const;

    service::WalletService* m_wallet;
    quint64 m_scryptN = 0;
    quint64 m_pending = 0;
    bool m_requestDone = false;
    QString m_createdName;
    QStringList m_words;
    QList<int> m_positions;

    QButtonGroup* m_modeGroup = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_restoreWords = nullptr;
    QLabel* m_restoreFeedback = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_birthdayKind = nullptr;
    QSpinBox* m_birthday = nullptr;
    QDateEdit* m_birthdayDate = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_completionModel = nullptr;
    int m_completionStart = 0;
    int m_completionLength = 0;
    QLineEdit* m_watchKey = nullptr;
    QComboBox* m_watchType = nullptr;
    QLabel* m_watchError = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_password2 = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_passwordError = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QList<QLineEdit*> m_confirmEdits;
    QList<QLabel*> m_confirmLabels;
    QLabel* m_doneLabel = nullptr;
};

}  // namespace cairn::ui
