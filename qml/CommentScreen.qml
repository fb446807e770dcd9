import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// An optional comment typed on the on-screen keyboard (Vietnamese layout first).
Item {
    id: commentScreen

    required property QtObject session
    property real u: 1
    property real topInset: 130 * u
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
        objectName: "commentForm"
        anchors.horizontalCenter: parent.horizontalCenter
        y: commentScreen.topInset
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
        // The editor with its buttons beside it on a wide screen, under it on a tall one, so
        // the keyboard never covers them.
        Grid {
            id: entry
            width: parent.width
            columns: commentScreen.tall ? 1 : 2
            spacing: Theme.minGap
            horizontalItemAlignment: Grid.AlignRight

            Rectangle {
                width: commentScreen.tall ? entry.width : entry.width - actions.width - entry.spacing
                height: commentScreen.tall ? 360 * commentScreen.u : actions.height
                radius: 16 * commentScreen.u
                color: Theme.surface
                border.color: editor.activeFocus ? Theme.accent : Theme.border
                border.width: 4 * commentScreen.u

                TextArea {
                    id: editor
                    objectName: "commentEditor"
                    anchors.fill: parent
                    anchors.margins: 12 * commentScreen.u
                    anchors.bottomMargin: 50 * commentScreen.u
                    wrapMode: TextEdit.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: 36 * commentScreen.u
                    color: Theme.ink
                    placeholderText: qsTr("Nhập góp ý tại đây…")
                    placeholderTextColor: Theme.placeholder
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
                Text {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 12 * commentScreen.u
                    text: qsTr("%1/%2 ký tự").arg(editor.length).arg(commentScreen.session.commentMaxLength)
                    font.family: Theme.fontFamily
                    font.pixelSize: 28 * commentScreen.u
                    color: Theme.inkSoft
                }
            }
            Grid {
                id: actions
                columns: commentScreen.tall ? 2 : 1
                spacing: Math.max(40 * commentScreen.u, Theme.minGap)
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

    // The keyboard's height follows its width through its style's design size, so the rows are
    // made taller by changing that design height (the style's scale, and so its type, stays).
    readonly property QtObject keyboardStyle: {
        for (let i = 0; i < keyboard.children.length; ++i) {
            if (keyboard.children[i].style !== undefined)
                return keyboard.children[i].style
        }
        return null
    }
    // Room between the form and the bottom edge, one gap clear of the buttons.
    readonly property real keyboardRoom: height - keyboard.anchors.bottomMargin - form.y - form.height
                                         - Theme.minGap
    // The style's top and bottom margins are a fixed number of design pixels, read once: reading
    // them in the binding below would loop, as they are given relative to the design height.
    property real keyboardMarginsInDesign: 0
    onKeyboardStyleChanged: {
        if (keyboardStyle !== null)
            keyboardMarginsInDesign = (keyboardStyle.keyboardRelativeTopMargin
                                       + keyboardStyle.keyboardRelativeBottomMargin)
                                      * keyboardStyle.keyboardDesignHeight
    }
    readonly property real keyboardHeight: {
        if (keyboardStyle === null)
            return 0
        // One pixel a row for the style's rounding.
        const wanted = Theme.keyboardRows * (Theme.keyboardKeyHeight + 1)
                       + keyboardMarginsInDesign * keyboard.width / keyboardStyle.keyboardDesignWidth
        return Math.min(wanted, keyboardRoom)
    }
    Binding {
        target: commentScreen.keyboardStyle
        when: commentScreen.keyboardStyle !== null && commentScreen.keyboardHeight > 0
        property: "keyboardDesignHeight"
        value: commentScreen.keyboardHeight * commentScreen.keyboardStyle.keyboardDesignWidth
               / keyboard.width
    }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        // Wide enough for ten 2 cm keys a row where the window allows it.
        width: commentScreen.tall ? parent.width
                                  : Math.min(parent.width, Math.max(1150 * commentScreen.u,
                                                                    Theme.keyboardColumns * Theme.minTarget))
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24 * commentScreen.u
        visible: commentScreen.visible
    }
}
