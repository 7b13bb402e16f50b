<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>cairn::ui::AboutDialog</name>
        <message>
            <source>About Cairn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Cairn %1&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Bitcoin light wallet and block explorer that validates headers and Merkle proofs itself, talking to the peer-to-peer network directly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OpenSSL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>libsecp256k1:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cairn::ui::MainWindow</name>
        <message>
            <source>Mainnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testnet3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testnet4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regtest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cairn — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Balances, sync state and recent activity of the open wallet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pay one or more addresses, review the fee and sign.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fresh addresses and payment requests with QR codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transactions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wallet's history with running balance and labels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explorer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Validated block headers, blocks, transactions and Merkle proofs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected peers and header synchronisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Cairn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening chain database…</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cairn::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Platform default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose data directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Data directory:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes take effect when Cairn is started again.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
