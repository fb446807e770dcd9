import QtQuick

// One answer: the face, its colour and its word together, never colour alone.
Rectangle {
    id: faceButton

    property int value
    property int face: 3
    property string label
    property bool horizontal: false
    property bool wordShown: true // false where the words stand once above a row of faces
    property bool enabledForTaps: true
    property real faceSize: Theme.mm(40)
    property real padding: Theme.mm(5)
    signal chosen(int value)

    radius: Theme.radius * 1.4
    color: tap.pressed ? Qt.darker(Theme.faceTint(face), 1.08) : Theme.faceTint(face)
    border.color: Theme.faceColor(face)
    border.width: Math.round(Theme.mm(1.5))
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
        x: faceButton.horizontal ? faceButton.padding * 2 : (parent.width - width) / 2
        y: faceButton.horizontal || !faceButton.wordShown ? (parent.height - height) / 2
                                                          : faceButton.padding
    }

    Text {
        id: wordLabel
        visible: faceButton.wordShown
        text: faceButton.label
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textLabel
        font.bold: true
        color: Theme.ink
        wrapMode: Text.WordWrap
        horizontalAlignment: faceButton.horizontal ? Text.AlignLeft : Text.AlignHCenter
        width: faceButton.horizontal ? parent.width - x - faceButton.padding
                                     : parent.width - 2 * faceButton.padding
        x: faceButton.horizontal ? faceImage.x + faceImage.width + faceButton.padding * 2 : faceButton.padding
        y: faceButton.horizontal ? (parent.height - height) / 2
                                 : faceImage.y + faceImage.height + faceButton.padding / 2
    }

    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: faceButton.enabledForTaps
        onClicked: faceButton.chosen(faceButton.value)
    }
}
