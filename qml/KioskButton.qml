import QtQuick

// A large, plainly labelled button; `primary` marks the way forward.
Rectangle {
    id: button

    property string text
    property bool primary: false
    property real u: 1
    signal clicked()

    implicitWidth: Math.max(label.implicitWidth + 80 * u, 260 * u)
    implicitHeight: 110 * u
    radius: 20 * u
    color: primary ? (tap.pressed ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                   : (tap.pressed ? "#E3E8EF" : Theme.surface)
    border.color: primary ? Theme.accent : Theme.inkSoft
    border.width: Math.max(2, 3 * u)

    Accessible.role: Accessible.Button
    Accessible.name: text

    Text {
        id: label
        anchors.centerIn: parent
        text: button.text
        font.family: Theme.fontFamily
        font.pixelSize: 38 * button.u
        font.bold: true
        color: button.primary ? Theme.accentInk : Theme.ink
    }

    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
