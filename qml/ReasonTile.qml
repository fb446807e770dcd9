import QtQuick

// One follow-up reason: a big icon and its words; tap again to take it back.
Rectangle {
    id: tile

    property string code
    property string label
    property string icon
    property bool selected: false
    property int number: 0
    property real u: 1
    signal toggled(string code)

    radius: 24 * u
    color: selected ? Theme.selectedSurface : Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: (selected ? 8 : 3) * u

    Accessible.role: Accessible.CheckBox
    Accessible.name: label
    Accessible.checked: selected

    Rectangle {
        id: iconImage
        anchors.left: parent.left
        anchors.leftMargin: 40 * tile.u
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(100 * tile.u, tile.height - 30 * tile.u)
        height: width
        radius: width / 4
        color: Theme.iconChip
        Image {
            anchors.fill: parent
            anchors.margins: 4 * tile.u
            source: Theme.iconSource(tile.icon)
            sourceSize: Qt.size(width, height)
            onStatusChanged: if (status === Image.Error) source = Theme.iconSource("more")
        }
    }
    Text {
        anchors.left: iconImage.right
        anchors.leftMargin: 24 * tile.u
        anchors.right: mark.left
        anchors.rightMargin: 12 * tile.u
        anchors.verticalCenter: parent.verticalCenter
        text: tile.label
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: 36 * tile.u
        font.bold: tile.selected
        color: Theme.ink
    }
    Image {
        id: mark
        anchors.right: parent.right
        anchors.rightMargin: 24 * tile.u
        anchors.verticalCenter: parent.verticalCenter
        width: 60 * tile.u
        height: width
        sourceSize: Qt.size(width, height)
        source: "qrc:/hailong/icons/check.svg"
        opacity: tile.selected ? 1 : 0
    }
    Text {
        // The keypad number that toggles this reason.
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 6 * tile.u
        text: tile.number
        visible: tile.number > 0
        font.family: Theme.fontFamily
        font.pixelSize: 28 * tile.u
        font.bold: true
        color: Theme.inkSoft
    }

    MouseArea {
        anchors.fill: parent
        onClicked: tile.toggled(tile.code)
    }
}
