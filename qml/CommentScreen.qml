import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// An optional comment typed on the on-screen keyboard (Vietnamese layout first).
Item {
    id: commentScreen

    required property QtObject session
    property real topInset: Theme.mm(30)
    readonly property bool tall: height > width
    property alias editor: editor
    property alias keyboard: keyboard

    function takeFocus() {
        editor.text = session.comment
        editor.forceActiveFocus()
    }
    onVisibleChanged: if (visible) takeFocus()
    // Made while already shown: the first visit has no change of visibility.
    Component.onCompleted: if (visible) takeFocus()

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
        value: commentScreen.session.assists.language === "en" ? "en_US" : "vi_VN"
    }

    // A tablet on its side: a two-line box with its buttons beside it, and the rest of the
    // height to the keyboard. On any tablet the box has two lines with the count beside them.
    readonly property bool shortScreen: !tall && Theme.heightMm < 200
    readonly property bool twoLineBox: Theme.tablet
    readonly property real editorFontSize: Theme.tablet ? Theme.textSmall : Theme.textLabel
    readonly property real lineHeight: Math.ceil(editorMetrics.lineSpacing)
    FontMetrics {
        id: editorMetrics
        font.family: Theme.fontFamily
        font.pixelSize: commentScreen.editorFontSize
    }

    // The question's two lines where the wider line is narrowest, for a tablet on its side.
    FontMetrics {
        id: titleMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.tablet ? Theme.textLabel : Theme.textHeading
        font.bold: true
    }
    readonly property real titleTwoLineWidth: {
        const size = titleMetrics.font.pixelSize // re-measure when the type size changes
        const words = title.text.split(" ")
        let best = titleMetrics.advanceWidth(title.text)
        for (let i = 1; i < words.length; ++i) {
            best = Math.min(best, Math.max(titleMetrics.advanceWidth(words.slice(0, i).join(" ")),
                                           titleMetrics.advanceWidth(words.slice(i).join(" "))))
        }
        return size > 0 ? Math.ceil(best) + 2 : 0
    }

    Column {
        id: form
        objectName: "commentForm"
        anchors.horizontalCenter: parent.horizontalCenter
        y: commentScreen.topInset
        width: Math.min(parent.width - 2 * Theme.edge, Theme.mm(380))
        spacing: Theme.tablet ? Math.round(Theme.mm(1)) : Theme.spaceSmall

        // The question above its hint, or beside it where the height is short.
        Grid {
            width: parent.width
            columns: commentScreen.shortScreen ? 2 : 1
            spacing: commentScreen.shortScreen ? Theme.spaceLarge : form.spacing
            verticalItemAlignment: Grid.AlignVCenter

            Text {
                id: title
                width: commentScreen.shortScreen ? commentScreen.titleTwoLineWidth : form.width
                horizontalAlignment: commentScreen.shortScreen ? Text.AlignLeft : Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Ông/Bà có muốn góp ý thêm không?")
                font: titleMetrics.font
                color: Theme.ink
            }
            Text {
                width: commentScreen.shortScreen ? form.width - title.width - parent.spacing : form.width
                horizontalAlignment: commentScreen.shortScreen ? Text.AlignLeft : Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Không bắt buộc. Xin đừng ghi họ tên, số điện thoại, số định danh cá nhân.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.textBody
                color: Theme.inkSoft
            }
        }
        // The editor with its buttons beside it on a wide screen, under it on a tall one, so
        // the keyboard never covers them.
        Grid {
            id: entry
            width: parent.width
            columns: commentScreen.tall ? 1 : 2
            spacing: Theme.minGap
            horizontalItemAlignment: Grid.AlignRight
            verticalItemAlignment: Grid.AlignVCenter

            Rectangle {
                width: commentScreen.tall ? entry.width : entry.width - actions.width - entry.spacing
                height: commentScreen.twoLineBox ? Math.max(2 * commentScreen.lineHeight + 2 * Theme.spaceSmall,
                                                             commentScreen.tall ? 0 : actions.height)
                        : commentScreen.tall ? 3 * commentScreen.lineHeight + counter.height + 3 * Theme.spaceSmall
                        : actions.height
                radius: Theme.radius
                color: Theme.surface
                border.color: editor.activeFocus ? Theme.accent : Theme.border
                border.width: Math.round(Theme.mm(1))

                TextArea {
                    id: editor
                    objectName: "commentEditor"
                    // The whole box takes the tap; the count of characters sits beside the two
                    // lines, or under the lines.
                    anchors.fill: parent
                    padding: Theme.spaceSmall
                    rightPadding: commentScreen.twoLineBox ? counter.width + 2 * Theme.spaceSmall
                                                           : Theme.spaceSmall
                    bottomPadding: commentScreen.twoLineBox ? Theme.spaceSmall
                                                            : counter.height + Theme.spaceSmall
                    wrapMode: TextEdit.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: commentScreen.editorFontSize
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
                    id: counter
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.spaceSmall
                    text: qsTr("%1/%2 ký tự").arg(editor.length).arg(commentScreen.session.commentMaxLength)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.textSmall
                    color: Theme.inkSoft
                }
            }
            Grid {
                id: actions
                columns: commentScreen.tall || commentScreen.shortScreen ? 2 : 1
                spacing: Math.max(Theme.spaceLarge, Theme.minGap)
                readonly property real buttonWidth: Math.max(skipComment.implicitWidth, sendComment.implicitWidth)
                KioskButton {
                    id: skipComment
                    objectName: "skipCommentButton"
                    width: actions.buttonWidth
                    text: qsTr("Bỏ qua")
                    onClicked: commentScreen.session.skip()
                }
                KioskButton {
                    id: sendComment
                    objectName: "sendCommentButton"
                    width: actions.buttonWidth
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
    // On a tablet most of them go to the keys.
    property real styleMarginsInDesign: 0
    readonly property real shortMarginsInDesign: 26
    readonly property real keyboardMarginsInDesign: Theme.tablet ? shortMarginsInDesign : styleMarginsInDesign
    onKeyboardStyleChanged: {
        if (keyboardStyle !== null)
            styleMarginsInDesign = (keyboardStyle.keyboardRelativeTopMargin
                                    + keyboardStyle.keyboardRelativeBottomMargin)
                                   * keyboardStyle.keyboardDesignHeight
    }
    Binding {
        target: commentScreen.keyboardStyle
        when: commentScreen.keyboardStyle !== null && Theme.tablet
        property: "keyboardRelativeTopMargin"
        value: commentScreen.shortMarginsInDesign / 3 / commentScreen.keyboardStyle.keyboardDesignHeight
    }
    Binding {
        target: commentScreen.keyboardStyle
        when: commentScreen.keyboardStyle !== null && Theme.tablet
        property: "keyboardRelativeBottomMargin"
        value: commentScreen.shortMarginsInDesign * 2 / 3 / commentScreen.keyboardStyle.keyboardDesignHeight
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
                                  : Math.min(parent.width, Math.max(Theme.mm(290),
                                                                    Theme.keyboardColumns * Theme.minTarget))
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.tablet ? 0 : Theme.edge
        visible: commentScreen.visible
    }
}
