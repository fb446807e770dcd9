import QtQuick

// The question with its faces; the counter prompt, when there is one, sits above them.
Item {
    id: question

    required property QtObject session
    property real topInset: Theme.mm(30)

    Column {
        id: header
        anchors.horizontalCenter: parent.horizontalCenter
        y: question.topInset
        width: parent.width - 2 * Theme.edge
        spacing: Theme.spaceSmall

        PromptBanner {
            width: parent.width
            height: implicitHeight
            session: question.session
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: question.session.question
            font.family: Theme.fontFamily
            font.pixelSize: Theme.textHeading
            font.bold: true
            color: Theme.ink
        }
    }

    FaceChoice {
        anchors.top: header.bottom
        anchors.topMargin: Theme.spaceLarge
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.edge
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.edge
        levels: question.session.levels
        locked: question.session.facesLocked
        onChosen: (value) => question.session.chooseLevel(value)
    }
}
