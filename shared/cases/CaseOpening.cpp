#include "cases/CaseOpening.h"

namespace hailong {

bool opensCase(const Rating &rating)
{
    return !rating.suspect && (rating.overall <= 2 || !rating.comment.trimmed().isEmpty());
}

} // namespace hailong
