import QtQuick

// The attract screen: a greeting and the faces. Tapping a face already rates; tapping
// anywhere else opens the question.
Item {
    id: idle

    required property QtObject session
    property real u: 1
    property real topInset: 90 * u
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
        width: parent.width - 120 * idle.u
        spacing: 24 * idle.u

        Image {
            anchors.horizontalCenter: parent.horizontalCenter
            source: "qrc:/hailong/icons/heart.svg"
            sourceSize: Qt.size((idle.tall ? 120 : 90) * idle.u, (idle.tall ? 120 : 90) * idle.u)
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Xin mời Ông/Bà đánh giá sự phục vụ")
            font.family: Theme.fontFamily
            font.pixelSize: 64 * idle.u
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Chạm vào một khuôn mặt. Chỉ cần một lần chạm.")
            font.family: Theme.fontFamily
            font.pixelSize: 40 * idle.u
            color: Theme.inkSoft
        }
    }

    FaceChoice {
        anchors.top: greeting.bottom
        anchors.topMargin: 50 * idle.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (idle.tall ? 120 : 70) * idle.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 100 * idle.u
        u: idle.u
        levels: idle.session.levels
        onChosen: (value) => idle.session.chooseLevel(value)
    }
}
