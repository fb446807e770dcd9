import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import HaiLong.Kiosk

// The citizen's path through the real screens, driven by taps, by the keypad, and by the
// on-screen keyboard; what would be sent is read back from the outbox.
Item {
    id: root
    width: 1920
    height: 1080

    KioskScreen {
        id: kiosk
        anchors.fill: parent
        session: kioskSession
        status: kioskStatus
        focus: true
    }

    TestCase {
        id: test
        name: "KioskFlow"
        when: windowShown

        function screenNamed(name) { return findChild(kiosk, name) }

        readonly property var screenObjects: ({
            idle: "idleScreen", question: "questionScreen", followUp: "followUpScreen",
            comment: "commentScreen", thankYou: "thankYouScreen"
        })

        // Taps the named item of the screen the citizen sees now.
        function tap(name) {
            let item = findChild(screenNamed(screenObjects[kioskSession.screen]), name)
            if (item === null)
                item = findChild(kiosk, name)
            verify(item !== null, "no item " + name)
            verify(item.visible, name + " is not visible")
            waitForRendering(kiosk) // positioners lay out on the next frame
            mouseClick(item)
        }

        function init() {
            kioskSession.thankYouMs = 300
            kioskSession.timeoutMs = 20000
            kioskSession.language = "vi"
            if (kioskSession.screen === "question")
                kioskSession.skip()
            if (kioskSession.screen === "followUp")
                kioskSession.skip()
            if (kioskSession.screen === "comment")
                kioskSession.skip()
            tryCompare(kioskSession, "screen", "idle", 5000)
            kiosk.closeStaffStatus()
            kiosk.forceActiveFocus()
        }

        function test_everyScreenInTurn() {
            verify(screenNamed("idleScreen").visible)
            const before = outboxProbe.sealedCount()
            mouseClick(screenNamed("idleScreen"), 30 * kiosk.u + 200, kiosk.height - 20)
            compare(kioskSession.screen, "question")
            verify(screenNamed("questionScreen").visible)
            verify(!screenNamed("idleScreen").visible)

            tap("face-2")
            compare(kioskSession.screen, "followUp")
            verify(screenNamed("followUpScreen").visible)
            verify(!kioskSession.followUpPositive)
            tap("reason-cho-lau")
            tap("reason-thai-do-chua-tot")
            tap("reason-thai-do-chua-tot") // a second tap takes it back
            tap("continueButton")
            compare(kioskSession.screen, "comment")
            verify(screenNamed("commentScreen").visible)
            tap("sendCommentButton")
            compare(kioskSession.screen, "thankYou")
            verify(screenNamed("thankYouScreen").visible)

            compare(outboxProbe.sealedCount(), before + 1) // stored before the thank-you
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 2)
            compare(rating.reasons, ["cho-lau"])
            compare(rating.ended, "done")
            tryCompare(kioskSession, "screen", "idle", 5000)
            verify(screenNamed("idleScreen").visible)
        }

        function test_oneTapOnTheIdleFacesIsARating() {
            const before = outboxProbe.queuedCount()
            tap("face-5")
            compare(kioskSession.screen, "followUp")
            verify(kioskSession.followUpPositive)
            compare(outboxProbe.queuedCount(), before + 1)
            tap("skipButton")
            compare(kioskSession.screen, "comment")
            tap("skipCommentButton")
            compare(kioskSession.screen, "thankYou")
            compare(outboxProbe.latestSealed().ended, "skipped")
            compare(outboxProbe.latestSealed().overall, 5)
        }

        function test_walkingAwayTimesOutAndKeepsTheRating() {
            kioskSession.timeoutMs = 1500
            kioskSession.wake()
            tap("face-4")
            compare(kioskSession.screen, "followUp")
            verify(findChild(kiosk, "countdown").visible)
            tryVerify(() => findChild(kiosk, "countdownNotice").visible, 3000)
            tryCompare(kioskSession, "screen", "idle", 5000)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 4)
            compare(rating.ended, "timeout")
        }

        function test_keypadOnly() {
            const before = outboxProbe.sealedCount()
            keyClick(Qt.Key_3) // on the idle screen a level key counts at once
            compare(kioskSession.screen, "followUp")
            compare(kioskSession.level, 3)
            keyClick(Qt.Key_1) // the first "what went wrong" reason
            compare(kioskSession.reasonOptions[0].selected, true)
            keyClick(Qt.Key_Return)
            compare(kioskSession.screen, "comment")
            keyClick(Qt.Key_Escape)
            compare(kioskSession.screen, "thankYou")
            keyClick(Qt.Key_5) // the faces are locked while thanking
            compare(kioskSession.screen, "thankYou")
            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 3)
            compare(rating.reasons, ["cho-lau"])
            compare(rating.ended, "skipped")
            tryCompare(kioskSession, "screen", "idle", 5000)

            keyClick(Qt.Key_Space) // any other key wakes the kiosk
            compare(kioskSession.screen, "question")
            keyClick(Qt.Key_Escape)
            compare(kioskSession.screen, "idle")
        }

        function test_vietnameseCommentOnTheOnScreenKeyboard() {
            tap("face-5")
            tap("continueButton")
            compare(kioskSession.screen, "comment")
            const editor = findChild(kiosk, "commentEditor")
            tryVerify(() => editor.activeFocus, 3000)
            const keyboard = findChild(kiosk, "keyboard")
            verify(keyboard.visible)
            compare(VirtualKeyboardSettings.locale, "vi_VN")
            // Each character goes through the keyboard's input engine, as a key tap (or a
            // long-press choice of an accented letter) on the vi_VN layout would send it.
            const text = "Cán bộ nhiệt tình"
            for (let i = 0; i < text.length; ++i) {
                const ch = text[i]
                const key = ch === " " ? Qt.Key_Space : Qt.Key_unknown
                verify(InputContext.inputEngine.virtualKeyClick(key, ch, Qt.NoModifier) !== undefined)
            }
            tryCompare(editor, "text", text, 3000)
            compare(kioskSession.comment, text)
            tap("sendCommentButton")
            compare(kioskSession.screen, "thankYou")
            compare(outboxProbe.latestSealed().comment, "Cán bộ nhiệt tình")
        }

        function test_englishAtATouchAndBackForTheNextCitizen() {
            kioskSession.wake()
            tap("language-en")
            compare(kioskSession.language, "en")
            compare(kioskSession.question, "How satisfied are you with our service today?")
            tap("face-1")
            compare(kioskSession.followUpPositive, false)
            compare(kioskSession.reasonOptions[0].label, "Long wait")
            tap("skipButton")
            tap("skipCommentButton")
            compare(outboxProbe.latestSealed().lang, "en")
            tryCompare(kioskSession, "screen", "idle", 5000)
            compare(kioskSession.language, "vi")
        }

        function test_counterPromptShowsAboveTheFacesAndTravels() {
            outboxProbe.prompt("HS-2026-7", "dat-dai", "Trần Văn Bình", "4")
            compare(kioskSession.screen, "question")
            compare(kioskSession.promptField, "Đất đai")
            tap("face-4")
            tap("skipButton")
            tap("skipCommentButton")
            const rating = outboxProbe.latestSealed()
            compare(rating.field, "dat-dai")
            compare(rating.counter, "4")
            compare(rating.staff, "Trần Văn Bình")
            compare(rating.dossier, "HS-2026-7")
        }

        function test_staffHoldTheCornerToSeeTheStatus() {
            const corner = findChild(kiosk, "staffCorner")
            mousePress(corner, 10, 10)
            tryVerify(() => kiosk.staffStatusOpen, 6000)
            mouseRelease(corner, 10, 10)
            const queued = findChild(kiosk, "queuedLine")
            compare(String(queued.value), String(kioskStatus.queuedCount))
            tap("closeStatusButton")
            verify(!kiosk.staffStatusOpen)
        }
    }
}
