import QtQuick

// The attract screen: a greeting and the faces. Tapping a face already rates; tapping
// anywhere else opens the question.
Item {
    id: idle

    required property QtObject session
    property real topInset: Theme.mm(30)
    readonly property bool tall: height > width

    MouseArea {
        objectName: "backdropTap"
        anchors.fill: parent
        onClicked: idle.session.wake()
    }

    Column {
        id: greeting
        anchors.horizontalCenter: parent.horizontalCenter
        y: idle.topInset
        width: parent.width - 2 * Theme.edge
        spacing: Theme.spaceSmall

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            // On a tablet the faces need the height more than the heart does.
            visible: !Theme.tablet
            source: "qrc:/hailong/icons/heart.svg"
            sourceSize: Qt.size(Theme.mm(idle.tall ? 24 : 20), Theme.mm(idle.tall ? 24 : 20))
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Xin mời Ông/Bà đánh giá sự phục vụ")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textDisplay
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Chạm vào một khuôn mặt. Chỉ cần một lần chạm.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textLabel
            color: Theme.inkSoft
        }
    }

    FaceChoice {
        anchors.top: greeting.bottom
        anchors.topMargin: Theme.spaceLarge
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.edge
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.edge
        levels: idle.session.levels
        onChosen: (value) => idle.session.chooseLevel(value)
    }
}
