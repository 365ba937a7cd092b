// The embedded French pack, parsed and validated once, on first use.
#include "rules/french_pack.hpp"
#include "rules/pack_impl.hpp"

namespace parcours::rules {

Result<const RulePack*> RulePack::frenchPack() {
    static const Result<RulePack> pack = parse(frenchPackParts());
    if (!pack) return pack.error();
    return &pack.value();
}

const RulePack& RulePack::french() {
    auto pack = frenchPack();
    if (pack) return **pack;
    static const RulePack none = empty();
    return none;
}

}  // namespace parcours::rules
