import QtQuick

// The five (or three, or four) faces, in a row on wide screens and a column on tall ones.
Item {
    id: choice

    property var levels: []
    property bool locked: false
    property real u: 1
    signal chosen(int value)

    readonly property bool stacked: width < height * 1.2
    readonly property int count: Math.max(1, levels.length)
    readonly property real spacing: Math.max(24 * u, Theme.minGap)
    readonly property real labelRoom: 2.7 * 40 * u + 80 * u
    readonly property real cellWidth: stacked ? Math.min(width, 900 * u)
                                              : (width - (count - 1) * spacing) / count
    readonly property real faceSize: stacked
        ? Math.min((height - (count - 1) * spacing) / count - 30 * u, 220 * u)
        : Math.min(cellWidth - 40 * u, 220 * u, height - labelRoom)
    readonly property real cellHeight: stacked ? (height - (count - 1) * spacing) / count
                                               : Math.min(height, faceSize + labelRoom)

    Grid {
        id: grid
        anchors.centerIn: parent
        columns: choice.stacked ? 1 : choice.count
        spacing: choice.spacing

        Repeater {
            model: choice.levels
            delegate: FaceButton {
                required property var modelData
                objectName: "face-" + modelData.value
                u: choice.u
                value: modelData.value
                face: modelData.face
                label: modelData.label
                horizontal: choice.stacked
                enabledForTaps: !choice.locked
                width: choice.cellWidth
                height: choice.cellHeight
                faceSize: choice.faceSize
                onChosen: (value) => choice.chosen(value)
            }
        }
    }
}
