import QtQuick

// Everything the citizen sees, for any window size: shows the session's state and forwards
// taps and keys to it.
FocusScope {
    id: kiosk

    required property QtObject session
    required property QtObject status
    readonly property bool staffStatusOpen: staffStatus.visible
    // One layout unit: 1 at 1080 px on the short side, smaller on tablets.
    readonly property real u: Math.min(width, height) / 1080
    readonly property bool inSession: session.screen === "question" || session.screen === "followUp"
                                      || session.screen === "comment"
    // Where each screen's own content starts: below the assist bar.
    readonly property real topInset: assistBar.y + assistBar.height + 24 * u

    function openStaffStatus() { staffStatus.visible = true }
    function closeStaffStatus() { staffStatus.visible = false; keyTarget.forceActiveFocus() }

    // The theme follows this window (target sizes) and the citizen's choice of contrast.
    Binding { target: Theme; property: "windowWidth"; value: kiosk.width }
    Binding { target: Theme; property: "windowHeight"; value: kiosk.height }
    Binding { target: Theme; property: "highContrast"; value: kiosk.session.highContrast }

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Item {
        id: keyTarget
        anchors.fill: parent
        focus: true
        Keys.onPressed: (event) => {
            if (!kiosk.staffStatusOpen && kiosk.session.keyPressed(event.key))
                event.accepted = true
        }
    }

    Connections {
        target: kiosk.session
        function onScreenChanged() {
            if (kiosk.session.screen !== "comment")
                keyTarget.forceActiveFocus()
        }
    }

    IdleScreen {
        objectName: "idleScreen"
        anchors.fill: parent
        u: kiosk.u
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === "idle"
    }
    QuestionScreen {
        objectName: "questionScreen"
        anchors.fill: parent
        u: kiosk.u
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === "question"
    }
    FollowUpScreen {
        objectName: "followUpScreen"
        anchors.fill: parent
        u: kiosk.u
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === "followUp"
    }
    CommentScreen {
        objectName: "commentScreen"
        anchors.fill: parent
        u: kiosk.u
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === "comment"
    }
    ThankYouScreen {
        objectName: "thankYouScreen"
        anchors.fill: parent
        u: kiosk.u
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === "thankYou"
    }

    CountdownBar {
        id: countdown
        objectName: "countdown"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: implicitHeight
        u: kiosk.u
        session: kiosk.session
        visible: kiosk.inSession
    }

    AssistBar {
        id: assistBar
        objectName: "assistBar"
        // Clear of the staff corner on the left.
        x: staffCorner.width + 20 * kiosk.u
        y: 30 * kiosk.u
        width: parent.width - x - 30 * kiosk.u
        u: kiosk.u
        session: kiosk.session
        countdownShown: kiosk.inSession && countdown.warning
    }

    // Any touch keeps the session alive; the touch itself goes on to what is under it.
    MouseArea {
        objectName: "touchWatcher"
        anchors.fill: parent
        z: 10
        propagateComposedEvents: true
        onPressed: (mouse) => { kiosk.session.touch(); mouse.accepted = false }
    }

    // Staff hold the top-left corner for three seconds to see the kiosk's status.
    MouseArea {
        id: staffCorner
        objectName: "staffCorner"
        width: 140 * kiosk.u
        height: 140 * kiosk.u
        z: 11
        pressAndHoldInterval: 3000
        onPressAndHold: kiosk.openStaffStatus()
    }

    StaffStatusView {
        id: staffStatus
        objectName: "staffStatus"
        anchors.fill: parent
        z: 20
        visible: false
        u: kiosk.u
        status: kiosk.status
        onCloseRequested: kiosk.closeStaffStatus()
    }
}
