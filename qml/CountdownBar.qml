import QtQuick

// How long the session stays open without a touch: a bar along the top edge; in the last
// seconds the more-time button in the assist bar shows them in words.
Item {
    id: countdown

    required property QtObject session
    readonly property int warnFromSeconds: 10
    readonly property bool warning: session.secondsLeft > 0 && session.secondsLeft <= warnFromSeconds
    readonly property real fraction: session.effectiveTimeoutMs > 0
                                     ? Math.min(1, session.secondsLeft * 1000 / session.effectiveTimeoutMs) : 0

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
