import QtQuick

// A short thank-you; the faces stay locked until it is gone.
Item {
    id: thanks

    required property QtObject session
    property real u: 1
    property real topInset: 0

    Column {
        anchors.centerIn: parent
        width: parent.width - 160 * thanks.u
        spacing: 40 * thanks.u

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "qrc:/hailong/icons/heart.svg"
            sourceSize: Qt.size(220 * thanks.u, 220 * thanks.u)
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Cảm ơn Ông/Bà!")
            font.family: Theme.fontFamily
            font.pixelSize: 96 * thanks.u
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.")
            font.family: Theme.fontFamily
            font.pixelSize: 44 * thanks.u
            color: Theme.inkSoft
        }
    }
}
