import QtQuick

// A reminder of the face the citizen picked, so later steps read as part of the same answer.
Row {
    id: chosen

    required property QtObject session
    property real u: 1

    spacing: 20 * u
    Image {
        anchors.verticalCenter: parent.verticalCenter
        source: chosen.session.levelFace > 0 ? Theme.faceSource(chosen.session.levelFace) : ""
        sourceSize: Qt.size(72 * chosen.u, 72 * chosen.u)
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Ông/Bà đã chọn: %1").arg(chosen.session.levelLabel)
        font.family: Theme.fontFamily
        font.pixelSize: 36 * chosen.u
        color: Theme.inkSoft
    }
}
