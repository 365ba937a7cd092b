#pragma once
// The tables of data/kinds, embedded by the build (see kind_tables.cpp.in).

#include <string_view>

namespace parcours::directory::tables {

extern const std::string_view kFinessCategoriesCsv;
extern const std::string_view kOsmTagsCsv;

}  // namespace parcours::directory::tables
