// SPDX-License-Identifier: MIT
// A bcoin 1.0.2 plugin that adds BIP125 replacement to the mempool, for Cairn's bump-fee regtest test.
// bcoin 1.0.2 refuses every spend that conflicts with a mempool transaction (bad-txns-inputs-spent), so a fee bump
// could never be accepted. This plugin wraps Mempool#insertTX: when a new transaction conflicts only with
// transactions that signal replaceability (BIP125: some input with nSequence < 0xfffffffe; bcoin's own isRBF()
// ignores version 2 transactions), pays at least their fees (rule 3) plus the incremental relay fee of 1 sat/vB for
// its own size (rule 4) and does not spend their outputs, the conflicts (and their descendants) are evicted and
// the transaction goes through bcoin's full verification, signatures included. If that verification fails, the
// evicted transactions are put back. Loaded through bcoin's `plugins` option (see test_wallet_send_bcoin.cpp).
'use strict';

const INCREMENTAL_RELAY_FEE = 1000;  // satoshis per 1,000 vbytes

function signalsRbf(tx) {
  return tx.inputs.some(input => input.sequence < 0xfffffffe);
}

class ReplaceByFee {
  constructor(node) {
    const mempool = node.mempool;
    const logger = node.logger.context('rbf');
    const insertTX = mempool.insertTX;

    mempool.insertTX = async function insertWithReplacement(tx, id) {
      const conflicts = new Map();
      for (const {prevout} of tx.inputs) {
        const entry = this.getSpent(prevout.hash, prevout.index);
        if (entry)
          conflicts.set(entry.tx.hash('hex'), entry);
      }
      if (conflicts.size === 0)
        return insertTX.call(this, tx, id);

      // Rule 1, and no spending of what is being replaced: otherwise bcoin's own answer (a double spend).
      for (const entry of conflicts.values()) {
        if (!signalsRbf(entry.tx))
          return insertTX.call(this, tx, id);
      }
      for (const {prevout} of tx.inputs) {
        if (conflicts.has(prevout.hash))
          return insertTX.call(this, tx, id);
      }

      const view = await this.getCoinView(tx);
      const fee = tx.getFee(view);
      let replacedFees = 0;
      for (const entry of conflicts.values())
        replacedFees += entry.fee;
      const minimum = replacedFees + Math.ceil(INCREMENTAL_RELAY_FEE * tx.getVirtualSize() / 1000);
      if (fee < minimum) {
        logger.info('Replacement %s pays %d, needs %d.', tx.txid(), fee, minimum);
        return insertTX.call(this, tx, id);
      }

      const evicted = [];
      for (const entry of conflicts.values()) {
        evicted.push(entry.tx);
        this.evictEntry(entry);
        logger.info('Replacing %s with %s.', entry.tx.txid(), tx.txid());
      }
      try {
        return await insertTX.call(this, tx, id);
      } catch (err) {
        for (const old of evicted) {
          try {
            await insertTX.call(this, old, -1);
          } catch (e) {
            logger.warning('Could not restore %s: %s', old.txid(), e.message);
          }
        }
        throw err;
      }
    };
  }
}

exports.id = 'rbf';
exports.init = function init(node) {
  return new ReplaceByFee(node);
};
