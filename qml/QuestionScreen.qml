import QtQuick

// The question with its faces; the counter prompt, when there is one, sits above them.
Item {
    id: question

    required property QtObject session
    property real u: 1
    property real topInset: 130 * u
    readonly property bool tall: height > width

    Column {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: question.topInset
        width: parent.width - 120 * question.u
        spacing: 30 * question.u

        PromptBanner {
            width: parent.width
            height: implicitHeight
            u: question.u
            session: question.session
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: question.session.question
            font.family: Theme.fontFamily
            font.pixelSize: 56 * question.u
            font.bold: true
            color: Theme.ink
        }
    }

    FaceChoice {
        anchors.top: header.bottom
        anchors.topMargin: 50 * question.u
        anchors.bottom: parent.bottom
        anchors.bottomMargin: (question.tall ? 150 : 110) * question.u
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 100 * question.u
        u: question.u
        levels: question.session.levels
        locked: question.session.facesLocked
        onChosen: (value) => question.session.chooseLevel(value)
    }
}
