import QtQuick

// The session's last seconds: says it is about to end, how many seconds are left and how to
// get more time. The session decides when (timeWarning); a touch anywhere or any key gives
// the full time again.
Rectangle {
    id: notice

    required property QtObject session

    visible: session.timeWarning
    implicitHeight: column.implicitHeight + 2 * Theme.spaceSmall
    radius: Theme.radius
    color: Theme.warning
    border.color: Theme.warningInk
    border.width: Theme.borderWidth

    Column {
        id: column
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spaceLarge
        spacing: Theme.spaceSmall / 2

        Text {
            objectName: "timeWarningTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textBody
            font.bold: true
            color: Theme.warningInk
            text: qsTr("Sắp hết thời gian") + " — " + qsTr("còn %1 giây").arg(notice.session.secondsLeft)
        }
        Text {
            objectName: "timeWarningHint"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textBody
            color: Theme.warningInk
            text: qsTr("Chạm vào màn hình hoặc bấm phím bất kỳ để thêm thời gian.")
        }
    }
}
