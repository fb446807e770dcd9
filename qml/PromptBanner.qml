import QtQuick

// Shows what counter staff prompted: the service field, the counter and who served.
Rectangle {
    id: banner

    required property QtObject session

    visible: session.hasPrompt
    implicitHeight: visible ? details.implicitHeight + 2 * Theme.spaceSmall : 0
    radius: Theme.radius
    color: Theme.infoSurface
    border.color: Theme.accent
    border.width: Theme.borderWidth

    Text {
        id: details
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spaceLarge
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.textBody
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
