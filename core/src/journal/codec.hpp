#pragma once
// Records ↔ protobuf payloads (proto/journal.proto). Encoding goes over the stored
// payload, so the fields a newer app added, which this one does not know, are kept.

#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::journal {

// `previous`: the payload of the version being edited (empty for a new record).
// `markSelf`: the profile is the user's own (the default); otherwise the mark is kept as is.
Result<std::string> encode(const Profile& profile, std::string_view previous,
                           bool markSelf = false);
// Whether a profile payload is the user's own.
bool isSelfProfile(std::string_view payload);
Result<std::string> encode(const Demarche& demarche, std::string_view previous);
Result<std::string> encode(const Call& call, std::string_view previous);

// The id is not in the payload: it comes from the version row.
Result<Profile> decodeProfile(const RecordId& id, std::string_view payload);
Result<Demarche> decodeDemarche(const RecordId& id, std::string_view payload);
Result<Call> decodeCall(const RecordId& id, std::string_view payload);

}  // namespace parcours::journal
