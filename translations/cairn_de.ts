<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>DisplayFormat</name>
        <message>
            <source>%1 BTC</source>
            <translation>%1 BTC</translation>
        </message>
        <message>
            <source>%1 UTC</source>
            <translation>%1 UTC</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 T %2 h</translation>
        </message>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
        <message>
            <source>%1 KiB</source>
            <translation>%1 KiB</translation>
        </message>
        <message>
            <source>%1 MiB</source>
            <translation>%1 MiB</translation>
        </message>
        <message>
            <source>%1 GiB</source>
            <translation>%1 GiB</translation>
        </message>
    </context>
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
        <name>cairn::ui::AddressTableModel</name>
        <message>
            <source>change</source>
            <translation>Wechselgeld</translation>
        </message>
        <message>
            <source>receive</source>
            <translation>Empfang</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Kette</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Benutzt</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::AddressesPage</name>
        <message>
            <source>Addresses and coins</source>
            <translation>Adressen und Münzen</translation>
        </message>
        <message>
            <source>Search addresses</source>
            <translation>Adressen durchsuchen</translation>
        </message>
        <message>
            <source>Search by address or label</source>
            <translation>Nach Adresse oder Bezeichnung suchen</translation>
        </message>
        <message>
            <source>Show addresses</source>
            <translation>Angezeigte Adressen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Benutzt</translation>
        </message>
        <message>
            <source>Unused</source>
            <translation>Unbenutzt</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wechselgeld</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Münzen</translation>
        </message>
        <message>
            <source>A frozen coin is never picked automatically when you send.</source>
            <translation>Eine eingefrorene Münze wird beim Senden nie automatisch ausgewählt.</translation>
        </message>
        <message>
            <source>&amp;Addresses</source>
            <translation>&amp;Adressen</translation>
        </message>
        <message>
            <source>C&amp;oins</source>
            <translation>&amp;Münzen</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Keine Wallet geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) · spendable %1 · frozen %2</source>
            <translation>
                <numerusform>%n Münze · verfügbar %1 · eingefroren %2</numerusform>
                <numerusform>%n Münzen · verfügbar %1 · eingefroren %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BalanceChart</name>
        <message>
            <source>No transactions yet</source>
            <translation>Noch keine Transaktionen</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BlockView</name>
        <message>
            <source>Fetch block</source>
            <translation>Block abrufen</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Bestätigungen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Previous block</source>
            <translation>Vorheriger Block</translation>
        </message>
        <message>
            <source>Next block</source>
            <translation>Nächster Block</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Merkle-Wurzel</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Bits</source>
            <translation>Bits</translation>
        </message>
        <message>
            <source>Nonce</source>
            <translation>Nonce</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Chain work</source>
            <translation>Kettenarbeit</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaktionen</translation>
        </message>
        <message>
            <source>Download the block from a peer and check it against this header</source>
            <translation>Den Block von einem Peer laden und gegen diesen Header prüfen</translation>
        </message>
        <message>
            <source>Transactions of the block</source>
            <translation>Transaktionen des Blocks</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Transaktions-ID</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingänge</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Ausgänge</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Summe der Ausgänge</translation>
        </message>
        <message>
            <source>not fetched</source>
            <translation>nicht abgerufen</translation>
        </message>
        <message>
            <source>Block %1</source>
            <translation>Block %1</translation>
        </message>
        <message>
            <source>not in the best chain</source>
            <translation>nicht in der besten Kette</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>0x%1 (%2)</source>
            <translation>0x%1 (%2)</translation>
        </message>
        <message>
            <source>%1 bytes (%2 without witness)</source>
            <translation>%1 Bytes (%2 ohne Witness)</translation>
        </message>
        <message>
            <source>%1 WU (%2 vbytes)</source>
            <translation>%1 WU (%2 vBytes)</translation>
        </message>
        <message>
            <source>coinbase</source>
            <translation>Coinbase</translation>
        </message>
        <message>
            <source>%1 vB</source>
            <translation>%1 vB</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Passwort ändern</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Aktuelles Passwort</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Passwort</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Neues Passwort wiederholen</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Aktuelles Passwort:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Neues Passwort:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Die Passwörter unterscheiden sich.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinControlDialog</name>
        <message>
            <source>&amp;Freeze</source>
            <translation>&amp;Einfrieren</translation>
        </message>
        <message>
            <source>&amp;Unfreeze</source>
            <translation>&amp;Auftauen</translation>
        </message>
        <message>
            <source>Coin control</source>
            <translation>Münzauswahl</translation>
        </message>
        <message>
            <source>Tick the coins this payment may spend. With none ticked, Cairn chooses. Frozen coins are never chosen automatically.</source>
            <translation>Haken Sie die Münzen an, die diese Zahlung ausgeben darf. Ohne Haken wählt Cairn. Eingefrorene Münzen werden nie automatisch gewählt.</translation>
        </message>
        <message>
            <source>Unspent coins</source>
            <translation>Unausgegebene Münzen</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Verwenden</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Bestätigungen</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>eingefroren</translation>
        </message>
        <message>
            <source>immature</source>
            <translation>unreif</translation>
        </message>
        <message>
            <source>spendable</source>
            <translation>ausgebbar</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>unbestätigt</translation>
        </message>
        <message>
            <source>No coin ticked: automatic selection.</source>
            <translation>Keine Münze angehakt: automatische Auswahl.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) ticked, %1 in total.</source>
            <translation>
                <numerusform>%n Münze angehakt, insgesamt %1.</numerusform>
                <numerusform>%n Münzen angehakt, insgesamt %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinTableModel</name>
        <message>
            <source>unconfirmed</source>
            <translation>unbestätigt</translation>
        </message>
        <message numerus="yes">
            <source>%n (immature)</source>
            <translation>
                <numerusform>%n (nicht gereift)</numerusform>
                <numerusform>%n (nicht gereift)</numerusform>
            </translation>
        </message>
        <message>
            <source>Frozen: never spent automatically</source>
            <translation>Eingefroren: wird nie automatisch ausgegeben</translation>
        </message>
        <message>
            <source>Spendable</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>eingefroren</translation>
        </message>
        <message>
            <source>not frozen</source>
            <translation>nicht eingefroren</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Eingefroren</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Bestätigungen</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::DifficultyChart</name>
        <message>
            <source>Difficulty by height</source>
            <translation>Schwierigkeit nach Höhe</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Difficulty chart</source>
            <translation>Schwierigkeitsdiagramm</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ExplorerPage</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Vorwärts</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Blöcke</translation>
        </message>
        <message>
            <source>Show the block list</source>
            <translation>Blockliste anzeigen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Height, block hash or transaction id</source>
            <translation>Höhe, Block-Hash oder Transaktions-ID</translation>
        </message>
        <message>
            <source>Validated block headers, newest first</source>
            <translation>Geprüfte Block-Header, neueste zuerst</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Diagramme</translation>
        </message>
        <message>
            <source>Fetching the Merkle proof from a peer…</source>
            <translation>Merkle-Beweis wird von einem Peer geladen …</translation>
        </message>
        <message>
            <source>Transaction %1 is not in any block fetched so far; open its block first.</source>
            <translation>Transaktion %1 ist in keinem bisher abgerufenen Block; öffnen Sie zuerst ihren Block.</translation>
        </message>
        <message>
            <source>No block at height %1: our best height is %2.</source>
            <translation>Kein Block auf Höhe %1: unsere beste Höhe ist %2.</translation>
        </message>
        <message>
            <source>“%1” is neither a height nor a 64-digit block hash or transaction id.</source>
            <translation>„%1“ ist weder eine Höhe noch ein 64-stelliger Block-Hash oder eine Transaktions-ID.</translation>
        </message>
        <message>
            <source>Transaction %1 is in the open wallet but not in a block yet.</source>
            <translation>Transaktion %1 gehört zur geöffneten Wallet, ist aber noch in keinem Block.</translation>
        </message>
        <message>
            <source>Fetching the block from a peer…</source>
            <translation>Block wird von einem Peer geladen …</translation>
        </message>
        <message>
            <source>No block %1 in our header chain, and no fetched block has such a transaction.</source>
            <translation>Kein Block %1 in unserer Header-Kette, und kein abgerufener Block enthält eine solche Transaktion.</translation>
        </message>
        <message>
            <source>Could not fetch the block: %1</source>
            <translation>Block konnte nicht abgerufen werden: %1</translation>
        </message>
        <message>
            <source>Could not get the proof: %1</source>
            <translation>Beweis konnte nicht geladen werden: %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HashLabel</name>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HeaderListModel</name>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Block hash</source>
            <translation>Block-Hash</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Schwierigkeit</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HistoryModel</name>
        <message>
            <source>conflicted</source>
            <translation>im Konflikt</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>aufgegeben</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>unbestätigt</translation>
        </message>
        <message numerus="yes">
            <source>%n confirmation(s)</source>
            <translation>
                <numerusform>%n Bestätigung</numerusform>
                <numerusform>%n Bestätigungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Fee: %1</source>
            <translation>Gebühr: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>Transaktions-ID</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::IntervalHistogram</name>
        <message>
            <source>Blocks</source>
            <translation>Blöcke</translation>
        </message>
        <message>
            <source>Block intervals over the last</source>
            <translation>Blockabstände der letzten</translation>
        </message>
        <message>
            <source>Number of blocks</source>
            <translation>Anzahl der Blöcke</translation>
        </message>
        <message>
            <source>%1 blocks</source>
            <translation>%1 Blöcke</translation>
        </message>
        <message>
            <source>Time between blocks</source>
            <translation>Zeit zwischen Blöcken</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <source>Block interval histogram</source>
            <translation>Histogramm der Blockabstände</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>not enough blocks</source>
            <translation>zu wenige Blöcke</translation>
        </message>
        <message numerus="yes">
            <source>%n interval(s): median %1, mean %2</source>
            <translation>
                <numerusform>%n Abstand: Median %1, Mittel %2</numerusform>
                <numerusform>%n Abstände: Median %1, Mittel %2</numerusform>
            </translation>
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
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaktionen</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>Explorer</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
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
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Open wallet</source>
            <translation>Geöffnete Wallet</translation>
        </message>
        <message>
            <source>The wallet shown in Overview, Send, Receive, Transactions and Addresses</source>
            <translation>Die Wallet, die Übersicht, Senden, Empfangen, Transaktionen und Adressen zeigen</translation>
        </message>
        <message>
            <source>&amp;Wallet:</source>
            <translation>&amp;Wallet:</translation>
        </message>
        <message>
            <source>&amp;New or restore wallet…</source>
            <translation>&amp;Neue oder wiederhergestellte Wallet…</translation>
        </message>
        <message>
            <source>Cairn</source>
            <translation>Cairn</translation>
        </message>
        <message>
            <source>New or restore…</source>
            <translation>Neu oder wiederherstellen…</translation>
        </message>
        <message>
            <source>Opened the watch-only wallet “%1”.</source>
            <translation>Die Nur-Beobachten-Wallet „%1“ ist geöffnet.</translation>
        </message>
        <message>
            <source>Opened the wallet “%1”.</source>
            <translation>Die Wallet „%1“ ist geöffnet.</translation>
        </message>
        <message>
            <source>%1 received in “%2”.</source>
            <translation>%1 in „%2“ empfangen.</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>Zahlung eingegangen</translation>
        </message>
        <message>
            <source>Cairn — %1 — %2</source>
            <translation>Cairn — %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::MerkleProofView</name>
        <message>
            <source>Merkle proof</source>
            <translation>Merkle-Beweis</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Transaktions-ID</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Merkle-Wurzel</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Sibling hashes</source>
            <translation>Geschwister-Hashes</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Sibling hash</source>
            <translation>Geschwister-Hash</translation>
        </message>
        <message>
            <source>unknown block</source>
            <translation>unbekannter Block</translation>
        </message>
        <message>
            <source>#%1 of %2 transactions</source>
            <translation>Nr. %1 von %2 Transaktionen</translation>
        </message>
        <message>
            <source>Not verified: block %1 is not in our validated header chain</source>
            <translation>Nicht bestätigt: Block %1 ist nicht in unserer geprüften Header-Kette</translation>
        </message>
        <message>
            <source>Not verified: the proof does not reach the Merkle root of the header at height %1</source>
            <translation>Nicht bestätigt: der Beweis erreicht nicht die Merkle-Wurzel des Headers auf Höhe %1</translation>
        </message>
        <message>
            <source>Not verified: re-hashing the path gives another root than the proof claims</source>
            <translation>Nicht bestätigt: das Nachrechnen des Pfads ergibt eine andere Wurzel als der Beweis angibt</translation>
        </message>
        <message>
            <source>✔ Verified against header at height %1</source>
            <translation>✔ Bestätigt gegen den Header auf Höhe %1</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::MerkleTreeWidget</name>
        <message>
            <source>Merkle proof tree</source>
            <translation>Merkle-Beweisbaum</translation>
        </message>
        <message>
            <source>Transaction %1 at position %2 of %3</source>
            <translation>Transaktion %1 an Position %2 von %3</translation>
        </message>
        <message>
            <source>level %1: sibling %2 on the %3</source>
            <translation>Ebene %1: Geschwister %2 %3</translation>
        </message>
        <message>
            <source>right</source>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <translation>links</translation>
        </message>
        <message>
            <source>root %1</source>
            <translation>Wurzel %1</translation>
        </message>
        <message>
            <source>Merkle root (computed)</source>
            <translation>Merkle-Wurzel (berechnet)</translation>
        </message>
        <message>
            <source>root (inconsistent proof)</source>
            <translation>Wurzel (widersprüchlicher Beweis)</translation>
        </message>
        <message>
            <source>transaction #%1</source>
            <translation>Transaktion Nr. %1</translation>
        </message>
        <message>
            <source>node on the path</source>
            <translation>Knoten auf dem Pfad</translation>
        </message>
        <message>
            <source>sibling (itself, duplicated)</source>
            <translation>Geschwister (sich selbst, verdoppelt)</translation>
        </message>
        <message>
            <source>sibling from the proof</source>
            <translation>Geschwister aus dem Beweis</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Header synchronisation</source>
            <translation>Header-Synchronisation</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Fortschritt der Header-Synchronisation</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Geschwindigkeit</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Verbleibende Zeit</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Peers</translation>
        </message>
        <message>
            <source>Connected peers</source>
            <translation>Verbundene Peers</translation>
        </message>
        <message>
            <source>&lt;b&gt;Peers&lt;/b&gt;</source>
            <translation>&lt;b&gt;Peers&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Trennen</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Disconnect from the network</source>
            <translation>Vom Netzwerk trennen</translation>
        </message>
        <message>
            <source>Connect to the network</source>
            <translation>Mit dem Netzwerk verbinden</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>%1 of %2 (best peer)</source>
            <translation>%1 von %2 (bester Peer)</translation>
        </message>
        <message>
            <source>%1 headers/s</source>
            <translation>%1 Header/s</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>synchronisiert</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n Peer verbunden</numerusform>
                <numerusform>%n Peers verbunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Confirmed:</source>
            <translation>Bestätigt:</translation>
        </message>
        <message>
            <source>Unconfirmed:</source>
            <translation>Unbestätigt:</translation>
        </message>
        <message>
            <source>Immature:</source>
            <translation>Unreif:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Gesamt:</translation>
        </message>
        <message>
            <source>Confirmed balance</source>
            <translation>Bestätigtes Guthaben</translation>
        </message>
        <message>
            <source>Unconfirmed balance</source>
            <translation>Unbestätigtes Guthaben</translation>
        </message>
        <message>
            <source>Immature balance</source>
            <translation>Unreifes Guthaben</translation>
        </message>
        <message>
            <source>Total balance</source>
            <translation>Gesamtguthaben</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Fortschritt der Header-Synchronisation</translation>
        </message>
        <message>
            <source>Recent transactions</source>
            <translation>Letzte Transaktionen</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Balance over time</source>
            <translation>Guthaben im Zeitverlauf</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n Peer verbunden</numerusform>
                <numerusform>%n Peers verbunden</numerusform>
            </translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>unbestätigt</translation>
        </message>
        <message numerus="yes">
            <source>%n confirmation(s)</source>
            <translation>
                <numerusform>%n Bestätigung</numerusform>
                <numerusform>%n Bestätigungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Wallet scan progress</source>
            <translation>Fortschritt der Wallet-Suche</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Keine Wallet geöffnet.</translation>
        </message>
        <message>
            <source>Wallet scan waits: %1</source>
            <translation>Wallet-Suche wartet: %1</translation>
        </message>
        <message>
            <source>Wallet scanned up to block %1.</source>
            <translation>Wallet bis Block %1 durchsucht.</translation>
        </message>
        <message>
            <source>The wallet scan starts once peers are connected.</source>
            <translation>Die Wallet-Suche beginnt, sobald Peers verbunden sind.</translation>
        </message>
        <message>
            <source>Scanning the wallet: block %1 of %2.</source>
            <translation>Wallet wird durchsucht: Block %1 von %2.</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bestätigt</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PasswordDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>Wallet-Passwort</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Keep the wallet unlocked until %n idle minute(s) pass</source>
            <translation>
                <numerusform>Wallet &amp;entsperrt lassen, bis %n Minute ohne Aktivität vergangen ist</numerusform>
                <numerusform>Wallet &amp;entsperrt lassen, bis %n Minuten ohne Aktivität vergangen sind</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep the wallet unlocked until Tools ▸ Lock now</source>
            <translation>Wallet &amp;entsperrt lassen bis Werkzeuge ▸ Jetzt sperren</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PeerTableModel</name>
        <message>
            <source>Protocol version %1</source>
            <translation>Protokollversion %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Verbinde</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Eingehend</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>User agent</source>
            <translation>User-Agent</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Dienste</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Höhe</translation>
        </message>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::QrWidget</name>
        <message>
            <source>QR code</source>
            <translation>QR-Code</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ReceivePage</name>
        <message>
            <source>&amp;New address</source>
            <translation>&amp;Neue Adresse</translation>
        </message>
        <message>
            <source>Copy &amp;address</source>
            <translation>&amp;Adresse kopieren</translation>
        </message>
        <message>
            <source>Copy &amp;URI</source>
            <translation>&amp;URI kopieren</translation>
        </message>
        <message>
            <source>Save &amp;QR…</source>
            <translation>&amp;QR speichern…</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Adresstyp</translation>
        </message>
        <message>
            <source>Receive address</source>
            <translation>Empfangsadresse</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Angeforderter Betrag</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>optional, saved with the address</source>
            <translation>optional, wird mit der Adresse gespeichert</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>optional, shown to the payer</source>
            <translation>optional, wird dem Zahler angezeigt</translation>
        </message>
        <message>
            <source>Payment request URI</source>
            <translation>URI der Zahlungsanforderung</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>Adress&amp;typ:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Betrag:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Bezeichnung:</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>&amp;Nachricht:</translation>
        </message>
        <message>
            <source>URI:</source>
            <translation>URI:</translation>
        </message>
        <message>
            <source>Earlier receive addresses</source>
            <translation>Frühere Empfangsadressen</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Benutzt</translation>
        </message>
        <message>
            <source>Earlier addresses</source>
            <translation>Frühere Adressen</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Keine Wallet geöffnet.</translation>
        </message>
        <message>
            <source>Press “New address”.</source>
            <translation>Drücken Sie „Neue Adresse“.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>Kein gültiger Betrag in %1.</translation>
        </message>
        <message>
            <source>Save QR code</source>
            <translation>QR-Code speichern</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ReviewDialog</name>
        <message>
            <source>%1 sat/vB</source>
            <translation>%1 sat/vB</translation>
        </message>
        <message>
            <source>Review transaction</source>
            <translation>Transaktion prüfen</translation>
        </message>
        <message>
            <source>Check every output. Nothing is signed until you confirm.</source>
            <translation>Prüfen Sie jeden Ausgang. Nichts wird signiert, bevor Sie bestätigen.</translation>
        </message>
        <message>
            <source>Outputs of the transaction</source>
            <translation>Ausgänge der Transaktion</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Zahlung</translation>
        </message>
        <message>
            <source>Change (back to this wallet)</source>
            <translation>Wechselgeld (zurück an diese Wallet)</translation>
        </message>
        <message>
            <source>Fee: %1 (%2, %3 vB)</source>
            <translation>Gebühr: %1 (%2, %3 vB)</translation>
        </message>
        <message>
            <source>Fee: unknown (the PSBT lacks the amounts of some inputs)</source>
            <translation>Gebühr: unbekannt (dem PSBT fehlen die Beträge einiger Eingänge)</translation>
        </message>
        <message>
            <source>Total leaving the wallet: %1</source>
            <translation>Insgesamt verlässt die Wallet: %1</translation>
        </message>
        <message numerus="yes">
            <source>Spends %n coin(s).</source>
            <translation>
                <numerusform>Gibt %n Münze aus.</numerusform>
                <numerusform>Gibt %n Münzen aus.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SendPage</name>
        <message>
            <source>mainnet</source>
            <translation>Mainnet</translation>
        </message>
        <message>
            <source>testnet</source>
            <translation>Testnet</translation>
        </message>
        <message>
            <source>regtest</source>
            <translation>Regtest</translation>
        </message>
        <message>
            <source>testnet3</source>
            <translation>Testnet3</translation>
        </message>
        <message>
            <source>testnet4</source>
            <translation>Testnet4</translation>
        </message>
        <message>
            <source>signet</source>
            <translation>Signet</translation>
        </message>
        <message>
            <source>Allow fee &amp;bumping later (RBF, BIP125)</source>
            <translation>Spätere Gebühren&amp;anhebung erlauben (RBF, BIP125)</translation>
        </message>
        <message>
            <source>Sa&amp;ve PSBT…</source>
            <translation>PSBT &amp;speichern…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>&amp;Add recipient</source>
            <translation>Empfänger &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Paste payment URI</source>
            <translation>Zahlungs-URI &amp;einfügen</translation>
        </message>
        <message>
            <source>Fills the form from a bitcoin: link on the clipboard</source>
            <translation>Füllt das Formular aus einem bitcoin:-Link in der Zwischenablage</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Empfänger</translation>
        </message>
        <message>
            <source>Fee rate</source>
            <translation>Gebührensatz</translation>
        </message>
        <message>
            <source>Economy (%1 sat/vB)</source>
            <translation>Sparsam (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Normal (%1 sat/vB)</source>
            <translation>Normal (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Priority (%1 sat/vB)</source>
            <translation>Vorrang (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Eigene</translation>
        </message>
        <message>
            <source>Custom fee rate in sat/vB</source>
            <translation>Eigener Gebührensatz in sat/vB</translation>
        </message>
        <message>
            <source> sat/vB</source>
            <translation> sat/vB</translation>
        </message>
        <message>
            <source>C&amp;oin control…</source>
            <translation>&amp;Münzauswahl…</translation>
        </message>
        <message>
            <source>Fee and coins</source>
            <translation>Gebühr und Münzen</translation>
        </message>
        <message>
            <source>&amp;Fee rate:</source>
            <translation>&amp;Gebührensatz:</translation>
        </message>
        <message>
            <source>Coins:</source>
            <translation>Münzen:</translation>
        </message>
        <message>
            <source>&amp;Load PSBT…</source>
            <translation>PSBT &amp;laden…</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>Zu&amp;rücksetzen</translation>
        </message>
        <message>
            <source>Transaction ID, opens the explorer</source>
            <translation>Transaktions-ID, öffnet den Explorer</translation>
        </message>
        <message>
            <source>Save PSBT</source>
            <translation>PSBT speichern</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt);;All files (*)</source>
            <translation>PSBT-Dateien (*.psbt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Load PSBT</source>
            <translation>PSBT laden</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt *.txt);;All files (*)</source>
            <translation>PSBT-Dateien (*.psbt *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Review and create PSBT…</source>
            <translation>&amp;Prüfen und PSBT erstellen…</translation>
        </message>
        <message>
            <source>&amp;Review and send…</source>
            <translation>&amp;Prüfen und senden…</translation>
        </message>
        <message>
            <source>Bitcoin address</source>
            <translation>Bitcoin-Adresse</translation>
        </message>
        <message>
            <source>Recipient address</source>
            <translation>Empfängeradresse</translation>
        </message>
        <message>
            <source>Label (optional)</source>
            <translation>Bezeichnung (optional)</translation>
        </message>
        <message>
            <source>Recipient label</source>
            <translation>Bezeichnung des Empfängers</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Amount in %1</source>
            <translation>Betrag in %1</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max.</translation>
        </message>
        <message>
            <source>Send everything the chosen coins hold, minus the fee</source>
            <translation>Alles senden, was die gewählten Münzen enthalten, abzüglich der Gebühr</translation>
        </message>
        <message>
            <source>Remove this recipient</source>
            <translation>Diesen Empfänger entfernen</translation>
        </message>
        <message>
            <source>Remove recipient</source>
            <translation>Empfänger entfernen</translation>
        </message>
        <message>
            <source>Automatic coin selection</source>
            <translation>Automatische Münzauswahl</translation>
        </message>
        <message>
            <source>Not a valid payment URI: %1</source>
            <translation>Keine gültige Zahlungs-URI: %1</translation>
        </message>
        <message>
            <source>Message from the payee: %1</source>
            <translation>Nachricht des Zahlungsempfängers: %1</translation>
        </message>
        <message>
            <source>Filled in from a payment request. Check it, then review.</source>
            <translation>Aus einer Zahlungsanforderung ausgefüllt. Kontrollieren Sie es, dann prüfen.</translation>
        </message>
        <message>
            <source>This is a %1 address; Cairn is on %2.</source>
            <translation>Dies ist eine %1-Adresse; Cairn ist im %2.</translation>
        </message>
        <message>
            <source>Not a valid address: %1</source>
            <translation>Keine gültige Adresse: %1</translation>
        </message>
        <message>
            <source>Enter an address.</source>
            <translation>Geben Sie eine Adresse ein.</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>Kein gültiger Betrag in %1.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Der Betrag muss größer als null sein.</translation>
        </message>
        <message>
            <source>Enter an amount or tick Max.</source>
            <translation>Geben Sie einen Betrag ein oder haken Sie Max. an.</translation>
        </message>
        <message>
            <source>Fee and size appear here once the recipients are complete.</source>
            <translation>Gebühr und Größe erscheinen hier, sobald die Empfänger vollständig sind.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) chosen by hand</source>
            <translation>
                <numerusform>%n Münze von Hand gewählt</numerusform>
                <numerusform>%n Münzen von Hand gewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix the marked fields first.</source>
            <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
        </message>
        <message>
            <source>Building the transaction…</source>
            <translation>Transaktion wird erstellt …</translation>
        </message>
        <message>
            <source>New fee rate (sat/vB):</source>
            <translation>Neuer Gebührensatz (sat/vB):</translation>
        </message>
        <message>
            <source>Bump fee</source>
            <translation>Gebühr erhöhen</translation>
        </message>
        <message>
            <source>Building the replacement…</source>
            <translation>Ersatz wird erstellt …</translation>
        </message>
        <message>
            <source>Child pays for parent</source>
            <translation>Kind zahlt für Eltern (CPFP)</translation>
        </message>
        <message>
            <source>Building the child transaction…</source>
            <translation>Kind-Transaktion wird erstellt …</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>Signieren und senden</translation>
        </message>
        <message>
            <source>Save PSBT…</source>
            <translation>PSBT speichern…</translation>
        </message>
        <message>
            <source>Broadcast</source>
            <translation>Senden ins Netz</translation>
        </message>
        <message>
            <source>Sign and broadcast</source>
            <translation>Signieren und ins Netz senden</translation>
        </message>
        <message>
            <source>Cancelled; nothing was signed.</source>
            <translation>Abgebrochen; nichts wurde signiert.</translation>
        </message>
        <message>
            <source>Sign a payment of %1 plus a fee of %2.</source>
            <translation>Eine Zahlung von %1 plus %2 Gebühr signieren.</translation>
        </message>
        <message>
            <source>Broadcasting…</source>
            <translation>Wird ins Netz gesendet …</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Wird signiert …</translation>
        </message>
        <message>
            <source>Signing and broadcasting…</source>
            <translation>Wird signiert und ins Netz gesendet …</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>PSBT saved to %1.</source>
            <translation>PSBT in %1 gespeichert.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Cannot use %1: %2</source>
            <translation>%1 ist nicht verwendbar: %2</translation>
        </message>
        <message numerus="yes">
            <source>Loaded from %1: %2 of %n input(s) signed.</source>
            <translation>
                <numerusform>Aus %1 geladen: %2 von %n Eingang signiert.</numerusform>
                <numerusform>Aus %1 geladen: %2 von %n Eingängen signiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fee %1 at %2 · %3 vB · change %4</source>
            <translation>Gebühr %1 bei %2 · %3 vB · Wechselgeld %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keins</translation>
        </message>
        <message>
            <source>Replaces an unconfirmed transaction with one paying a higher fee (BIP125).</source>
            <translation>Ersetzt eine unbestätigte Transaktion durch eine mit höherer Gebühr (BIP125).</translation>
        </message>
        <message>
            <source>Spends an unconfirmed output so that both transactions confirm sooner.</source>
            <translation>Gibt einen unbestätigten Ausgang aus, damit beide Transaktionen früher bestätigt werden.</translation>
        </message>
        <message>
            <source>Signed. Broadcasting…</source>
            <translation>Signiert. Wird ins Netz gesendet …</translation>
        </message>
        <message>
            <source>Signed what this wallet can sign; other signatures are still missing. Save the PSBT for the other signers.</source>
            <translation>Signiert, was diese Wallet signieren kann; andere Signaturen fehlen noch. Speichern Sie das PSBT für die anderen Unterzeichner.</translation>
        </message>
        <message>
            <source>Sent. Transaction ID:</source>
            <translation>Gesendet. Transaktions-ID:</translation>
        </message>
        <message>
            <source>No transaction possible: %1</source>
            <translation>Keine Transaktion möglich: %1</translation>
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
            <translation>Standard der Plattform</translation>
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
        <message>
            <source>Connect only to these peers</source>
            <translation>Nur mit diesen Peers verbinden</translation>
        </message>
        <message>
            <source>One host:port per line; empty: find peers automatically</source>
            <translation>Ein host:port pro Zeile; leer: Peers automatisch finden</translation>
        </message>
        <message>
            <source>&amp;Peers:</source>
            <translation>&amp;Peers:</translation>
        </message>
        <message>
            <source>SOCKS5 proxy</source>
            <translation>SOCKS5-Proxy</translation>
        </message>
        <message>
            <source>host:port, e.g. 127.0.0.1:9050 for Tor; empty: direct</source>
            <translation>host:port, z. B. 127.0.0.1:9050 für Tor; leer: direkt</translation>
        </message>
        <message>
            <source>SOCKS5 &amp;proxy:</source>
            <translation>SOCKS5-&amp;Proxy:</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Anzeigeeinheit</translation>
        </message>
        <message>
            <source>Display &amp;unit:</source>
            <translation>Anzeige&amp;einheit:</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>Auto-lock after idle minutes</source>
            <translation>Automatisch sperren nach Minuten ohne Aktivität</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Auto-lock after:</source>
            <translation>&amp;Automatisch sperren nach:</translation>
        </message>
        <message>
            <source>The proxy must be host:port with a port from 1 to 65535.</source>
            <translation>Der Proxy muss host:port mit einem Port von 1 bis 65535 sein.</translation>
        </message>
        <message>
            <source>“%1” is not a peer address of the form host:port.</source>
            <translation>„%1“ ist keine Peer-Adresse der Form host:port.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SetupWizard</name>
        <message>
            <source>Native SegWit (BIP84, bc1q…)</source>
            <translation>Native SegWit (BIP84, bc1q…)</translation>
        </message>
        <message>
            <source>Taproot (BIP86, bc1p…)</source>
            <translation>Taproot (BIP86, bc1p…)</translation>
        </message>
        <message>
            <source>Nested SegWit (BIP49, 3…)</source>
            <translation>Verschachteltes SegWit (BIP49, 3…)</translation>
        </message>
        <message>
            <source>Legacy (BIP44, 1…)</source>
            <translation>Legacy (BIP44, 1…)</translation>
        </message>
        <message>
            <source>Set up a wallet</source>
            <translation>Wallet einrichten</translation>
        </message>
        <message>
            <source>Welcome to Cairn</source>
            <translation>Willkommen bei Cairn</translation>
        </message>
        <message>
            <source>This network has no wallet yet. What would you like to do?</source>
            <translation>In diesem Netzwerk gibt es noch keine Wallet. Was möchten Sie tun?</translation>
        </message>
        <message>
            <source>&amp;Create a new wallet</source>
            <translation>Neue Wallet &amp;erstellen</translation>
        </message>
        <message>
            <source>&amp;Restore a wallet from its recovery words</source>
            <translation>Wallet aus Wiederherstellungswörtern &amp;wiederherstellen</translation>
        </message>
        <message>
            <source>Add a &amp;watch-only wallet (xpub or descriptor)</source>
            <translation>&amp;Nur-Beobachten-Wallet hinzufügen (xpub oder Deskriptor)</translation>
        </message>
        <message>
            <source>Wallet name</source>
            <translation>Wallet-Name</translation>
        </message>
        <message>
            <source>Wallet &amp;name:</source>
            <translation>Wallet-&amp;Name:</translation>
        </message>
        <message>
            <source>Restore from recovery words</source>
            <translation>Aus Wiederherstellungswörtern wiederherstellen</translation>
        </message>
        <message>
            <source>Recovery words</source>
            <translation>Wiederherstellungswörter</translation>
        </message>
        <message>
            <source>BIP39 passphrase</source>
            <translation>BIP39-Passphrase</translation>
        </message>
        <message>
            <source>optional; leave empty if you never set one</source>
            <translation>optional; leer lassen, wenn Sie nie eine gesetzt haben</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Adresstyp</translation>
        </message>
        <message>
            <source>Birthday block height</source>
            <translation>Blockhöhe der Erstellung</translation>
        </message>
        <message>
            <source>scan from the start</source>
            <translation>vom Anfang an durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Wörter:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>Adress&amp;typ:</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s); 12, 15, 18, 21 or 24 are expected.</source>
            <translation>
                <numerusform>%n Wort; 12, 15, 18, 21 oder 24 werden erwartet.</numerusform>
                <numerusform>%n Wörter; 12, 15, 18, 21 oder 24 werden erwartet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Watch-only wallet</source>
            <translation>Nur-Beobachten-Wallet</translation>
        </message>
        <message>
            <source>Paste an extended public key (xpub, ypub, zpub, tpub…) or an output descriptor. Cairn can watch its addresses but cannot spend.</source>
            <translation>Fügen Sie einen erweiterten öffentlichen Schlüssel (xpub, ypub, zpub, tpub…) oder einen Output-Deskriptor ein. Cairn kann die Adressen beobachten, aber nichts ausgeben.</translation>
        </message>
        <message>
            <source>Extended public key or descriptor</source>
            <translation>Erweiterter öffentlicher Schlüssel oder Deskriptor</translation>
        </message>
        <message>
            <source>As the key or descriptor says</source>
            <translation>Wie vom Schlüssel oder Deskriptor angegeben</translation>
        </message>
        <message>
            <source>&amp;Key or descriptor:</source>
            <translation>&amp;Schlüssel oder Deskriptor:</translation>
        </message>
        <message>
            <source>Weak: use a longer password or a few random words.</source>
            <translation>Schwach: Verwenden Sie ein längeres Passwort oder einige zufällige Wörter.</translation>
        </message>
        <message>
            <source>Fair: a few more characters would make it strong.</source>
            <translation>Mittel: ein paar Zeichen mehr machen es stark.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Stark.</translation>
        </message>
        <message>
            <source>Choose a password</source>
            <translation>Passwort wählen</translation>
        </message>
        <message>
            <source>It encrypts the wallet file on this computer. It is not part of your recovery words.</source>
            <translation>Es verschlüsselt die Wallet-Datei auf diesem Computer. Es ist nicht Teil Ihrer Wiederherstellungswörter.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Passwort wiederholen</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Die Passwörter unterscheiden sich.</translation>
        </message>
        <message>
            <source>Write down your recovery words</source>
            <translation>Notieren Sie Ihre Wiederherstellungswörter</translation>
        </message>
        <message>
            <source>They are the only way to restore this wallet. Keep them offline; anyone who has them can take your coins. They are shown only now.</source>
            <translation>Nur mit ihnen lässt sich diese Wallet wiederherstellen. Bewahren Sie sie offline auf; wer sie hat, kann Ihre Coins nehmen. Sie werden nur jetzt angezeigt.</translation>
        </message>
        <message>
            <source>Confirm three words</source>
            <translation>Drei Wörter bestätigen</translation>
        </message>
        <message>
            <source>Type the requested words to show that you wrote them down.</source>
            <translation>Geben Sie die verlangten Wörter ein, um zu zeigen, dass Sie sie notiert haben.</translation>
        </message>
        <message>
            <source>Confirmation word %1</source>
            <translation>Bestätigungswort %1</translation>
        </message>
        <message>
            <source>All set</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>In Arbeit…</translation>
        </message>
        <message>
            <source>Word &amp;%1:</source>
            <translation>Wort &amp;%1:</translation>
        </message>
        <message>
            <source>The watch-only wallet “%1” is ready.</source>
            <translation>Die Nur-Beobachten-Wallet „%1“ ist bereit.</translation>
        </message>
        <message>
            <source>The wallet “%1” is ready. Cairn will now look for its transactions.</source>
            <translation>Die Wallet „%1“ ist bereit. Cairn sucht jetzt ihre Transaktionen.</translation>
        </message>
        <message>
            <source>Type your 12 to 24 words, separated by spaces. Suggestions from the BIP39 word list appear while you type; the checksum is checked as soon as the count is complete.</source>
            <translation>Geben Sie Ihre 12 bis 24 Wörter durch Leerzeichen getrennt ein. Beim Tippen erscheinen Vorschläge aus der BIP39-Wortliste; die Prüfsumme wird geprüft, sobald die Anzahl vollständig ist.</translation>
        </message>
        <message>
            <source>Birthday given as</source>
            <translation>Geburtsdatum angegeben als</translation>
        </message>
        <message>
            <source>Block height</source>
            <translation>Blockhöhe</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Birthday date</source>
            <translation>Geburtsdatum</translation>
        </message>
        <message>
            <source>Cairn looks for transactions from this block on. When unsure, leave 0.</source>
            <translation>Cairn sucht ab diesem Block nach Transaktionen. Im Zweifel 0 lassen.</translation>
        </message>
        <message>
            <source>Scanning from about block %1 (four weeks before that date, to be safe).</source>
            <translation>Suche ab etwa Block %1 (zur Sicherheit vier Wochen vor diesem Datum).</translation>
        </message>
        <message>
            <source>Cairn scans from the start: on this network, or this early, a date gives no later height.</source>
            <translation>Cairn sucht von Anfang an: in diesem Netz oder so früh ergibt ein Datum keine spätere Höhe.</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Geburtsdatum:</translation>
        </message>
        <message>
            <source>12, 15, 18, 21 or 24 words.</source>
            <translation>12, 15, 18, 21 oder 24 Wörter.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) so far…</source>
            <translation>
                <numerusform>bisher %n Wort…</numerusform>
                <numerusform>bisher %n Wörter…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the BIP39 word list: word %1.</source>
            <translation>
                <numerusform>Nicht in der BIP39-Wortliste: Wort %1.</numerusform>
                <numerusform>Nicht in der BIP39-Wortliste: Wörter %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s), but the checksum does not match: a word or the order is wrong.</source>
            <translation>
                <numerusform>%n Wort, aber die Prüfsumme stimmt nicht: ein Wort oder die Reihenfolge ist falsch.</numerusform>
                <numerusform>%n Wörter, aber die Prüfsumme stimmt nicht: ein Wort oder die Reihenfolge ist falsch.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %n valid recovery word(s) with a correct checksum.</source>
            <translation>
                <numerusform>✓ %n gültiges Wiederherstellungswort mit korrekter Prüfsumme.</numerusform>
                <numerusform>✓ %n gültige Wiederherstellungswörter mit korrekter Prüfsumme.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SignMessageDialog</name>
        <message>
            <source>Sign / verify message</source>
            <translation>Nachricht signieren / prüfen</translation>
        </message>
        <message>
            <source>Address to sign with</source>
            <translation>Adresse, mit der signiert wird</translation>
        </message>
        <message>
            <source>Message to sign</source>
            <translation>Zu signierende Nachricht</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signatur</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signieren</translation>
        </message>
        <message>
            <source>&amp;Copy signature</source>
            <translation>Signatur &amp;kopieren</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Nachricht:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signatur:</translation>
        </message>
        <message>
            <source>Address that signed</source>
            <translation>Adresse, die signiert hat</translation>
        </message>
        <message>
            <source>Signed message</source>
            <translation>Signierte Nachricht</translation>
        </message>
        <message>
            <source>Signature to check</source>
            <translation>Zu prüfende Signatur</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;dresse:</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>Na&amp;chricht:</translation>
        </message>
        <message>
            <source>S&amp;ignature:</source>
            <translation>S&amp;ignatur:</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signieren</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Signed.</source>
            <translation>Signiert.</translation>
        </message>
        <message>
            <source>✔ The signature is valid for this address and message.</source>
            <translation>✔ Die Signatur ist für diese Adresse und Nachricht gültig.</translation>
        </message>
        <message>
            <source>✘ The signature does not verify: %1</source>
            <translation>✘ Die Signatur ist ungültig: %1</translation>
        </message>
        <message>
            <source>Enter one of this wallet's addresses.</source>
            <translation>Geben Sie eine Adresse dieser Wallet ein.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Wird signiert …</translation>
        </message>
        <message>
            <source>Sign a message with %1.</source>
            <translation>Eine Nachricht mit %1 signieren.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft …</translation>
        </message>
        <message>
            <source>Legacy (P2PKH), nested and native SegWit addresses sign with BIP137; Taproot addresses with BIP322.</source>
            <translation>Legacy- (P2PKH), verschachtelte und native SegWit-Adressen signieren nach BIP137, Taproot-Adressen nach BIP322.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SyncStatusWidget</name>
        <message>
            <source>Header sync progress</source>
            <translation>Fortschritt der Header-Synchronisation</translation>
        </message>
        <message>
            <source>ETA unknown</source>
            <translation>Restzeit unbekannt</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>Restzeit %1</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Connecting to peers…</source>
            <translation>Verbinde mit Peers …</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Netzwerkfehler: %1</translation>
        </message>
        <message>
            <source>Headers synced at height %1</source>
            <translation>Header synchronisiert bis Höhe %1</translation>
        </message>
        <message>
            <source>Syncing headers: %1 of %2 · %3 headers/s · %4</source>
            <translation>Synchronisiere Header: %1 von %2 · %3 Header/s · %4</translation>
        </message>
        <message>
            <source>%1% · %2 headers/s · %3</source>
            <translation>%1 % · %2 Header/s · %3</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisiert</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinde …</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Netzwerkfehler</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ToolsMenu</name>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Werkzeuge</translation>
        </message>
        <message>
            <source>&amp;Sign / verify message…</source>
            <translation>&amp;Nachricht signieren / prüfen…</translation>
        </message>
        <message>
            <source>Wallet &amp;info…</source>
            <translation>Wallet-&amp;Info…</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>Passwort &amp;ändern…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Jetzt &amp;sperren</translation>
        </message>
        <message>
            <source>&amp;Back up wallet…</source>
            <translation>Wallet si&amp;chern…</translation>
        </message>
        <message>
            <source>Back up wallet</source>
            <translation>Wallet sichern</translation>
        </message>
        <message>
            <source>Wallet files (*.sqlite);;All files (*)</source>
            <translation>Wallet-Dateien (*.sqlite);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>&amp;Rescan from height…</source>
            <translation>Erneut &amp;durchsuchen ab Höhe…</translation>
        </message>
        <message>
            <source>Rescan</source>
            <translation>Erneut durchsuchen</translation>
        </message>
        <message>
            <source>Look for the wallet's transactions again from block height (0: the whole chain):</source>
            <translation>Die Transaktionen der Wallet erneut suchen ab Blockhöhe (0: die ganze Kette):</translation>
        </message>
        <message>
            <source>Wallet locked; signing asks for the password again.</source>
            <translation>Wallet gesperrt; zum Signieren wird erneut nach dem Passwort gefragt.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Sicherung nach %1 geschrieben.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Sicherung fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>Rescan finished: %n transaction(s) found.</source>
            <translation>
                <numerusform>Suche beendet: %n Transaktion gefunden.</numerusform>
                <numerusform>Suche beendet: %n Transaktionen gefunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rescan failed: %1</source>
            <translation>Erneute Suche fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert …</translation>
        </message>
        <message>
            <source>Rescanning from height %1…</source>
            <translation>Erneute Suche ab Höhe %1 …</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TransactionsPage</name>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>&amp;CSV exportieren…</translation>
        </message>
        <message>
            <source>Export &amp;labels (BIP329)…</source>
            <translation>&amp;Bezeichnungen exportieren (BIP329)…</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transaktionen</translation>
        </message>
        <message>
            <source>Search transactions</source>
            <translation>Transaktionen durchsuchen</translation>
        </message>
        <message>
            <source>Search by label or transaction ID</source>
            <translation>Nach Bezeichnung oder Transaktions-ID suchen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Empfangen</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Unconfirmed</source>
            <translation>Unbestätigt</translation>
        </message>
        <message>
            <source>Transaction history</source>
            <translation>Transaktionsverlauf</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Keine Wallet geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s)</source>
            <translation>
                <numerusform>%n Transaktion</numerusform>
                <numerusform>%n Transaktionen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s) loaded; scroll for more</source>
            <translation>
                <numerusform>%n Transaktion geladen; für mehr weiterscrollen</numerusform>
                <numerusform>%n Transaktionen geladen; für mehr weiterscrollen</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy transaction ID</source>
            <translation>Transaktions-ID &amp;kopieren</translation>
        </message>
        <message>
            <source>Edit &amp;label</source>
            <translation>&amp;Bezeichnung bearbeiten</translation>
        </message>
        <message>
            <source>Open in &amp;explorer</source>
            <translation>Im &amp;Explorer öffnen</translation>
        </message>
        <message>
            <source>Show &amp;Merkle proof</source>
            <translation>&amp;Merkle-Beweis zeigen</translation>
        </message>
        <message>
            <source>&amp;Bump fee…</source>
            <translation>Gebühr &amp;erhöhen…</translation>
        </message>
        <message>
            <source>Speed up with a &amp;child (CPFP)…</source>
            <translation>Mit einer &amp;Kind-Transaktion beschleunigen (CPFP)…</translation>
        </message>
        <message>
            <source>Export transactions</source>
            <translation>Transaktionen exportieren</translation>
        </message>
        <message>
            <source>Export labels</source>
            <translation>Bezeichnungen exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>BIP329 label files (*.jsonl)</source>
            <translation>BIP329-Bezeichnungsdateien (*.jsonl)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to %1.</source>
            <translation>
                <numerusform>%n Eintrag nach %1 geschrieben.</numerusform>
                <numerusform>%n Einträge nach %1 geschrieben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TxView</name>
        <message>
            <source>Merkle proof</source>
            <translation>Merkle-Beweis</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Transaktions-ID</translation>
        </message>
        <message>
            <source>Witness id</source>
            <translation>Witness-ID</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Lock time</source>
            <translation>Sperrzeit</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Summe der Ausgänge</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Gebühr</translation>
        </message>
        <message>
            <source>Show Merkle proof</source>
            <translation>Merkle-Beweis anzeigen</translation>
        </message>
        <message>
            <source>Prove that this transaction is in its block, against our validated header</source>
            <translation>Beweisen, dass diese Transaktion in ihrem Block ist, gegen unseren geprüften Header</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Previous output</source>
            <translation>Vorheriger Ausgang</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>scriptSig</source>
            <translation>scriptSig</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Sequenz</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Eingänge</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>scriptPubKey</source>
            <translation>scriptPubKey</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Ausgänge</translation>
        </message>
        <message>
            <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Eingänge&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ausgänge&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Coinbase transaction</source>
            <translation>Coinbase-Transaktion</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>#%1 in block %2</source>
            <translation>Nr. %1 in Block %2</translation>
        </message>
        <message>
            <source>%1 bytes (%2 without witness), %3 vbytes</source>
            <translation>%1 Bytes (%2 ohne Witness), %3 vBytes</translation>
        </message>
        <message>
            <source>%1 WU</source>
            <translation>%1 WU</translation>
        </message>
        <message>
            <source>none (coinbase)</source>
            <translation>keine (Coinbase)</translation>
        </message>
        <message>
            <source>unknown (the values of the spent outputs are not known)</source>
            <translation>unbekannt (die Beträge der ausgegebenen Ausgänge sind nicht bekannt)</translation>
        </message>
        <message>
            <source>%1 (%2 sat/vB)</source>
            <translation>%1 (%2 sat/vB)</translation>
        </message>
        <message>
            <source>coinbase</source>
            <translation>Coinbase</translation>
        </message>
        <message>
            <source>(no address)</source>
            <translation>(keine Adresse)</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::WalletInfoDialog</name>
        <message>
            <source>Wallet info</source>
            <translation>Wallet-Info</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen …</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Account extended public key</source>
            <translation>Erweiterter öffentlicher Schlüssel des Kontos</translation>
        </message>
        <message>
            <source>Public descriptors</source>
            <translation>Öffentliche Deskriptoren</translation>
        </message>
        <message>
            <source>QR code of the extended public key</source>
            <translation>QR-Code des erweiterten öffentlichen Schlüssels</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Konto:</translation>
        </message>
        <message>
            <source>Extended public key:</source>
            <translation>Erweiterter öffentlicher Schlüssel:</translation>
        </message>
        <message>
            <source>Descriptors:</source>
            <translation>Deskriptoren:</translation>
        </message>
        <message>
            <source>Anyone with these keys can see every transaction of the account, but cannot spend.</source>
            <translation>Wer diese Schlüssel hat, sieht jede Transaktion des Kontos, kann aber nichts ausgeben.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Keine Wallet geöffnet.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transaction(s), %8 addresses derived&lt;br&gt;Key protection: %9</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; im %2 · %3&lt;br&gt;Datei: %4&lt;br&gt;Erstellt %5 · Geburtshöhe %6 · Lückenlimit %7&lt;br&gt;%n Transaktion, %8 Adressen abgeleitet&lt;br&gt;Schlüsselschutz: %9</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; im %2 · %3&lt;br&gt;Datei: %4&lt;br&gt;Erstellt %5 · Geburtshöhe %6 · Lückenlimit %7&lt;br&gt;%n Transaktionen, %8 Adressen abgeleitet&lt;br&gt;Schlüsselschutz: %9</numerusform>
            </translation>
        </message>
        <message>
            <source>watch-only</source>
            <translation>nur beobachten</translation>
        </message>
        <message>
            <source>with private keys</source>
            <translation>mit privaten Schlüsseln</translation>
        </message>
        <message>
            <source>none (watch-only)</source>
            <translation>keiner (nur beobachten)</translation>
        </message>
        <message>
            <source>%1, account %2</source>
            <translation>%1, Konto %2</translation>
        </message>
        <message>
            <source>(descriptor account: see the descriptors)</source>
            <translation>(Deskriptor-Konto: siehe die Deskriptoren)</translation>
        </message>
        <message>
            <source>Receive:</source>
            <translation>Empfangen:</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Wechselgeld:</translation>
        </message>
        <message>
            <source>Key origin: %1</source>
            <translation>Schlüsselherkunft: %1</translation>
        </message>
    </context>
</TS>
