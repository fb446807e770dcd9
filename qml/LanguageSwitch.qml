import QtQuick

// Vietnamese first, English second; always in sight while a citizen answers.
Row {
    id: languageSwitch

    required property QtObject session
    property real u: 1

    spacing: 0
    Repeater {
        model: [{ code: "vi", name: "Tiếng Việt" }, { code: "en", name: "English" }]
        delegate: Rectangle {
            required property var modelData
            readonly property bool current: languageSwitch.session.language === modelData.code
            objectName: "language-" + modelData.code
            width: name.implicitWidth + 50 * languageSwitch.u
            height: 80 * languageSwitch.u
            color: current ? Theme.accent : Theme.surface
            border.color: Theme.accent
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
                font.pixelSize: 32 * languageSwitch.u
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
