import QtQuick

// One follow-up reason: its keypad number, a big icon and its words; a tick on the icon and a
// thick border when picked; tap again to take it back.
Rectangle {
    id: tile

    property string code
    property string label
    property string icon
    property bool selected: false
    property int number: 0
    signal toggled(string code)

    readonly property real padding: Theme.mm(Theme.tablet ? 2 : 4)

    radius: Theme.radius
    color: selected ? Theme.selectedSurface : Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: selected ? Math.round(Theme.mm(1.8)) : Theme.borderWidth

    Accessible.role: Accessible.CheckBox
    Accessible.name: label
    Accessible.checked: selected

    Text {
        id: numberLabel
        // The keypad number that toggles this reason.
        anchors.left: parent.left
        anchors.leftMargin: tile.padding
        anchors.verticalCenter: parent.verticalCenter
        text: tile.number
        visible: tile.number > 0
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textSmall
        font.bold: true
        color: Theme.inkSoft
    }
    Rectangle {
        id: iconImage
        anchors.left: numberLabel.right
        anchors.leftMargin: tile.padding
        anchors.verticalCenter: parent.verticalCenter
        width: Math.min(Theme.mm(Theme.tablet ? 8 : 22), tile.height - 2 * tile.padding)
        height: width
        radius: width / 4
        color: Theme.iconChip
        Image {
            anchors.fill: parent
            anchors.margins: Theme.mm(1)
            source: Theme.iconSource(tile.icon)
            sourceSize: Qt.size(width, height)
            onStatusChanged: if (status === Image.Error) source = Theme.iconSource("more")
        }
        Image {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: -width / 3
            width: parent.width * 0.6
            height: width
            sourceSize: Qt.size(width, height)
            source: "qrc:/hailong/icons/check.svg"
            visible: tile.selected
        }
    }
    Text {
        anchors.left: iconImage.right
        anchors.leftMargin: tile.padding
        anchors.right: parent.right
        anchors.rightMargin: tile.padding
        anchors.verticalCenter: parent.verticalCenter
        text: tile.label
        wrapMode: Text.Wrap // a word longer than the line breaks rather than hides
        maximumLineCount: 3
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textLabel
        font.bold: tile.selected
        color: Theme.ink
    }

    MouseArea {
        anchors.fill: parent
        onClicked: tile.toggled(tile.code)
    }
}
