import QtQuick

// How long the session stays open without a touch: a bar always, words in the last seconds.
Item {
    id: countdown

    required property QtObject session
    property real u: 1
    readonly property int warnFromSeconds: 10
    readonly property real fraction: session.timeoutMs > 0
                                     ? Math.min(1, session.secondsLeft * 1000 / session.timeoutMs) : 0

    implicitHeight: 14 * u

    Rectangle {
        anchors.fill: parent
        color: "#DDE3EA"
    }
    Rectangle {
        objectName: "countdownFill"
        width: parent.width * countdown.fraction
        height: parent.height
        color: countdown.session.secondsLeft <= countdown.warnFromSeconds ? Theme.warning : Theme.accent
        Behavior on width { NumberAnimation { duration: 200 } }
    }
    Rectangle {
        objectName: "countdownNotice"
        visible: countdown.session.secondsLeft > 0
                 && countdown.session.secondsLeft <= countdown.warnFromSeconds
        anchors.top: parent.bottom
        anchors.topMargin: (countdown.width < 1300 * countdown.u ? 110 : 16) * countdown.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: notice.implicitWidth + 60 * countdown.u
        height: notice.implicitHeight + 24 * countdown.u
        radius: height / 2
        color: Theme.warning

        Text {
            id: notice
            anchors.centerIn: parent
            text: qsTr("Tự động kết thúc sau %1 giây").arg(countdown.session.secondsLeft)
            font.family: Theme.fontFamily
            font.pixelSize: 32 * countdown.u
            font.bold: true
            color: "#FFFFFF"
        }
    }
}
