#pragma once

#include "Result.h"

#include <QString>

namespace hailong {

// The family the PDFs are set in: a Times New Roman-like serif with every Vietnamese glyph
// (Nghị định 30/2020/NĐ-CP), else any installed family that has them; when no font has, the
// error every PDF writer answers with ("report-failed"). Needs a QGuiApplication.
Result<QString> vietnameseFontFamily();

} // namespace hailong
