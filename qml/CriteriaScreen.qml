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
    readonly property real labelWidth: Math.min(rows.width * 0.4, Theme.mm(150))
    // Wide cells keep the words above them to two lines; the faces keep the least height a
    // target may have, so that every row fits on the panel.
    readonly property real faceCell: Math.max(Theme.minTarget,
                                              Math.min(Theme.mm(50),
                                                       (rows.width - labelWidth - Theme.spaceSmall
                                                        - (faceCount - 1) * faceGap) / faceCount))
    readonly property real faceHeight: Theme.minTarget

    Column {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: criteria.topInset
        width: parent.width - 2 * Theme.edge
        spacing: Theme.spaceSmall / 2

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Ông/Bà đánh giá thêm từng mặt sau")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textHeading
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Không bắt buộc: chọn mặt nào cũng được, hoặc bỏ qua")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textBody
            color: Theme.inkSoft
        }
    }

    // The faces' words once, above their columns.
    Row {
        id: wordsRow
        anchors.top: header.bottom
        anchors.topMargin: Theme.spaceSmall
        x: rows.x + criteria.labelWidth + Theme.spaceSmall
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

    Flickable {
        id: rows
        objectName: "criterionList"
        anchors.top: wordsRow.bottom
        anchors.topMargin: Theme.spaceSmall
        anchors.left: parent.left
        anchors.leftMargin: Theme.edge
        anchors.right: parent.right
        anchors.rightMargin: Theme.edge
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
                    height: Math.max(criteria.faceHeight, rowLabel.implicitHeight)
                    radius: Theme.radius
                    color: "transparent"
                    border.color: Theme.accent
                    border.width: current ? Math.round(Theme.mm(1)) : 0
                    // The row the keypad answers next stays in view.
                    onCurrentChanged: if (current) rows.contentY = Math.max(0, Math.min(
                                          y + height - rows.height, rows.contentHeight - rows.height))

                    Text {
                        id: rowLabel
                        x: Theme.mm(2)
                        width: criteria.labelWidth - Theme.mm(2)
                        anchors.verticalCenter: parent.verticalCenter
                        wrapMode: Text.WordWrap
                        text: criterionRow.modelData.label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.textBody
                        font.bold: true
                        color: Theme.ink
                    }
                    Row {
                        x: criteria.labelWidth + Theme.spaceSmall
                        anchors.verticalCenter: parent.verticalCenter
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
