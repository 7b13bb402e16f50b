// SPDX-License-Identifier: MIT
#include "script/account_path.h"

#include <cassert>

namespace cairn::script {

uint32_t accountPurpose(AccountType type) {
    switch (type) {
        case AccountType::Bip44P2pkh:
            return 44;
        case AccountType::Bip49P2shP2wpkh:
            return 49;
        case AccountType::Bip84P2wpkh:
            return 84;
        case AccountType::Bip86P2tr:
            return 86;
    }
    assert(false && "unhandled account type");
    return 0;
}

uint32_t coinType(Network net) { return net == Network::Main ? 0 : 1; }

crypto::KeyPath accountPath(AccountType type, Network net, uint32_t account) {
    assert(account <= kMaxAccount);
    return crypto::KeyPath(
        {crypto::hardened(accountPurpose(type)), crypto::hardened(coinType(net)), crypto::hardened(account)});
}

crypto::KeyPath addressPath(AccountType type, Network net, uint32_t account, bool change, uint32_t index) {
    assert(!crypto::isHardened(index));
    return accountPath(type, net, account).child(change ? 1 : 0).child(index);
}

std::optional<AccountType> accountTypeOfPath(const crypto::KeyPath& path) {
    if (path.steps().empty()) return std::nullopt;
    for (AccountType type :
         {AccountType::Bip44P2pkh, AccountType::Bip49P2shP2wpkh, AccountType::Bip84P2wpkh, AccountType::Bip86P2tr})
        if (path.steps().front() == crypto::hardened(accountPurpose(type))) return type;
    return std::nullopt;
}

ExtKeyScriptType extKeyScriptTypeFor(AccountType type) {
    switch (type) {
        case AccountType::Bip49P2shP2wpkh:
            return ExtKeyScriptType::P2shP2wpkh;
        case AccountType::Bip84P2wpkh:
            return ExtKeyScriptType::P2wpkh;
        case AccountType::Bip44P2pkh:
        case AccountType::Bip86P2tr:
            return ExtKeyScriptType::Standard;
    }
    return ExtKeyScriptType::Standard;
}

std::string accountTypeName(AccountType type) {
    switch (type) {
        case AccountType::Bip44P2pkh:
            return "BIP44 P2PKH";
        case AccountType::Bip49P2shP2wpkh:
            return "BIP49 P2SH-P2WPKH";
        case AccountType::Bip84P2wpkh:
            return "BIP84 P2WPKH";
        case AccountType::Bip86P2tr:
            return "BIP86 P2TR";
    }
    return "unknown";
}

}  // namespace cairn::script
