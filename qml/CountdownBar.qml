import QtQuick

// How long the session stays open without a touch: a bar along the top edge; in the last
// seconds (the session's timeWarning) it turns to the warning colour while the notice and the
// more-time button say them in words.
Item {
    id: countdown

    required property QtObject session
    readonly property bool warning: session.timeWarning
    readonly property real fraction: session.timeoutMs > 0
                                     ? Math.min(1, session.secondsLeft * 1000 / session.timeoutMs) : 0

    implicitHeight: Math.round(Theme.mm(Theme.tablet ? 2 : 3.5))

    Rectangle {
        anchors.fill: parent
        color: Theme.track
    }
    Rectangle {
        objectName: "countdownFill"
        width: parent.width * countdown.fraction
        height: parent.height
        color: countdown.warning ? Theme.warning : Theme.accent
        Behavior on width { NumberAnimation { duration: 200 } }
    }
}
