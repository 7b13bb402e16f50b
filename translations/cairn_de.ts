<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>cairn::ui::AboutDialog</name>
        <message>
            <source>About Cairn</source>
            <translation>Über Cairn</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cairn %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cairn %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>A Bitcoin light wallet and block explorer that validates headers and Merkle proofs itself, talking to the peer-to-peer network directly.</source>
            <translation>Eine schlanke Bitcoin-Wallet und ein Block-Explorer, der Header und Merkle-Beweise selbst prüft und direkt mit dem Peer-to-Peer-Netz spricht.</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <source>OpenSSL:</source>
            <translation>OpenSSL:</translation>
        </message>
        <message>
            <source>libsecp256k1:</source>
            <translation>libsecp256k1:</translation>
        </message>
        <message>
            <source>SQLite:</source>
            <translation>SQLite:</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::MainWindow</name>
        <message>
            <source>Mainnet</source>
            <translation>Mainnet</translation>
        </message>
        <message>
            <source>Testnet3</source>
            <translation>Testnet3</translation>
        </message>
        <message>
            <source>Testnet4</source>
            <translation>Testnet4</translation>
        </message>
        <message>
            <source>Signet</source>
            <translation>Signet</translation>
        </message>
        <message>
            <source>Regtest</source>
            <translation>Regtest</translation>
        </message>
        <message>
            <source>Cairn — %1</source>
            <translation>Cairn — %1</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Bereiche</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Balances, sync state and recent activity of the open wallet.</source>
            <translation>Guthaben, Synchronisationsstand und letzte Aktivität der geöffneten Wallet.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Pay one or more addresses, review the fee and sign.</source>
            <translation>An eine oder mehrere Adressen zahlen, die Gebühr prüfen und signieren.</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Fresh addresses and payment requests with QR codes.</source>
            <translation>Neue Adressen und Zahlungsanforderungen mit QR-Codes.</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaktionen</translation>
        </message>
        <message>
            <source>The wallet's history with running balance and labels.</source>
            <translation>Der Verlauf der Wallet mit laufendem Saldo und Bezeichnungen.</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>Explorer</translation>
        </message>
        <message>
            <source>Validated block headers, blocks, transactions and Merkle proofs.</source>
            <translation>Geprüfte Block-Header, Blöcke, Transaktionen und Merkle-Beweise.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Connected peers and header synchronisation.</source>
            <translation>Verbundene Peers und Header-Synchronisation.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Cairn</source>
            <translation>Über &amp;Cairn</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Angehalten</translation>
        </message>
        <message>
            <source>Opening chain database…</source>
            <translation>Ketten-Datenbank wird geöffnet…</translation>
        </message>
        <message numerus="yes">
            <source>No headers yet · %n peer(s)</source>
            <translation>
                <numerusform>Noch keine Header · %n Peer</numerusform>
                <numerusform>Noch keine Header · %n Peers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headers: %1 · %n peer(s)</source>
            <translation>
                <numerusform>Header: %1 · %n Peer</numerusform>
                <numerusform>Header: %1 · %n Peers</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Netzwerk:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemstandard</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Data directory</source>
            <translation>Datenverzeichnis</translation>
        </message>
        <message>
            <source>Platform default</source>
            <translation>Plattformstandard</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <source>Choose data directory</source>
            <translation>Datenverzeichnis wählen</translation>
        </message>
        <message>
            <source>&amp;Data directory:</source>
            <translation>&amp;Datenverzeichnis:</translation>
        </message>
        <message>
            <source>Changes take effect when Cairn is started again.</source>
            <translation>Änderungen werden beim nächsten Start von Cairn wirksam.</translation>
        </message>
    </context>
</TS>
