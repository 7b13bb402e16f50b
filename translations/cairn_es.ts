<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <translation>desconocido</translation>
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
            <translation>%1 d %2 h</translation>
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
            <translation>Acerca de Cairn</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cairn %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Cairn %1&lt;/b&gt;</translation>
        </message>
        <message>
            <source>A Bitcoin light wallet and block explorer that validates headers and Merkle proofs itself, talking to the peer-to-peer network directly.</source>
            <translation>Un monedero ligero de Bitcoin y explorador de bloques que valida por sí mismo las cabeceras y las pruebas de Merkle, hablando directamente con la red entre pares.</translation>
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
            <translation>cambio</translation>
        </message>
        <message>
            <source>receive</source>
            <translation>recepción</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Chain</source>
            <translation>Cadena</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Usada</translation>
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
            <translation>Direcciones y monedas</translation>
        </message>
        <message>
            <source>Search addresses</source>
            <translation>Buscar direcciones</translation>
        </message>
        <message>
            <source>Search by address or label</source>
            <translation>Buscar por dirección o etiqueta</translation>
        </message>
        <message>
            <source>Show addresses</source>
            <translation>Direcciones mostradas</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Usada</translation>
        </message>
        <message>
            <source>Unused</source>
            <translation>Sin usar</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>Coins</source>
            <translation>Monedas</translation>
        </message>
        <message>
            <source>A frozen coin is never picked automatically when you send.</source>
            <translation>Una moneda congelada nunca se elige automáticamente al enviar.</translation>
        </message>
        <message>
            <source>&amp;Addresses</source>
            <translation>&amp;Direcciones</translation>
        </message>
        <message>
            <source>C&amp;oins</source>
            <translation>&amp;Monedas</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>No hay ningún monedero abierto.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) · spendable %1 · frozen %2</source>
            <translation>
                <numerusform>%n moneda · disponible %1 · congelado %2</numerusform>
                <numerusform>%n monedas · disponible %1 · congelado %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BalanceChart</name>
        <message>
            <source>No transactions yet</source>
            <translation>Todavía no hay transacciones</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::BlockView</name>
        <message>
            <source>Fetch block</source>
            <translation>Obtener bloque</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmaciones</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Previous block</source>
            <translation>Bloque anterior</translation>
        </message>
        <message>
            <source>Next block</source>
            <translation>Bloque siguiente</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Raíz de Merkle</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
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
            <translation>Dificultad</translation>
        </message>
        <message>
            <source>Chain work</source>
            <translation>Trabajo de la cadena</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacciones</translation>
        </message>
        <message>
            <source>Download the block from a peer and check it against this header</source>
            <translation>Descargar el bloque de un par y comprobarlo con esta cabecera</translation>
        </message>
        <message>
            <source>Transactions of the block</source>
            <translation>Transacciones del bloque</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Id. de transacción</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Salidas</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Total de salidas</translation>
        </message>
        <message>
            <source>not fetched</source>
            <translation>no obtenido</translation>
        </message>
        <message>
            <source>Block %1</source>
            <translation>Bloque %1</translation>
        </message>
        <message>
            <source>not in the best chain</source>
            <translation>no está en la mejor cadena</translation>
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
            <translation>%1 bytes (%2 sin testigo)</translation>
        </message>
        <message>
            <source>%1 WU (%2 vbytes)</source>
            <translation>%1 WU (%2 vbytes)</translation>
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
            <translation>Cambiar contraseña</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Contraseña actual</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Contraseña nueva</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Repetir la contraseña nueva</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Contraseña &amp;actual:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Contraseña &amp;nueva:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Las contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinControlDialog</name>
        <message>
            <source>&amp;Freeze</source>
            <translation>&amp;Congelar</translation>
        </message>
        <message>
            <source>&amp;Unfreeze</source>
            <translation>&amp;Descongelar</translation>
        </message>
        <message>
            <source>Coin control</source>
            <translation>Control de monedas</translation>
        </message>
        <message>
            <source>Tick the coins this payment may spend. With none ticked, Cairn chooses. Frozen coins are never chosen automatically.</source>
            <translation>Marque las monedas que este pago puede gastar. Si no marca ninguna, Cairn elige. Las monedas congeladas nunca se eligen automáticamente.</translation>
        </message>
        <message>
            <source>Unspent coins</source>
            <translation>Monedas sin gastar</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmaciones</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>congelada</translation>
        </message>
        <message>
            <source>immature</source>
            <translation>inmadura</translation>
        </message>
        <message>
            <source>spendable</source>
            <translation>gastable</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message>
            <source>No coin ticked: automatic selection.</source>
            <translation>Ninguna moneda marcada: selección automática.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) ticked, %1 in total.</source>
            <translation>
                <numerusform>%n moneda marcada, %1 en total.</numerusform>
                <numerusform>%n monedas marcadas, %1 en total.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::CoinTableModel</name>
        <message>
            <source>unconfirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message numerus="yes">
            <source>%n (immature)</source>
            <translation>
                <numerusform>%n (inmadura)</numerusform>
                <numerusform>%n (inmadura)</numerusform>
            </translation>
        </message>
        <message>
            <source>Frozen: never spent automatically</source>
            <translation>Congelada: nunca se gasta automáticamente</translation>
        </message>
        <message>
            <source>Spendable</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>frozen</source>
            <translation>congelada</translation>
        </message>
        <message>
            <source>not frozen</source>
            <translation>no congelada</translation>
        </message>
        <message>
            <source>Frozen</source>
            <translation>Congelada</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Confirmations</source>
            <translation>Confirmaciones</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::DifficultyChart</name>
        <message>
            <source>Difficulty by height</source>
            <translation>Dificultad por altura</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Difficulty chart</source>
            <translation>Gráfico de dificultad</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ExplorerPage</name>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Adelante</translation>
        </message>
        <message>
            <source>Blocks</source>
            <translation>Bloques</translation>
        </message>
        <message>
            <source>Show the block list</source>
            <translation>Mostrar la lista de bloques</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Height, block hash or transaction id</source>
            <translation>Altura, hash de bloque o id. de transacción</translation>
        </message>
        <message>
            <source>Validated block headers, newest first</source>
            <translation>Cabeceras de bloque validadas, las más recientes primero</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Fetching the Merkle proof from a peer…</source>
            <translation>Obteniendo la prueba de Merkle de un par…</translation>
        </message>
        <message>
            <source>Transaction %1 is not in any block fetched so far; open its block first.</source>
            <translation>La transacción %1 no está en ningún bloque obtenido hasta ahora; abra primero su bloque.</translation>
        </message>
        <message>
            <source>No block at height %1: our best height is %2.</source>
            <translation>No hay ningún bloque a la altura %1: nuestra mejor altura es %2.</translation>
        </message>
        <message>
            <source>“%1” is neither a height nor a 64-digit block hash or transaction id.</source>
            <translation>«%1» no es una altura ni un hash de bloque o id. de transacción de 64 dígitos.</translation>
        </message>
        <message>
            <source>Transaction %1 is in the open wallet but not in a block yet.</source>
            <translation>La transacción %1 está en el monedero abierto, pero aún no está en ningún bloque.</translation>
        </message>
        <message>
            <source>Fetching the block from a peer…</source>
            <translation>Obteniendo el bloque de un par…</translation>
        </message>
        <message>
            <source>No block %1 in our header chain, and no fetched block has such a transaction.</source>
            <translation>No hay ningún bloque %1 en nuestra cadena de cabeceras y ningún bloque obtenido contiene esa transacción.</translation>
        </message>
        <message>
            <source>Could not fetch the block: %1</source>
            <translation>No se pudo obtener el bloque: %1</translation>
        </message>
        <message>
            <source>Could not get the proof: %1</source>
            <translation>No se pudo obtener la prueba: %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HashLabel</name>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HeaderListModel</name>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Block hash</source>
            <translation>Hash del bloque</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Difficulty</source>
            <translation>Dificultad</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::HistoryModel</name>
        <message>
            <source>conflicted</source>
            <translation>en conflicto</translation>
        </message>
        <message>
            <source>abandoned</source>
            <translation>abandonada</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message numerus="yes">
            <source>%n confirmation(s)</source>
            <translation>
                <numerusform>%n confirmación</numerusform>
                <numerusform>%n confirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Fee: %1</source>
            <translation>Comisión: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Transaction ID</source>
            <translation>Id. de transacción</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmada</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::IntervalHistogram</name>
        <message>
            <source>Blocks</source>
            <translation>Bloques</translation>
        </message>
        <message>
            <source>Block intervals over the last</source>
            <translation>Intervalos entre bloques en los últimos</translation>
        </message>
        <message>
            <source>Number of blocks</source>
            <translation>Número de bloques</translation>
        </message>
        <message>
            <source>%1 blocks</source>
            <translation>%1 bloques</translation>
        </message>
        <message>
            <source>Time between blocks</source>
            <translation>Tiempo entre bloques</translation>
        </message>
        <message>
            <source>Interval</source>
            <translation>Intervalo</translation>
        </message>
        <message>
            <source>Block interval histogram</source>
            <translation>Histograma de intervalos entre bloques</translation>
        </message>
        <message>
            <source>≥ %1</source>
            <translation>≥ %1</translation>
        </message>
        <message>
            <source>not enough blocks</source>
            <translation>no hay suficientes bloques</translation>
        </message>
        <message numerus="yes">
            <source>%n interval(s): median %1, mean %2</source>
            <translation>
                <numerusform>%n intervalo: mediana %1, media %2</numerusform>
                <numerusform>%n intervalos: mediana %1, media %2</numerusform>
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
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacciones</translation>
        </message>
        <message>
            <source>Explorer</source>
            <translation>Explorador</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About Cairn</source>
            <translation>&amp;Acerca de Cairn</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenido</translation>
        </message>
        <message>
            <source>Opening chain database…</source>
            <translation>Abriendo la base de datos de la cadena…</translation>
        </message>
        <message numerus="yes">
            <source>No headers yet · %n peer(s)</source>
            <translation>
                <numerusform>Aún no hay cabeceras · %n par</numerusform>
                <numerusform>Aún no hay cabeceras · %n pares</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Headers: %1 · %n peer(s)</source>
            <translation>
                <numerusform>Cabeceras: %1 · %n par</numerusform>
                <numerusform>Cabeceras: %1 · %n pares</numerusform>
            </translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Direcciones</translation>
        </message>
        <message>
            <source>Open wallet</source>
            <translation>Cartera abierta</translation>
        </message>
        <message>
            <source>The wallet shown in Overview, Send, Receive, Transactions and Addresses</source>
            <translation>El monedero que muestran Resumen, Enviar, Recibir, Transacciones y Direcciones</translation>
        </message>
        <message>
            <source>&amp;Wallet:</source>
            <translation>&amp;Cartera:</translation>
        </message>
        <message>
            <source>&amp;New or restore wallet…</source>
            <translation>&amp;Nuevo monedero o restaurar…</translation>
        </message>
        <message>
            <source>Cairn</source>
            <translation>Cairn</translation>
        </message>
        <message>
            <source>New or restore…</source>
            <translation>Nueva o restaurar…</translation>
        </message>
        <message>
            <source>Opened the watch-only wallet “%1”.</source>
            <translation>Se abrió el monedero de solo observación «%1».</translation>
        </message>
        <message>
            <source>Opened the wallet “%1”.</source>
            <translation>Se abrió el monedero «%1».</translation>
        </message>
        <message>
            <source>%1 received in “%2”.</source>
            <translation>%1 recibido en «%2».</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>Pago recibido</translation>
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
            <translation>Prueba de Merkle</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Id. de transacción</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloque</translation>
        </message>
        <message>
            <source>Merkle root</source>
            <translation>Raíz de Merkle</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Sibling hashes</source>
            <translation>Hashes hermanos</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Sibling hash</source>
            <translation>Hash hermano</translation>
        </message>
        <message>
            <source>unknown block</source>
            <translation>bloque desconocido</translation>
        </message>
        <message>
            <source>#%1 of %2 transactions</source>
            <translation>n.º %1 de %2 transacciones</translation>
        </message>
        <message>
            <source>Not verified: block %1 is not in our validated header chain</source>
            <translation>No verificada: el bloque %1 no está en nuestra cadena de cabeceras validada</translation>
        </message>
        <message>
            <source>Not verified: the proof does not reach the Merkle root of the header at height %1</source>
            <translation>No verificada: la prueba no llega a la raíz de Merkle de la cabecera a la altura %1</translation>
        </message>
        <message>
            <source>Not verified: re-hashing the path gives another root than the proof claims</source>
            <translation>No verificada: al recalcular el camino se obtiene una raíz distinta de la que indica la prueba</translation>
        </message>
        <message>
            <source>✔ Verified against header at height %1</source>
            <translation>✔ Verificada con la cabecera a la altura %1</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::MerkleTreeWidget</name>
        <message>
            <source>Merkle proof tree</source>
            <translation>Árbol de la prueba de Merkle</translation>
        </message>
        <message>
            <source>Transaction %1 at position %2 of %3</source>
            <translation>Transacción %1 en la posición %2 de %3</translation>
        </message>
        <message>
            <source>level %1: sibling %2 on the %3</source>
            <translation>nivel %1: hermano %2 a la %3</translation>
        </message>
        <message>
            <source>right</source>
            <translation>derecha</translation>
        </message>
        <message>
            <source>left</source>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>root %1</source>
            <translation>raíz %1</translation>
        </message>
        <message>
            <source>Merkle root (computed)</source>
            <translation>Raíz de Merkle (calculada)</translation>
        </message>
        <message>
            <source>root (inconsistent proof)</source>
            <translation>raíz (prueba incoherente)</translation>
        </message>
        <message>
            <source>transaction #%1</source>
            <translation>transacción n.º %1</translation>
        </message>
        <message>
            <source>node on the path</source>
            <translation>nodo del camino</translation>
        </message>
        <message>
            <source>sibling (itself, duplicated)</source>
            <translation>hermano (él mismo, duplicado)</translation>
        </message>
        <message>
            <source>sibling from the proof</source>
            <translation>hermano tomado de la prueba</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Header synchronisation</source>
            <translation>Sincronización de cabeceras</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Progreso de la sincronización de cabeceras</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Cabeceras</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Pares</translation>
        </message>
        <message>
            <source>Connected peers</source>
            <translation>Pares conectados</translation>
        </message>
        <message>
            <source>&lt;b&gt;Peers&lt;/b&gt;</source>
            <translation>&lt;b&gt;Pares&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Desconectar</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Conectar</translation>
        </message>
        <message>
            <source>Disconnect from the network</source>
            <translation>Desconectarse de la red</translation>
        </message>
        <message>
            <source>Connect to the network</source>
            <translation>Conectarse a la red</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno aún</translation>
        </message>
        <message>
            <source>%1 of %2 (best peer)</source>
            <translation>%1 de %2 (mejor par)</translation>
        </message>
        <message>
            <source>%1 headers/s</source>
            <translation>%1 cabeceras/s</translation>
        </message>
        <message>
            <source>synced</source>
            <translation>sincronizado</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n par conectado</numerusform>
                <numerusform>%n pares conectados</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <source>Confirmed:</source>
            <translation>Confirmado:</translation>
        </message>
        <message>
            <source>Unconfirmed:</source>
            <translation>Sin confirmar:</translation>
        </message>
        <message>
            <source>Immature:</source>
            <translation>Inmaduro:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>Confirmed balance</source>
            <translation>Saldo confirmado</translation>
        </message>
        <message>
            <source>Unconfirmed balance</source>
            <translation>Saldo sin confirmar</translation>
        </message>
        <message>
            <source>Immature balance</source>
            <translation>Saldo inmaduro</translation>
        </message>
        <message>
            <source>Total balance</source>
            <translation>Saldo total</translation>
        </message>
        <message>
            <source>Synchronisation</source>
            <translation>Sincronización</translation>
        </message>
        <message>
            <source>Header sync progress</source>
            <translation>Progreso de la sincronización de cabeceras</translation>
        </message>
        <message>
            <source>Recent transactions</source>
            <translation>Transacciones recientes</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Balance over time</source>
            <translation>Saldo a lo largo del tiempo</translation>
        </message>
        <message numerus="yes">
            <source>%n peer(s) connected</source>
            <translation>
                <numerusform>%n par conectado</numerusform>
                <numerusform>%n pares conectados</numerusform>
            </translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message numerus="yes">
            <source>%n confirmation(s)</source>
            <translation>
                <numerusform>%n confirmación</numerusform>
                <numerusform>%n confirmaciones</numerusform>
            </translation>
        </message>
        <message>
            <source>Wallet scan progress</source>
            <translation>Progreso de la exploración del monedero</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>No hay ningún monedero abierto.</translation>
        </message>
        <message>
            <source>Wallet scan waits: %1</source>
            <translation>La exploración del monedero espera: %1</translation>
        </message>
        <message>
            <source>Wallet scanned up to block %1.</source>
            <translation>Monedero explorado hasta el bloque %1.</translation>
        </message>
        <message>
            <source>The wallet scan starts once peers are connected.</source>
            <translation>La exploración del monedero empieza en cuanto haya pares conectados.</translation>
        </message>
        <message>
            <source>Scanning the wallet: block %1 of %2.</source>
            <translation>Explorando el monedero: bloque %1 de %2.</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmada</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PasswordDialog</name>
        <message>
            <source>Wallet password</source>
            <translation>Contraseña del monedero</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Keep the wallet unlocked until %n idle minute(s) pass</source>
            <translation>
                <numerusform>&amp;Mantener el monedero desbloqueado hasta que pase %n minuto de inactividad</numerusform>
                <numerusform>&amp;Mantener el monedero desbloqueado hasta que pasen %n minutos de inactividad</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep the wallet unlocked until Tools ▸ Lock now</source>
            <translation>&amp;Mantener el monedero desbloqueado hasta Herramientas ▸ Bloquear ahora</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::PeerTableModel</name>
        <message>
            <source>Protocol version %1</source>
            <translation>Versión del protocolo %1</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Connecting</source>
            <translation>Conectando</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Saliente</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>User agent</source>
            <translation>Agente de usuario</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <source>Ping</source>
            <translation>Ping</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibidas</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviadas</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::QrWidget</name>
        <message>
            <source>QR code</source>
            <translation>Código QR</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ReceivePage</name>
        <message>
            <source>&amp;New address</source>
            <translation>Dirección &amp;nueva</translation>
        </message>
        <message>
            <source>Copy &amp;address</source>
            <translation>Copiar &amp;dirección</translation>
        </message>
        <message>
            <source>Copy &amp;URI</source>
            <translation>Copiar &amp;URI</translation>
        </message>
        <message>
            <source>Save &amp;QR…</source>
            <translation>Guardar &amp;QR…</translation>
        </message>
        <message>
            <source>Receive</source>
            <translation>Recibir</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Tipo de dirección</translation>
        </message>
        <message>
            <source>Receive address</source>
            <translation>Dirección de recepción</translation>
        </message>
        <message>
            <source>Requested amount</source>
            <translation>Importe solicitado</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>optional, saved with the address</source>
            <translation>opcional, se guarda con la dirección</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>optional, shown to the payer</source>
            <translation>opcional, se muestra al pagador</translation>
        </message>
        <message>
            <source>Payment request URI</source>
            <translation>URI de la solicitud de pago</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>&amp;Tipo de dirección:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>I&amp;mporte:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Etiqueta:</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>M&amp;ensaje:</translation>
        </message>
        <message>
            <source>URI:</source>
            <translation>URI:</translation>
        </message>
        <message>
            <source>Earlier receive addresses</source>
            <translation>Direcciones de recepción anteriores</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Usada</translation>
        </message>
        <message>
            <source>Earlier addresses</source>
            <translation>Direcciones anteriores</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>No hay ningún monedero abierto.</translation>
        </message>
        <message>
            <source>Press “New address”.</source>
            <translation>Pulse «Dirección nueva».</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>No es un importe válido en %1.</translation>
        </message>
        <message>
            <source>Save QR code</source>
            <translation>Guardar código QR</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>No se pudo escribir %1.</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
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
            <translation>Revisar la transacción</translation>
        </message>
        <message>
            <source>Check every output. Nothing is signed until you confirm.</source>
            <translation>Compruebe cada salida. No se firma nada hasta que confirme.</translation>
        </message>
        <message>
            <source>Outputs of the transaction</source>
            <translation>Salidas de la transacción</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Salida</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Change (back to this wallet)</source>
            <translation>Cambio (vuelve a este monedero)</translation>
        </message>
        <message>
            <source>Fee: %1 (%2, %3 vB)</source>
            <translation>Comisión: %1 (%2, %3 vB)</translation>
        </message>
        <message>
            <source>Fee: unknown (the PSBT lacks the amounts of some inputs)</source>
            <translation>Comisión: desconocida (al PSBT le faltan los importes de algunas entradas)</translation>
        </message>
        <message>
            <source>Total leaving the wallet: %1</source>
            <translation>Total que sale del monedero: %1</translation>
        </message>
        <message numerus="yes">
            <source>Spends %n coin(s).</source>
            <translation>
                <numerusform>Gasta %n moneda.</numerusform>
                <numerusform>Gasta %n monedas.</numerusform>
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
            <translation>Permitir au&amp;mentar la comisión más tarde (RBF, BIP125)</translation>
        </message>
        <message>
            <source>Sa&amp;ve PSBT…</source>
            <translation>Guarda&amp;r PSBT…</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>&amp;Add recipient</source>
            <translation>&amp;Añadir destinatario</translation>
        </message>
        <message>
            <source>&amp;Paste payment URI</source>
            <translation>&amp;Pegar URI de pago</translation>
        </message>
        <message>
            <source>Fills the form from a bitcoin: link on the clipboard</source>
            <translation>Rellena el formulario con un enlace bitcoin: del portapapeles</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Fee rate</source>
            <translation>Tasa de comisión</translation>
        </message>
        <message>
            <source>Economy (%1 sat/vB)</source>
            <translation>Económica (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Normal (%1 sat/vB)</source>
            <translation>Normal (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Priority (%1 sat/vB)</source>
            <translation>Prioritaria (%1 sat/vB)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizada</translation>
        </message>
        <message>
            <source>Custom fee rate in sat/vB</source>
            <translation>Tasa de comisión personalizada en sat/vB</translation>
        </message>
        <message>
            <source> sat/vB</source>
            <translation> sat/vB</translation>
        </message>
        <message>
            <source>C&amp;oin control…</source>
            <translation>C&amp;ontrol de monedas…</translation>
        </message>
        <message>
            <source>Fee and coins</source>
            <translation>Comisión y monedas</translation>
        </message>
        <message>
            <source>&amp;Fee rate:</source>
            <translation>&amp;Comisión:</translation>
        </message>
        <message>
            <source>Coins:</source>
            <translation>Monedas:</translation>
        </message>
        <message>
            <source>&amp;Load PSBT…</source>
            <translation>Car&amp;gar PSBT…</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Limpiar</translation>
        </message>
        <message>
            <source>Transaction ID, opens the explorer</source>
            <translation>Id. de transacción, abre el explorador</translation>
        </message>
        <message>
            <source>Save PSBT</source>
            <translation>Guardar PSBT</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt);;All files (*)</source>
            <translation>Archivos PSBT (*.psbt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Load PSBT</source>
            <translation>Cargar PSBT</translation>
        </message>
        <message>
            <source>PSBT files (*.psbt *.txt);;All files (*)</source>
            <translation>Archivos PSBT (*.psbt *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&amp;Review and create PSBT…</source>
            <translation>Re&amp;visar y crear PSBT…</translation>
        </message>
        <message>
            <source>&amp;Review and send…</source>
            <translation>Re&amp;visar y enviar…</translation>
        </message>
        <message>
            <source>Bitcoin address</source>
            <translation>Dirección Bitcoin</translation>
        </message>
        <message>
            <source>Recipient address</source>
            <translation>Dirección del destinatario</translation>
        </message>
        <message>
            <source>Label (optional)</source>
            <translation>Etiqueta (opcional)</translation>
        </message>
        <message>
            <source>Recipient label</source>
            <translation>Etiqueta del destinatario</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Amount in %1</source>
            <translation>Importe en %1</translation>
        </message>
        <message>
            <source>Max</source>
            <translation>Máx.</translation>
        </message>
        <message>
            <source>Send everything the chosen coins hold, minus the fee</source>
            <translation>Enviar todo lo que contienen las monedas elegidas, menos la comisión</translation>
        </message>
        <message>
            <source>Remove this recipient</source>
            <translation>Quitar este destinatario</translation>
        </message>
        <message>
            <source>Remove recipient</source>
            <translation>Quitar destinatario</translation>
        </message>
        <message>
            <source>Automatic coin selection</source>
            <translation>Selección automática de monedas</translation>
        </message>
        <message>
            <source>Not a valid payment URI: %1</source>
            <translation>No es una URI de pago válida: %1</translation>
        </message>
        <message>
            <source>Message from the payee: %1</source>
            <translation>Mensaje del beneficiario: %1</translation>
        </message>
        <message>
            <source>Filled in from a payment request. Check it, then review.</source>
            <translation>Rellenado a partir de una solicitud de pago. Compruébelo y después revíselo.</translation>
        </message>
        <message>
            <source>This is a %1 address; Cairn is on %2.</source>
            <translation>Es una dirección de %1; Cairn está en %2.</translation>
        </message>
        <message>
            <source>Not a valid address: %1</source>
            <translation>No es una dirección válida: %1</translation>
        </message>
        <message>
            <source>Enter an address.</source>
            <translation>Introduzca una dirección.</translation>
        </message>
        <message>
            <source>Not a valid amount in %1.</source>
            <translation>No es un importe válido en %1.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>El importe debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>Enter an amount or tick Max.</source>
            <translation>Introduzca un importe o marque Máx.</translation>
        </message>
        <message>
            <source>Fee and size appear here once the recipients are complete.</source>
            <translation>La comisión y el tamaño aparecen aquí cuando los destinatarios estén completos.</translation>
        </message>
        <message numerus="yes">
            <source>%n coin(s) chosen by hand</source>
            <translation>
                <numerusform>%n moneda elegida a mano</numerusform>
                <numerusform>%n monedas elegidas a mano</numerusform>
            </translation>
        </message>
        <message>
            <source>Fix the marked fields first.</source>
            <translation>Corrija primero los campos marcados.</translation>
        </message>
        <message>
            <source>Building the transaction…</source>
            <translation>Creando la transacción…</translation>
        </message>
        <message>
            <source>New fee rate (sat/vB):</source>
            <translation>Nueva tasa de comisión (sat/vB):</translation>
        </message>
        <message>
            <source>Bump fee</source>
            <translation>Aumentar la comisión</translation>
        </message>
        <message>
            <source>Building the replacement…</source>
            <translation>Creando la transacción de reemplazo…</translation>
        </message>
        <message>
            <source>Child pays for parent</source>
            <translation>El hijo paga por el padre (CPFP)</translation>
        </message>
        <message>
            <source>Building the child transaction…</source>
            <translation>Creando la transacción hija…</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>Firmar y enviar</translation>
        </message>
        <message>
            <source>Save PSBT…</source>
            <translation>Guardar PSBT…</translation>
        </message>
        <message>
            <source>Broadcast</source>
            <translation>Difundir</translation>
        </message>
        <message>
            <source>Sign and broadcast</source>
            <translation>Firmar y difundir</translation>
        </message>
        <message>
            <source>Cancelled; nothing was signed.</source>
            <translation>Cancelado; no se ha firmado nada.</translation>
        </message>
        <message>
            <source>Sign a payment of %1 plus a fee of %2.</source>
            <translation>Firmar un pago de %1 más una comisión de %2.</translation>
        </message>
        <message>
            <source>Broadcasting…</source>
            <translation>Difundiendo…</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Firmando…</translation>
        </message>
        <message>
            <source>Signing and broadcasting…</source>
            <translation>Firmando y difundiendo…</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <source>PSBT saved to %1.</source>
            <translation>PSBT guardado en %1.</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <source>Cannot use %1: %2</source>
            <translation>No se puede usar %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Loaded from %1: %2 of %n input(s) signed.</source>
            <translation>
                <numerusform>Cargado de %1: %2 de %n entrada firmadas.</numerusform>
                <numerusform>Cargado de %1: %2 de %n entradas firmadas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fee %1 at %2 · %3 vB · change %4</source>
            <translation>Comisión %1 a %2 · %3 vB · cambio %4</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Replaces an unconfirmed transaction with one paying a higher fee (BIP125).</source>
            <translation>Sustituye una transacción sin confirmar por otra que paga una comisión mayor (BIP125).</translation>
        </message>
        <message>
            <source>Spends an unconfirmed output so that both transactions confirm sooner.</source>
            <translation>Gasta una salida sin confirmar para que ambas transacciones se confirmen antes.</translation>
        </message>
        <message>
            <source>Signed. Broadcasting…</source>
            <translation>Firmada. Difundiendo…</translation>
        </message>
        <message>
            <source>Signed what this wallet can sign; other signatures are still missing. Save the PSBT for the other signers.</source>
            <translation>Firmado lo que este monedero puede firmar; aún faltan otras firmas. Guarde el PSBT para los demás firmantes.</translation>
        </message>
        <message>
            <source>Sent. Transaction ID:</source>
            <translation>Enviada. Id. de transacción:</translation>
        </message>
        <message>
            <source>No transaction possible: %1</source>
            <translation>No es posible ninguna transacción: %1</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>&amp;Network:</source>
            <translation>&amp;Red:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Predeterminado del sistema</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Data directory</source>
            <translation>Directorio de datos</translation>
        </message>
        <message>
            <source>Platform default</source>
            <translation>Predeterminado de la plataforma</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>Choose data directory</source>
            <translation>Elegir el directorio de datos</translation>
        </message>
        <message>
            <source>&amp;Data directory:</source>
            <translation>&amp;Directorio de datos:</translation>
        </message>
        <message>
            <source>Connect only to these peers</source>
            <translation>Conectar solo con estos pares</translation>
        </message>
        <message>
            <source>One host:port per line; empty: find peers automatically</source>
            <translation>Un host:puerto por línea; vacío: buscar pares automáticamente</translation>
        </message>
        <message>
            <source>&amp;Peers:</source>
            <translation>&amp;Pares:</translation>
        </message>
        <message>
            <source>SOCKS5 proxy</source>
            <translation>Proxy SOCKS5</translation>
        </message>
        <message>
            <source>host:port, e.g. 127.0.0.1:9050 for Tor; empty: direct</source>
            <translation>host:puerto, p. ej. 127.0.0.1:9050 para Tor; vacío: directo</translation>
        </message>
        <message>
            <source>SOCKS5 &amp;proxy:</source>
            <translation>Pro&amp;xy SOCKS5:</translation>
        </message>
        <message>
            <source>Display unit</source>
            <translation>Unidad de visualización</translation>
        </message>
        <message>
            <source>Display &amp;unit:</source>
            <translation>&amp;Unidad de visualización:</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>Auto-lock after idle minutes</source>
            <translation>Bloqueo automático tras minutos de inactividad</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Nunca</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Auto-lock after:</source>
            <translation>&amp;Bloqueo automático tras:</translation>
        </message>
        <message>
            <source>Changes take effect when Cairn is started again.</source>
            <translation>Los cambios se aplican cuando Cairn se vuelve a iniciar.</translation>
        </message>
        <message>
            <source>The proxy must be host:port with a port from 1 to 65535.</source>
            <translation>El proxy debe ser host:puerto con un puerto de 1 a 65535.</translation>
        </message>
        <message>
            <source>“%1” is not a peer address of the form host:port.</source>
            <translation>«%1» no es una dirección de par de la forma host:puerto.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SetupWizard</name>
        <message>
            <source>Native SegWit (BIP84, bc1q…)</source>
            <translation>SegWit nativo (BIP84, bc1q…)</translation>
        </message>
        <message>
            <source>Taproot (BIP86, bc1p…)</source>
            <translation>Taproot (BIP86, bc1p…)</translation>
        </message>
        <message>
            <source>Nested SegWit (BIP49, 3…)</source>
            <translation>SegWit anidado (BIP49, 3…)</translation>
        </message>
        <message>
            <source>Legacy (BIP44, 1…)</source>
            <translation>Heredado (BIP44, 1…)</translation>
        </message>
        <message>
            <source>Set up a wallet</source>
            <translation>Configurar un monedero</translation>
        </message>
        <message>
            <source>Welcome to Cairn</source>
            <translation>Bienvenido a Cairn</translation>
        </message>
        <message>
            <source>This network has no wallet yet. What would you like to do?</source>
            <translation>Esta red aún no tiene monedero. ¿Qué desea hacer?</translation>
        </message>
        <message>
            <source>&amp;Create a new wallet</source>
            <translation>&amp;Crear un monedero nuevo</translation>
        </message>
        <message>
            <source>&amp;Restore a wallet from its recovery words</source>
            <translation>&amp;Restaurar un monedero a partir de sus palabras de recuperación</translation>
        </message>
        <message>
            <source>Add a &amp;watch-only wallet (xpub or descriptor)</source>
            <translation>Añadir un monedero de solo &amp;observación (xpub o descriptor)</translation>
        </message>
        <message>
            <source>Wallet name</source>
            <translation>Nombre del monedero</translation>
        </message>
        <message>
            <source>Wallet &amp;name:</source>
            <translation>&amp;Nombre del monedero:</translation>
        </message>
        <message>
            <source>Restore from recovery words</source>
            <translation>Restaurar a partir de las palabras de recuperación</translation>
        </message>
        <message>
            <source>Recovery words</source>
            <translation>Palabras de recuperación</translation>
        </message>
        <message>
            <source>BIP39 passphrase</source>
            <translation>Frase de contraseña BIP39</translation>
        </message>
        <message>
            <source>optional; leave empty if you never set one</source>
            <translation>opcional; déjela vacía si nunca estableció una</translation>
        </message>
        <message>
            <source>Address type</source>
            <translation>Tipo de dirección</translation>
        </message>
        <message>
            <source>Birthday block height</source>
            <translation>Altura de bloque de creación</translation>
        </message>
        <message>
            <source>scan from the start</source>
            <translation>explorar desde el principio</translation>
        </message>
        <message>
            <source>&amp;Words:</source>
            <translation>&amp;Palabras:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Address &amp;type:</source>
            <translation>&amp;Tipo de dirección:</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s); 12, 15, 18, 21 or 24 are expected.</source>
            <translation>
                <numerusform>%n palabra; se esperan 12, 15, 18, 21 o 24.</numerusform>
                <numerusform>%n palabras; se esperan 12, 15, 18, 21 o 24.</numerusform>
            </translation>
        </message>
        <message>
            <source>Watch-only wallet</source>
            <translation>Monedero de solo observación</translation>
        </message>
        <message>
            <source>Paste an extended public key (xpub, ypub, zpub, tpub…) or an output descriptor. Cairn can watch its addresses but cannot spend.</source>
            <translation>Pegue una clave pública extendida (xpub, ypub, zpub, tpub…) o un descriptor de salida. Cairn puede observar sus direcciones, pero no gastar.</translation>
        </message>
        <message>
            <source>Extended public key or descriptor</source>
            <translation>Clave pública extendida o descriptor</translation>
        </message>
        <message>
            <source>As the key or descriptor says</source>
            <translation>Según indique la clave o el descriptor</translation>
        </message>
        <message>
            <source>&amp;Key or descriptor:</source>
            <translation>&amp;Clave o descriptor:</translation>
        </message>
        <message>
            <source>Weak: use a longer password or a few random words.</source>
            <translation>Débil: use una contraseña más larga o unas cuantas palabras aleatorias.</translation>
        </message>
        <message>
            <source>Fair: a few more characters would make it strong.</source>
            <translation>Aceptable: unos pocos caracteres más la harían fuerte.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <source>Choose a password</source>
            <translation>Elija una contraseña</translation>
        </message>
        <message>
            <source>It encrypts the wallet file on this computer. It is not part of your recovery words.</source>
            <translation>Cifra el archivo del monedero en este equipo. No forma parte de sus palabras de recuperación.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Repetir la contraseña</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <source>The passwords differ.</source>
            <translation>Las contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>Write down your recovery words</source>
            <translation>Anote sus palabras de recuperación</translation>
        </message>
        <message>
            <source>They are the only way to restore this wallet. Keep them offline; anyone who has them can take your coins. They are shown only now.</source>
            <translation>Son la única forma de restaurar este monedero. Guárdelas sin conexión; cualquiera que las tenga puede llevarse sus monedas. Solo se muestran ahora.</translation>
        </message>
        <message>
            <source>Confirm three words</source>
            <translation>Confirme tres palabras</translation>
        </message>
        <message>
            <source>Type the requested words to show that you wrote them down.</source>
            <translation>Escriba las palabras solicitadas para demostrar que las ha anotado.</translation>
        </message>
        <message>
            <source>Confirmation word %1</source>
            <translation>Palabra de confirmación %1</translation>
        </message>
        <message>
            <source>All set</source>
            <translation>Todo listo</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Trabajando…</translation>
        </message>
        <message>
            <source>Word &amp;%1:</source>
            <translation>Palabra &amp;%1:</translation>
        </message>
        <message>
            <source>The watch-only wallet “%1” is ready.</source>
            <translation>El monedero de solo observación «%1» está listo.</translation>
        </message>
        <message>
            <source>The wallet “%1” is ready. Cairn will now look for its transactions.</source>
            <translation>El monedero «%1» está listo. Cairn buscará ahora sus transacciones.</translation>
        </message>
        <message>
            <source>Type your 12 to 24 words, separated by spaces. Suggestions from the BIP39 word list appear while you type; the checksum is checked as soon as the count is complete.</source>
            <translation>Escriba sus 12 a 24 palabras separadas por espacios. Mientras escribe aparecen sugerencias de la lista de palabras BIP39; la suma de control se comprueba en cuanto el número está completo.</translation>
        </message>
        <message>
            <source>Birthday given as</source>
            <translation>Fecha de creación indicada como</translation>
        </message>
        <message>
            <source>Block height</source>
            <translation>Altura de bloque</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Birthday date</source>
            <translation>Fecha de creación</translation>
        </message>
        <message>
            <source>Cairn looks for transactions from this block on. When unsure, leave 0.</source>
            <translation>Cairn busca transacciones a partir de este bloque. Si no está seguro, deje 0.</translation>
        </message>
        <message>
            <source>Scanning from about block %1 (four weeks before that date, to be safe).</source>
            <translation>Se explorará desde el bloque %1 aproximadamente (cuatro semanas antes de esa fecha, por seguridad).</translation>
        </message>
        <message>
            <source>Cairn scans from the start: on this network, or this early, a date gives no later height.</source>
            <translation>Cairn explora desde el principio: en esta red, o tan pronto, una fecha no da una altura posterior.</translation>
        </message>
        <message>
            <source>&amp;Birthday:</source>
            <translation>&amp;Fecha de creación:</translation>
        </message>
        <message>
            <source>12, 15, 18, 21 or 24 words.</source>
            <translation>12, 15, 18, 21 o 24 palabras.</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) so far…</source>
            <translation>
                <numerusform>%n palabra por ahora…</numerusform>
                <numerusform>%n palabras por ahora…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not in the BIP39 word list: word %1.</source>
            <translation>
                <numerusform>No está en la lista de palabras BIP39: palabra %1.</numerusform>
                <numerusform>No están en la lista de palabras BIP39: palabras %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s), but the checksum does not match: a word or the order is wrong.</source>
            <translation>
                <numerusform>%n palabra, pero la suma de control no coincide: una palabra o el orden es incorrecto.</numerusform>
                <numerusform>%n palabras, pero la suma de control no coincide: una palabra o el orden es incorrecto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✓ %n valid recovery word(s) with a correct checksum.</source>
            <translation>
                <numerusform>✓ %n palabra de recuperación válida con suma de control correcta.</numerusform>
                <numerusform>✓ %n palabras de recuperación válidas con suma de control correcta.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SignMessageDialog</name>
        <message>
            <source>Sign / verify message</source>
            <translation>Firmar / verificar mensaje</translation>
        </message>
        <message>
            <source>Address to sign with</source>
            <translation>Dirección con la que firmar</translation>
        </message>
        <message>
            <source>Message to sign</source>
            <translation>Mensaje que firmar</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>&amp;Sign</source>
            <translation>&amp;Firmar</translation>
        </message>
        <message>
            <source>&amp;Copy signature</source>
            <translation>&amp;Copiar firma</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>&amp;Message:</source>
            <translation>&amp;Mensaje:</translation>
        </message>
        <message>
            <source>Signature:</source>
            <translation>Firma:</translation>
        </message>
        <message>
            <source>Address that signed</source>
            <translation>Dirección que firmó</translation>
        </message>
        <message>
            <source>Signed message</source>
            <translation>Mensaje firmado</translation>
        </message>
        <message>
            <source>Signature to check</source>
            <translation>Firma que comprobar</translation>
        </message>
        <message>
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>Di&amp;rección:</translation>
        </message>
        <message>
            <source>M&amp;essage:</source>
            <translation>M&amp;ensaje:</translation>
        </message>
        <message>
            <source>S&amp;ignature:</source>
            <translation>F&amp;irma:</translation>
        </message>
        <message>
            <source>Sign</source>
            <translation>Firmar</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Verificar</translation>
        </message>
        <message>
            <source>Signed.</source>
            <translation>Firmado.</translation>
        </message>
        <message>
            <source>✔ The signature is valid for this address and message.</source>
            <translation>✔ La firma es válida para esta dirección y este mensaje.</translation>
        </message>
        <message>
            <source>✘ The signature does not verify: %1</source>
            <translation>✘ La firma no es válida: %1</translation>
        </message>
        <message>
            <source>Enter one of this wallet's addresses.</source>
            <translation>Introduzca una de las direcciones de este monedero.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Firmando…</translation>
        </message>
        <message>
            <source>Sign a message with %1.</source>
            <translation>Firmar un mensaje con %1.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Legacy (P2PKH), nested and native SegWit addresses sign with BIP137; Taproot addresses with BIP322.</source>
            <translation>Las direcciones heredadas (P2PKH) y SegWit anidadas y nativas firman con BIP137; las Taproot, con BIP322.</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::SyncStatusWidget</name>
        <message>
            <source>Header sync progress</source>
            <translation>Progreso de la sincronización de cabeceras</translation>
        </message>
        <message>
            <source>ETA unknown</source>
            <translation>Tiempo restante desconocido</translation>
        </message>
        <message>
            <source>ETA %1</source>
            <translation>Quedan %1</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <source>Connecting to peers…</source>
            <translation>Conectando con pares…</translation>
        </message>
        <message>
            <source>Network error: %1</source>
            <translation>Error de red: %1</translation>
        </message>
        <message>
            <source>Headers synced at height %1</source>
            <translation>Cabeceras sincronizadas hasta la altura %1</translation>
        </message>
        <message>
            <source>Syncing headers: %1 of %2 · %3 headers/s · %4</source>
            <translation>Sincronizando cabeceras: %1 de %2 · %3 cabeceras/s · %4</translation>
        </message>
        <message>
            <source>%1% · %2 headers/s · %3</source>
            <translation>%1 % · %2 cabeceras/s · %3</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Sincronizado</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Network error</source>
            <translation>Error de red</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::ToolsMenu</name>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Sign / verify message…</source>
            <translation>&amp;Firmar / verificar mensaje…</translation>
        </message>
        <message>
            <source>Wallet &amp;info…</source>
            <translation>&amp;Información del monedero…</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>&amp;Cambiar contraseña…</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Bloquear ahora</translation>
        </message>
        <message>
            <source>&amp;Back up wallet…</source>
            <translation>Copia de &amp;seguridad del monedero…</translation>
        </message>
        <message>
            <source>Back up wallet</source>
            <translation>Copia de seguridad del monedero</translation>
        </message>
        <message>
            <source>Wallet files (*.sqlite);;All files (*)</source>
            <translation>Archivos de monedero (*.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>&amp;Rescan from height…</source>
            <translation>&amp;Reexplorar desde una altura…</translation>
        </message>
        <message>
            <source>Rescan</source>
            <translation>Reexplorar</translation>
        </message>
        <message>
            <source>Look for the wallet's transactions again from block height (0: the whole chain):</source>
            <translation>Volver a buscar las transacciones del monedero desde la altura de bloque (0: toda la cadena):</translation>
        </message>
        <message>
            <source>Wallet locked; signing asks for the password again.</source>
            <translation>Monedero bloqueado; para firmar se volverá a pedir la contraseña.</translation>
        </message>
        <message>
            <source>Backup written to %1.</source>
            <translation>Copia de seguridad escrita en %1.</translation>
        </message>
        <message>
            <source>Backup failed: %1</source>
            <translation>La copia de seguridad falló: %1</translation>
        </message>
        <message numerus="yes">
            <source>Rescan finished: %n transaction(s) found.</source>
            <translation>
                <numerusform>Reexploración terminada: %n transacción encontrada.</numerusform>
                <numerusform>Reexploración terminada: %n transacciones encontradas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rescan failed: %1</source>
            <translation>La reexploración falló: %1</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia de seguridad…</translation>
        </message>
        <message>
            <source>Rescanning from height %1…</source>
            <translation>Reexplorando desde la altura %1…</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TransactionsPage</name>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Export &amp;labels (BIP329)…</source>
            <translation>Exportar &amp;etiquetas (BIP329)…</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>Transacciones</translation>
        </message>
        <message>
            <source>Search transactions</source>
            <translation>Buscar transacciones</translation>
        </message>
        <message>
            <source>Search by label or transaction ID</source>
            <translation>Buscar por etiqueta o ID de transacción</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibidas</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviadas</translation>
        </message>
        <message>
            <source>Unconfirmed</source>
            <translation>Sin confirmar</translation>
        </message>
        <message>
            <source>Transaction history</source>
            <translation>Historial de transacciones</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>No hay ningún monedero abierto.</translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s)</source>
            <translation>
                <numerusform>%n transacción</numerusform>
                <numerusform>%n transacciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n transaction(s) loaded; scroll for more</source>
            <translation>
                <numerusform>%n transacción cargada; desplácese para ver más</numerusform>
                <numerusform>%n transacciones cargadas; desplácese para ver más</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Copy transaction ID</source>
            <translation>&amp;Copiar ID de transacción</translation>
        </message>
        <message>
            <source>Edit &amp;label</source>
            <translation>Editar &amp;etiqueta</translation>
        </message>
        <message>
            <source>Open in &amp;explorer</source>
            <translation>Abrir en el &amp;explorador</translation>
        </message>
        <message>
            <source>Show &amp;Merkle proof</source>
            <translation>Mostrar prueba de &amp;Merkle</translation>
        </message>
        <message>
            <source>&amp;Bump fee…</source>
            <translation>&amp;Aumentar comisión…</translation>
        </message>
        <message>
            <source>Speed up with a &amp;child (CPFP)…</source>
            <translation>Acelerar con una transacción &amp;hija (CPFP)…</translation>
        </message>
        <message>
            <source>Export transactions</source>
            <translation>Exportar transacciones</translation>
        </message>
        <message>
            <source>Export labels</source>
            <translation>Exportar etiquetas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>BIP329 label files (*.jsonl)</source>
            <translation>Archivos de etiquetas BIP329 (*.jsonl)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n record(s) to %1.</source>
            <translation>
                <numerusform>Se escribió %n registro en %1.</numerusform>
                <numerusform>Se escribieron %n registros en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::TxView</name>
        <message>
            <source>Merkle proof</source>
            <translation>Prueba de Merkle</translation>
        </message>
        <message>
            <source>Transaction id</source>
            <translation>Id. de transacción</translation>
        </message>
        <message>
            <source>Witness id</source>
            <translation>Id. de testigo</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloque</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Lock time</source>
            <translation>Tiempo de bloqueo</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Output total</source>
            <translation>Total de salidas</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>Comisión</translation>
        </message>
        <message>
            <source>Show Merkle proof</source>
            <translation>Mostrar la prueba de Merkle</translation>
        </message>
        <message>
            <source>Prove that this transaction is in its block, against our validated header</source>
            <translation>Demostrar que esta transacción está en su bloque, con nuestra cabecera validada</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Previous output</source>
            <translation>Salida anterior</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>scriptSig</source>
            <translation>scriptSig</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Testigo</translation>
        </message>
        <message>
            <source>Sequence</source>
            <translation>Secuencia</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>scriptPubKey</source>
            <translation>scriptPubKey</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Salidas</translation>
        </message>
        <message>
            <source>&lt;b&gt;Inputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Entradas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outputs&lt;/b&gt;</source>
            <translation>&lt;b&gt;Salidas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Coinbase transaction</source>
            <translation>Transacción coinbase</translation>
        </message>
        <message>
            <source>Transaction</source>
            <translation>Transacción</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>#%1 in block %2</source>
            <translation>n.º %1 en el bloque %2</translation>
        </message>
        <message>
            <source>%1 bytes (%2 without witness), %3 vbytes</source>
            <translation>%1 bytes (%2 sin testigo), %3 vbytes</translation>
        </message>
        <message>
            <source>%1 WU</source>
            <translation>%1 WU</translation>
        </message>
        <message>
            <source>none (coinbase)</source>
            <translation>ninguna (coinbase)</translation>
        </message>
        <message>
            <source>unknown (the values of the spent outputs are not known)</source>
            <translation>desconocida (no se conocen los valores de las salidas gastadas)</translation>
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
            <translation>(sin dirección)</translation>
        </message>
    </context>
    <context>
        <name>cairn::ui::WalletInfoDialog</name>
        <message>
            <source>Wallet info</source>
            <translation>Información del monedero</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Account extended public key</source>
            <translation>Clave pública extendida de la cuenta</translation>
        </message>
        <message>
            <source>Public descriptors</source>
            <translation>Descriptores públicos</translation>
        </message>
        <message>
            <source>QR code of the extended public key</source>
            <translation>Código QR de la clave pública extendida</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Cuenta:</translation>
        </message>
        <message>
            <source>Extended public key:</source>
            <translation>Clave pública extendida:</translation>
        </message>
        <message>
            <source>Descriptors:</source>
            <translation>Descriptores:</translation>
        </message>
        <message>
            <source>Anyone with these keys can see every transaction of the account, but cannot spend.</source>
            <translation>Quien tenga estas claves puede ver todas las transacciones de la cuenta, pero no gastar.</translation>
        </message>
        <message>
            <source>No wallet is open.</source>
            <translation>No hay ningún monedero abierto.</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt; on %2 · %3&lt;br&gt;File: %4&lt;br&gt;Created %5 · birthday height %6 · gap limit %7&lt;br&gt;%n transaction(s), %8 addresses derived&lt;br&gt;Key protection: %9</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; en %2 · %3&lt;br&gt;Archivo: %4&lt;br&gt;Creado %5 · altura de creación %6 · límite de huecos %7&lt;br&gt;%n transacción, %8 direcciones derivadas&lt;br&gt;Protección de claves: %9</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt; en %2 · %3&lt;br&gt;Archivo: %4&lt;br&gt;Creado %5 · altura de creación %6 · límite de huecos %7&lt;br&gt;%n transacciones, %8 direcciones derivadas&lt;br&gt;Protección de claves: %9</numerusform>
            </translation>
        </message>
        <message>
            <source>watch-only</source>
            <translation>solo observación</translation>
        </message>
        <message>
            <source>with private keys</source>
            <translation>con claves privadas</translation>
        </message>
        <message>
            <source>none (watch-only)</source>
            <translation>ninguna (solo observación)</translation>
        </message>
        <message>
            <source>%1, account %2</source>
            <translation>%1, cuenta %2</translation>
        </message>
        <message>
            <source>(descriptor account: see the descriptors)</source>
            <translation>(cuenta de descriptores: vea los descriptores)</translation>
        </message>
        <message>
            <source>Receive:</source>
            <translation>Recepción:</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Cambio:</translation>
        </message>
        <message>
            <source>Key origin: %1</source>
            <translation>Origen de la clave: %1</translation>
        </message>
    </context>
</TS>
