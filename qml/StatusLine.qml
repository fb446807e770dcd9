import QtQuick

// One "label: value" line of the staff status view.
Row {
    id: line

    property string label
    property var value
    property bool warn: false
    property real u: 1

    spacing: 20 * u
    Text {
        text: line.label + ":"
        font.family: Theme.fontFamily
        font.pixelSize: 34 * line.u
        color: Theme.inkSoft
    }
    Text {
        text: String(line.value)
        font.family: Theme.fontFamily
        font.pixelSize: 34 * line.u
        font.bold: true
        color: line.warn ? Theme.warning : Theme.ink
    }
}
