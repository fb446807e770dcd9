import QtQuick

// The help every screen offers, along its top: hear the screen, high contrast, the
// languages, and — in the last seconds before the session ends — more time. The more-time
// button keeps its place while hidden, so nothing jumps under a finger when it appears.
Flow {
    id: bar

    required property QtObject session
    property real u: 1
    property bool countdownShown: false

    spacing: Theme.minGap

    KioskButton {
        objectName: "listenButton"
        u: bar.u
        implicitHeight: Math.max(84 * bar.u, Theme.minTarget)
        implicitWidth: Math.max(content.implicitWidth + 2 * sidePadding, Theme.minTarget)
        sidePadding: 26 * bar.u
        fontSize: 34 * bar.u
        iconName: "speaker"
        text: qsTr("Nghe")
        primary: bar.session.speechOn
        onClicked: bar.session.listen()
    }
    KioskButton {
        objectName: "contrastButton"
        u: bar.u
        implicitHeight: Math.max(84 * bar.u, Theme.minTarget)
        implicitWidth: Math.max(content.implicitWidth + 2 * sidePadding, Theme.minTarget)
        sidePadding: 26 * bar.u
        fontSize: 34 * bar.u
        iconName: "contrast"
        text: qsTr("Tương phản cao")
        primary: bar.session.highContrast
        onClicked: bar.session.toggleHighContrast()
    }
    LanguageSwitch {
        objectName: "languageSwitch"
        u: bar.u
        session: bar.session
    }
    KioskButton {
        objectName: "moreTimeButton"
        readonly property bool shown: bar.countdownShown
        u: bar.u
        implicitHeight: Math.max(84 * bar.u, Theme.minTarget)
        implicitWidth: Math.max(content.implicitWidth + 2 * sidePadding, Theme.minTarget)
        sidePadding: 26 * bar.u
        fontSize: 34 * bar.u
        iconName: "hourglass"
        warning: true
        text: qsTr("Thêm thời gian (%1 giây)").arg(bar.session.secondsLeft)
        opacity: shown ? 1 : 0
        enabled: shown
        onClicked: bar.session.moreTime()
    }
}
