import QtQuick

// A reminder of the face the citizen picked, so later steps read as part of the same answer.
Row {
    id: chosen

    required property QtObject session
    // Only the face, where the height is short and the face stands beside the question.
    property bool faceOnly: false

    spacing: Theme.spaceSmall
    Image {
        anchors.verticalCenter: parent.verticalCenter
        source: chosen.session.levelFace > 0 ? Theme.faceSource(chosen.session.levelFace) : ""
        sourceSize: Qt.size(Theme.mm(Theme.tablet ? 9 : 18), Theme.mm(Theme.tablet ? 9 : 18))
    }
    Text {
        visible: !chosen.faceOnly
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Ông/Bà đã chọn: %1").arg(chosen.session.levelLabel)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textBody
        color: Theme.inkSoft
    }
}
