#pragma once

#include <QString>
#include <optional>

namespace hailong {

// The family the PDFs are set in: a Times New Roman-like serif with every Vietnamese glyph
// (Nghị định 30/2020/NĐ-CP), else any installed family that has them; none when no font has.
// Needs a QGuiApplication.
std::optional<QString> vietnameseFontFamily();

} // namespace hailong
