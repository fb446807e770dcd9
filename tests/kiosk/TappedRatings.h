#pragma once

#include "rating/Rating.h"
#include "sync/SyncClient.h"

namespace hailong::testing {

// A rating as the kiosk seals it when a citizen taps `overall` and finishes: dated now, in the
// centre's UTC+7, on the default survey.
Rating tappedRating(qint64 seq, int overall);

// Sync timings short enough for a test to watch several retries.
SyncClient::Tuning quickRetries();

} // namespace hailong::testing
