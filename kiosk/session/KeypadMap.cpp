#include "session/KeypadMap.h"

#include <Qt>

namespace hailong {

KeypadPress KeypadPress::of(int qtKey)
{
    if (qtKey >= Qt::Key_1 && qtKey <= Qt::Key_9)
        return {KeypadAction::Number, qtKey - Qt::Key_0};
    switch (qtKey) {
    case Qt::Key_0:
        return {KeypadAction::Speak};
    case Qt::Key_Asterisk:
    case Qt::Key_H:
        return {KeypadAction::HighContrast};
    case Qt::Key_NumberSign:
    case Qt::Key_L:
        return {KeypadAction::NextLanguage};
    case Qt::Key_Plus:
        return {KeypadAction::Louder};
    case Qt::Key_Minus:
        return {KeypadAction::Quieter};
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return {KeypadAction::Confirm};
    case Qt::Key_Escape:
        return {KeypadAction::Skip};
    default:
        return {};
    }
}

} // namespace hailong
