// SPDX-License-Identifier: MIT
#include "service/address_check.h"

#include "script/address.h"

namespace cairn::service {

AddressFamily addressFamilyOf(Network network) {
    switch (network) {
    case Network::Main: return AddressFamily::Mainnet;
    case Network::Testnet3:
    case Network::Testnet4:
    case Network::Signet: return AddressFamily::Testnet;
    case Network::Regtest: return AddressFamily::Regtest;
    }
    return AddressFamily::Mainnet;
}

AddressCheck checkAddress(const QString& address, Network network) {
    AddressCheck out;
    const QString text = address.trimmed();
    if (text.isEmpty()) {
        out.reason = QStringLiteral("the address is empty");
        return out;
    }
    const std::string utf8 = text.toStdString();
    auto info = script::decodeAddressInfo(utf8, network);
    if (info.ok()) {
        out.valid = true;
        out.normalized = info->encoding == script::AddressEncoding::Base58Check ? text : text.toLower();
        return out;
    }
    for (Network other : allNetworks()) {
        if (addressFamilyOf(other) == addressFamilyOf(network)) continue;
        if (script::decodeAddress(utf8, other).ok()) {
            out.otherFamily = addressFamilyOf(other);
            return out;
        }
    }
    out.reason = QString::fromStdString(info.message());
    return out;
}

}  // namespace cairn::service
