import QtQuick

// A large, plainly labelled button, never smaller than 2 cm: `primary` marks the way
// forward, `warning` asks for attention; an icon may stand before the words.
Rectangle {
    id: button

    property string text
    property string iconName
    property bool primary: false
    property bool warning: false
    property real u: 1
    property real fontSize: 38 * u
    property real sidePadding: 40 * u
    signal clicked()

    readonly property color fill: warning ? Theme.warning : primary ? Theme.accent : Theme.surface
    readonly property color ink: warning ? Theme.warningInk : primary ? Theme.accentInk : Theme.ink

    implicitWidth: Math.max(content.implicitWidth + 2 * sidePadding, 260 * u, Theme.minTarget)
    implicitHeight: Math.max(110 * u, Theme.minTarget)
    radius: 20 * u
    color: tap.pressed ? (primary || warning ? Qt.darker(fill, 1.2) : Theme.pressedSurface) : fill
    border.color: warning ? Theme.warning : primary ? Theme.accent : Theme.border
    border.width: Math.max(2, 3 * u)

    Accessible.role: Accessible.Button
    Accessible.name: text

    readonly property alias content: content

    Row {
        id: content
        anchors.centerIn: parent
        spacing: 16 * button.u
        Rectangle {
            visible: button.iconName.length > 0
            anchors.verticalCenter: parent.verticalCenter
            width: button.fontSize * 1.5
            height: width
            radius: width / 4
            // A light chip keeps a dark line icon visible on a coloured or black button.
            color: button.primary || button.warning ? "#FFFFFF" : Theme.iconChip
            Image {
                anchors.centerIn: parent
                width: parent.width * 0.85
                height: width
                sourceSize: Qt.size(width, height)
                source: button.iconName.length > 0 ? Theme.iconSource(button.iconName) : ""
            }
        }
        Text {
            id: label
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            font.family: Theme.fontFamily
            font.pixelSize: button.fontSize
            font.bold: true
            color: button.ink
        }
    }

    MouseArea {
        id: tap
        objectName: "tapArea"
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
