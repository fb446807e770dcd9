import QtQuick

// Vietnamese first, English second, then any language pack the centre added; in sight on
// every screen.
Row {
    id: languageSwitch

    required property QtObject session
    property real u: 1

    spacing: Theme.minGap
    Repeater {
        model: languageSwitch.session.languages
        delegate: Rectangle {
            required property var modelData
            readonly property bool current: languageSwitch.session.language === modelData.code
            objectName: "language-" + modelData.code
            width: Math.max(name.implicitWidth + 44 * languageSwitch.u, Theme.minTarget)
            height: Math.max(84 * languageSwitch.u, Theme.minTarget)
            color: current ? Theme.accent : Theme.surface
            border.color: current ? Theme.ink : Theme.accent
            border.width: 3 * languageSwitch.u
            radius: 14 * languageSwitch.u

            Accessible.role: Accessible.RadioButton
            Accessible.name: modelData.name
            Accessible.checked: current

            Text {
                id: name
                anchors.centerIn: parent
                // Each language names itself, so no one needs the other to find theirs.
                text: modelData.name
                font.family: Theme.fontFamily
                font.pixelSize: 34 * languageSwitch.u
                font.bold: parent.current
                color: parent.current ? Theme.accentInk : Theme.accent
            }
            MouseArea {
                anchors.fill: parent
                onClicked: languageSwitch.session.language = modelData.code
            }
        }
    }
}
