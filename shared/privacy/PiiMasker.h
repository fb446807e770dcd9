#pragma once

#include <QString>

namespace hailong {

// Masks what could identify a citizen in free text before it is stored: phone numbers
// (Vietnamese 0xxxxxxxxx and +84 forms, with spaces, dots or dashes between digits) and
// 9- or 12-digit ID card numbers (CMND/CCCD). Each digit of a match becomes '*', so the
// text keeps its shape and the number is gone.
class PiiMasker
{
public:
    static QString mask(const QString &text);
};

} // namespace hailong
