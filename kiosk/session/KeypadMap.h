#pragma once

namespace hailong {

// What a key of the kiosk's keypad means, on any screen. The session decides what a number,
// Enter or Escape does on the screen it shows (RatingSession::keyPressed).
//   0 speak the screen · * or H high contrast · # or L next language · + and - the volume
//   1–9 a number (a level on the question, a reason on the follow-up)
//   Enter confirm · Escape skip
enum class KeypadAction {
    Speak,
    HighContrast,
    NextLanguage,
    Louder,
    Quieter,
    Number,
    Confirm,
    Skip,
    Other
};

struct KeypadPress
{
    KeypadAction action = KeypadAction::Other;
    int number = 0; // 1–9 for a Number

    // `qtKey` as Qt names it (Qt::Key_1, Qt::Key_Return …).
    static KeypadPress of(int qtKey);
};

} // namespace hailong
