// SPDX-License-Identifier: MIT
// A bcoin 1.0.2 plugin that serves BIP157 compact block filters (basic type 0) for Cairn's regtest tests.
// bcoin 1.0.2 predates BIP157: this plugin advertises NODE_COMPACT_FILTERS (bit 6) and answers getcfcheckpt,
// getcfheaders and getcfilters, which reach bcoin as "unknown" packets. Filters are BIP158 basic filters built
// with the `golomb` package (bcoin's own GCS code): output scripts except empty and OP_RETURN ones, plus the
// scripts of the outputs each block spends (from bcoin's undo data), without duplicates.
// Loaded through bcoin's `plugins` option (the harness writes it into <prefix>/regtest/bcoin.conf).
//
// Test hooks (environment of the bcoin process is scrubbed of BCOIN_*, so they are plugin options in the
// same bcoin.conf): `cfilters-lie-height: N` makes this node serve a wrong filter (and the filter headers
// that follow from it) for the block at height N, to test how Cairn handles peers that disagree.
'use strict';

const Golomb = require('golomb');
const bio = require('bufio');
const Parser = require('bcoin/lib/net/parser');

const NODE_COMPACT_FILTERS = 1 << 6;
const BASIC = 0;
const CHECKPOINT_INTERVAL = 1000;
const MAX_HEADERS = 2000;
const MAX_FILTERS = 1000;
const P = 19;
const ZERO = Buffer.alloc(32, 0);

// bcoin 1.0.2 drops any message whose command fills all 12 bytes ("Non NULL-terminated command"), which
// getcfcheckpt and getcfheaders do: let those two through.
const parseHeader = Parser.prototype.parseHeader;
Parser.prototype.parseHeader = function parseFullLengthCommand(data) {
  const cmd = data.toString('ascii', 4, 16);
  if (data[15] !== 0 && (cmd === 'getcfcheckpt' || cmd === 'getcfheaders')) {
    const copy = Buffer.from(data);
    copy[15] = 0;
    const header = parseHeader.call(this, copy);
    if (header)
      header.cmd = cmd;
    return header;
  }
  return parseHeader.call(this, data);
};

class CFilterServer {
  constructor(node) {
    this.node = node;
    this.chain = node.chain;
    this.pool = node.pool;
    this.logger = node.logger.context('cfilters');
    this.lieHeight = node.config.int('cfilters-lie-height', -1);
    this.cache = new Map(); // block hash (hex) -> {filter: Buffer, header: Buffer}

    this.pool.options.services |= NODE_COMPACT_FILTERS;

    const unknown = this.pool.handleUnknown.bind(this.pool);
    this.pool.handleUnknown = async (peer, packet) => {
      try {
        switch (packet.cmd) {
          case 'getcfcheckpt':
            return await this.onCheckpoint(peer, packet.data);
          case 'getcfheaders':
            return await this.onHeaders(peer, packet.data);
          case 'getcfilters':
            return await this.onFilters(peer, packet.data);
        }
      } catch (e) {
        this.logger.warning('Bad %s from %s: %s', packet.cmd, peer.hostname(), e.message);
        return undefined;
      }
      return unknown(peer, packet);
    };
    // Block disconnections change which filters are on the main chain; cached filters stay valid per hash.
  }

  async open() {
    this.logger.info('Serving BIP157 basic filters (services |= NODE_COMPACT_FILTERS).');
  }

  async close() {}

  // The BIP158 basic filter of a block (encoded: N || GCS bits), from its outputs and spent coins.
  async filterFor(entry) {
    const block = await this.chain.getBlock(entry.hash);
    if (!block)
      throw new Error(`block ${entry.rhash()} is not available`);
    const view = await this.chain.getBlockView(block);
    const items = [];
    for (const tx of block.txs) {
      for (const output of tx.outputs) {
        const raw = output.script.toRaw();
        if (raw.length === 0 || raw[0] === 0x6a)
          continue;
        items.push(raw);
      }
      if (tx.isCoinbase())
        continue;
      for (const input of tx.inputs) {
        const coin = view.getOutput(input.prevout);
        if (!coin)
          throw new Error(`no undo coin for ${input.prevout.txid()}:${input.prevout.index}`);
        const raw = coin.script.toRaw();
        if (raw.length > 0)
          items.push(raw);
      }
    }
    // bcoin 1.0.2 keeps hashes as hex strings in internal byte order.
    const key = Buffer.from(entry.hash, 'hex').slice(0, 16);
    const gcs = Golomb.fromItems(P, key, items);
    let encoded = gcs.toNBytes();
    if (entry.height === this.lieHeight) {
      // A deliberately wrong filter: the set of a block without any element besides a bogus one.
      encoded = Golomb.fromItems(P, key, [Buffer.from('6a', 'hex'), Buffer.from('deadbeef', 'hex')]).toNBytes();
    }
    return encoded;
  }

