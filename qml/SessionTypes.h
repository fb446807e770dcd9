#pragma once

#include "session/RatingSession.h"
#include "session/SessionAssists.h"

#include <QtQml/qqml.h>

// The kiosk's C++ types as the screens know them: `RatingSession.Question` and the other
// screens are compared against `session.screen`. The kiosk makes the one session; QML only
// reads it and forwards taps.
struct RatingSessionForeign
{
    Q_GADGET
    QML_FOREIGN(hailong::RatingSession)
    QML_NAMED_ELEMENT(RatingSession)
    QML_UNCREATABLE("the kiosk makes its one session")
};

struct SessionAssistsForeign
{
    Q_GADGET
    QML_FOREIGN(hailong::SessionAssists)
    QML_NAMED_ELEMENT(SessionAssists)
    QML_UNCREATABLE("each session has its own assists")
};
