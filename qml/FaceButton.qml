import QtQuick

// One answer: the face, its colour and its word together, never colour alone.
Rectangle {
    id: faceButton

    property int value
    property int face: 3
    property string label
    property bool horizontal: false
    property bool enabledForTaps: true
    property real u: 1
    property real faceSize: 200 * u
    signal chosen(int value)

    radius: 28 * u
    color: tap.pressed ? Qt.darker(Theme.faceTint(face), 1.08) : Theme.faceTint(face)
    border.color: Theme.faceColor(face)
    border.width: 6 * u
    scale: tap.pressed ? 0.96 : 1.0
    Behavior on scale { NumberAnimation { duration: 80 } }

    Accessible.role: Accessible.Button
    Accessible.name: label

    Image {
        id: faceImage
        source: Theme.faceSource(faceButton.face)
        sourceSize: Qt.size(faceButton.faceSize, faceButton.faceSize)
        width: faceButton.faceSize
        height: faceButton.faceSize
        x: faceButton.horizontal ? 40 * faceButton.u : (parent.width - width) / 2
        y: faceButton.horizontal ? (parent.height - height) / 2 : 30 * faceButton.u
    }

    Text {
        id: wordLabel
        text: faceButton.label
        font.family: Theme.fontFamily
        font.pixelSize: 40 * faceButton.u
        font.bold: true
        color: Theme.ink
        wrapMode: Text.WordWrap
        horizontalAlignment: faceButton.horizontal ? Text.AlignLeft : Text.AlignHCenter
        width: faceButton.horizontal ? parent.width - faceImage.width - 100 * faceButton.u
                                     : parent.width - 20 * faceButton.u
        x: faceButton.horizontal ? faceImage.x + faceImage.width + 40 * faceButton.u : 10 * faceButton.u
        y: faceButton.horizontal ? (parent.height - height) / 2
                                 : faceImage.y + faceImage.height + 20 * faceButton.u
    }

    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: faceButton.enabledForTaps
        onClicked: faceButton.chosen(faceButton.value)
    }
}
