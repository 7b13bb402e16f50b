// SPDX-License-Identifier: MIT
#include "script/key_io.h"

#include "script/address_params.h"
#include "script/base58.h"

namespace cairn::script {
namespace {
constexpr size_t kSecretSize = 32;
constexpr uint8_t kCompressedFlag = 0x01;
// A compressed-key WIF is 52 characters; leave room but bound the work.
constexpr size_t kMaxWifLength = 60;

// Wipes a plain buffer that held secret material before it is freed.
struct WipeOnExit {
    Bytes& bytes;
    ~WipeOnExit() { util::secureWipe(bytes.data(), bytes.size()); }
};
}  // namespace

util::SecureBytes encodeWif(const crypto::PrivKey& key, bool compressed, Network net) {
    Bytes payload;
    WipeOnExit wipePayload{payload};
    payload.reserve(1 + kSecretSize + 1);
    payload.push_back(addressParams(net).wifVersion);
    payload.insert(payload.end(), key.secret().data(), key.secret().data() + key.secret().size());
    if (compressed) payload.push_back(kCompressedFlag);
    std::string text = base58CheckEncode(payload);
    util::SecureBytes out = util::SecureBytes::fromString(text);
    util::secureWipe(text.data(), text.size());
    return out;
}

util::Result<WifKey> decodeWif(std::string_view text, Network net) {
    auto decoded = base58CheckDecode(text, kMaxWifLength);
    if (!decoded) return util::fail("invalid private key: " + decoded.message());
    Bytes& payload = decoded.value();
    WipeOnExit wipePayload{payload};
    bool compressed = false;
    if (payload.size() == 1 + kSecretSize + 1 && payload.back() == kCompressedFlag) {
        compressed = true;
    } else if (payload.size() != 1 + kSecretSize) {
        return util::fail("invalid private key: wrong length");
    }
    const uint8_t version = payload[0];
    if (version != addressParams(net).wifVersion) {
        for (Network other : allNetworks())
            if (addressParams(other).wifVersion == version)
                return util::fail("private key is for " + std::string(addressFamilyName(other)) + ", not " +
                                  std::string(networkDisplayName(net)));
        return util::fail("invalid private key: unknown version byte");
    }
    auto key = crypto::PrivKey::fromBytes(ByteView(payload).subspan(1, kSecretSize));
    if (!key) return util::fail("invalid private key: the secret is out of range");
    return WifKey{std::move(key.value()), compressed};
}

}  // namespace cairn::script
