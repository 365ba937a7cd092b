#pragma once
// The CLI's name for core's durable write (parcours/common/durable_file.hpp), which sync
// bundles need in core too: one implementation.

#include "parcours/common/durable_file.hpp"

namespace parcours::cli {

using parcours::writeFileDurably;

}  // namespace parcours::cli
