#pragma once

#include "rating/Rating.h"

namespace hailong {

// Which ratings open a complaint case: every one at level 1 or 2 and every one with a comment
// (Kế hoạch, mục III.1: the centre receives and answers citizens' feedback). A suspect rating
// (a burst no person could give) opens none: it is left out of every figure and comment list.
bool opensCase(const Rating &rating);

} // namespace hailong
