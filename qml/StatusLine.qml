import QtQuick

// One "label: value" line of the staff status view; the value goes under its label when the
// two do not fit side by side.
Flow {
    id: line

    property string label
    property var value
    property bool warn: false

    spacing: Theme.spaceSmall
    Text {
        text: line.label + ":"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textBody
        color: Theme.inkSoft
    }
    Text {
        width: Math.min(implicitWidth, line.width)
        wrapMode: Text.WrapAnywhere
        text: String(line.value)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textBody
        font.bold: true
        color: line.warn ? Theme.warning : Theme.ink
    }
}
