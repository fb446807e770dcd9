import QtQuick

// Where the bar has no room for every language: one button that names the next language in
// that language (the other one when there are two), so no one needs to read the current one
// to find theirs. Its object name is that language's, as each button of LanguageSwitch has.
KioskButton {
    id: toggle

    required property QtObject session
    readonly property var next: {
        const languages = session.assists.languages
        for (let i = 0; i < languages.length; ++i) {
            if (languages[i].code === session.assists.language)
                return languages[(i + 1) % languages.length]
        }
        return languages.length > 0 ? languages[0] : ({ code: "vi", name: "Tiếng Việt" })
    }

    objectName: "language-" + next.code
    text: next.name
    onClicked: session.assists.language = next.code
}