  // Filter and filter header of the main-chain block `entry`, computed from genesis on first use.
  async headerFor(entry) {
    const key = entry.hash.toString('hex');
    const cached = this.cache.get(key);
    if (cached)
      return cached;
    let prevHeader = ZERO;
    if (entry.height > 0) {
      const prev = await this.chain.getEntry(entry.prevBlock);
      prevHeader = (await this.headerFor(prev)).header;
    }
    const filter = await this.filterFor(entry);
    const hash = hash256(filter);
    const header = hash256(Buffer.concat([hash, prevHeader]));
    const result = {filter, hash, header};
    this.cache.set(key, result);
    return result;
  }

  // The main-chain entry of `stopHash`, or null (requests for unknown or stale blocks are ignored, as Core does).
  async stopEntry(stopHash) {
    const entry = await this.chain.getEntry(stopHash);
    if (!entry || !(await this.chain.isMainChain(entry)))
      return null;
    return entry;
  }

  async onCheckpoint(peer, data) {
    const br = bio.read(data);
    const type = br.readU8();
    const stopHash = br.readHash('hex');
    if (type !== BASIC)
      return;
    const stop = await this.stopEntry(stopHash);
    if (!stop)
      return;
    const bw = bio.write();
    const headers = [];
    for (let h = CHECKPOINT_INTERVAL; h <= stop.height; h += CHECKPOINT_INTERVAL) {
      const entry = await this.chain.getEntry(h);
      headers.push((await this.headerFor(entry)).header);
    }
    bw.writeU8(BASIC);
    bw.writeHash(stopHash);
    bw.writeVarint(headers.length);
    for (const h of headers)
      bw.writeHash(h);
    peer.sendRaw('cfcheckpt', bw.render());
  }

  async rangeOf(data, max) {
    const br = bio.read(data);
    const type = br.readU8();
    const start = br.readU32();
    const stopHash = br.readHash('hex');
    if (type !== BASIC)
      return null;
    const stop = await this.stopEntry(stopHash);
    if (!stop || start > stop.height || stop.height - start + 1 > max)
      return null;
    return {start, stop, stopHash};
  }

  async onHeaders(peer, data) {
    const range = await this.rangeOf(data, MAX_HEADERS);
    if (!range)
      return;
    let prevHeader = ZERO;
    if (range.start > 0) {
      const prev = await this.chain.getEntry(range.start - 1);
      prevHeader = (await this.headerFor(prev)).header;
    }
    const hashes = [];
    for (let h = range.start; h <= range.stop.height; h++) {
      const entry = await this.chain.getEntry(h);
      hashes.push((await this.headerFor(entry)).hash);
    }
    const bw = bio.write();
    bw.writeU8(BASIC);
    bw.writeHash(range.stopHash);
    bw.writeHash(prevHeader);
    bw.writeVarint(hashes.length);
    for (const h of hashes)
      bw.writeHash(h);
    peer.sendRaw('cfheaders', bw.render());
  }

  async onFilters(peer, data) {
    const range = await this.rangeOf(data, MAX_FILTERS);
    if (!range)
      return;
    for (let h = range.start; h <= range.stop.height; h++) {
      const entry = await this.chain.getEntry(h);
      const {filter} = await this.headerFor(entry);
      const bw = bio.write();
      bw.writeU8(BASIC);
      bw.writeHash(entry.hash);
      bw.writeVarBytes(filter);
      peer.sendRaw('cfilter', bw.render());
    }
  }
}

function hash256(data) {
  return require('bcrypto/lib/hash256').digest(data);
}

exports.id = 'cfilters';
exports.init = function init(node) {
  return new CFilterServer(node);
};
