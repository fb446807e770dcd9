import QtQuick

// Vietnamese first, English second, then any language pack the centre added; in sight on
// every screen.
Row {
    id: languageSwitch

    required property QtObject session
    property real fontSize: Theme.textLabel
    property real itemHeight: Theme.minTarget

    spacing: Theme.minGap
    Repeater {
        model: languageSwitch.session.assists.languages
        delegate: Rectangle {
            required property var modelData
            readonly property bool current: languageSwitch.session.assists.language === modelData.code
            objectName: "language-" + modelData.code
            width: Math.max(name.implicitWidth + Theme.mm(11), Theme.minTarget)
            height: languageSwitch.itemHeight
            color: current ? Theme.accent : Theme.surface
            border.color: current ? Theme.ink : Theme.accent
            border.width: Theme.borderWidth
            radius: Theme.radius

            Accessible.role: Accessible.RadioButton
            Accessible.name: modelData.name
            Accessible.checked: current

            Text {
                id: name
                anchors.centerIn: parent
                // Each language names itself, so no one needs the other to find theirs.
                text: modelData.name
                font.family: Theme.fontFamily
                font.pixelSize: languageSwitch.fontSize
                font.bold: parent.current
                color: parent.current ? Theme.accentInk : Theme.accent
            }
            MouseArea {
                anchors.fill: parent
                onClicked: languageSwitch.session.assists.language = modelData.code
            }
        }
    }
}
