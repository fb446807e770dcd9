import QtQuick
import QtQuick.Window

// The kiosk's window; main.cpp hands in the session and the status.
Window {
    id: window

    required property QtObject session
    required property QtObject status

    title: "Hài Lòng"
    color: Theme.background

    function openStaffStatus() { screen.openStaffStatus() }
    function closeStaffStatus() { screen.closeStaffStatus() }

    KioskScreen {
        id: screen
        anchors.fill: parent
        session: window.session
        status: window.status
        focus: true
    }
}
