import QtQuick

// A short thank-you; the faces stay locked until it is gone.
Item {
    id: thanks

    required property QtObject session
    property real topInset: 0

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.edge
        spacing: Theme.spaceLarge

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "qrc:/hailong/icons/heart.svg"
            sourceSize: Qt.size(Theme.mm(Theme.tablet ? 25 : 55), Theme.mm(Theme.tablet ? 25 : 55))
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Cảm ơn Ông/Bà!")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textHero
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textLabel
            color: Theme.inkSoft
        }
    }
}
