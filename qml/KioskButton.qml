import QtQuick

// A large, plainly labelled button, never smaller than 2 cm: `primary` marks the way
// forward, `warning` asks for attention; an icon may stand before the words or above them.
Rectangle {
    id: button

    property string text
    property string accessibleName: text
    property string iconName
    property bool primary: false
    property bool warning: false
    property real fontSize: Theme.textLabel
    property bool bold: true
    property real sidePadding: Theme.mm(Theme.tablet ? 3 : 8)
    property bool iconAbove: false
    // Two lines break the words where the wider line is narrowest, for a narrow bar.
    property int lines: 1
    signal clicked()

    readonly property color fill: warning ? Theme.warning : primary ? Theme.accent : Theme.surface
    readonly property color ink: warning ? Theme.warningInk : primary ? Theme.accentInk : Theme.ink

    implicitWidth: Math.max(content.implicitWidth + 2 * sidePadding, Theme.minTarget)
    implicitHeight: Math.max(content.implicitHeight + 2 * Theme.mm(1.5), Theme.minTarget)
    radius: Theme.radius
    color: tap.pressed ? (primary || warning ? Qt.darker(fill, 1.2) : Theme.pressedSurface) : fill
    border.color: warning ? Theme.warning : primary ? Theme.accent : Theme.border
    border.width: Theme.borderWidth

    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    readonly property alias content: content

    FontMetrics {
        id: metrics
        font.family: Theme.fontFamily
        font.pixelSize: button.fontSize
        font.bold: button.bold
    }
    readonly property real labelWidth: {
        const size = metrics.font.pixelSize + (metrics.font.bold ? 1 : 0) // re-measure when the font changes
        const words = button.text.split(" ")
        let best = metrics.advanceWidth(button.text)
        if (button.lines > 1) {
            for (let i = 1; i < words.length; ++i) {
                best = Math.min(best, Math.max(metrics.advanceWidth(words.slice(0, i).join(" ")),
                                               metrics.advanceWidth(words.slice(i).join(" "))))
            }
        }
        return size > 0 ? Math.ceil(best) + 2 : 0
    }

    Grid {
        id: content
        anchors.centerIn: parent
        columns: button.iconAbove ? 1 : 2
        spacing: Theme.mm(button.iconAbove ? 1 : 3)
        horizontalItemAlignment: Grid.AlignHCenter
        verticalItemAlignment: Grid.AlignVCenter
        Rectangle {
            visible: button.iconName.length > 0
            width: Math.round(Math.min(button.fontSize * 1.4, Theme.mm(Theme.tablet ? 7 : 11)))
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
            width: button.labelWidth
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: button.text
            font.family: Theme.fontFamily
            font.pixelSize: button.fontSize
            font.bold: button.bold
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
