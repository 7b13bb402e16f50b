<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 BTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::AboutDialog</name>
    <message>
        <source>About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cairn %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Bitcoin light wallet and block explorer that validates headers and Merkle proofs itself, talking to the peer-to-peer network directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsecp256k1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::AddressTableModel</name>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::AddressesPage</name>
    <message>
        <source>Addresses and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by address or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen coin is never picked automatically when you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coin(s) · spendable %1 · frozen %2</source>
        <translation>
            <numerusform>%n coin · spendable %1 · frozen %2</numerusform>
            <numerusform>%n coins · spendable %1 · frozen %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::BalanceChart</name>
    <message>
        <source>No transactions yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::BlockView</name>
    <message>
        <source>Fetch block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the block from a peer and check it against this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the best chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 without witness)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WU (%2 vbytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coinbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::CoinControlDialog</name>
    <message>
        <source>&amp;Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfreeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coin control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the coins this payment may spend. With none ticked, Cairn chooses. Frozen coins are never chosen automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspent coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coin ticked: automatic selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coin(s) ticked, %1 in total.</source>
        <translation>
            <numerusform>%n coin ticked, %1 in total.</numerusform>
            <numerusform>%n coins ticked, %1 in total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::CoinTableModel</name>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n (immature)</source>
        <translation>
            <numerusform>%n (immature)</numerusform>
            <numerusform>%n (immature)</numerusform>
        </translation>
    </message>
    <message>
        <source>Frozen: never spent automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::DifficultyChart</name>
    <message>
        <source>Difficulty by height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::ExplorerPage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height, block hash or transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated block headers, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the Merkle proof from a peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is not in any block fetched so far; open its block first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block at height %1: our best height is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a height nor a 64-digit block hash or transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 is in the open wallet but not in a block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the block from a peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block %1 in our header chain, and no fetched block has such a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get the proof: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::HashLabel</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::HeaderListModel</name>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::HistoryModel</name>
    <message>
        <source>conflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s)</source>
        <translation>
            <numerusform>%n confirmation</numerusform>
            <numerusform>%n confirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::IntervalHistogram</name>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals over the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block interval histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s): median %1, mean %2</source>
        <translation>
            <numerusform>%n interval: median %1, mean %2</numerusform>
            <numerusform>%n intervals: median %1, mean %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::MainWindow</name>
    <message>
        <source>Mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testnet3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testnet4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening chain database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No headers yet · %n peer(s)</source>
        <translation>
            <numerusform>No headers yet · %n peer</numerusform>
            <numerusform>No headers yet · %n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headers: %1 · %n peer(s)</source>
        <translation>
            <numerusform>Headers: %1 · %n peer</numerusform>
            <numerusform>Headers: %1 · %n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet shown in Overview, Send, Receive, Transactions and Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New or restore wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New or restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the watch-only wallet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the wallet “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::MerkleProofView</name>
    <message>
        <source>Merkle proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 of %2 transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: block %1 is not in our validated header chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the proof does not reach the Merkle root of the header at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: re-hashing the path gives another root than the proof claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified against header at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::MerkleTreeWidget</name>
    <message>
        <source>Merkle proof tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 at position %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: sibling %2 on the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merkle root (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root (inconsistent proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling (itself, duplicated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling from the proof</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Peers&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (best peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 headers/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer connected</numerusform>
            <numerusform>%n peers connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immature balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n peer connected</numerusform>
            <numerusform>%n peers connected</numerusform>
        </translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation(s)</source>
        <translation>
            <numerusform>%n confirmation</numerusform>
            <numerusform>%n confirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Wallet scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet scan waits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet scanned up to block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet scan starts once peers are connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the wallet: block %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::PasswordDialog</name>
    <message>
        <source>Wallet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep the wallet unlocked until %n idle minute(s) pass</source>
        <translation>
            <numerusform>&amp;Keep the wallet unlocked until %n idle minute passes</numerusform>
            <numerusform>&amp;Keep the wallet unlocked until %n idle minutes pass</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the wallet unlocked until Tools ▸ Lock now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::PeerTableModel</name>
    <message>
        <source>Protocol version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::QrWidget</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::ReceivePage</name>
    <message>
        <source>&amp;New address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, saved with the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, shown to the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier receive addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “New address”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid amount in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::ReviewDialog</name>
    <message>
        <source>%1 sat/vB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every output. Nothing is signed until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs of the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (back to this wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1 (%2, %3 vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: unknown (the PSBT lacks the amounts of some inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total leaving the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spends %n coin(s).</source>
        <translation>
            <numerusform>Spends %n coin.</numerusform>
            <numerusform>Spends %n coins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::SendPage</name>
    <message>
        <source>mainnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testnet3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testnet4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow fee &amp;bumping later (RBF, BIP125)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve PSBT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste payment URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the form from a bitcoin: link on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy (%1 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (%1 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (%1 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fee rate in sat/vB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sat/vB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oin control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load PSBT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID, opens the explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PSBT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSBT files (*.psbt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load PSBT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSBT files (*.psbt *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and create PSBT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitcoin address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything the chosen coins hold, minus the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic coin selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid payment URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the payee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from a payment request. Check it, then review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 address; Cairn is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid amount in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount or tick Max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee and size appear here once the recipients are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coin(s) chosen by hand</source>
        <translation>
            <numerusform>%n coin chosen by hand</numerusform>
            <numerusform>%n coins chosen by hand</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fee rate (sat/vB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bump fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the replacement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child pays for parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the child transaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PSBT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a payment of %1 plus a fee of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and broadcasting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSBT saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded from %1: %2 of %n input(s) signed.</source>
        <translation>
            <numerusform>Loaded from %1: %2 of %n input signed.</numerusform>
            <numerusform>Loaded from %1: %2 of %n inputs signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fee %1 at %2 · %3 vB · change %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces an unconfirmed transaction with one paying a higher fee (BIP125).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spends an unconfirmed output so that both transactions confirm sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. Broadcasting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed what this wallet can sign; other signatures are still missing. Save the PSBT for the other signers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Transaction ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when Cairn is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect only to these peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One host:port per line; empty: find peers automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. 127.0.0.1:9050 for Tor; empty: direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5 &amp;proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy must be host:port with a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a peer address of the form host:port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::SetupWizard</name>
    <message>
        <source>Native SegWit (BIP84, bc1q…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taproot (BIP86, bc1p…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested SegWit (BIP49, 3…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (BIP44, 1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no wallet yet. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;watch-only wallet (xpub or descriptor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIP39 passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; leave empty if you never set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); 12, 15, 18, 21 or 24 are expected.</source>
        <translation>
            <numerusform>%n word; 12, 15, 18, 21 or 24 are expected.</numerusform>
            <numerusform>%n words; 12, 15, 18, 21 or 24 are expected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch-only wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an extended public key (xpub, ypub, zpub, tpub…) or an output descriptor. Cairn can watch its addresses but cannot spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended public key or descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the key or descriptor says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key or descriptor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: use a longer password or a few random words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: a few more characters would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts the wallet file on this computer. It is not part of your recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the only way to restore this wallet. Keep them offline; anyone who has them can take your coins. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm three words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the requested words to show that you wrote them down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation word %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The watch-only wallet “%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet “%1” is ready. Cairn will now look for its transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your 12 to 24 words, separated by spaces. Suggestions from the BIP39 word list appear while you type; the checksum is checked as soon as the count is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn looks for transactions from this block on. When unsure, leave 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning from about block %1 (four weeks before that date, to be safe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn scans from the start: on this network, or this early, a date gives no later height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12, 15, 18, 21 or 24 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) so far…</source>
        <translation>
            <numerusform>%n word so far…</numerusform>
            <numerusform>%n words so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the BIP39 word list: word %1.</source>
        <translation>
            <numerusform>Not in the BIP39 word list: word %1.</numerusform>
            <numerusform>Not in the BIP39 word list: words %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s), but the checksum does not match: a word or the order is wrong.</source>
        <translation>
            <numerusform>%n word, but the checksum does not match: a word or the order is wrong.</numerusform>
            <numerusform>%n words, but the checksum does not match: a word or the order is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n valid recovery word(s) with a correct checksum.</source>
        <translation>
            <numerusform>✓ %n valid recovery word with a correct checksum.</numerusform>
            <numerusform>✓ %n valid recovery words with a correct checksum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::SignMessageDialog</name>
    <message>
        <source>Sign / verify message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address that signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ignature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The signature is valid for this address and message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The signature does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of this wallet&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a message with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy (P2PKH), nested and native SegWit addresses sign with BIP137; Taproot addresses with BIP322.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::SyncStatusWidget</name>
    <message>
        <source>Header sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers synced at height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing headers: %1 of %2 · %3 headers/s · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% · %2 headers/s · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign / verify message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet &amp;info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet files (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan from height…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the wallet&apos;s transactions again from block height (0: the whole chain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet locked; signing asks for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rescan finished: %n transaction(s) found.</source>
        <translation>
            <numerusform>Rescan finished: %n transaction found.</numerusform>
            <numerusform>Rescan finished: %n transactions found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescanning from height %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::TransactionsPage</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;labels (BIP329)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by label or transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) loaded; scroll for more</source>
        <translation>
            <numerusform>%n transaction loaded; scroll for more</numerusform>
            <numerusform>%n transactions loaded; scroll for more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Merkle proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bump fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed up with a &amp;child (CPFP)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIP329 label files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ui::TxView</name>
    <message>
        <source>Merkle proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Merkle proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prove that this transaction is in its block, against our validated header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scriptSig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scriptPubKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Outputs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coinbase transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 in block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (%2 without witness), %3 vbytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 WU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (coinbase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the values of the spent outputs are not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 sat/vB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coinbase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::ui::WalletInfoDialog</name>
    <message>
        <source>Wallet info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account extended public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the extended public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with these keys can see every transaction of the account, but cannot spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transaction(s), %8 addresses derived&lt;br&gt;Key protection: %9</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transaction, %8 addresses derived&lt;br&gt;Key protection: %9</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transactions, %8 addresses derived&lt;br&gt;Key protection: %9</numerusform>
        </translation>
    </message>
    <message>
        <source>watch-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with private keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (watch-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(descriptor account: see the descriptors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
