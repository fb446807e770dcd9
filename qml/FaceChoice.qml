import QtQuick

// The five (or three, or four) faces in whichever arrangement gives the largest faces in the
// room there is: a row (face above its word), a column (face beside its word) or two rows.
// Every button stays at least 2 cm both ways and 8 mm from the next.
Item {
    id: choice

    property var levels: []
    property bool locked: false
    signal chosen(int value)

    readonly property int count: Math.max(1, levels.length)
    readonly property real spacing: Theme.minGap
    readonly property real padding: Theme.mm(Theme.tablet ? 2 : 5)
    readonly property real maxFace: Theme.mm(Theme.tablet ? 30 : 55)
    // A word takes up to three lines under its face ("Rất / không / hài lòng").
    readonly property real wordRoom: 3 * Math.ceil(Theme.textLabel * 1.37) + padding

    function faceAbove(columns, rows) {
        const cellWidth = (width - (columns - 1) * spacing) / columns
        const cellHeight = (height - (rows - 1) * spacing) / rows
        if (cellWidth < Theme.minTarget)
            return 0
        return Math.min(cellWidth - 2 * padding, cellHeight - wordRoom - 2 * padding, maxFace)
    }
    readonly property real faceInRow: faceAbove(count, 1)
    readonly property real faceInTwoRows: count > 2 ? faceAbove(Math.ceil(count / 2), 2) : 0
    readonly property real faceInColumn: {
        const cellHeight = (height - (count - 1) * spacing) / count
        // The word beside the face needs about half the width.
        return Math.min(cellHeight - 2 * padding, width / 2, maxFace)
    }
    readonly property string arrangement: {
        const best = Math.max(faceInRow, faceInTwoRows, faceInColumn)
        return best === faceInColumn ? "column" : best === faceInRow ? "row" : "twoRows"
    }
    readonly property bool stacked: arrangement === "column"
    readonly property int columns: arrangement === "row" ? count : arrangement === "column" ? 1
                                                                 : Math.ceil(count / 2)
    readonly property real faceSize: Math.floor(Math.max(Math.max(faceInRow, faceInTwoRows, faceInColumn),
                                                         Theme.mm(12)))
    readonly property real cellWidth: stacked ? Math.min(width, Theme.mm(220))
                                              : (width - (columns - 1) * spacing) / columns
    readonly property real cellHeight: stacked ? Math.max(faceSize + 2 * padding, Theme.minTarget)
                                               : Math.max(faceSize + wordRoom + 2 * padding, Theme.minTarget)

    readonly property int rows: Math.ceil(count / columns)
    readonly property real blockHeight: rows * cellHeight + (rows - 1) * spacing

    // Placed by hand rather than by a Grid so that a shorter last row stays centred.
    Repeater {
        model: choice.levels
        delegate: FaceButton {
            required property var modelData
            required property int index
            readonly property int row: Math.floor(index / choice.columns)
            readonly property int inRow: row < choice.rows - 1 ? choice.columns
                                                               : choice.count - row * choice.columns
            objectName: "face-" + modelData.value
            value: modelData.value
            face: modelData.face
            label: modelData.label
            horizontal: choice.stacked
            enabledForTaps: !choice.locked
            width: choice.cellWidth
            height: choice.cellHeight
            x: (choice.width - inRow * width - (inRow - 1) * choice.spacing) / 2
               + (index % choice.columns) * (width + choice.spacing)
            y: (choice.height - choice.blockHeight) / 2 + row * (height + choice.spacing)
            faceSize: choice.faceSize
            padding: choice.padding
            onChosen: (value) => choice.chosen(value)
        }
    }
}
