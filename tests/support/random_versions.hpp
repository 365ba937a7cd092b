#pragma once
// Random version histories for the merge properties (journal and sync): one record's
// versions as devices make them, so that (id, hlc, device) always names one content.

#include <algorithm>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "parcours/journal/journal.hpp"

namespace parcours::test {

// `count` draws of versions of record `id` by `devices`: a creation after `startMillis`,
// then edits of a random earlier version (so concurrent edits), each a tombstone one time
// in `deleteOneIn`; small clock steps, so versions often tie on hlc and the device decides.
// A draw that would reuse (hlc, device) is skipped, as a device never does. `payload(k)`
// gives the content of the k-th draw when it is not a tombstone.
template <class Payload>
std::vector<journal::Version> randomVersionTree(std::mt19937& rng, journal::RecordType type,
                                                const journal::RecordId& id,
                                                std::span<const journal::RecordId> devices,
                                                std::int64_t startMillis, int count,
                                                std::uint32_t deleteOneIn, Payload&& payload) {
    std::vector<journal::Version> tree;
    for (int k = 0; k < count; ++k) {
        journal::Version v;
        v.type = type;
        v.id = id;
        v.device = devices[rng() % devices.size()];
        std::int64_t base = startMillis;
        if (k > 0) {
            const journal::Version& parent = tree[rng() % tree.size()];
            v.parentHlc = parent.hlc;
            v.parentDevice = parent.device;
            base = parent.hlc.millis();
        }
        v.hlc = journal::Hlc::of(base + 1 + static_cast<std::int64_t>(rng() % 3),
                                 static_cast<std::uint16_t>(rng() % 2));
        v.deleted = k > 0 && rng() % deleteOneIn == 0;
        if (!v.deleted) v.payload = payload(k);
        const bool taken = std::ranges::any_of(tree, [&](const journal::Version& o) {
            return o.hlc == v.hlc && o.device == v.device;
        });
        if (!taken) tree.push_back(std::move(v));
    }
    return tree;
}

}  // namespace parcours::test
