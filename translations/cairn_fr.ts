<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
            <translation>inconnu</translation>
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
            <translation>%1 j %2 h</translation>
        </message>
        <message>
            <source>%1 B</source>
            <translation>%1 o</translation>
        </message>
        <message>
            <source>%1 KiB</source>
            <translation>%1 Kio</translation>
        </message>
        <message>
            <source>%1 MiB</source>
            <translation>%1 Mio</translation>
        </message>
        <message>
            <source>%1 GiB</source>
            <translation>%1 Gio</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::AboutDialog</name>
        <message>
            <source>About Cairn</source>
            <translation>À propos de Cairn</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cairn %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cairn %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>A Bitcoin light wallet and block explorer that validates headers and Merkle proofs itself, talking to the peer-to-peer network directly.</source>
            <translation>Un portefeuille Bitcoin léger et un explorateur de blocs qui vérifie lui-même les en-têtes et les preuves de Merkle, en dialoguant directement avec le réseau pair à pair.</translation>
        </message>
        <message>
            <source>Qt:</source>
            <translation>Qt :</translation>
        </message>
        <message>
            <source>OpenSSL:</source>
            <translation>OpenSSL :</translation>
        </message>
        <message>
            <source>libsecp256k1:</source>
            <translation>libsecp256k1 :</translation>
        </message>
        <message>
            <source>SQLite:</source>
            <translation>SQLite :</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::AddressTableModel</name>
        <message>
            <source>change</source>
            <translation>monnaie</translation>
        </message>
        <message>
            <source>receive</source>
            <translation>réception</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Chaîne</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Chemin</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisée</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::AddressesPage</name>
        <message>
            <source>Addresses and coins</source>
            <translation>Adresses et pièces</translation>
        </message>
        <message>
            <source>Search addresses</source>
            <translation>Rechercher des adresses</translation>
        </message>
        <message>
            <source>Search by address or label</source>
            <translation>Rechercher par adresse ou libellé</translation>
        </message>
        <message>
            <source>Show addresses</source>
            <translation>Adresses affichées</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisée</translation>
        </message>
        <message>
            <source>Unused</source>
            <translation>Inutilisées</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recevoir</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <source>A frozen coin is never picked automatically when you send.</source>
            <translation>Une pièce gelée n’est jamais choisie automatiquement lors d’un envoi.</translation>
        </message>
        <message>
            <source>&amp;Addresses</source>
            <translation>&amp;Adresses</translation>
        </message>
        <message>
            <source>C&amp;oins</source>
            <translation>&amp;Pièces</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Aucun portefeuille n’est ouvert.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) · spendable %1 · frozen %2</source>
            <translation>
                <numerusform>%n pièce · disponible %1 · gelé %2</numerusform>
                <numerusform>%n pièces · disponible %1 · gelé %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BalanceChart</name>
        <message>
            <source>No transactions yet</source>
            <translation>Aucune transaction pour l’instant</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BlockView</name>
        <message>
            <source>Fetch block</source>
            <translation>Récupérer le bloc</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hachage</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmations</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Previous block</source>
            <translation>Bloc précédent</translation>
        </message>
        <message>
            <source>Next block</source>
            <translation>Bloc suivant</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Racine de Merkle</translation>
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
            <translation>Difficulté</translation>
        </message>
        <message>
            <source>Chain work</source>
            <translation>Travail de la chaîne</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Download the block from a peer and check it against this header</source>
            <translation>Télécharger le bloc depuis un pair et le vérifier par rapport à cet en-tête</translation>
        </message>
        <message>
            <source>Transactions of the block</source>
            <translation>Transactions du bloc</translation>
        </message>
        <message>
            <source>#</source>
            <translation>n°</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Total des sorties</translation>
        </message>
        <message>
            <source>not fetched</source>
            <translation>non récupéré</translation>
        </message>
        <message>
            <source>Block %1</source>
            <translation>Bloc %1</translation>
        </message>
        <message>
            <source>not in the best chain</source>
            <translation>pas dans la meilleure chaîne</translation>
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
            <translation>%1 octets (%2 sans témoin)</translation>
        </message>
        <message>
            <source>%1 WU (%2 vbytes)</source>
            <translation>%1 WU (%2 vB)</translation>
        </message>
        <message>
            <source>coinbase</source>
            <translation>coinbase</translation>
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
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Mot de passe actuel</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Nouveau mot de passe</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Répéter le nouveau mot de passe</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mot de passe &amp;actuel :</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Nouveau mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Répéter :</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Les mots de passe ne correspondent pas.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traitement…</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinControlDialog</name>
        <message>
            <source>&amp;Freeze</source>
            <translation>&amp;Geler</translation>
        </message>
        <message>
            <source>&amp;Unfreeze</source>
            <translation>&amp;Dégeler</translation>
        </message>
        <message>
            <source>Coin control</source>
            <translation>Contrôle des pièces</translation>
        </message>
        <message>
            <source>Tick the coins this payment may spend. With none ticked, Cairn chooses. Frozen coins are never chosen automatically.</source>
            <translation>Cochez les pièces que ce paiement peut dépenser. Si aucune n’est cochée, Cairn choisit. Les pièces gelées ne sont jamais choisies automatiquement.</translation>
        </message>
        <message>
            <source>Unspent coins</source>
            <translation>Pièces non dépensées</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Utiliser</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmations</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>gelée</translation>
        </message>
        <message>
            <source>immature</source>
            <translation>immature</translation>
        </message>
        <message>
            <source>spendable</source>
            <translation>dépensable</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>non confirmée</translation>
        </message>
        <message>
            <source>No coin ticked: automatic selection.</source>
            <translation>Aucune pièce cochée : sélection automatique.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) ticked, %1 in total.</source>
            <translation>
                <numerusform>%n pièce cochée, %1 au total.</numerusform>
                <numerusform>%n pièces cochées, %1 au total.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinTableModel</name>
        <message>
            <source>unconfirmed</source>
            <translation>non confirmée</translation>
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
            <translation>Gelée : jamais dépensée automatiquement</translation>
        </message>
        <message>
            <source>Spendable</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>gelée</translation>
        </message>
        <message>
            <source>not frozen</source>
            <translation>non gelée</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Gelée</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmations</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::DifficultyChart</name>
        <message>
            <source>Difficulty by height</source>
            <translation>Difficulté par hauteur</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulté</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Difficulty chart</source>
            <translation>Graphique de la difficulté</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ExplorerPage</name>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Blocs</translation>
        </message>
        <message>
            <source>Show the block list</source>
            <translation>Afficher la liste des blocs</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Height, block hash or transaction id</source>
            <translation>Hauteur, hachage de bloc ou identifiant de transaction</translation>
        </message>
        <message>
            <source>Validated block headers, newest first</source>
            <translation>En-têtes de bloc vérifiés, les plus récents en premier</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <source>Fetching the Merkle proof from a peer…</source>
            <translation>Récupération de la preuve de Merkle auprès d’un pair…</translation>
        </message>
        <message>
            <source>Transaction %1 is not in any block fetched so far; open its block first.</source>
            <translation>La transaction %1 ne figure dans aucun bloc récupéré jusqu’ici ; ouvrez d’abord son bloc.</translation>
        </message>
        <message>
            <source>No block at height %1: our best height is %2.</source>
            <translation>Aucun bloc à la hauteur %1 : notre meilleure hauteur est %2.</translation>
        </message>
        <message>
            <source>“%1” is neither a height nor a 64-digit block hash or transaction id.</source>
            <translation>« %1 » n’est ni une hauteur, ni un hachage de bloc ou un identifiant de transaction de 64 chiffres.</translation>
        </message>
        <message>
            <source>Transaction %1 is in the open wallet but not in a block yet.</source>
            <translation>La transaction %1 est dans le portefeuille ouvert, mais pas encore dans un bloc.</translation>
        </message>
        <message>
            <source>Fetching the block from a peer…</source>
            <translation>Récupération du bloc auprès d’un pair…</translation>
        </message>
        <message>
            <source>No block %1 in our header chain, and no fetched block has such a transaction.</source>
            <translation>Aucun bloc %1 dans notre chaîne d’en-têtes, et aucun bloc récupéré ne contient une telle transaction.</translation>
        </message>
        <message>
            <source>Could not fetch the block: %1</source>
            <translation>Impossible de récupérer le bloc : %1</translation>
        </message>
        <message>
            <source>Could not get the proof: %1</source>
            <translation>Impossible d’obtenir la preuve : %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HashLabel</name>
        <message>
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HeaderListModel</name>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Block hash</source>
            <translation>Hachage du bloc</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Difficulté</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HistoryModel</name>
        <message>
            <source>conflicted</source>
            <translation>en conflit</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonnée</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>non confirmée</translation>
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
            <translation>Frais : %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::IntervalHistogram</name>
        <message>
            <source>Blocks</source>
            <translation>Blocs</translation>
        </message>
        <message>
            <source>Block intervals over the last</source>
            <translation>Intervalles entre blocs sur les derniers</translation>
        </message>
        <message>
            <source>Number of blocks</source>
            <translation>Nombre de blocs</translation>
        </message>
        <message>
            <source>%1 blocks</source>
            <translation>%1 blocs</translation>
        </message>
        <message>
            <source>Time between blocks</source>
            <translation>Temps entre les blocs</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Intervalle</translation>
        </message>
        <message>
            <source>Block interval histogram</source>
            <translation>Histogramme des intervalles entre blocs</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>not enough blocks</source>
            <translation>pas assez de blocs</translation>
        </message>
        <message numerus="yes">
            <source>%n interval(s): median %1, mean %2</source>
            <translation>
                <numerusform>%n intervalle : médiane %1, moyenne %2</numerusform>
                <numerusform>%n intervalles : médiane %1, moyenne %2</numerusform>
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
            <translation>Sections</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recevoir</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>Explorateur</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Cairn</source>
            <translation>À &amp;propos de Cairn</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <source>Opening chain database…</source>
            <translation>Ouverture de la base de données de la chaîne…</translation>
        </message>
        <message numerus="yes">
            <source>No headers yet · %n peer(s)</source>
            <translation>
                <numerusform>Pas encore d’en-têtes · %n pair</numerusform>
                <numerusform>Pas encore d’en-têtes · %n pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headers: %1 · %n peer(s)</source>
            <translation>
                <numerusform>En-têtes : %1 · %n pair</numerusform>
                <numerusform>En-têtes : %1 · %n pairs</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Erreur : %1</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adresses</translation>
        </message>
        <message>
            <source>Open wallet</source>
            <translation>Portefeuille ouvert</translation>
        </message>
        <message>
            <source>The wallet shown in Overview, Send, Receive, Transactions and Addresses</source>
            <translation>Le portefeuille affiché dans Vue d’ensemble, Envoyer, Recevoir, Transactions et Adresses</translation>
        </message>
        <message>
            <source>&amp;Wallet:</source>
            <translation>&amp;Portefeuille :</translation>
        </message>
        <message>
            <source>&amp;New or restore wallet…</source>
            <translation>&amp;Nouveau portefeuille ou restauration…</translation>
        </message>
        <message>
            <source>Cairn</source>
            <translation>Cairn</translation>
        </message>
        <message>
            <source>New or restore…</source>
            <translation>Nouveau ou restaurer…</translation>
        </message>
        <message>
            <source>Opened the watch-only wallet “%1”.</source>
            <translation>Portefeuille en lecture seule « %1 » ouvert.</translation>
        </message>
        <message>
            <source>Opened the wallet “%1”.</source>
            <translation>Portefeuille « %1 » ouvert.</translation>
        </message>
        <message>
            <source>%1 received in “%2”.</source>
            <translation>%1 reçu dans « %2 ».</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>Paiement reçu</translation>
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
            <translation>Preuve de Merkle</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Racine de Merkle</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Sibling hashes</source>
            <translation>Hachages frères</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Sibling hash</source>
            <translation>Hachage frère</translation>
        </message>
        <message>
            <source>unknown block</source>
            <translation>bloc inconnu</translation>
        </message>
        <message>
            <source>#%1 of %2 transactions</source>
            <translation>n° %1 sur %2 transactions</translation>
        </message>
        <message>
            <source>Not verified: block %1 is not in our validated header chain</source>
            <translation>Non vérifiée : le bloc %1 n’est pas dans notre chaîne d’en-têtes vérifiée</translation>
        </message>
        <message>
            <source>Not verified: the proof does not reach the Merkle root of the header at height %1</source>
            <translation>Non vérifiée : la preuve n’aboutit pas à la racine de Merkle de l’en-tête à la hauteur %1</translation>
        </message>
        <message>
            <source>Not verified: re-hashing the path gives another root than the proof claims</source>
            <translation>Non vérifiée : recalculer le chemin donne une autre racine que celle annoncée par la preuve</translation>
        </message>
        <message>
            <source>✔ Verified against header at height %1</source>
            <translation>✔ Vérifiée par rapport à l’en-tête à la hauteur %1</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::MerkleTreeWidget</name>
        <message>
            <source>Merkle proof tree</source>
            <translation>Arbre de la preuve de Merkle</translation>
        </message>
        <message>
            <source>Transaction %1 at position %2 of %3</source>
            <translation>Transaction %1 à la position %2 sur %3</translation>
        </message>
        <message>
            <source>level %1: sibling %2 on the %3</source>
            <translation>niveau %1 : frère %2 à %3</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>root %1</source>
            <translation>racine %1</translation>
        </message>
        <message>
            <source>Merkle root (computed)</source>
            <translation>Racine de Merkle (calculée)</translation>
        </message>
        <message>
            <source>root (inconsistent proof)</source>
            <translation>racine (preuve incohérente)</translation>
        </message>
        <message>
            <source>transaction #%1</source>
            <translation>transaction n° %1</translation>
        </message>
        <message>
            <source>node on the path</source>
            <translation>nœud du chemin</translation>
        </message>
        <message>
            <source>sibling (itself, duplicated)</source>
            <translation>frère (lui-même, dupliqué)</translation>
        </message>
        <message>
            <source>sibling from the proof</source>
            <translation>frère issu de la preuve</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Header synchronisation</source>
            <translation>Synchronisation des en-têtes</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Progression de la synchronisation des en-têtes</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Pairs</translation>
        </message>
        <message>
            <source>Connected peers</source>
            <translation>Pairs connectés</translation>
        </message>
        <message>
            <source>&lt;b&gt;Peers&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pairs&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Déconnecter</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connecter</translation>
        </message>
        <message>
            <source>Disconnect from the network</source>
            <translation>Se déconnecter du réseau</translation>
        </message>
        <message>
            <source>Connect to the network</source>
            <translation>Se connecter au réseau</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l’instant</translation>
        </message>
        <message>
            <source>%1 of %2 (best peer)</source>
            <translation>%1 sur %2 (meilleur pair)</translation>
        </message>
        <message>
            <source>%1 headers/s</source>
            <translation>%1 en-têtes/s</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>synchronisé</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n pair connecté</numerusform>
                <numerusform>%n pairs connectés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Confirmed:</source>
            <translation>Confirmé :</translation>
        </message>
        <message>
            <source>Unconfirmed:</source>
            <translation>Non confirmé :</translation>
        </message>
        <message>
            <source>Immature:</source>
            <translation>Immature :</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total :</translation>
        </message>
        <message>
            <source>Confirmed balance</source>
            <translation>Solde confirmé</translation>
        </message>
        <message>
            <source>Unconfirmed balance</source>
            <translation>Solde non confirmé</translation>
        </message>
        <message>
            <source>Immature balance</source>
            <translation>Solde immature</translation>
        </message>
        <message>
            <source>Total balance</source>
            <translation>Solde total</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Progression de la synchronisation des en-têtes</translation>
        </message>
        <message>
            <source>Recent transactions</source>
            <translation>Transactions récentes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Balance over time</source>
            <translation>Évolution du solde</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n pair connecté</numerusform>
                <numerusform>%n pairs connectés</numerusform>
            </translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>non confirmée</translation>
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
            <translation>Progression de l’analyse du portefeuille</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Aucun portefeuille n’est ouvert.</translation>
        </message>
        <message>
            <source>Wallet scan waits: %1</source>
            <translation>L’analyse du portefeuille attend : %1</translation>
        </message>
        <message>
            <source>Wallet scanned up to block %1.</source>
            <translation>Portefeuille analysé jusqu’au bloc %1.</translation>
        </message>
        <message>
            <source>The wallet scan starts once peers are connected.</source>
            <translation>L’analyse du portefeuille commence dès que des pairs sont connectés.</translation>
        </message>
        <message>
            <source>Scanning the wallet: block %1 of %2.</source>
            <translation>Analyse du portefeuille : bloc %1 sur %2.</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PasswordDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>Mot de passe du portefeuille</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Keep the wallet unlocked until %n idle minute(s) pass</source>
            <translation>
                <numerusform>&amp;Garder le portefeuille déverrouillé jusqu’à %n minute d’inactivité</numerusform>
                <numerusform>&amp;Garder le portefeuille déverrouillé jusqu’à %n minutes d’inactivité</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep the wallet unlocked until Tools ▸ Lock now</source>
            <translation>&amp;Garder le portefeuille déverrouillé jusqu’à Outils ▸ Verrouiller maintenant</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PeerTableModel</name>
        <message>
            <source>Protocol version %1</source>
            <translation>Version du protocole %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Entrant</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Sortant</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>User agent</source>
            <translation>Agent utilisateur</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Services</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Hauteur</translation>
        </message>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçues</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::QrWidget</name>
        <message>
            <source>QR code</source>
            <translation>Code QR</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ReceivePage</name>
        <message>
            <source>&amp;New address</source>
            <translation>&amp;Nouvelle adresse</translation>
        </message>
        <message>
            <source>Copy &amp;address</source>
            <translation>Copier l’&amp;adresse</translation>
        </message>
        <message>
            <source>Copy &amp;URI</source>
            <translation>Copier l’&amp;URI</translation>
        </message>
        <message>
            <source>Save &amp;QR…</source>
            <translation>Enregistrer le &amp;QR…</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recevoir</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Type d’adresse</translation>
        </message>
        <message>
            <source>Receive address</source>
            <translation>Adresse de réception</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Montant demandé</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>optional, saved with the address</source>
            <translation>facultatif, enregistré avec l’adresse</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>optional, shown to the payer</source>
            <translation>facultatif, affiché au payeur</translation>
        </message>
        <message>
            <source>Payment request URI</source>
            <translation>URI de la demande de paiement</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>T&amp;ype d’adresse :</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresse :</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Montant :</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Libellé :</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>M&amp;essage :</translation>
        </message>
        <message>
            <source>URI:</source>
            <translation>URI :</translation>
        </message>
        <message>
            <source>Earlier receive addresses</source>
            <translation>Adresses de réception précédentes</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Utilisée</translation>
        </message>
        <message>
            <source>Earlier addresses</source>
            <translation>Adresses précédentes</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Aucun portefeuille n’est ouvert.</translation>
        </message>
        <message>
            <source>Press “New address”.</source>
            <translation>Appuyez sur « Nouvelle adresse ».</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>Montant non valide en %1.</translation>
        </message>
        <message>
            <source>Save QR code</source>
            <translation>Enregistrer le code QR</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Impossible d’écrire %1.</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Images PNG (*.png)</translation>
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
            <translation>Vérifier la transaction</translation>
        </message>
        <message>
            <source>Check every output. Nothing is signed until you confirm.</source>
            <translation>Vérifiez chaque sortie. Rien n’est signé avant votre confirmation.</translation>
        </message>
        <message>
            <source>Outputs of the transaction</source>
            <translation>Sorties de la transaction</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Change (back to this wallet)</source>
            <translation>Monnaie (retour à ce portefeuille)</translation>
        </message>
        <message>
            <source>Fee: %1 (%2, %3 vB)</source>
            <translation>Frais : %1 (%2, %3 vB)</translation>
        </message>
        <message>
            <source>Fee: unknown (the PSBT lacks the amounts of some inputs)</source>
            <translation>Frais : inconnus (il manque au PSBT les montants de certaines entrées)</translation>
        </message>
        <message>
            <source>Total leaving the wallet: %1</source>
            <translation>Total quittant le portefeuille : %1</translation>
        </message>
        <message numerus="yes">
            <source>Spends %n coin(s).</source>
            <translation>
                <numerusform>Dépense %n pièce.</numerusform>
                <numerusform>Dépense %n pièces.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SendPage</name>
        <message>
            <source>mainnet</source>
            <translation>mainnet</translation>
        </message>
        <message>
            <source>testnet</source>
            <translation>testnet</translation>
        </message>
        <message>
            <source>regtest</source>
            <translation>regtest</translation>
        </message>
        <message>
            <source>testnet3</source>
            <translation>testnet3</translation>
        </message>
        <message>
            <source>testnet4</source>
            <translation>testnet4</translation>
        </message>
        <message>
            <source>signet</source>
            <translation>signet</translation>
        </message>
        <message>
            <source>Allow fee &amp;bumping later (RBF, BIP125)</source>
            <translation>Permettre d’augmenter les &amp;frais plus tard (RBF, BIP125)</translation>
        </message>
        <message>
            <source>Sa&amp;ve PSBT…</source>
            <translation>Enre&amp;gistrer le PSBT…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>&amp;Add recipient</source>
            <translation>&amp;Ajouter un destinataire</translation>
        </message>
        <message>
            <source>&amp;Paste payment URI</source>
            <translation>Coller l’URI de &amp;paiement</translation>
        </message>
        <message>
            <source>Fills the form from a bitcoin: link on the clipboard</source>
            <translation>Remplit le formulaire à partir d’un lien bitcoin: du presse-papiers</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Fee rate</source>
            <translation>Taux de frais</translation>
        </message>
        <message>
            <source>Economy (%1 sat/vB)</source>
            <translation>Économique (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Normal (%1 sat/vB)</source>
            <translation>Normal (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Priority (%1 sat/vB)</source>
            <translation>Prioritaire (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <source>Custom fee rate in sat/vB</source>
            <translation>Taux de frais personnalisé en sat/vB</translation>
        </message>
        <message>
            <source> sat/vB</source>
            <translation> sat/vB</translation>
        </message>
        <message>
            <source>C&amp;oin control…</source>
            <translation>C&amp;ontrôle des pièces…</translation>
        </message>
        <message>
            <source>Fee and coins</source>
            <translation>Frais et pièces</translation>
        </message>
        <message>
            <source>&amp;Fee rate:</source>
            <translation>&amp;Taux de frais :</translation>
        </message>
        <message>
            <source>Coins:</source>
            <translation>Pièces :</translation>
        </message>
        <message>
            <source>&amp;Load PSBT…</source>
            <translation>&amp;Charger un PSBT…</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Transaction ID, opens the explorer</source>
            <translation>Identifiant de transaction, ouvre l’explorateur</translation>
        </message>
        <message>
            <source>Save PSBT</source>
            <translation>Enregistrer le PSBT</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt);;All files (*)</source>
            <translation>Fichiers PSBT (*.psbt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Load PSBT</source>
            <translation>Charger un PSBT</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt *.txt);;All files (*)</source>
            <translation>Fichiers PSBT (*.psbt *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Review and create PSBT…</source>
            <translation>&amp;Vérifier et créer le PSBT…</translation>
        </message>
        <message>
            <source>&amp;Review and send…</source>
            <translation>&amp;Vérifier et envoyer…</translation>
        </message>
        <message>
            <source>Bitcoin address</source>
            <translation>Adresse Bitcoin</translation>
        </message>
        <message>
            <source>Recipient address</source>
            <translation>Adresse du destinataire</translation>
        </message>
        <message>
            <source>Label (optional)</source>
            <translation>Libellé (facultatif)</translation>
        </message>
        <message>
            <source>Recipient label</source>
            <translation>Libellé du destinataire</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Amount in %1</source>
            <translation>Montant en %1</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Max</translation>
        </message>
        <message>
            <source>Send everything the chosen coins hold, minus the fee</source>
            <translation>Envoyer tout ce que contiennent les pièces choisies, moins les frais</translation>
        </message>
        <message>
            <source>Remove this recipient</source>
            <translation>Retirer ce destinataire</translation>
        </message>
        <message>
            <source>Remove recipient</source>
            <translation>Retirer le destinataire</translation>
        </message>
        <message>
            <source>Automatic coin selection</source>
            <translation>Sélection automatique des pièces</translation>
        </message>
        <message>
            <source>Not a valid payment URI: %1</source>
            <translation>URI de paiement non valide : %1</translation>
        </message>
        <message>
            <source>Message from the payee: %1</source>
            <translation>Message du bénéficiaire : %1</translation>
        </message>
        <message>
            <source>Filled in from a payment request. Check it, then review.</source>
            <translation>Rempli à partir d’une demande de paiement. Contrôlez-le, puis vérifiez.</translation>
        </message>
        <message>
            <source>This is a %1 address; Cairn is on %2.</source>
            <translation>C’est une adresse %1 ; Cairn est sur %2.</translation>
        </message>
        <message>
            <source>Not a valid address: %1</source>
            <translation>Adresse non valide : %1</translation>
        </message>
        <message>
            <source>Enter an address.</source>
            <translation>Saisissez une adresse.</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>Montant non valide en %1.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>Le montant doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>Enter an amount or tick Max.</source>
            <translation>Saisissez un montant ou cochez Max.</translation>
        </message>
        <message>
            <source>Fee and size appear here once the recipients are complete.</source>
            <translation>Les frais et la taille s’affichent ici une fois les destinataires complets.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) chosen by hand</source>
            <translation>
                <numerusform>%n pièce choisie à la main</numerusform>
                <numerusform>%n pièces choisies à la main</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix the marked fields first.</source>
            <translation>Corrigez d’abord les champs signalés.</translation>
        </message>
        <message>
            <source>Building the transaction…</source>
            <translation>Construction de la transaction…</translation>
        </message>
        <message>
            <source>New fee rate (sat/vB):</source>
            <translation>Nouveau taux de frais (sat/vB) :</translation>
        </message>
        <message>
            <source>Bump fee</source>
            <translation>Augmenter les frais</translation>
        </message>
        <message>
            <source>Building the replacement…</source>
            <translation>Construction du remplacement…</translation>
        </message>
        <message>
            <source>Child pays for parent</source>
            <translation>L’enfant paie pour le parent (CPFP)</translation>
        </message>
        <message>
            <source>Building the child transaction…</source>
            <translation>Construction de la transaction enfant…</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>Signer et envoyer</translation>
        </message>
        <message>
            <source>Save PSBT…</source>
            <translation>Enregistrer le PSBT…</translation>
        </message>
        <message>
            <source>Broadcast</source>
            <translation>Diffuser</translation>
        </message>
        <message>
            <source>Sign and broadcast</source>
            <translation>Signer et diffuser</translation>
        </message>
        <message>
            <source>Cancelled; nothing was signed.</source>
            <translation>Annulé ; rien n’a été signé.</translation>
        </message>
        <message>
            <source>Sign a payment of %1 plus a fee of %2.</source>
            <translation>Signer un paiement de %1 plus %2 de frais.</translation>
        </message>
        <message>
            <source>Broadcasting…</source>
            <translation>Diffusion…</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Signature…</translation>
        </message>
        <message>
            <source>Signing and broadcasting…</source>
            <translation>Signature et diffusion…</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <source>PSBT saved to %1.</source>
            <translation>PSBT enregistré dans %1.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>Cannot use %1: %2</source>
            <translation>Impossible d’utiliser %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Loaded from %1: %2 of %n input(s) signed.</source>
            <translation>
                <numerusform>Chargé depuis %1 : %2 sur %n entrée signées.</numerusform>
                <numerusform>Chargé depuis %1 : %2 sur %n entrées signées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fee %1 at %2 · %3 vB · change %4</source>
            <translation>Frais %1 à %2 · %3 vB · monnaie %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Replaces an unconfirmed transaction with one paying a higher fee (BIP125).</source>
            <translation>Remplace une transaction non confirmée par une autre qui paie des frais plus élevés (BIP125).</translation>
        </message>
        <message>
            <source>Spends an unconfirmed output so that both transactions confirm sooner.</source>
            <translation>Dépense une sortie non confirmée pour que les deux transactions soient confirmées plus tôt.</translation>
        </message>
        <message>
            <source>Signed. Broadcasting…</source>
            <translation>Signée. Diffusion…</translation>
        </message>
        <message>
            <source>Signed what this wallet can sign; other signatures are still missing. Save the PSBT for the other signers.</source>
            <translation>Signé ce que ce portefeuille peut signer ; d’autres signatures manquent encore. Enregistrez le PSBT pour les autres signataires.</translation>
        </message>
        <message>
            <source>Sent. Transaction ID:</source>
            <translation>Envoyée. Identifiant de transaction :</translation>
        </message>
        <message>
            <source>No transaction possible: %1</source>
            <translation>Aucune transaction possible : %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Réseau :</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Data directory</source>
            <translation>Répertoire de données</translation>
        </message>
        <message>
            <source>Platform default</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Choose data directory</source>
            <translation>Choisir le répertoire de données</translation>
        </message>
        <message>
            <source>&amp;Data directory:</source>
            <translation>Répertoire de &amp;données :</translation>
        </message>
        <message>
            <source>Connect only to these peers</source>
            <translation>Se connecter uniquement à ces pairs</translation>
        </message>
        <message>
            <source>One host:port per line; empty: find peers automatically</source>
            <translation>Un hôte:port par ligne ; vide : trouver les pairs automatiquement</translation>
        </message>
        <message>
            <source>&amp;Peers:</source>
            <translation>P&amp;airs :</translation>
        </message>
        <message>
            <source>SOCKS5 proxy</source>
            <translation>Proxy SOCKS5</translation>
        </message>
        <message>
            <source>host:port, e.g. 127.0.0.1:9050 for Tor; empty: direct</source>
            <translation>hôte:port, p. ex. 127.0.0.1:9050 pour Tor ; vide : direct</translation>
        </message>
        <message>
            <source>SOCKS5 &amp;proxy:</source>
            <translation>Pro&amp;xy SOCKS5 :</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Unité d’affichage</translation>
        </message>
        <message>
            <source>Display &amp;unit:</source>
            <translation>&amp;Unité d’affichage :</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Suivre le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>Auto-lock after idle minutes</source>
            <translation>Verrouillage automatique après des minutes d’inactivité</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Auto-lock after:</source>
            <translation>&amp;Verrouiller automatiquement après :</translation>
        </message>
        <message>
            <source>Changes take effect when Cairn is started again.</source>
            <translation>Les modifications prennent effet au prochain démarrage de Cairn.</translation>
        </message>
        <message>
            <source>The proxy must be host:port with a port from 1 to 65535.</source>
            <translation>Le proxy doit être de la forme hôte:port avec un port de 1 à 65535.</translation>
        </message>
        <message>
            <source>“%1” is not a peer address of the form host:port.</source>
            <translation>« %1 » n’est pas une adresse de pair de la forme hôte:port.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SetupWizard</name>
        <message>
            <source>Native SegWit (BIP84, bc1q…)</source>
            <translation>SegWit natif (BIP84, bc1q…)</translation>
        </message>
        <message>
            <source>Taproot (BIP86, bc1p…)</source>
            <translation>Taproot (BIP86, bc1p…)</translation>
        </message>
        <message>
            <source>Nested SegWit (BIP49, 3…)</source>
            <translation>SegWit imbriqué (BIP49, 3…)</translation>
        </message>
        <message>
            <source>Legacy (BIP44, 1…)</source>
            <translation>Historique (BIP44, 1…)</translation>
        </message>
        <message>
            <source>Set up a wallet</source>
            <translation>Configurer un portefeuille</translation>
        </message>
        <message>
            <source>Welcome to Cairn</source>
            <translation>Bienvenue dans Cairn</translation>
        </message>
        <message>
            <source>This network has no wallet yet. What would you like to do?</source>
            <translation>Ce réseau n’a pas encore de portefeuille. Que souhaitez-vous faire ?</translation>
        </message>
        <message>
            <source>&amp;Create a new wallet</source>
            <translation>&amp;Créer un nouveau portefeuille</translation>
        </message>
        <message>
            <source>&amp;Restore a wallet from its recovery words</source>
            <translation>&amp;Restaurer un portefeuille à partir de ses mots de récupération</translation>
        </message>
        <message>
            <source>Add a &amp;watch-only wallet (xpub or descriptor)</source>
            <translation>Ajouter un portefeuille en &amp;lecture seule (xpub ou descripteur)</translation>
        </message>
        <message>
            <source>Wallet name</source>
            <translation>Nom du portefeuille</translation>
        </message>
        <message>
            <source>Wallet &amp;name:</source>
            <translation>&amp;Nom du portefeuille :</translation>
        </message>
        <message>
            <source>Restore from recovery words</source>
            <translation>Restaurer à partir des mots de récupération</translation>
        </message>
        <message>
            <source>Recovery words</source>
            <translation>Mots de récupération</translation>
        </message>
        <message>
            <source>BIP39 passphrase</source>
            <translation>Phrase secrète BIP39</translation>
        </message>
        <message>
            <source>optional; leave empty if you never set one</source>
            <translation>facultative ; laissez vide si vous n’en avez jamais défini</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Type d’adresse</translation>
        </message>
        <message>
            <source>Birthday block height</source>
            <translation>Hauteur de bloc de création</translation>
        </message>
        <message>
            <source>scan from the start</source>
            <translation>analyser depuis le début</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Mots :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>T&amp;ype d’adresse :</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s); 12, 15, 18, 21 or 24 are expected.</source>
            <translation>
                <numerusform>%n mot ; 12, 15, 18, 21 ou 24 sont attendus.</numerusform>
                <numerusform>%n mots ; 12, 15, 18, 21 ou 24 sont attendus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Watch-only wallet</source>
            <translation>Portefeuille en lecture seule</translation>
        </message>
        <message>
            <source>Paste an extended public key (xpub, ypub, zpub, tpub…) or an output descriptor. Cairn can watch its addresses but cannot spend.</source>
            <translation>Collez une clé publique étendue (xpub, ypub, zpub, tpub…) ou un descripteur de sortie. Cairn peut surveiller ses adresses mais ne peut pas dépenser.</translation>
        </message>
        <message>
            <source>Extended public key or descriptor</source>
            <translation>Clé publique étendue ou descripteur</translation>
        </message>
        <message>
            <source>As the key or descriptor says</source>
            <translation>Selon la clé ou le descripteur</translation>
        </message>
        <message>
            <source>&amp;Key or descriptor:</source>
            <translation>&amp;Clé ou descripteur :</translation>
        </message>
        <message>
            <source>Weak: use a longer password or a few random words.</source>
            <translation>Faible : utilisez un mot de passe plus long ou quelques mots aléatoires.</translation>
        </message>
        <message>
            <source>Fair: a few more characters would make it strong.</source>
            <translation>Moyen : quelques caractères de plus le rendraient fort.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Fort.</translation>
        </message>
        <message>
            <source>Choose a password</source>
            <translation>Choisissez un mot de passe</translation>
        </message>
        <message>
            <source>It encrypts the wallet file on this computer. It is not part of your recovery words.</source>
            <translation>Il chiffre le fichier du portefeuille sur cet ordinateur. Il ne fait pas partie de vos mots de récupération.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Répéter le mot de passe</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mot de passe :</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Répéter :</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Les mots de passe ne correspondent pas.</translation>
        </message>
        <message>
            <source>Write down your recovery words</source>
            <translation>Notez vos mots de récupération</translation>
        </message>
        <message>
            <source>They are the only way to restore this wallet. Keep them offline; anyone who has them can take your coins. They are shown only now.</source>
            <translation>Ils sont le seul moyen de restaurer ce portefeuille. Conservez-les hors ligne ; quiconque les possède peut prendre vos bitcoins. Ils ne sont affichés que maintenant.</translation>
        </message>
        <message>
            <source>Confirm three words</source>
            <translation>Confirmez trois mots</translation>
        </message>
        <message>
            <source>Type the requested words to show that you wrote them down.</source>
            <translation>Saisissez les mots demandés pour montrer que vous les avez notés.</translation>
        </message>
        <message>
            <source>Confirmation word %1</source>
            <translation>Mot de confirmation %1</translation>
        </message>
        <message>
            <source>All set</source>
            <translation>Tout est prêt</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traitement…</translation>
        </message>
        <message>
            <source>Word &amp;%1:</source>
            <translation>Mot &amp;%1 :</translation>
        </message>
        <message>
            <source>The watch-only wallet “%1” is ready.</source>
            <translation>Le portefeuille en lecture seule « %1 » est prêt.</translation>
        </message>
        <message>
            <source>The wallet “%1” is ready. Cairn will now look for its transactions.</source>
            <translation>Le portefeuille « %1 » est prêt. Cairn va maintenant rechercher ses transactions.</translation>
        </message>
        <message>
            <source>Type your 12 to 24 words, separated by spaces. Suggestions from the BIP39 word list appear while you type; the checksum is checked as soon as the count is complete.</source>
            <translation>Saisissez vos 12 à 24 mots séparés par des espaces. Des suggestions de la liste de mots BIP39 apparaissent pendant la saisie ; la somme de contrôle est vérifiée dès que le nombre est complet.</translation>
        </message>
        <message>
            <source>Birthday given as</source>
            <translation>Date de création indiquée par</translation>
        </message>
        <message>
            <source>Block height</source>
            <translation>Hauteur de bloc</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Birthday date</source>
            <translation>Date de création</translation>
        </message>
        <message>
            <source>Cairn looks for transactions from this block on. When unsure, leave 0.</source>
            <translation>Cairn cherche les transactions à partir de ce bloc. En cas de doute, laissez 0.</translation>
        </message>
        <message>
            <source>Scanning from about block %1 (four weeks before that date, to be safe).</source>
            <translation>Analyse à partir du bloc %1 environ (quatre semaines avant cette date, par prudence).</translation>
        </message>
        <message>
            <source>Cairn scans from the start: on this network, or this early, a date gives no later height.</source>
            <translation>Cairn analyse depuis le début : sur ce réseau, ou aussi tôt, une date ne donne pas de hauteur plus tardive.</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Date de création :</translation>
        </message>
        <message>
            <source>12, 15, 18, 21 or 24 words.</source>
            <translation>12, 15, 18, 21 ou 24 mots.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) so far…</source>
            <translation>
                <numerusform>%n mot pour l’instant…</numerusform>
                <numerusform>%n mots pour l’instant…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the BIP39 word list: word %1.</source>
            <translation>
                <numerusform>Absent de la liste de mots BIP39 : mot %1.</numerusform>
                <numerusform>Absents de la liste de mots BIP39 : mots %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s), but the checksum does not match: a word or the order is wrong.</source>
            <translation>
                <numerusform>%n mot, mais la somme de contrôle ne correspond pas : un mot ou l’ordre est faux.</numerusform>
                <numerusform>%n mots, mais la somme de contrôle ne correspond pas : un mot ou l’ordre est faux.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %n valid recovery word(s) with a correct checksum.</source>
            <translation>
                <numerusform>✓ %n mot de récupération valide avec une somme de contrôle correcte.</numerusform>
                <numerusform>✓ %n mots de récupération valides avec une somme de contrôle correcte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SignMessageDialog</name>
        <message>
            <source>Sign / verify message</source>
            <translation>Signer / vérifier un message</translation>
        </message>
        <message>
            <source>Address to sign with</source>
            <translation>Adresse avec laquelle signer</translation>
        </message>
        <message>
            <source>Message to sign</source>
            <translation>Message à signer</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Signer</translation>
        </message>
        <message>
            <source>&amp;Copy signature</source>
            <translation>&amp;Copier la signature</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresse :</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Message :</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Signature :</translation>
        </message>
        <message>
            <source>Address that signed</source>
            <translation>Adresse qui a signé</translation>
        </message>
        <message>
            <source>Signed message</source>
            <translation>Message signé</translation>
        </message>
        <message>
            <source>Signature to check</source>
            <translation>Signature à vérifier</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>A&amp;dresse :</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>M&amp;essage :</translation>
        </message>
        <message>
            <source>S&amp;ignature:</source>
            <translation>S&amp;ignature :</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Signer</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Signed.</source>
            <translation>Signé.</translation>
        </message>
        <message>
            <source>✔ The signature is valid for this address and message.</source>
            <translation>✔ La signature est valide pour cette adresse et ce message.</translation>
        </message>
        <message>
            <source>✘ The signature does not verify: %1</source>
            <translation>✘ La signature n’est pas valide : %1</translation>
        </message>
        <message>
            <source>Enter one of this wallet's addresses.</source>
            <translation>Saisissez une des adresses de ce portefeuille.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Signature…</translation>
        </message>
        <message>
            <source>Sign a message with %1.</source>
            <translation>Signer un message avec %1.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Legacy (P2PKH), nested and native SegWit addresses sign with BIP137; Taproot addresses with BIP322.</source>
            <translation>Les adresses historiques (P2PKH) et SegWit imbriquées ou natives signent selon BIP137 ; les adresses Taproot selon BIP322.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SyncStatusWidget</name>
        <message>
            <source>Header sync progress</source>
            <translation>Progression de la synchronisation des en-têtes</translation>
        </message>
        <message>
            <source>ETA unknown</source>
            <translation>Temps restant inconnu</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>Reste %1</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Non connecté</translation>
        </message>
        <message>
            <source>Connecting to peers…</source>
            <translation>Connexion aux pairs…</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Erreur réseau : %1</translation>
        </message>
        <message>
            <source>Headers synced at height %1</source>
            <translation>En-têtes synchronisés jusqu’à la hauteur %1</translation>
        </message>
        <message>
            <source>Syncing headers: %1 of %2 · %3 headers/s · %4</source>
            <translation>Synchronisation des en-têtes : %1 sur %2 · %3 en-têtes/s · %4</translation>
        </message>
        <message>
            <source>%1% · %2 headers/s · %3</source>
            <translation>%1 % · %2 en-têtes/s · %3</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Synchronisé</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Erreur réseau</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ToolsMenu</name>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Sign / verify message…</source>
            <translation>&amp;Signer / vérifier un message…</translation>
        </message>
        <message>
            <source>Wallet &amp;info…</source>
            <translation>&amp;Informations du portefeuille…</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>&amp;Changer le mot de passe…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>&amp;Back up wallet…</source>
            <translation>Sauve&amp;garder le portefeuille…</translation>
        </message>
        <message>
            <source>Back up wallet</source>
            <translation>Sauvegarder le portefeuille</translation>
        </message>
        <message>
            <source>Wallet files (*.sqlite);;All files (*)</source>
            <translation>Fichiers de portefeuille (*.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>&amp;Rescan from height…</source>
            <translation>&amp;Réanalyser depuis une hauteur…</translation>
        </message>
        <message>
            <source>Rescan</source>
            <translation>Réanalyser</translation>
        </message>
        <message>
            <source>Look for the wallet's transactions again from block height (0: the whole chain):</source>
            <translation>Rechercher à nouveau les transactions du portefeuille depuis la hauteur de bloc (0 : toute la chaîne) :</translation>
        </message>
        <message>
            <source>Wallet locked; signing asks for the password again.</source>
            <translation>Portefeuille verrouillé ; la signature redemandera le mot de passe.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Sauvegarde écrite dans %1.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>Échec de la sauvegarde : %1</translation>
        </message>
        <message numerus="yes">
            <source>Rescan finished: %n transaction(s) found.</source>
            <translation>
                <numerusform>Réanalyse terminée : %n transaction trouvée.</numerusform>
                <numerusform>Réanalyse terminée : %n transactions trouvées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rescan failed: %1</source>
            <translation>Échec de la réanalyse : %1</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <source>Rescanning from height %1…</source>
            <translation>Réanalyse depuis la hauteur %1…</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TransactionsPage</name>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exporter en &amp;CSV…</translation>
        </message>
        <message>
            <source>Export &amp;labels (BIP329)…</source>
            <translation>Exporter les &amp;libellés (BIP329)…</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transactions</translation>
        </message>
        <message>
            <source>Search transactions</source>
            <translation>Rechercher des transactions</translation>
        </message>
        <message>
            <source>Search by label or transaction ID</source>
            <translation>Rechercher par libellé ou identifiant de transaction</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçues</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Unconfirmed</source>
            <translation>Non confirmées</translation>
        </message>
        <message>
            <source>Transaction history</source>
            <translation>Historique des transactions</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Aucun portefeuille n’est ouvert.</translation>
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
                <numerusform>%n transaction chargée ; faites défiler pour en voir plus</numerusform>
                <numerusform>%n transactions chargées ; faites défiler pour en voir plus</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy transaction ID</source>
            <translation>&amp;Copier l’identifiant de transaction</translation>
        </message>
        <message>
            <source>Edit &amp;label</source>
            <translation>Modifier le &amp;libellé</translation>
        </message>
        <message>
            <source>Open in &amp;explorer</source>
            <translation>Ouvrir dans l’&amp;explorateur</translation>
        </message>
        <message>
            <source>Show &amp;Merkle proof</source>
            <translation>Afficher la preuve de &amp;Merkle</translation>
        </message>
        <message>
            <source>&amp;Bump fee…</source>
            <translation>&amp;Augmenter les frais…</translation>
        </message>
        <message>
            <source>Speed up with a &amp;child (CPFP)…</source>
            <translation>Accélérer avec une transaction &amp;enfant (CPFP)…</translation>
        </message>
        <message>
            <source>Export transactions</source>
            <translation>Exporter les transactions</translation>
        </message>
        <message>
            <source>Export labels</source>
            <translation>Exporter les libellés</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>BIP329 label files (*.jsonl)</source>
            <translation>Fichiers de libellés BIP329 (*.jsonl)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to %1.</source>
            <translation>
                <numerusform>%n enregistrement écrit dans %1.</numerusform>
                <numerusform>%n enregistrements écrits dans %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TxView</name>
        <message>
            <source>Merkle proof</source>
            <translation>Preuve de Merkle</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Identifiant de transaction</translation>
        </message>
        <message>
            <source>Witness id</source>
            <translation>Identifiant de témoin</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloc</translation>
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
            <translation>Verrou temporel</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Total des sorties</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Frais</translation>
        </message>
        <message>
            <source>Show Merkle proof</source>
            <translation>Afficher la preuve de Merkle</translation>
        </message>
        <message>
            <source>Prove that this transaction is in its block, against our validated header</source>
            <translation>Prouver que cette transaction est dans son bloc, par rapport à notre en-tête vérifié</translation>
        </message>
        <message>
            <source>#</source>
            <translation>n°</translation>
        </message>
        <message>
            <source>Previous output</source>
            <translation>Sortie précédente</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>scriptSig</source>
            <translation>scriptSig</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Séquence</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>scriptPubKey</source>
            <translation>scriptPubKey</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Entrées&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Sorties&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Coinbase transaction</source>
            <translation>Transaction coinbase</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>#%1 in block %2</source>
            <translation>n° %1 dans le bloc %2</translation>
        </message>
        <message>
            <source>%1 bytes (%2 without witness), %3 vbytes</source>
            <translation>%1 octets (%2 sans témoin), %3 vB</translation>
        </message>
        <message>
            <source>%1 WU</source>
            <translation>%1 WU</translation>
        </message>
        <message>
            <source>none (coinbase)</source>
            <translation>aucun (coinbase)</translation>
        </message>
        <message>
            <source>unknown (the values of the spent outputs are not known)</source>
            <translation>inconnus (les montants des sorties dépensées ne sont pas connus)</translation>
        </message>
        <message>
            <source>%1 (%2 sat/vB)</source>
            <translation>%1 (%2 sat/vB)</translation>
        </message>
        <message>
            <source>coinbase</source>
            <translation>coinbase</translation>
        </message>
        <message>
            <source>(no address)</source>
            <translation>(pas d’adresse)</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::WalletInfoDialog</name>
        <message>
            <source>Wallet info</source>
            <translation>Informations du portefeuille</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Account extended public key</source>
            <translation>Clé publique étendue du compte</translation>
        </message>
        <message>
            <source>Public descriptors</source>
            <translation>Descripteurs publics</translation>
        </message>
        <message>
            <source>QR code of the extended public key</source>
            <translation>Code QR de la clé publique étendue</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Compte :</translation>
        </message>
        <message>
            <source>Extended public key:</source>
            <translation>Clé publique étendue :</translation>
        </message>
        <message>
            <source>Descriptors:</source>
            <translation>Descripteurs :</translation>
        </message>
        <message>
            <source>Anyone with these keys can see every transaction of the account, but cannot spend.</source>
            <translation>Quiconque possède ces clés voit toutes les transactions du compte, mais ne peut pas dépenser.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>Aucun portefeuille n’est ouvert.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transaction(s), %8 addresses derived&lt;br&gt;Key protection: %9</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %2 · %3&lt;br&gt;Fichier : %4&lt;br&gt;Créé le %5 · hauteur de création %6 · limite d’écart %7&lt;br&gt;%n transaction, %8 adresses dérivées&lt;br&gt;Protection des clés : %9</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %2 · %3&lt;br&gt;Fichier : %4&lt;br&gt;Créé le %5 · hauteur de création %6 · limite d’écart %7&lt;br&gt;%n transactions, %8 adresses dérivées&lt;br&gt;Protection des clés : %9</numerusform>
            </translation>
        </message>
        <message>
            <source>watch-only</source>
            <translation>lecture seule</translation>
        </message>
        <message>
            <source>with private keys</source>
            <translation>avec clés privées</translation>
        </message>
        <message>
            <source>none (watch-only)</source>
            <translation>aucune (lecture seule)</translation>
        </message>
        <message>
            <source>%1, account %2</source>
            <translation>%1, compte %2</translation>
        </message>
        <message>
            <source>(descriptor account: see the descriptors)</source>
            <translation>(compte à descripteurs : voir les descripteurs)</translation>
        </message>
        <message>
            <source>Receive:</source>
            <translation>Réception :</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Monnaie :</translation>
        </message>
        <message>
            <source>Key origin: %1</source>
            <translation>Origine de la clé : %1</translation>
        </message>
    </context>
</TS>
