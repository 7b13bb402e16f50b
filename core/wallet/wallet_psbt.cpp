// SPDX-License-Identifier: MIT
#include "wallet/wallet_psbt.h"

#include "crypto/bip32.h"
#include "crypto/ecdsa.h"
#include "script/extkey_io.h"
#include "script/sighash.h"
#include "script/standard.h"
#include "storage/wallet_store.h"
#include "util/hex.h"
#include "wallet/signer.h"
#include "wallet/wallet.h"
#include "wallet/wallet_sync_ledger.h"

#include <map>
#include <string>

namespace cairn::wallet {

using util::fail;
using util::Result;

namespace {

Result<script::KeyOrigin> originOf(const storage::AccountRecord& account, int chain, uint32_t index) {
    script::KeyOrigin origin;
    if (!account.originFingerprint.empty()) {
        CAIRN_TRY_ASSIGN(fp, util::fromHex(account.originFingerprint));
        if (fp.size() != origin.fingerprint.size()) return fail("account origin fingerprint is not 4 bytes");
        std::copy(fp.begin(), fp.end(), origin.fingerprint.begin());
    }
    if (!account.originPath.empty()) {
        CAIRN_TRY_ASSIGN(path, crypto::KeyPath::parse(account.originPath));
        origin.path = path.steps();
    }
    origin.path.push_back(uint32_t(chain));
    origin.path.push_back(index);
    return origin;
}

/// The wallet's scripts are all standard single-key ones: P2SH means the account's P2SH-P2WPKH.
void addKeyFields(script::PsbtInput* in, script::PsbtOutput* out, const WalletKeyLocation& key) {
    if (key.type == InputType::P2trKeyPath) {
        const crypto::Hash256 internal = key.pubKey.xOnly().bytes();
        const Bytes xonly(internal.begin(), internal.end());
        if (in) {
            in->tapInternalKey = internal;
            in->tapBip32Derivations[xonly] = script::TapKeyOrigin{{}, key.origin};
        } else {
            out->tapInternalKey = internal;
            out->tapBip32Derivations[xonly] = script::TapKeyOrigin{{}, key.origin};
        }
        return;
    }
    const Bytes pub = key.pubKey.serialize();
    if (in)
        in->bip32Derivations[pub] = key.origin;
    else
        out->bip32Derivations[pub] = key.origin;
    if (key.type == InputType::P2shP2wpkh) {
        if (in && !in->redeemScript) in->redeemScript = nestedRedeemScript(key.pubKey);
        if (out && !out->redeemScript) out->redeemScript = nestedRedeemScript(key.pubKey);
    }
}

/// The stored previous transaction of `prevout` when the wallet has its raw bytes (a read error counts as absent:
/// the PSBT then simply lacks the optional field).
std::optional<primitives::Transaction> storedTransaction(Wallet& wallet, const primitives::OutPoint& prevout) {
    auto record = wallet.store().transactionByTxid(prevout.txid);
    if (!record.ok() || !*record || (*record)->raw.empty()) return std::nullopt;
    auto parsed = primitives::Transaction::parse((*record)->raw);
    if (!parsed.ok() || prevout.index >= parsed->outputs.size()) return std::nullopt;
    return std::move(*parsed);
}

/// Adds a low-R ECDSA signature (SIGHASH_ALL unless the input asks otherwise) of a wallet key to input `index`.
/// The wallet signs its own ECDSA inputs here rather than through Psbt::sign so that every signature is ground to
/// a 32-byte R and the 71-byte size estimate holds exactly.
Result<void> signEcdsaInput(script::Psbt& psbt, size_t index, const WalletKeyLocation& key,
                            const crypto::PrivKey& priv, const primitives::TxOut& spent) {
    script::PsbtInput& in = psbt.inputs[index];
    const Bytes pub = key.pubKey.serialize();
    if (in.partialSigs.count(pub) != 0) return {};
    const uint32_t type = in.sighashType.value_or(script::kSighashAll);
    if (type != script::kSighashAll) return fail("input " + std::to_string(index) + ": only SIGHASH_ALL is signed");
    crypto::Hash256 digest{};
    if (key.type == InputType::P2pkh) {
        // BIP174: a legacy signature commits to no amount, so the full previous transaction must prove it.
        if (!in.nonWitnessUtxo) return fail("input " + std::to_string(index) + ": needs its full previous transaction");
        CAIRN_TRY_ASSIGN(h, script::legacySignatureHash(psbt.tx, index, spent.scriptPubKey, int32_t(type)));
        digest = h;
    } else {
        const Bytes scriptCode = script::p2wpkhScriptCode(key.pubKey.id());
        CAIRN_TRY_ASSIGN(h, script::segwitV0SignatureHash(psbt.tx, index, scriptCode, spent.value, int32_t(type)));
        digest = h.hash;
    }
    const crypto::EcdsaSignature sig = crypto::signEcdsaLowR(priv, digest);
    if (!crypto::verifyEcdsa(key.pubKey, digest, sig, true))
        return fail("input " + std::to_string(index) + ": ECDSA signature failed verification");
    Bytes der = sig.toDer();
    der.push_back(uint8_t(type));
    in.partialSigs.emplace(pub, std::move(der));
    return {};
}

}  // namespace

Result<std::optional<WalletKeyLocation>> locateWalletKey(Wallet& wallet, ByteView scriptPubKey) {
    CAIRN_TRY_ASSIGN(addr, wallet.store().addressByScript(scriptPubKey));
    if (!addr) return std::optional<WalletKeyLocation>{};
    const WalletAccount* acc = wallet.account(addr->accountId);
    if (!acc || !acc->account.type() || acc->record.xpub.empty()) return std::optional<WalletKeyLocation>{};
    CAIRN_TRY_ASSIGN(xpub, script::decodeExtKey(acc->record.xpub));
    CAIRN_TRY_ASSIGN(chainKey, xpub.key.derive(uint32_t(addr->chain)));
    CAIRN_TRY_ASSIGN(child, chainKey.derive(addr->index));
    CAIRN_TRY_ASSIGN(origin, originOf(acc->record, addr->chain, addr->index));
    const InputType type = inputTypeForAccount(*acc->account.type());
    // The stored script must be what this key pays to; anything else is a damaged or foreign row.
    CAIRN_TRY_ASSIGN(expected, scriptForKey(child.pubKey(), type));
    if (expected != Bytes(scriptPubKey.begin(), scriptPubKey.end()))
        return fail("wallet address " + addr->address + " does not match its account key");
    return std::optional<WalletKeyLocation>(
        WalletKeyLocation{addr->accountId, addr->chain, addr->index, type, child.pubKey(), std::move(origin)});
}

Result<size_t> updatePsbtFromWallet(Wallet& wallet, script::Psbt& psbt) {
    size_t ours = 0;
    for (size_t i = 0; i < psbt.inputs.size(); ++i) {
        script::PsbtInput& in = psbt.inputs[i];
        if (in.isFinal()) continue;
        const primitives::OutPoint& prevout = psbt.tx.inputs[i].prevout;
        std::optional<primitives::TxOut> spent = psbt.spentOutput(i);
        std::optional<primitives::Transaction> prevTx = storedTransaction(wallet, prevout);
        if (!spent && prevTx) spent = prevTx->outputs[prevout.index];
        if (!spent) continue;
        CAIRN_TRY_ASSIGN(key, locateWalletKey(wallet, spent->scriptPubKey));
        if (!key) continue;
        ++ours;
        if (isSegwit(key->type) && !in.witnessUtxo) CAIRN_TRY(psbt.addWitnessUtxo(i, *spent));
        // Taproot sighashes commit to every amount, so the full previous transaction is not needed there.
        if (key->type != InputType::P2trKeyPath && !in.nonWitnessUtxo && prevTx)
            CAIRN_TRY(psbt.addNonWitnessUtxo(i, std::move(*prevTx)));
        addKeyFields(&psbt.inputs[i], nullptr, *key);
    }
    for (size_t i = 0; i < psbt.outputs.size(); ++i) {
        CAIRN_TRY_ASSIGN(key, locateWalletKey(wallet, psbt.tx.outputs[i].scriptPubKey));
        if (!key) continue;
        ++ours;
        addKeyFields(nullptr, &psbt.outputs[i], *key);
    }
    return ours;
}

Result<size_t> signPsbtWithWallet(Wallet& wallet, const UnlockedKeystore& keys, script::Psbt& psbt,
                                  const script::PsbtSignOptions& options) {
    if (wallet.isWatchOnly()) return fail("watch-only wallet has no keys");
    std::map<int64_t, crypto::ExtKey> accountKeys;  // wiped when they go out of scope
    size_t added = 0;
    for (size_t i = 0; i < psbt.inputs.size(); ++i) {
        if (psbt.inputs[i].isFinal()) continue;
        const std::optional<primitives::TxOut> spent = psbt.spentOutput(i);
        if (!spent) continue;
        CAIRN_TRY_ASSIGN(key, locateWalletKey(wallet, spent->scriptPubKey));
        if (!key) continue;
        auto it = accountKeys.find(key->accountId);
        if (it == accountKeys.end()) {
            CAIRN_TRY_ASSIGN(xprv, wallet.accountPrivateKey(keys, key->accountId));
            it = accountKeys.emplace(key->accountId, std::move(xprv)).first;
        }
        CAIRN_TRY_ASSIGN(chainKey, it->second.derive(uint32_t(key->chain)));
        CAIRN_TRY_ASSIGN(child, chainKey.derive(key->index));
        if (!(child.pubKey() == key->pubKey)) return fail("input " + std::to_string(i) + ": derived key mismatch");
        if (key->type == InputType::P2trKeyPath) {
            // Psbt::sign signs every input this key belongs to (one wallet key may fund several inputs).
            CAIRN_TRY_ASSIGN(n, psbt.sign(child.privKey(), true, options));
            added += n;
        } else {
            const size_t before = psbt.inputs[i].partialSigs.size();
            CAIRN_TRY(signEcdsaInput(psbt, i, *key, child.privKey(), *spent));
            added += psbt.inputs[i].partialSigs.size() - before;
        }
    }
    return added;
}

bool psbtComplete(const script::Psbt& psbt) {
    script::Psbt copy = psbt;
    return copy.finalize();
}

Result<primitives::Transaction> finalizeAndExtract(script::Psbt psbt) {
    for (size_t i = 0; i < psbt.inputs.size(); ++i) {
        auto r = psbt.finalizeInput(i);
        if (!r) return fail("input " + std::to_string(i) + " cannot be finalized: " + r.message());
    }
    return psbt.extract();
}

Result<void> recordSentTransaction(Wallet& wallet, const primitives::Transaction& tx, int64_t nowSeconds) {
    SyncLedger ledger(wallet);
    CAIRN_TRY(ledger.load());
    if (!ledger.isRelevant(tx)) return fail("the transaction neither spends nor pays the wallet");
    CAIRN_TRY(ledger.applyUnconfirmed(tx, nowSeconds));
    return {};
}

}  // namespace cairn::wallet
