import QtQuick

// The help every screen offers, in one row along its top: hear the screen, high contrast, the
// languages, and — in the last seconds before the session ends — more time. The more-time
// button keeps its place while hidden, so nothing jumps under a finger when it appears.
//
// Where the window is under 40 cm wide (the panel upright, a tablet) the bar is compact: icons
// above short labels and one language button that names the next language. Under 20 cm (a
// tablet upright) the labels break into two lines. Where its sentence does not fit, the
// more-time button shows its hourglass and the seconds left; its spoken name stays the sentence.
Row {
    id: bar

    required property QtObject session
    property bool countdownShown: false
    readonly property bool compact: Theme.widthMm < 400
    readonly property bool narrow: Theme.widthMm < 200
    readonly property real fontSize: compact && Theme.tablet ? Theme.textSmall : Theme.textBody
    // The room the bar may take; the more-time button shows its sentence only if it fits there.
    property real availableWidth: Theme.windowWidth
    FontMetrics {
        id: sentenceMetrics
        font.family: Theme.fontFamily
        font.pixelSize: bar.fontSize
        font.bold: true
    }
    readonly property bool sentenceFits: {
        const others = listen.implicitWidth + contrast.implicitWidth
                       + (compact ? toggle.implicitWidth : languages.implicitWidth) + 3 * spacing
        const sentence = Math.ceil(sentenceMetrics.advanceWidth(moreTime.sentence)) + 2 + 2 * moreTime.sidePadding
                         + (compact ? 0 : moreTime.content.spacing + Theme.mm(11))
        return !narrow && others + sentence <= availableWidth
    }

    spacing: Theme.minGap
    // Every button of the row as tall as the tallest.
    readonly property real rowHeight: Math.max(listen.implicitHeight, contrast.implicitHeight,
                                               toggle.implicitHeight, moreTime.implicitHeight)

    KioskButton {
        id: listen
        objectName: "listenButton"
        height: bar.rowHeight
        fontSize: bar.fontSize
        bold: !bar.compact
        iconAbove: bar.compact
        lines: bar.narrow ? 2 : 1
        sidePadding: Theme.mm(bar.narrow ? 1 : bar.compact ? 2.5 : 6)
        iconName: "speaker"
        text: qsTr("Nghe")
        primary: bar.session.assists.speechOn
        onClicked: bar.session.listen()
    }
    KioskButton {
        id: contrast
        objectName: "contrastButton"
        height: bar.rowHeight
        fontSize: bar.fontSize
        bold: !bar.compact
        iconAbove: bar.compact
        lines: bar.narrow ? 2 : 1
        sidePadding: Theme.mm(bar.narrow ? 1 : bar.compact ? 2.5 : 6)
        iconName: "contrast"
        text: qsTr("Tương phản cao")
        primary: bar.session.assists.highContrast
        onClicked: bar.session.assists.toggleHighContrast()
    }
    LanguageSwitch {
        id: languages
        visible: !bar.compact
        fontSize: bar.fontSize
        itemHeight: bar.rowHeight
        session: bar.session
    }
    LanguageToggle {
        id: toggle
        visible: bar.compact
        objectName: bar.compact ? "language-" + next.code : "languageToggle"
        height: bar.rowHeight
        fontSize: bar.fontSize
        bold: false
        lines: bar.narrow ? 2 : 1
        sidePadding: Theme.mm(bar.narrow ? 1 : 2.5)
        session: bar.session
    }
    KioskButton {
        id: moreTime
        objectName: "moreTimeButton"
        height: bar.rowHeight
        readonly property bool shown: bar.countdownShown
        readonly property string sentence: qsTr("Thêm thời gian (%1 giây)").arg(bar.session.secondsLeft)
        fontSize: bar.fontSize
        iconAbove: bar.compact
        sidePadding: Theme.mm(bar.narrow ? 1 : bar.compact ? 2.5 : 6)
        iconName: "hourglass"
        warning: true
        text: bar.sentenceFits ? sentence : String(bar.session.secondsLeft)
        accessibleName: sentence
        opacity: shown ? 1 : 0
        enabled: shown
        onClicked: bar.session.moreTime()
    }
}
