#include "journal/conflicts_graph.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace parcours::journal {

std::vector<std::size_t> liveLeaves(std::span<const Version> versions) {
    using Key = std::pair<Hlc, RecordId>;
    std::set<Key> parents;
    for (const auto& v : versions)
        if (v.parentHlc.value != 0) parents.emplace(v.parentHlc, v.parentDevice);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < versions.size(); ++i)
        if (!versions[i].deleted && !parents.count(Key{versions[i].hlc, versions[i].device}))
            out.push_back(i);
    std::ranges::sort(out, [&](std::size_t a, std::size_t b) {
        return Key{versions[a].hlc, versions[a].device} < Key{versions[b].hlc, versions[b].device};
    });
    return out;
}

bool inConflict(std::span<const Version> versions) {
    const auto leaves = liveLeaves(versions);
    for (std::size_t i = 1; i < leaves.size(); ++i)
        if (versions[leaves[i]].payload != versions[leaves[0]].payload) return true;
    return false;
}

}  // namespace parcours::journal
