// SPDX-License-Identifier: MIT
#include "ui/wizard/setup_wizard.h"

#include "service/mnemonic_helper.h"
#include "ui/widgets/display_format.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

namespace cairn::ui {

namespace {

// A wizard page whose completeness is a function supplied by the wizard.
class FnPage : public QWizardPage {
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

util::SecureBytes toSecure(const QString& s) {
    const QByteArray utf8 = s.toUtf8();
    return util::SecureBytes(reinterpret_cast<const uint8_t*>(utf8.constData()),
                             static_cast<size_t>(utf8.size()));
}

QStringList splitWords(const QString& text) {
    return text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void addTypes(QComboBox* combo) {
    combo->addItem(SetupWizard::tr("Native SegWit (BIP84, bc1q…)"), QStringLiteral("p2wpkh"));
    combo->addItem(SetupWizard::tr("Taproot (BIP86, bc1p…)"), QStringLiteral("p2tr"));
    combo->addItem(SetupWizard::tr("Nested SegWit (BIP49, 3…)"), QStringLiteral("p2sh-p2wpkh"));
    combo->addItem(SetupWizard::tr("Legacy (BIP44, 1…)"), QStringLiteral("p2pkh"));
}

}  // namespace

SetupWizard::SetupWizard(service::WalletService* wallet, QWidget* parent) : QWizard(parent), m_wallet(wallet) {
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up a wallet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(680, 520);  // room for the two-line subtitles without clipping
    setPage(kChoice, makeChoicePage());
    setPage(kRestore, makeRestorePage());
    setPage(kWatchOnly, makeWatchOnlyPage());
    setPage(kPassword, makePasswordPage());
    setPage(kShowWords, makeShowWordsPage());
    setPage(kConfirmWords, makeConfirmPage());
    setPage(kDone, makeDonePage());
    setStartId(kChoice);
    if (m_wallet) {
        connect(m_wallet, &service::WalletService::walletCreated, this, &SetupWizard::onCreated);
        connect(m_wallet, &service::WalletService::requestFailed, this, &SetupWizard::onFailed);
    }
}

SetupWizard::Mode SetupWizard::mode() const { return static_cast<Mode>(qMax(0, m_modeGroup->checkedId())); }

QWizardPage* SetupWizard::makeChoicePage() {
    auto* page = new FnPage;
    page->setTitle(tr("Welcome to Cairn"));
    page->setSubTitle(tr("This network has no wallet yet. What would you like to do?"));
    m_modeGroup = new QButtonGroup(page);
    auto* create = new QRadioButton(tr("&Create a new wallet"));
    auto* restore = new QRadioButton(tr("&Restore a wallet from its recovery words"));
    auto* watch = new QRadioButton(tr("Add a &watch-only wallet (xpub or descriptor)"));
    create->setObjectName(QStringLiteral("modeCreate"));
    restore->setObjectName(QStringLiteral("modeRestore"));
    watch->setObjectName(QStringLiteral("modeWatchOnly"));
    m_modeGroup->addButton(create, static_cast<int>(Mode::Create));
    m_modeGroup->addButton(restore, static_cast<int>(Mode::Restore));
    m_modeGroup->addButton(watch, static_cast<int>(Mode::WatchOnly));
    create->setChecked(true);
    m_name = new QLineEdit(QStringLiteral("default"));
    m_name->setObjectName(QStringLiteral("walletNameEdit"));
    m_name->setAccessibleName(tr("Wallet name"));
    page->complete = [this] { return !m_name->text().trimmed().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(create);
    layout->addWidget(restore);
    layout->addWidget(watch);
    auto* form = new QFormLayout;
    form->addRow(tr("Wallet &name:"), m_name);
    static_cast<QLabel*>(form->labelForField(m_name))->setBuddy(m_name);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWizardPage* SetupWizard::makeRestorePage() {
    auto* page = new FnPage;
    page->setTitle(tr("Restore from recovery words"));
    page->setSubTitle(tr("Type your 12 to 24 words, separated by spaces. Suggestions from the BIP39 word list "
                         "appear while you type; the checksum is checked as soon as the count is complete."));
    m_restoreWords = new QPlainTextEdit;
    m_restoreWords->setObjectName(QStringLiteral("restoreWordsEdit"));
    m_restoreWords->setAccessibleName(tr("Recovery words"));
    m_restoreWords->setTabChangesFocus(true);
    m_restoreWords->setFont(monospaceFont());
    m_restoreWords->setMaximumHeight(m_restoreWords->fontMetrics().lineSpacing() * 5);
    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setWidget(m_restoreWords);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SetupWizard::insertCompletion);
    // Installed after QCompleter's own filter, so it sees the popup's keys first (see eventFilter).
    m_completer->popup()->installEventFilter(this);
    m_restoreFeedback = new QLabel;
    m_restoreFeedback->setObjectName(QStringLiteral("restoreFeedback"));
    m_restoreFeedback->setWordWrap(true);
    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("BIP39 passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("optional; leave empty if you never set one"));
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("restoreTypeCombo"));
    m_type->setAccessibleName(tr("Address type"));
    addTypes(m_type);

    m_birthdayKind = new QComboBox;
    m_birthdayKind->setObjectName(QStringLiteral("birthdayKindCombo"));
    m_birthdayKind->setAccessibleName(tr("Birthday given as"));
    m_birthdayKind->addItem(tr("Block height"));
    m_birthdayKind->addItem(tr("Date"));
    m_birthday = new QSpinBox;
    m_birthday->setObjectName(QStringLiteral("birthdaySpin"));
    m_birthday->setAccessibleName(tr("Birthday block height"));
    m_birthday->setRange(0, 10'000'000);
    m_birthday->setSpecialValueText(tr("scan from the start"));
    m_birthdayDate = new QDateEdit(QDate(2009, 1, 3));
    m_birthdayDate->setObjectName(QStringLiteral("birthdayDateEdit"));
    m_birthdayDate->setAccessibleName(tr("Birthday date"));
    m_birthdayDate->setCalendarPopup(true);
    m_birthdayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthdayDate->setDateRange(QDate(2009, 1, 3), QDate::currentDate().addDays(1));
    auto* birthdayStack = new QStackedWidget;
    birthdayStack->addWidget(m_birthday);
    birthdayStack->addWidget(m_birthdayDate);
    birthdayStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto* birthdayHint = new QLabel;
    birthdayHint->setObjectName(QStringLiteral("birthdayHint"));
    birthdayHint->setWordWrap(true);
    auto updateBirthdayHint = [this, birthdayHint] {
        if (m_birthdayKind->currentIndex() == 0) {
            birthdayHint->setText(tr("Cairn looks for transactions from this block on. When unsure, leave 0."));
            return;
        }
        const int h = birthdayHeight();
        birthdayHint->setText(h > 0 ? tr("Scanning from about block %1 (four weeks before that date, to be safe).")
                                          .arg(h)
                                    : tr("Cairn scans from the start: on this network, or this early, a date "
                                         "gives no later height."));
    };
    connect(m_birthdayKind, &QComboBox::currentIndexChanged, birthdayStack, &QStackedWidget::setCurrentIndex);
    connect(m_birthdayKind, &QComboBox::currentIndexChanged, this, updateBirthdayHint);
    connect(m_birthdayDate, &QDateEdit::dateChanged, this, updateBirthdayHint);
    updateBirthdayHint();
    auto* birthdayRow = new QHBoxLayout;
    birthdayRow->addWidget(m_birthdayKind);
    birthdayRow->addWidget(birthdayStack, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("&Words:"), m_restoreWords);
    form->addRow(QString(), m_restoreFeedback);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("Address &type:"), m_type);
    auto* birthdayLabel = new QLabel(tr("&Birthday:"));
    birthdayLabel->setBuddy(m_birthdayKind);
    form->addRow(birthdayLabel, birthdayRow);
    form->addRow(QString(), birthdayHint);
    for (QWidget* w : {static_cast<QWidget*>(m_restoreWords), static_cast<QWidget*>(m_passphrase),
                       static_cast<QWidget*>(m_type)})
        static_cast<QLabel*>(form->labelForField(w))->setBuddy(w);
    page->setLayout(form);
    page->complete = [this] {
        return service::checkMnemonicWords(m_restoreWords->toPlainText()).state ==
               service::MnemonicFeedback::State::Valid;
    };
    connect(m_restoreWords, &QPlainTextEdit::textChanged, this, [this, page] {
        updateRestoreFeedback();
        updateCompletions();
        emit page->completeChanged();
    });
    updateRestoreFeedback();
    return page;
}

int SetupWizard::estimateHeight(Network network, const QDate& date) {
    // Mainnet only: (height, block time) of the halving blocks, interpolated, then four weeks of blocks earlier
    // so that a birthday never starts the scan after the wallet's first transaction. Other networks have too
    // irregular block times (or none) for an estimate: 0 scans from the start.
    if (network != Network::Main || !date.isValid()) return 0;
    struct Anchor {
        int height;
        qint64 time;
    };
    static constexpr Anchor kAnchors[] = {{0, 1231006505},      {210000, 1354116278}, {420000, 1468082773},
                                          {630000, 1589225023}, {840000, 1713571767}};
    constexpr int kMarginBlocks = 4 * 7 * 144;
    constexpr size_t n = std::size(kAnchors);
    const qint64 t = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    double height = 0;
    if (t >= kAnchors[n - 1].time) {
        height = kAnchors[n - 1].height + static_cast<double>(t - kAnchors[n - 1].time) / 600.0;
    } else {
        for (size_t i = 0; i + 1 < n; ++i) {
            const Anchor a = kAnchors[i], b = kAnchors[i + 1];
            if (t < a.time || t >= b.time) continue;
            height = a.height + static_cast<double>(b.height - a.height) * static_cast<double>(t - a.time) /
                                    static_cast<double>(b.time - a.time);
            break;
        }
    }
    return qMax(0, static_cast<int>(height) - kMarginBlocks);
}

int SetupWizard::birthdayHeight() const {
    if (m_birthdayKind->currentIndex() == 0) return m_birthday->value();
    return estimateHeight(m_wallet ? m_wallet->network() : Network::Main, m_birthdayDate->date());
}

QStringList SetupWizard::restoreSuggestions() const { return m_completionModel->stringList(); }

void SetupWizard::updateCompletions() {
    // The word being typed: the letters just before the cursor, when the cursor is at the end of a word.
    const QTextCursor cursor = m_restoreWords->textCursor();
    const QString block = cursor.block().text();
    const int col = cursor.positionInBlock();
    int start = col;
    while (start > 0 && block.at(start - 1).isLetter()) --start;
    const bool atWordEnd = col == block.size() || !block.at(col).isLetter();
    const QString prefix = block.mid(start, col - start).toLower();
    QStringList words;
    if (atWordEnd && !prefix.isEmpty()) words = service::bip39Completions(prefix, 12);
    if (words.size() == 1 && words.first() == prefix) words.clear();  // already complete
    m_completionModel->setStringList(words);
    m_completionStart = cursor.block().position() + start;
    m_completionLength = col - start;
    if (words.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    QRect r = m_restoreWords->cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    if (m_restoreWords->isVisible()) m_completer->complete(r);
}

bool SetupWizard::eventFilter(QObject* watched, QEvent* event) {
    // Return, Enter or Tab in the suggestion list takes the highlighted word (or the only one). Handled here
    // because QCompleter would first hand the key to the text edit, which inserts a line break and so moves
    // the word being completed away.
    if (m_completer && watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) {
            QModelIndex current = m_completer->popup()->currentIndex();
            if (!current.isValid() && m_completer->completionCount() == 1)
                current = m_completer->completionModel()->index(0, 0);
            if (current.isValid()) insertCompletion(current.data().toString());
            else m_completer->popup()->hide();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void SetupWizard::insertCompletion(const QString& word) {
    // Replace the prefix recorded when the suggestions were made (the key that chose the word may already
    // have moved the cursor).
    QTextCursor c(m_restoreWords->document());
    c.setPosition(m_completionStart);
    c.setPosition(m_completionStart + m_completionLength, QTextCursor::KeepAnchor);
    c.insertText(word + QLatin1Char(' '));
    m_restoreWords->setTextCursor(c);
    m_completer->popup()->hide();
}

void SetupWizard::updateRestoreFeedback() {
    using State = service::MnemonicFeedback::State;
    const service::MnemonicFeedback f = service::checkMnemonicWords(m_restoreWords->toPlainText());
    QString text;
    bool bad = false;
    switch (f.state) {
    case State::Empty: text = tr("12, 15, 18, 21 or 24 words."); break;
    case State::UnknownWords: {
        // The last word may still be being typed: only complain about it when it cannot become a listed word.
        QList<int> wrong = f.unknownPositions;
        if (f.lastWordIsPrefix && !wrong.isEmpty() && wrong.last() == f.wordCount) wrong.removeLast();
        if (wrong.isEmpty()) {
            text = tr("%n word(s) so far…", nullptr, f.wordCount);
        } else {
            QStringList positions;
            for (int p : wrong) positions << QString::number(p);
            text = tr("Not in the BIP39 word list: word %1.", nullptr, static_cast<int>(wrong.size()))
                       .arg(positions.join(QStringLiteral(", ")));
            bad = true;
        }
        break;
    }
    case State::Incomplete: text = tr("%n word(s); 12, 15, 18, 21 or 24 are expected.", nullptr, f.wordCount); break;
    case State::BadChecksum:
        text = tr("%n word(s), but the checksum does not match: a word or the order is wrong.", nullptr, f.wordCount);
        bad = true;
        break;
    case State::Valid: text = tr("✓ %n valid recovery word(s) with a correct checksum.", nullptr, f.wordCount); break;
    }
    m_restoreFeedback->setText(text);
    QFont font = m_restoreFeedback->font();
    font.setBold(bad || f.state == State::Valid);
    m_restoreFeedback->setFont(font);
}

QWizardPage* SetupWizard::makeWatchOnlyPage() {
    auto* page = new FnPage;
    page->setTitle(tr("Watch-only wallet"));
    page->setSubTitle(tr("Paste an extended public key (xpub, ypub, zpub, tpub…) or an output descriptor. "
                         "Cairn can watch its addresses but cannot spend."));
    m_watchKey = new QLineEdit;
    m_watchKey->setObjectName(QStringLiteral("watchKeyEdit"));
    m_watchKey->setAccessibleName(tr("Extended public key or descriptor"));
    m_watchKey->setFont(monospaceFont());
    m_watchType = new QComboBox;
    m_watchType->setObjectName(QStringLiteral("watchTypeCombo"));
    m_watchType->setAccessibleName(tr("Address type"));
    m_watchType->addItem(tr("As the key or descriptor says"), QString());
    addTypes(m_watchType);
    auto* form = new QFormLayout;
    form->addRow(tr("&Key or descriptor:"), m_watchKey);
    form->addRow(tr("Address &type:"), m_watchType);
    m_watchError = new QLabel;
    m_watchError->setObjectName(QStringLiteral("watchError"));
    m_watchError->setWordWrap(true);
    form->addRow(QString(), m_watchError);
    static_cast<QLabel*>(form->labelForField(m_watchKey))->setBuddy(m_watchKey);
    static_cast<QLabel*>(form->labelForField(m_watchType))->setBuddy(m_watchType);
    page->setLayout(form);
    page->complete = [this] { return !m_watchKey->text().trimmed().isEmpty(); };
    connect(m_watchKey, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    page->setCommitPage(true);
    return page;
}

QString SetupWizard::strengthHint(const QString& password, int* score) {
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLower()) lower = true;
        else if (c.isUpper()) upper = true;
        else if (c.isDigit()) digit = true;
        else other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double bits = pool > 0 ? password.size() * std::log2(static_cast<double>(pool)) : 0.0;
    const int s = bits < 40 ? 0 : bits < 70 ? 1 : 2;
    if (score) *score = s;
    if (s == 0) return tr("Weak: use a longer password or a few random words.");
    if (s == 1) return tr("Fair: a few more characters would make it strong.");
    return tr("Strong.");
}

QWizardPage* SetupWizard::makePasswordPage() {
    auto* page = new FnPage;
    page->setTitle(tr("Choose a password"));
    page->setSubTitle(tr("It encrypts the wallet file on this computer. It is not part of your recovery words."));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password2 = new QLineEdit;
    m_password2->setObjectName(QStringLiteral("password2Edit"));
    m_password2->setAccessibleName(tr("Repeat password"));
    m_password2->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel;
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_passwordError = new QLabel;
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_passwordError->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_password2);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_passwordError);
    static_cast<QLabel*>(form->labelForField(m_password))->setBuddy(m_password);
    static_cast<QLabel*>(form->labelForField(m_password2))->setBuddy(m_password2);
    page->setLayout(form);
    page->complete = [this] {
        return m_pending == 0 && !m_password->text().isEmpty() && m_password->text() == m_password2->text();
    };
    for (QLineEdit* e : {m_password, m_password2})
        connect(e, &QLineEdit::textChanged, this, [this, page] {
            updatePasswordFeedback();
            emit page->completeChanged();
        });
    page->setCommitPage(true);
    return page;
}

void SetupWizard::updatePasswordFeedback() {
    m_strength->setText(m_password->text().isEmpty() ? QString() : strengthHint(m_password->text()));
    m_passwordError->setText(!m_password2->text().isEmpty() && m_password->text() != m_password2->text()
                                 ? tr("The passwords differ.")
                                 : QString());
}

QWizardPage* SetupWizard::makeShowWordsPage() {
    auto* page = new FnPage;
    page->setTitle(tr("Write down your recovery words"));
    page->setSubTitle(tr("They are the only way to restore this wallet. Keep them offline; anyone who has them "
                         "can take your coins. They are shown only now."));
    m_wordsLabel = new QLabel;
    m_wordsLabel->setObjectName(QStringLiteral("wordsLabel"));
    m_wordsLabel->setFont(monospaceFont());
    m_wordsLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_wordsLabel);
    layout->addStretch(1);
    return page;
}

QWizardPage* SetupWizard::makeConfirmPage() {
    auto* page = new FnPage;
    page->setTitle(tr("Confirm three words"));
    page->setSubTitle(tr("Type the requested words to show that you wrote them down."));
    auto* form = new QFormLayout(page);
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel;
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("confirmEdit%1").arg(i));
        edit->setAccessibleName(tr("Confirmation word %1").arg(i + 1));
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_confirmLabels << label;
        m_confirmEdits << edit;
        connect(edit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    }
    page->complete = [this] {
        if (m_positions.size() != 3) return false;
        for (int i = 0; i < 3; ++i)
            if (m_confirmEdits[i]->text().trimmed().toLower() != m_words.value(m_positions[i] - 1)) return false;
        return true;
    };
    return page;
}

QWizardPage* SetupWizard::makeDonePage() {
    auto* page = new FnPage;
    page->setTitle(tr("All set"));
    m_doneLabel = new QLabel;
    m_doneLabel->setObjectName(QStringLiteral("doneLabel"));
    m_doneLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_doneLabel);
    layout->addStretch(1);
    return page;
}

int SetupWizard::nextId() const {
    switch (currentId()) {
    case kChoice:
        return mode() == Mode::Create ? kPassword : mode() == Mode::Restore ? kRestore : kWatchOnly;
    case kRestore: return kPassword;
    case kWatchOnly: return kDone;
    case kPassword: return mode() == Mode::Create ? kShowWords : kDone;
    case kShowWords: return kConfirmWords;
    case kConfirmWords: return kDone;
    default: return -1;
    }
}

service::WalletCreateRequest SetupWizard::baseRequest() const {
    service::WalletCreateRequest req;
    req.name = m_name->text().trimmed();
    req.scryptN = m_scryptN;
    return req;
}

bool SetupWizard::validateCurrentPage() {
    const int id = currentId();
    if ((id == kPassword || id == kWatchOnly) && !m_requestDone) {
        if (m_pending == 0) startRequest();
        return false;  // onCreated moves on
    }
    return QWizard::validateCurrentPage();
}

void SetupWizard::startRequest() {
    if (!m_wallet) return;
    m_passwordError->clear();
    m_watchError->clear();
    service::WalletCreateRequest req = baseRequest();
    if (currentId() == kWatchOnly) {
        req.type = m_watchType->currentData().toString();
        m_pending = m_wallet->createWatchOnly(req, m_watchKey->text().trimmed());
    } else if (mode() == Mode::Restore) {
        req.type = m_type->currentData().toString();
        req.birthdayHeight = birthdayHeight();
        m_pending = m_wallet->restoreWallet(req, toSecure(splitWords(m_restoreWords->toPlainText()).join(QLatin1Char(' '))),
                                            toSecure(m_passphrase->text()), toSecure(m_password->text()));
    } else {
        m_pending = m_wallet->createWallet(req, toSecure(m_password->text()));
    }
    button(QWizard::CommitButton)->setEnabled(false);
    m_passwordError->setText(tr("Working…"));
}

void SetupWizard::onCreated(quint64 id, const service::WalletInfo& info, const QString& mnemonic) {
    if (id != m_pending || id == 0) return;
    m_pending = 0;
    m_requestDone = true;
    m_createdName = info.name;
    m_passwordError->clear();
    m_password->clear();
    m_password2->clear();
    m_restoreWords->clear();
    m_passphrase->clear();
    m_words = splitWords(mnemonic);
    QString grid;
    for (int i = 0; i < m_words.size(); ++i)
        grid += QStringLiteral("%1. %2").arg(i + 1, 2).arg(m_words[i], -10) + ((i % 4 == 3) ? QStringLiteral("\n") : QStringLiteral("  "));
    m_wordsLabel->setText(grid);
    m_positions.clear();
    while (m_words.size() >= 3 && m_positions.size() < 3) {
        const int p = 1 + static_cast<int>(QRandomGenerator::global()->bounded(static_cast<quint32>(m_words.size())));
        if (!m_positions.contains(p)) m_positions << p;
    }
    std::sort(m_positions.begin(), m_positions.end());
    for (int i = 0; i < m_positions.size(); ++i) m_confirmLabels[i]->setText(tr("Word &%1:").arg(m_positions[i]));
    m_doneLabel->setText(info.watchOnly ? tr("The watch-only wallet “%1” is ready.").arg(info.name)
                                        : tr("The wallet “%1” is ready. Cairn will now look for its transactions.")
                                              .arg(info.name));
    next();
}

void SetupWizard::onFailed(quint64 id, const QString& error) {
    if (id != m_pending || id == 0) return;
    m_pending = 0;
    m_passwordError->setText(error);
    if (auto* b = button(QWizard::CommitButton)) b->setEnabled(true);
    if (currentId() == kWatchOnly) m_watchError->setText(error);
    emit currentPage()->completeChanged();
}

void SetupWizard::done(int result) {
    m_words.clear();
    m_wordsLabel->clear();
    if (result == QDialog::Accepted && !m_createdName.isEmpty()) emit walletReady(m_createdName);
    QWizard::done(result);
}

}  // namespace cairn::ui
