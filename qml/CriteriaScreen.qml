import QtQuick

// After the overall rating, for a survey that asks its criteria: each criterion a row of the
// same faces. Optional as a whole: the rating already counts, any row may stay empty and one
// "Bỏ qua" leaves them all. The row the keypad answers next is framed.
Item {
    id: criteria

    required property QtObject session
    property real topInset: Theme.mm(30)

    readonly property var levels: session.levels
    readonly property int faceCount: Math.max(1, levels.length)
    readonly property real rowGap: Theme.minGap
    readonly property real faceGap: Theme.minGap
    readonly property real faceHeight: Theme.minTarget
    readonly property real besideWidth: width - 2 * Theme.edge
    readonly property real leastFacesWidth: faceCount * Theme.minTarget + (faceCount - 1) * faceGap
    // The criteria's column beside the faces keeps at least 4 cm and gives way to the faces, so
    // that the fifth face is never cut off. Where even 4 cm is too much (a tablet upright), each
    // criterion stands above its faces, which then take the screen's whole width.
    readonly property bool stacked: besideWidth - Theme.spaceSmall - leastFacesWidth < Theme.mm(40)
    readonly property real columnWidth: Math.min(besideWidth * 0.4, Theme.mm(150),
                                                 besideWidth - Theme.spaceSmall - leastFacesWidth)
    readonly property real labelX: stacked ? Theme.edge : Theme.mm(2)
    readonly property real labelWidth: stacked ? besideWidth : columnWidth - Theme.mm(2)
    // Wide cells keep the words above them to two lines; the faces keep the least height a
    // target may have, so that every row fits on the panel.
    readonly property real faceCell: Math.max(Theme.minTarget, Math.min(Theme.mm(50),
        ((stacked ? besideWidth : besideWidth - columnWidth - Theme.spaceSmall)
         - (faceCount - 1) * faceGap) / faceCount))
    readonly property real facesWidth: faceCount * faceCell + (faceCount - 1) * faceGap
    // Where a row's faces begin: after the criteria's column, or centred under the criterion.
    readonly property real facesX: stacked ? (width - facesWidth) / 2 : columnWidth + Theme.spaceSmall

    Text {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: criteria.topInset
        width: parent.width - 2 * Theme.edge
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Ông/Bà đánh giá thêm từng mặt sau")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textHeading
        font.bold: true
        color: Theme.ink
    }

    // The table's head: the hint above the criteria, the faces' words once above their columns.
    // The hint sits in the criteria's column rather than under the heading, so that five
    // criteria fit on the 1920×1080 panel without scrolling.
    Item {
        id: wordsRow
        anchors.top: header.bottom
        anchors.topMargin: Theme.spaceSmall
        x: rows.x
        width: rows.width
        height: criteria.stacked ? levelWords.y + levelWords.implicitHeight
                                 : Math.max(hint.implicitHeight, levelWords.implicitHeight)

        Text {
            id: hint
            x: criteria.labelX
            width: criteria.labelWidth
            wrapMode: Text.WordWrap
            text: qsTr("Không bắt buộc: chọn mặt nào cũng được, hoặc bỏ qua")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.minBodyText
            color: Theme.inkSoft
        }
        Row {
            id: levelWords
            x: criteria.facesX
            y: criteria.stacked ? hint.implicitHeight + Theme.spaceSmall : 0
            spacing: criteria.faceGap
            Repeater {
                model: criteria.levels
                delegate: Text {
                    required property var modelData
                    width: criteria.faceCell
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: modelData.label
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.minBodyText
                    color: Theme.ink
                }
            }
        }
    }

    Flickable {
        id: rows
        objectName: "criterionList"
        anchors.top: wordsRow.bottom
        anchors.topMargin: Theme.spaceSmall
        anchors.left: parent.left
        anchors.leftMargin: criteria.stacked ? 0 : Theme.edge
        anchors.right: parent.right
        anchors.rightMargin: criteria.stacked ? 0 : Theme.edge
        anchors.bottom: actions.top
        anchors.bottomMargin: Theme.minGap
        contentWidth: width
        contentHeight: rowColumn.height
        clip: contentHeight > height
        interactive: contentHeight > height
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: rowColumn
            width: rows.width
            spacing: criteria.rowGap

            Repeater {
                model: criteria.session.criterionOptions
                delegate: Rectangle {
                    id: criterionRow
                    required property var modelData
                    required property int index
                    readonly property bool current: index === criteria.session.criterionIndex
                    objectName: "criterion-" + modelData.code
                    width: rowColumn.width
                    height: criteria.stacked
                            ? Theme.mm(1.5) + rowLabel.implicitHeight + Theme.spaceSmall
                              + criteria.faceHeight
                            : Math.max(criteria.faceHeight, rowLabel.implicitHeight)
                    radius: Theme.radius
                    color: "transparent"
                    border.color: Theme.accent
                    border.width: current ? Math.round(Theme.mm(1)) : 0
                    // The row the keypad answers next stays in view.
                    onCurrentChanged: if (current) rows.contentY = Math.max(0, Math.min(
                                          y + height - rows.height, rows.contentHeight - rows.height))

                    Text {
                        id: rowLabel
                        x: criteria.labelX
                        y: criteria.stacked ? Theme.mm(1.5) : (parent.height - implicitHeight) / 2
                        width: criteria.labelWidth
                        wrapMode: Text.WordWrap
                        text: criterionRow.modelData.label
                        font.family: Theme.fontFamily
                        // Two lines of the least body text stay within a face's 2 cm height.
                        font.pixelSize: Theme.minBodyText
                        font.bold: true
                        color: Theme.ink
                    }
                    Row {
                        id: faces
                        x: criteria.facesX
                        y: criteria.stacked ? parent.height - criteria.faceHeight
                                            : (parent.height - criteria.faceHeight) / 2
                        spacing: criteria.faceGap
                        Repeater {
                            model: criteria.levels
                            delegate: FaceButton {
                                required property var modelData
                                readonly property bool picked:
                                    criterionRow.modelData.level === modelData.value
                                objectName: "criterion-" + criterionRow.modelData.code + "-"
                                            + modelData.value
                                width: criteria.faceCell
                                height: criteria.faceHeight
                                value: modelData.value
                                face: modelData.face
                                label: modelData.label
                                wordShown: false
                                faceSize: criteria.faceHeight - 2 * padding
                                padding: Theme.mm(1.5)
                                opacity: criterionRow.modelData.level === 0 || picked ? 1 : 0.4
                                border.width: Math.round(Theme.mm(picked ? 2.5 : 1))
                                onChosen: (value) => criteria.session.answerCriterion(
                                              criterionRow.modelData.code, value)
                            }
                        }
                    }
                }
            }
        }
    }

    Grid {
        id: actions
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.edge
        columns: 2
        spacing: Math.max(Theme.spaceLarge, Theme.minGap)
        readonly property real buttonWidth: Math.max(skip.implicitWidth, next.implicitWidth)

        KioskButton {
            id: skip
            objectName: "skipButton"
            width: actions.buttonWidth
            text: qsTr("Bỏ qua")
            onClicked: criteria.session.skip()
        }
        KioskButton {
            id: next
            objectName: "continueButton"
            width: actions.buttonWidth
            primary: true
            text: qsTr("Tiếp tục")
            onClicked: criteria.session.confirm()
        }
    }
}
