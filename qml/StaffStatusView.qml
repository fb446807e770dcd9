import QtQuick

// For counter staff: is this kiosk keeping up? Opened by holding the top-left corner.
Rectangle {
    id: statusView

    required property QtObject status
    property real u: 1
    signal closeRequested()

    color: "#CC000000"

    MouseArea { anchors.fill: parent } // nothing behind reacts while it is open

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80 * statusView.u, 1100 * statusView.u)
        height: details.implicitHeight + 80 * statusView.u
        radius: 24 * statusView.u
        color: Theme.surface

        Column {
            id: details
            anchors.fill: parent
            anchors.margins: 40 * statusView.u
            spacing: 22 * statusView.u

            Text {
                text: qsTr("Trạng thái kiosk")
                font.family: Theme.fontFamily
                font.pixelSize: 52 * statusView.u
                font.bold: true
                color: Theme.ink
            }
            StatusLine {
                u: statusView.u
                label: qsTr("Đánh giá chờ gửi")
                value: statusView.status.queuedCount
                objectName: "queuedLine"
            }
            StatusLine {
                u: statusView.u
                label: qsTr("Đồng bộ thành công gần nhất")
                value: isNaN(statusView.status.lastSuccessfulSync.getTime())
                       ? qsTr("chưa có")
                       : Qt.formatDateTime(statusView.status.lastSuccessfulSync, "dd/MM/yyyy HH:mm:ss")
            }
            StatusLine {
                u: statusView.u
                label: qsTr("Máy chủ")
                value: !statusView.status.serverConfigured ? qsTr("chưa cấu hình")
                       : statusView.status.serverReachable ? qsTr("kết nối được")
                                                           : qsTr("không kết nối được")
                warn: !statusView.status.serverReachable
            }
            StatusLine {
                u: statusView.u
                label: qsTr("Bị máy chủ từ chối")
                value: statusView.status.deadLetterCount
                warn: statusView.status.deadLetterCount > 0
            }
            StatusLine {
                u: statusView.u
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
                font.pixelSize: 28 * statusView.u
                color: Theme.inkSoft
            }
            KioskButton {
                objectName: "closeStatusButton"
                u: statusView.u
                primary: true
                text: qsTr("Đóng")
                onClicked: statusView.closeRequested()
            }
        }
    }
}
