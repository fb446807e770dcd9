import QtQuick

// "What went wrong" after levels below satisfied, "what went well" after the others.
// Optional: the rating already counts; any number of reasons may be picked.
Item {
    id: followUp

    required property QtObject session
    property real u: 1
    property real topInset: 130 * u
    readonly property bool tall: height > width
    // Three across on a wide screen when there are many, so each stays a full 2 cm tall.
    readonly property int columns: tall ? 1 : session.reasonOptions.length > 4 ? 3 : 2

    Column {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: followUp.topInset
        width: parent.width - 120 * followUp.u
        spacing: 20 * followUp.u

        ChosenLevel {
            anchors.horizontalCenter: parent.horizontalCenter
            session: followUp.session
            u: followUp.u
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: followUp.session.followUpPositive ? qsTr("Điều gì làm Ông/Bà hài lòng?")
                                                    : qsTr("Điều gì chưa tốt?")
            font.family: Theme.fontFamily
            font.pixelSize: 56 * followUp.u
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Chọn một hoặc nhiều ý (không bắt buộc)")
            font.family: Theme.fontFamily
            font.pixelSize: 34 * followUp.u
            color: Theme.inkSoft
        }
    }

    Grid {
        id: tiles
        anchors.top: header.bottom
        anchors.topMargin: 40 * followUp.u
        anchors.horizontalCenter: parent.horizontalCenter
        columns: followUp.columns
        spacing: Theme.minGap
        readonly property int rows: Math.ceil(followUp.session.reasonOptions.length / columns)
        readonly property real available: actions.y - y - 40 * followUp.u

        Repeater {
            model: followUp.session.reasonOptions
            delegate: ReasonTile {
                required property var modelData
                required property int index
                objectName: "reason-" + modelData.code
                u: followUp.u
                width: Math.min((followUp.width - 100 * followUp.u - (tiles.columns - 1) * tiles.spacing) / tiles.columns,
                                820 * followUp.u)
                height: Math.min(140 * followUp.u,
                                 (tiles.available - (tiles.rows - 1) * tiles.spacing) / Math.max(1, tiles.rows))
                code: modelData.code
                label: modelData.label
                icon: modelData.icon
                selected: modelData.selected
                number: index + 1
                onToggled: (code) => followUp.session.toggleReason(code)
            }
        }
    }

    Row {
        id: actions
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (followUp.tall ? 150 : 60) * followUp.u
        spacing: Math.max(40 * followUp.u, Theme.minGap)

        KioskButton {
            objectName: "skipButton"
            u: followUp.u
            text: qsTr("Bỏ qua")
            onClicked: followUp.session.skip()
        }
        KioskButton {
            objectName: "continueButton"
            u: followUp.u
            primary: true
            text: qsTr("Tiếp tục")
            onClicked: followUp.session.confirm()
        }
    }
}
