import QtQuick

// Shows what counter staff prompted: the service field, the counter and who served.
Rectangle {
    id: banner

    required property QtObject session
    property real u: 1

    visible: session.hasPrompt
    implicitHeight: visible ? details.implicitHeight + 40 * u : 0
    radius: 20 * u
    color: Theme.infoSurface
    border.color: Theme.accent
    border.width: 3 * u

    Text {
        id: details
        anchors.centerIn: parent
        width: parent.width - 60 * banner.u
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: 36 * banner.u
        color: Theme.ink
        text: {
            const parts = []
            if (banner.session.promptField.length > 0)
                parts.push(qsTr("Lĩnh vực: %1").arg(banner.session.promptField))
            if (banner.session.promptCounter.length > 0)
                parts.push(qsTr("Quầy: %1").arg(banner.session.promptCounter))
            if (banner.session.promptStaff.length > 0)
                parts.push(qsTr("Cán bộ: %1").arg(banner.session.promptStaff))
            return parts.join("   ·   ")
        }
    }
}
