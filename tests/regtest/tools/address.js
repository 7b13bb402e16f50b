// SPDX-License-Identifier: MIT
// Converts between a scriptPubKey and bcoin's regtest address for it, with bcoin's own classes,
// because bcoin 1.0.2 uses its own regtest prefixes (bech32 "rb", base58 'R'/'r'), not Bitcoin Core's.
//   node address.js from-script <scriptPubKey hex>   prints the bcoin regtest address
//   node address.js to-script <bcoin regtest address> prints the scriptPubKey hex
// Exit status 1 with one "error: ..." line on stderr for anything it cannot convert exactly.
'use strict';

const path = require('path');
const bcoin = require(path.join(__dirname, '..', 'node_modules', 'bcoin'));

const {Address, Script} = bcoin;
const network = 'regtest';

function fromScript(hex) {
  if (!/^([0-9a-fA-F]{2})+$/.test(hex))
    throw new Error('scriptPubKey must be non-empty hex');
  const script = Script.fromRaw(hex.toLowerCase(), 'hex');
  const addr = Address.fromScript(script);
  if (!addr)
    throw new Error(`no address form for script ${hex}`);
  // Address.fromScript maps P2PK to its P2PKH address: refuse anything that does not map back exactly.
  if (!Script.fromAddress(addr).toRaw().equals(script.toRaw()))
    throw new Error(`script ${hex} has no exact address form`);
  return addr.toString(network);
}

function toScript(text) {
  let addr;
  try {
    addr = Address.fromString(text, network);
  } catch (e) {
    throw new Error(`${text} is not a bcoin regtest address (${e.message})`);
  }
  return Script.fromAddress(addr).toRaw().toString('hex');
}

function main(argv) {
  if (argv.length !== 2)
    throw new Error('usage: address.js from-script HEX | to-script ADDRESS');
  const [mode, value] = argv;
  if (mode === 'from-script')
    return fromScript(value);
  if (mode === 'to-script')
    return toScript(value);
  throw new Error(`unknown mode ${mode}`);
}

try {
  process.stdout.write(main(process.argv.slice(2)) + '\n');
} catch (e) {
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(1);
}
