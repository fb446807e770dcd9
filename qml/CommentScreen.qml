import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// An optional comment typed on the on-screen keyboard (Vietnamese layout first).
Item {
    id: commentScreen

    required property QtObject session
    property real u: 1
    readonly property bool tall: height > width
    property alias editor: editor
    property alias keyboard: keyboard

    onVisibleChanged: {
        if (visible) {
            editor.text = session.comment
            editor.forceActiveFocus()
        }
    }

    // The session holds the comment; the editor follows it when it changes elsewhere.
    Connections {
        target: commentScreen.session
        function onCommentChanged() {
            if (editor.text !== commentScreen.session.comment)
                editor.text = commentScreen.session.comment
        }
    }

    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["vi_VN", "en_US"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: commentScreen.session.language === "en" ? "en_US" : "vi_VN"
    }

    Column {
        id: form
        anchors.horizontalCenter: parent.horizontalCenter
        y: (commentScreen.tall ? 220 : 130) * commentScreen.u
        width: Math.min(parent.width - 120 * commentScreen.u, 1500 * commentScreen.u)
        spacing: 20 * commentScreen.u

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Ông/Bà có muốn góp ý thêm không?")
            font.family: Theme.fontFamily
            font.pixelSize: 52 * commentScreen.u
            font.bold: true
            color: Theme.ink
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Không bắt buộc. Xin đừng ghi họ tên, số điện thoại hay số căn cước.")
            font.family: Theme.fontFamily
            font.pixelSize: 30 * commentScreen.u
            color: Theme.inkSoft
        }
        Rectangle {
            width: parent.width
            height: (commentScreen.tall ? 400 : 170) * commentScreen.u
            radius: 16 * commentScreen.u
            color: Theme.surface
            border.color: editor.activeFocus ? Theme.accent : Theme.border
            border.width: 4 * commentScreen.u

            TextArea {
                id: editor
                objectName: "commentEditor"
                anchors.fill: parent
                anchors.margins: 12 * commentScreen.u
                wrapMode: TextEdit.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: 36 * commentScreen.u
                color: Theme.ink
                placeholderText: qsTr("Nhập góp ý tại đây…")
                placeholderTextColor: "#6B7280"
                background: null
                inputMethodHints: Qt.ImhNoPredictiveText
                onTextChanged: {
                    if (text.length > commentScreen.session.commentMaxLength)
                        remove(commentScreen.session.commentMaxLength, text.length)
                    commentScreen.session.comment = text
                }
                Keys.onReturnPressed: (event) => { commentScreen.session.confirm(); event.accepted = true }
                Keys.onEnterPressed: (event) => { commentScreen.session.confirm(); event.accepted = true }
                Keys.onEscapePressed: (event) => { commentScreen.session.skip(); event.accepted = true }
            }
        }
        Item {
            width: parent.width
            height: sendRow.height
            Text {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("%1/%2 ký tự").arg(editor.length).arg(commentScreen.session.commentMaxLength)
                font.family: Theme.fontFamily
                font.pixelSize: 26 * commentScreen.u
                color: Theme.inkSoft
            }
            Row {
                id: sendRow
                anchors.right: parent.right
                spacing: 30 * commentScreen.u
                KioskButton {
                    objectName: "skipCommentButton"
                    u: commentScreen.u
                    implicitHeight: 96 * commentScreen.u
                    text: qsTr("Bỏ qua")
                    onClicked: commentScreen.session.skip()
                }
                KioskButton {
                    objectName: "sendCommentButton"
                    u: commentScreen.u
                    implicitHeight: 96 * commentScreen.u
                    primary: true
                    text: qsTr("Gửi")
                    onClicked: commentScreen.session.submitComment(editor.text)
                }
            }
        }
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        width: commentScreen.tall ? parent.width : Math.min(parent.width, 1300 * commentScreen.u)
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24 * commentScreen.u
        visible: commentScreen.visible
    }
}
