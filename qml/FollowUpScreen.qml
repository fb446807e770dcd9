import QtQuick

// "What went wrong" after levels below satisfied, "what went well" after the others.
// Optional: the rating already counts; any number of reasons may be picked.
//
// The reasons take as few columns as let every tile be 2 cm tall, so each keeps the widest
// room for its words. Only when not even the most columns fit does the list scroll, with a bar
// along its side and an arrow at its foot.
Item {
    id: followUp

    required property QtObject session
    property real topInset: Theme.mm(30)
    readonly property bool tall: height > width
    // A tablet on its side: the chosen face stands beside the question to leave the height to
    // the reasons.
    readonly property bool shortScreen: !tall && Theme.heightMm < 200

    Column {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: followUp.topInset
        width: parent.width - 2 * Theme.edge
        spacing: Theme.spaceSmall

        ChosenLevel {
            visible: !followUp.shortScreen
            anchors.horizontalCenter: parent.horizontalCenter
            session: followUp.session
        }
        Row {
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.spaceSmall
            ChosenLevel {
                id: chosenFace
                visible: followUp.shortScreen
                anchors.verticalCenter: parent.verticalCenter
                faceOnly: true
                session: followUp.session
            }
            Text {
                width: Math.min(Math.ceil(headingMetrics.advanceWidth) + 2,
                                header.width - (chosenFace.visible ? chosenFace.width + parent.spacing : 0))
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: headingMetrics.text
                font: headingMetrics.font
                color: Theme.ink
                TextMetrics {
                    id: headingMetrics
                    text: followUp.session.followUpPositive ? qsTr("Điều gì làm Ông/Bà hài lòng?")
                                                            : qsTr("Điều gì chưa tốt?")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.textHeading
                    font.bold: true
                }
            }
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Chọn một hoặc nhiều ý (không bắt buộc)")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textBody
            color: Theme.inkSoft
        }
    }

    readonly property int reasonCount: session.reasonOptions.length
    readonly property real tileGap: Theme.minGap
    readonly property real minTileWidth: Theme.mm(Theme.tablet ? 45 : 70)
    readonly property real maxTileWidth: Theme.mm(200)
    readonly property real maxTileHeight: Theme.mm(Theme.tablet ? 32 : 35)
    function tileHeightFor(columns) {
        const rows = Math.ceil(reasonCount / columns)
        return (list.height - (rows - 1) * tileGap) / Math.max(1, rows)
    }
    function tileWidthFor(columns) { return (list.width - (columns - 1) * tileGap) / columns }
    readonly property int columns: {
        let widest = 1
        for (let c = 1; c <= Math.max(1, reasonCount); ++c) {
            if (c > 1 && tileWidthFor(c) < minTileWidth)
                break
            widest = c
            if (tileHeightFor(c) >= Theme.minTarget)
                return c
        }
        return widest
    }
    readonly property real tileWidth: Math.min(tileWidthFor(columns), maxTileWidth)
    readonly property real tileHeight: Math.min(Math.max(tileHeightFor(columns), Theme.minTarget), maxTileHeight)

    Flickable {
        id: list
        objectName: "reasonList"
        anchors.top: header.bottom
        anchors.topMargin: Theme.spaceSmall
        anchors.left: parent.left
        anchors.leftMargin: Theme.edge
        anchors.right: parent.right
        anchors.rightMargin: Theme.edge
        anchors.bottom: actions.top
        anchors.bottomMargin: Theme.minGap
        contentWidth: width
        contentHeight: tiles.height
        clip: contentHeight > height
        interactive: contentHeight > height
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds

        Grid {
            id: tiles
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(0, (list.height - height) / 2)
            columns: followUp.columns
            spacing: followUp.tileGap

            Repeater {
                model: followUp.session.reasonOptions
                delegate: ReasonTile {
                    required property var modelData
                    required property int index
                    objectName: "reason-" + modelData.code
                    width: followUp.tileWidth
                    height: followUp.tileHeight
                    code: modelData.code
                    label: modelData.label
                    icon: modelData.icon
                    selected: modelData.selected
                    number: index + 1
                    onToggled: (code) => followUp.session.toggleReason(code)
                }
            }
        }
    }
    // The list goes on below: a bar along its edge and an arrow at its foot say so.
    Rectangle {
        objectName: "scrollHint"
        visible: list.interactive
        anchors.left: list.right
        anchors.leftMargin: Theme.mm(1)
        y: list.y + list.visibleArea.yPosition * list.height
        width: Theme.mm(2)
        height: list.visibleArea.heightRatio * list.height
        radius: width / 2
        color: Theme.accent
    }
    Text {
        visible: list.interactive && !list.atYEnd
        anchors.horizontalCenter: list.horizontalCenter
        anchors.top: list.bottom
        text: "▼"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textSmall
        color: Theme.accent
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
            onClicked: followUp.session.skip()
        }
        KioskButton {
            id: next
            objectName: "continueButton"
            width: actions.buttonWidth
            primary: true
            text: qsTr("Tiếp tục")
            onClicked: followUp.session.confirm()
        }
    }
}
