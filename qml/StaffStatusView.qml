import QtQuick

// For counter staff: is this kiosk keeping up? Opened by holding the top-left corner.
Rectangle {
    id: statusView

    required property QtObject status
    signal closeRequested()

    color: "#CC000000"

    MouseArea { anchors.fill: parent } // nothing behind reacts while it is open

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.edge, Theme.mm(280))
        height: details.implicitHeight + 2 * Theme.spaceLarge
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: details
            anchors.fill: parent
            anchors.margins: Theme.spaceLarge
            spacing: Theme.spaceSmall

            Text {
                text: qsTr("Trạng thái kiosk")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.textHeading
                font.bold: true
                color: Theme.ink
            }
            StatusLine {
                width: parent.width
                label: qsTr("Đánh giá chờ gửi")
                value: statusView.status.queuedCount
                objectName: "queuedLine"
            }
            StatusLine {
                width: parent.width
                label: qsTr("Đồng bộ thành công gần nhất")
                value: isNaN(statusView.status.lastSuccessfulSync.getTime())
                       ? qsTr("chưa có")
                       : Qt.formatDateTime(statusView.status.lastSuccessfulSync, "dd/MM/yyyy HH:mm:ss")
            }
            StatusLine {
                width: parent.width
                label: qsTr("Máy chủ")
                value: !statusView.status.serverConfigured ? qsTr("chưa cấu hình")
                       : statusView.status.serverReachable ? qsTr("kết nối được")
                                                           : qsTr("không kết nối được")
                warn: !statusView.status.serverReachable
            }
            StatusLine {
                width: parent.width
                label: qsTr("Bị máy chủ từ chối")
                value: statusView.status.deadLetterCount
                warn: statusView.status.deadLetterCount > 0
            }
            StatusLine {
                width: parent.width
                visible: statusView.status.lastError.length > 0
                label: qsTr("Lỗi gần nhất")
                value: statusView.status.lastError
                warn: true
            }
            Text {
                width: parent.width
                wrapMode: Text.WrapAnywhere
                text: statusView.status.serverUrl
                font.family: Theme.fontFamily
                font.pixelSize: Theme.textSmall
                color: Theme.inkSoft
            }
            KioskButton {
                objectName: "closeStatusButton"
                primary: true
                text: qsTr("Đóng")
                onClicked: statusView.closeRequested()
            }
        }
    }
}
