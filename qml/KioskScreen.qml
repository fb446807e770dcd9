import QtQuick
import HaiLong.Kiosk

// Everything the citizen sees, for any window size: shows the session's state and forwards
// taps and keys to it.
FocusScope {
    id: kiosk

    required property QtObject session
    required property QtObject status
    readonly property bool staffStatusOpen: staffStatus.visible
    readonly property bool inSession: session.screen === RatingSession.Question
                                      || session.screen === RatingSession.Criteria
                                      || session.screen === RatingSession.FollowUp
                                      || session.screen === RatingSession.Comment
    // Where each screen's own content starts: below the assist bar.
    readonly property real topInset: assistBar.y + assistBar.height + (Theme.tablet ? Theme.spaceSmall : Theme.spaceLarge)

    function openStaffStatus() { staffStatus.visible = true }
    function closeStaffStatus() { staffStatus.visible = false; keyTarget.forceActiveFocus() }

    // The theme follows this window (target sizes) and the citizen's choice of contrast.
    Binding { target: Theme; property: "windowWidth"; value: kiosk.width }
    Binding { target: Theme; property: "windowHeight"; value: kiosk.height }
    Binding { target: Theme; property: "highContrast"; value: kiosk.session.assists.highContrast }

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
            if (kiosk.session.screen === RatingSession.Comment)
                commentScreenLoader.load()
            else
                keyTarget.forceActiveFocus()
        }
    }

    IdleScreen {
        objectName: "idleScreen"
        anchors.fill: parent
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === RatingSession.Idle
    }
    QuestionScreen {
        objectName: "questionScreen"
        anchors.fill: parent
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === RatingSession.Question
    }
    CriteriaScreen {
        objectName: "criteriaScreen"
        anchors.fill: parent
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === RatingSession.Criteria
    }
    FollowUpScreen {
        objectName: "followUpScreen"
        anchors.fill: parent
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === RatingSession.FollowUp
    }
    // The comment screen is made when a citizen first reaches it, and then kept: the on-screen
    // keyboard and Qt Quick Controls it brings are not loaded while the kiosk waits on the idle
    // screen. Loaded by URL, so that compiling this file does not load its imports either.
    Loader {
        id: commentScreenLoader
        anchors.fill: parent
        visible: kiosk.session.screen === RatingSession.Comment
        function load() {
            if (status === Loader.Null)
                setSource(Qt.resolvedUrl("CommentScreen.qml"),
                          { objectName: "commentScreen", session: kiosk.session })
        }
    }
    Binding {
        target: commentScreenLoader.item
        when: commentScreenLoader.item !== null
        property: "topInset"
        value: kiosk.topInset
    }
    ThankYouScreen {
        objectName: "thankYouScreen"
        anchors.fill: parent
        topInset: kiosk.topInset
        session: kiosk.session
        visible: kiosk.session.screen === RatingSession.ThankYou
    }

    CountdownBar {
        id: countdown
        objectName: "countdown"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        height: implicitHeight
        session: kiosk.session
        visible: kiosk.inSession
    }

    AssistBar {
        id: assistBar
        objectName: "assistBar"
        // Clear of the staff corner on the left.
        x: staffCorner.width + (Theme.tablet ? 0 : Theme.edge)
        y: countdown.height + Theme.spaceSmall
        availableWidth: parent.width - x - Theme.edge
        session: kiosk.session
        countdownShown: kiosk.inSession && countdown.warning
    }

    TimeWarning {
        objectName: "timeWarning"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.edge
        y: kiosk.topInset
        z: 5
        session: kiosk.session
    }

    // Any touch keeps the session alive; the touch itself goes on to what is under it.
    MouseArea {
        objectName: "touchWatcher"
        anchors.fill: parent
        z: 10
        propagateComposedEvents: true
        onPressed: (mouse) => { kiosk.session.touch(); mouse.accepted = false }
    }

    // Staff hold the top-left corner for three seconds to see the kiosk's status. On the tablet
    // it is a 6 mm corner, so that the assist bar keeps the room for its four buttons.
    MouseArea {
        id: staffCorner
        objectName: "staffCorner"
        width: Theme.mm(Theme.tablet ? 6 : 30)
        height: width
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
        status: kiosk.status
        onCloseRequested: kiosk.closeStaffStatus()
    }
}
