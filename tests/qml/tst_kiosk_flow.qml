import QtQuick
import QtTest
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import HaiLong.Kiosk

// The citizen's path through the real screens, driven by taps, by the keypad, and by the
// on-screen keyboard; what would be sent is read back from the outbox, what would be spoken
// from the recording voice.
Item {
    id: root
    width: 1920
    height: 1080

    KioskScreen {
        id: kiosk
        width: 1920
        height: 1080
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
            [RatingSession.Idle]: "idleScreen", [RatingSession.Question]: "questionScreen",
            [RatingSession.Criteria]: "criteriaScreen",
            [RatingSession.FollowUp]: "followUpScreen", [RatingSession.Comment]: "commentScreen",
            [RatingSession.ThankYou]: "thankYouScreen"
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
            kiosk.width = 1920
            kiosk.height = 1080
            kioskSession.thankYouMs = 300
            kioskSession.timeoutMs = 20000
            kioskSession.warningMs = 10000
            kioskSession.assists.language = "vi"
            if (kioskSession.screen === RatingSession.Question)
                kioskSession.skip()
            if (kioskSession.screen === RatingSession.Criteria)
                kioskSession.skip()
            if (kioskSession.screen === RatingSession.FollowUp)
                kioskSession.skip()
            if (kioskSession.screen === RatingSession.Comment)
                kioskSession.skip()
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            verify(serverSurvey.answer("default"))
            kiosk.closeStaffStatus()
            kiosk.forceActiveFocus()
            speechLog.clear()
        }

        function test_everyScreenInTurn() {
            verify(screenNamed("idleScreen").visible)
            const before = outboxProbe.sealedCount()
            mouseClick(screenNamed("idleScreen"), Theme.edge + 200, kiosk.height - Theme.edge / 2) // not a face
            compare(kioskSession.screen, RatingSession.Question)
            verify(screenNamed("questionScreen").visible)
            verify(!screenNamed("idleScreen").visible)

            tap("face-2")
            compare(kioskSession.screen, RatingSession.FollowUp)
            verify(screenNamed("followUpScreen").visible)
            verify(!kioskSession.followUpPositive)
            tap("reason-cho-lau")
            tap("reason-thai-do-chua-tot")
            tap("reason-thai-do-chua-tot") // a second tap takes it back
            tap("continueButton")
            compare(kioskSession.screen, RatingSession.Comment)
            verify(screenNamed("commentScreen").visible)
            tap("sendCommentButton")
            compare(kioskSession.screen, RatingSession.ThankYou)
            verify(screenNamed("thankYouScreen").visible)

            compare(outboxProbe.sealedCount(), before + 1) // stored before the thank-you
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 2)
            compare(rating.reasons, ["cho-lau"])
            compare(rating.ended, "done")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            verify(screenNamed("idleScreen").visible)
        }

        function test_oneTapOnTheIdleFacesIsARating() {
            const before = outboxProbe.queuedCount()
            tap("face-5")
            compare(kioskSession.screen, RatingSession.FollowUp)
            verify(kioskSession.followUpPositive)
            compare(outboxProbe.queuedCount(), before + 1)
            tap("skipButton")
            compare(kioskSession.screen, RatingSession.Comment)
            tap("skipCommentButton")
            compare(kioskSession.screen, RatingSession.ThankYou)
            compare(outboxProbe.latestSealed().ended, "skipped")
            compare(outboxProbe.latestSealed().overall, 5)
        }

        function test_walkingAwayTimesOutAndKeepsTheRating() {
            kioskSession.timeoutMs = 1500
            kioskSession.wake()
            tap("face-4")
            compare(kioskSession.screen, RatingSession.FollowUp)
            verify(findChild(kiosk, "countdown").visible)
            tryVerify(() => findChild(kiosk, "moreTimeButton").shown, 3000)
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 4)
            compare(rating.ended, "timeout")
        }

        function test_keypadOnly() {
            const before = outboxProbe.sealedCount()
            keyClick(Qt.Key_3) // on the idle screen a level key counts at once
            compare(kioskSession.screen, RatingSession.FollowUp)
            compare(kioskSession.level, 3)
            keyClick(Qt.Key_1) // the first "what went wrong" reason
            compare(kioskSession.reasonOptions[0].selected, true)
            keyClick(Qt.Key_Return)
            compare(kioskSession.screen, RatingSession.Comment)
            keyClick(Qt.Key_Escape)
            compare(kioskSession.screen, RatingSession.ThankYou)
            keyClick(Qt.Key_5) // the faces are locked while thanking
            compare(kioskSession.screen, RatingSession.ThankYou)
            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 3)
            compare(rating.reasons, ["cho-lau"])
            compare(rating.ended, "skipped")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)

            keyClick(Qt.Key_Space) // any other key wakes the kiosk
            compare(kioskSession.screen, RatingSession.Question)
            keyClick(Qt.Key_Escape)
            compare(kioskSession.screen, RatingSession.Idle)
        }

        // ---- The on-screen keyboard ----------------------------------------------------

        function keysOf(item, out) {
            if (item.visible && item.key !== undefined && item.keyType !== undefined)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                keysOf(item.children[i], out)
            return out
        }

        // The key a citizen would see labelled `label` (" " for the space bar).
        function keyLabelled(label) {
            const keys = keysOf(findChild(kiosk, "keyboard"), [])
            for (let i = 0; i < keys.length; ++i) {
                if (label === " " ? keys[i].key === Qt.Key_Space
                                  : String(keys[i].displayText).toLowerCase() === label)
                    return keys[i]
            }
            return null
        }

        function showKeyboard() {
            const editor = findChild(kiosk, "commentEditor")
            tryVerify(() => editor.activeFocus, 3000)
            const keyboard = findChild(kiosk, "keyboard")
            tryVerify(() => keyboard.active && Qt.inputMethod.visible, 3000)
            tryVerify(() => !InputContext.animating, 3000)
            waitForRendering(kiosk)
            return keyboard
        }

        // A tap on the key labelled `label`.
        function tapKey(label) {
            const key = keyLabelled(label)
            verify(key !== null, "no key labelled \"" + label + "\"")
            const area = findChild(kiosk, "keyboardInputArea")
            const at = key.mapToItem(area, key.width / 2, key.height / 2)
            mouseClick(area, at.x, at.y)
        }

        // Press and hold the key labelled `base` until its row of accented letters opens,
        // slide to `letter` in it and let go there, as a finger does.
        function holdKeyForAlternative(base, letter) {
            const key = keyLabelled(base)
            verify(key !== null, "no key labelled \"" + base + "\"")
            const area = findChild(kiosk, "keyboardInputArea")
            const at = key.mapToItem(area, key.width / 2, key.height / 2)
            mousePress(area, at.x, at.y)
            const popup = findChild(kiosk, "alternativeKeys")
            tryVerify(() => popup.active, 3000, "no accented letters under \"" + base + "\"")
            const list = popup.listView
            let index = -1
            for (let i = 0; i < list.model.count; ++i) {
                if (list.model.get(i).text === letter)
                    index = i
            }
            verify(index >= 0, "\"" + letter + "\" is not under \"" + base + "\"")
            const choice = list.itemAtIndex(index)
            const to = choice.mapToItem(area, choice.width / 2, choice.height / 2)
            mouseMove(area, to.x, at.y)
            compare(list.currentIndex, index)
            mouseRelease(area, to.x, at.y)
            verify(!popup.active)
        }

        function test_vietnameseCommentOnTheOnScreenKeyboard() {
            tap("face-5")
            tap("continueButton")
            compare(kioskSession.screen, RatingSession.Comment)
            showKeyboard()
            compare(VirtualKeyboardSettings.locale, "vi_VN")
            // Plain letters and spaces are taps on their keys; the first is a capital because
            // the keyboard starts a text with shift on. Each accented letter is a long press on
            // its base letter and a slide to it in the row that opens (vi_VN has no Telex).
            const typing = [["c"], ["a", "á"], ["n"], [" "], ["b"], ["o", "ộ"], [" "], ["n"], ["h"],
                            ["i"], ["e", "ệ"], ["t"], [" "], ["t"], ["i", "ì"], ["n"], ["h"]]
            for (let i = 0; i < typing.length; ++i) {
                if (typing[i].length === 1)
                    tapKey(typing[i][0])
                else
                    holdKeyForAlternative(typing[i][0], typing[i][1])
            }
            const editor = findChild(kiosk, "commentEditor")
            tryCompare(editor, "text", "Cán bộ nhiệt tình", 3000)
            compare(kioskSession.comment, "Cán bộ nhiệt tình")
            tap("sendCommentButton")
            compare(kioskSession.screen, RatingSession.ThankYou)
            compare(outboxProbe.latestSealed().comment, "Cán bộ nhiệt tình")
        }

        // The comment box keeps the keypad's number keys (a citizen may type a number), and a
        // keypad-only citizen still leaves it: Enter sends, Escape skips.
        function test_keypadLeavesTheCommentBox_data() {
            return [{ tag: "Enter sends", key: Qt.Key_Return, ended: "done", comment: "12" },
                    { tag: "keypad Enter sends", key: Qt.Key_Enter, ended: "done", comment: "12" },
                    { tag: "Escape skips", key: Qt.Key_Escape, ended: "skipped", comment: undefined }]
        }

        function test_keypadLeavesTheCommentBox(data) {
            const before = outboxProbe.sealedCount()
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_2)
            keyClick(Qt.Key_Return)
            compare(kioskSession.screen, RatingSession.Comment)
            verify(kioskSession.assists.speechOn)
            showKeyboard()
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_2)
            compare(kioskSession.comment, "12")
            compare(kioskSession.screen, RatingSession.Comment)
            keyClick(data.key)
            compare(kioskSession.screen, RatingSession.ThankYou)
            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 2)
            compare(rating.ended, data.ended)
            compare(rating.comment, data.comment)
            compare(speechLog.saidIds().slice(-2), ["ThankYouScreen.title", "ThankYouScreen.body"])
        }

        function test_englishAtATouchAndBackForTheNextCitizen() {
            kioskSession.wake()
            tap("language-en")
            compare(kioskSession.assists.language, "en")
            compare(kioskSession.question, "How would you rate our service today?")
            tap("face-1")
            compare(kioskSession.followUpPositive, false)
            compare(kioskSession.reasonOptions[0].label, "Long wait")
            tap("skipButton")
            tap("skipCommentButton")
            compare(outboxProbe.latestSealed().lang, "en")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            compare(kioskSession.assists.language, "vi")
        }

        function test_counterPromptShowsAboveTheFacesAndTravels() {
            outboxProbe.prompt("HS-2026-7", "dat-dai", "Trần Văn Bình", "4")
            compare(kioskSession.screen, RatingSession.Question)
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

        // ---- Speech ------------------------------------------------------------------

        function levelsSaid() {
            return ["SpokenPrompt.key5|Phím 5", "level.5|Rất hài lòng",
                    "SpokenPrompt.key4|Phím 4", "level.4|Hài lòng",
                    "SpokenPrompt.key3|Phím 3", "level.3|Bình thường",
                    "SpokenPrompt.key2|Phím 2", "level.2|Không hài lòng",
                    "SpokenPrompt.key1|Phím 1", "level.1|Rất không hài lòng",
                    "SpokenPrompt.questionKeys|Bấm phím số để chọn, phím 0 để nghe lại."]
        }

        function test_keypadAloneCompletesARatingAndEveryKeyIsAnnounced() {
            const before = outboxProbe.sealedCount()
            keyClick(Qt.Key_Space) // a person who cannot see the screen presses any key
            compare(kioskSession.screen, RatingSession.Question)
            verify(kioskSession.assists.speechOn)
            let expected = ["survey.title|Ông/Bà đánh giá thế nào về sự phục vụ hôm nay?"]
                .concat(levelsSaid())
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_Return) // nothing chosen yet: told so, not silently ignored
            expected.push("SpokenPrompt.keyNotUsed|Phím này không dùng ở đây. Bấm phím 0 để nghe hướng dẫn.")
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_4)
            compare(kioskSession.screen, RatingSession.FollowUp)
            expected = expected.concat([
                "SpokenPrompt.selected|Đã chọn", "level.4|Hài lòng",
                "FollowUpScreen.wentWell|Điều gì làm Ông/Bà hài lòng?",
                "FollowUpScreen.hint|Chọn một hoặc nhiều ý (không bắt buộc)",
                "SpokenPrompt.key1|Phím 1", "reason.nhanh-chong|Nhanh chóng",
                "SpokenPrompt.key2|Phím 2", "reason.than-thien|Cán bộ thân thiện",
                "SpokenPrompt.key3|Phím 3", "reason.huong-dan-ro|Hướng dẫn rõ ràng",
                "SpokenPrompt.key4|Phím 4", "reason.dung-hen|Đúng hẹn",
                "SpokenPrompt.key5|Phím 5", "reason.thuan-tien|Thuận tiện",
                "SpokenPrompt.followUpKeys|Bấm phím Enter để tiếp tục, phím Esc để bỏ qua."])
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_2)
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_2) // taken back
            expected = expected.concat([
                "SpokenPrompt.selected|Đã chọn", "reason.than-thien|Cán bộ thân thiện",
                "SpokenPrompt.selected|Đã chọn", "reason.nhanh-chong|Nhanh chóng",
                "SpokenPrompt.unselected|Đã bỏ chọn", "reason.than-thien|Cán bộ thân thiện"])
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_0) // hear the screen again
            expected = expected.concat(expected.slice(expected.indexOf("FollowUpScreen.wentWell|Điều gì làm Ông/Bà hài lòng?"),
                                                      expected.indexOf("SpokenPrompt.followUpKeys|Bấm phím Enter để tiếp tục, phím Esc để bỏ qua.") + 1))
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_Return)
            compare(kioskSession.screen, RatingSession.Comment)
            expected = expected.concat([
                "CommentScreen.question|Ông/Bà có muốn góp ý thêm không?",
                "CommentScreen.hint|Không bắt buộc. Xin đừng ghi họ tên, số điện thoại, số định danh cá nhân.",
                "SpokenPrompt.commentKeys|Bấm phím Enter để gửi, phím Esc để bỏ qua."])
            compare(speechLog.said(), expected)

            keyClick(Qt.Key_Return)
            compare(kioskSession.screen, RatingSession.ThankYou)
            expected = expected.concat([
                "ThankYouScreen.title|Cảm ơn Ông/Bà!",
                "ThankYouScreen.body|Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn."])
            compare(speechLog.said(), expected)

            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 4)
            compare(rating.reasons, ["nhanh-chong"])
            compare(rating.ended, "done")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            verify(!kioskSession.assists.speechOn) // the next citizen starts without it
        }

        // The health station's kiosk gets the health survey: its question, then one optional
        // screen of its criteria, answered here row by row on the keypad alone and heard.
        function test_healthKioskAsksItsCriteriaByKeypadAlone() {
            verify(serverSurvey.answer("y-te"))
            const before = outboxProbe.sealedCount()
            keyClick(Qt.Key_Space)
            compare(kioskSession.question, "Ông/Bà đánh giá thế nào về lần khám, chữa bệnh hôm nay?")
            keyClick(Qt.Key_4)
            compare(kioskSession.screen, RatingSession.Criteria)
            verify(screenNamed("criteriaScreen").visible)
            verify(findChild(screenNamed("criteriaScreen"), "criterion-tiep-can-5").visible)
            const screenSaid = speechLog.said()
            for (const line of ["CriteriaScreen.heading|Ông/Bà đánh giá thêm từng mặt sau",
                                "CriteriaScreen.hint|Không bắt buộc: chọn mặt nào cũng được, hoặc bỏ qua",
                                "criterion.tiep-can|Khả năng tiếp cận", "SpokenPrompt.key5|Phím 5",
                                "level.5|Rất hài lòng"])
                verify(screenSaid.indexOf(line) >= 0, line + " not said")

            speechLog.clear()
            keyClick(Qt.Key_5)
            compare(speechLog.said(), [
                "SpokenPrompt.selected|Đã chọn", "level.5|Rất hài lòng",
                "criterion.minh-bach|Minh bạch thông tin và thủ tục khám, chữa bệnh",
                "SpokenPrompt.questionKeys|Bấm phím số để chọn, phím 0 để nghe lại."])
            compare(kioskSession.criterionIndex, 1)
            keyClick(Qt.Key_4)
            keyClick(Qt.Key_3)
            keyClick(Qt.Key_4)
            compare(kioskSession.screen, RatingSession.Criteria)
            keyClick(Qt.Key_2) // the last row: on to what went well
            compare(kioskSession.screen, RatingSession.FollowUp)
            verify(findChild(screenNamed("followUpScreen"), "reason-nhan-vien-tan-tinh") !== null)
            keyClick(Qt.Key_Escape)
            keyClick(Qt.Key_Escape)
            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.survey, "y-te")
            compare(rating.overall, 4)
            compare(rating.criteria, {"tiep-can": 5, "minh-bach": 4, "co-so-vat-chat": 3,
                                      "thai-do-chuyen-mon": 4, "ket-qua": 2})
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
        }

        // One tap on the first screen is the rating; the criteria are skipped as a whole.
        function test_criteriaAreSkippedAtOneTap() {
            verify(serverSurvey.answer("giao-duc"))
            const before = outboxProbe.sealedCount()
            tap("face-2")
            compare(kioskSession.screen, RatingSession.Criteria)
            tap("criterion-co-so-vat-chat-1")
            compare(kioskSession.criterionOptions[0].level, 1)
            tap("skipButton")
            compare(kioskSession.screen, RatingSession.FollowUp)
            kioskSession.skip()
            kioskSession.skip()
            compare(outboxProbe.sealedCount(), before + 1)
            const rating = outboxProbe.latestSealed()
            compare(rating.survey, "giao-duc")
            compare(rating.overall, 2)
            compare(rating.criteria, {"co-so-vat-chat": 1})
            compare(rating.ended, "skipped")
        }

        // What is heard is what is shown: every fixed prompt spoken for a screen is a text on
        // that screen, in Vietnamese and in English.
        function textsOn(item, out) {
            if (!item.visible)
                return out
            if (item.font !== undefined && typeof item.text === "string" && item.text.length > 0)
                out.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                textsOn(item.children[i], out)
            return out
        }

        function checkSpokenIsShown(screenObject) {
            speechLog.clear()
            tap("listenButton")
            const said = speechLog.said()
            verify(said.length > 0, "nothing said on " + screenObject)
            const shown = textsOn(screenNamed(screenObject), [])
            for (let i = 0; i < said.length; ++i) {
                const id = said[i].split("|")[0]
                const text = said[i].slice(id.length + 1)
                if (id.startsWith("SpokenPrompt."))
                    continue // keypad guidance, for ears only
                verify(shown.indexOf(text) >= 0, screenObject + " does not show \"" + text + "\"")
            }
        }

        function test_speakerButtonOnEveryScreenSaysWhatItShows_data() {
            return [{ tag: "vi", language: "vi" }, { tag: "en", language: "en" }]
        }

        function test_speakerButtonOnEveryScreenSaysWhatItShows(data) {
            kioskSession.wake()
            tap("language-" + data.language)
            checkSpokenIsShown("questionScreen")
            verify(kioskSession.assists.speechOn)
            tap("face-1")
            checkSpokenIsShown("followUpScreen")
            tap("continueButton")
            checkSpokenIsShown("commentScreen")
            tap("sendCommentButton")
            checkSpokenIsShown("thankYouScreen")
            verify(speechLog.language === data.language)
        }

        function test_speechKeepsTheTimeAndVolumeComesBack() {
            kioskSession.timeoutMs = 20000
            kioskSession.wake()
            tap("listenButton")
            verify(kioskSession.assists.speechOn)
            compare(kioskSession.timeoutMs, 20000)
            compare(kioskSession.secondsLeft, 20)
            const start = kioskSession.assists.volume
            keyClick(Qt.Key_Plus)
            compare(kioskSession.assists.volume, start + 10)
            compare(speechLog.volume, (start + 10) / 100)
            compare(speechLog.saidIds().slice(-1)[0], "SpokenPrompt.louder")
            keyClick(Qt.Key_Escape)
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            compare(kioskSession.assists.volume, start)
            compare(speechLog.volume, start / 100)
        }

        // A keypad user presses a level and walks away, speech on. In the last seconds the notice
        // shows them and the kiosk says so; a key then only gives the full time again; with no
        // key the session ends at the normal timeout, well before ten times it.
        function test_keypadUserIsWarnedGivenTimeAndTimedOutAtTheNormalTime() {
            kioskSession.timeoutMs = 3000
            kioskSession.warningMs = 1500
            const notice = findChild(kiosk, "timeWarning")
            keyClick(Qt.Key_4) // the idle screen: the rating at once, and speech on
            compare(kioskSession.screen, RatingSession.FollowUp)
            verify(kioskSession.assists.speechOn)
            verify(!notice.visible)
            verify(!findChild(kiosk, "moreTimeButton").shown)

            tryVerify(() => notice.visible, 3000)
            verify(kioskSession.timeWarning)
            verify(findChild(kiosk, "moreTimeButton").shown)
            compare(speechLog.saidIds().slice(-2), ["TimeWarning.title", "TimeWarning.hint"])
            compare(speechLog.said().slice(-2)[0], "TimeWarning.title|Sắp hết thời gian")
            const title = findChild(notice, "timeWarningTitle").text
            verify(title.startsWith("Sắp hết thời gian — còn "), title)
            verify(kioskSession.secondsLeft >= 1 && kioskSession.secondsLeft <= 2)

            keyClick(Qt.Key_1) // more time only: not the first reason
            verify(!notice.visible)
            compare(kioskSession.secondsLeft, 3)
            compare(speechLog.saidIds().slice(-1)[0], "SpokenPrompt.moreTime")
            compare(kioskSession.screen, RatingSession.FollowUp)

            tryVerify(() => notice.visible, 3000)
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            verify(!notice.visible)
            const rating = outboxProbe.latestSealed()
            compare(rating.overall, 4)
            compare(rating.ended, "timeout")
            verify(!rating.reasons || rating.reasons.length === 0)
        }

        function test_anyTouchAndTheMoreTimeButtonRestartTheTimer() {
            kioskSession.timeoutMs = 9000
            kioskSession.wake()
            const more = findChild(kiosk, "moreTimeButton")
            tryVerify(() => more.shown, 3000)
            tryVerify(() => kioskSession.secondsLeft <= 7, 5000)
            tap("moreTimeButton")
            verify(kioskSession.secondsLeft >= 8)
            tryVerify(() => kioskSession.secondsLeft <= 7, 5000)
            mouseClick(screenNamed("questionScreen"), 300, kiosk.height / 2 - 200) // not a target
            verify(kioskSession.secondsLeft >= 8)
            compare(kioskSession.screen, RatingSession.Question)
        }

        function test_highContrastFromItsButtonAndFromTheKeypad() {
            verify(!Theme.highContrast)
            tap("contrastButton")
            verify(Theme.highContrast)
            compare(String(Theme.background), "#000000")
            kioskSession.wake()
            keyClick(Qt.Key_H)
            verify(!Theme.highContrast)
            keyClick(Qt.Key_Asterisk)
            verify(Theme.highContrast)
            compare(speechLog.saidIds().slice(-1)[0], "SpokenPrompt.highContrastOn")
            keyClick(Qt.Key_Escape)
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            verify(!Theme.highContrast)
        }

        // ---- Sizes, spacing, text and contrast -----------------------------------------

        function channel(c) { return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4) }
        function luminance(colour) {
            return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)
        }
        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }

        function test_contrastOfEveryPaletteTextPair_data() {
            return [{ tag: "normal", high: false }, { tag: "high contrast", high: true }]
        }

        function test_contrastOfEveryPaletteTextPair(data) {
            if (data.high)
                tap("contrastButton")
            compare(Theme.highContrast, data.high)
            const pairs = Theme.textPairs
            verify(pairs.length >= 10)
            for (let i = 0; i < pairs.length; ++i) {
                // Qt.darker(…, 1) turns a colour name into a colour value.
                const ratio = contrast(Qt.darker(pairs[i].text, 1), Qt.darker(pairs[i].back, 1))
                verify(ratio >= 4.5, pairs[i].name + ": " + ratio.toFixed(2) + ":1")
            }
            if (data.high)
                tap("contrastButton")
        }

        function isTarget(item) {
            const excluded = ["touchWatcher", "staffCorner", "backdropTap"]
            if (excluded.indexOf(item.objectName) >= 0 || !item.enabled)
                return false
            return String(item).startsWith("QQuickMouseArea") || item.objectName === "commentEditor"
        }

        function walk(item, visit) {
            if (!item.visible || item.opacity === 0 || item.objectName === "keyboard")
                return
            visit(item)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i], visit)
        }

        function backgroundOf(item) {
            for (let p = item.parent; p !== null && p !== kiosk; p = p.parent) {
                if (p.border !== undefined && p.color !== undefined && p.color.a === 1)
                    return p.color
            }
            return Theme.background
        }

        function checkScreen(label) {
            waitForRendering(kiosk)
            const targets = []
            walk(kiosk, (item) => {
                if (isTarget(item)) {
                    const at = item.mapToItem(kiosk, 0, 0)
                    targets.push({ name: item.objectName || item.parent.objectName || String(item.parent),
                                   x: at.x, y: at.y, w: item.width, h: item.height })
                }
                if (item.font !== undefined && typeof item.text === "string" && item.text.length > 0
                        && item.color !== undefined) {
                    verify(item.font.pixelSize >= Theme.minBodyText - 0.01,
                           label + ": \"" + item.text + "\" is " + item.font.pixelSize + " px")
                    const ratio = contrast(item.color, backgroundOf(item))
                    verify(ratio >= 4.5, label + ": \"" + item.text + "\" contrast " + ratio.toFixed(2))
                }
            })
            if (kioskSession.screen === RatingSession.Comment)
                targets.push(checkKeyboard(label))
            // At least the assist bar's listen, contrast and language buttons.
            verify(targets.length >= 3, label + ": targets found " + targets.length)
            for (let i = 0; i < targets.length; ++i) {
                const a = targets[i]
                verify(a.w >= Theme.minTarget - 0.5 && a.h >= Theme.minTarget - 0.5,
                       label + ": " + a.name + " is " + a.w.toFixed(0) + "×" + a.h.toFixed(0)
                       + " px, under 2 cm (" + Theme.minTarget + " px)")
                verify(a.x >= 0 && a.y >= 0 && a.x + a.w <= kiosk.width + 0.5 && a.y + a.h <= kiosk.height + 0.5,
                       label + ": " + a.name + " is off the screen")
                for (let j = i + 1; j < targets.length; ++j) {
                    const b = targets[j]
                    const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.w, b.x + b.w))
                    const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.h, b.y + b.h))
                    const gap = Math.sqrt(dx * dx + dy * dy)
                    verify(gap >= 8 * Theme.pixelsPerMm - 0.5,
                           label + ": " + a.name + " and " + b.name + " are " + gap.toFixed(1)
                           + " px apart, under 8 mm")
                }
            }
        }

        // The on-screen keyboard's keys sit edge to edge, as on any keyboard, so each key is
        // held to the size rule and the keyboard as a whole to the spacing rule. Keys are 2 cm
        // both ways wherever the window has the room; where it has not (a tablet on its side, see
        // Theme.qml) the keyboard must take all the room there is — from one gap under the comment
        // box to the bottom edge, and across the whole width — and its keys must still be at
        // least Theme.keyboardShortKeyMinimum (1.2 cm) tall.
        function checkKeyboard(label) {
            const screen = screenNamed("commentScreen")
            const keyboard = showKeyboard()
            const keys = keysOf(keyboard, []).filter((k) => k.keyType !== QtVirtualKeyboard.FillerKey)
            verify(keys.length >= 30, label + ": keys found " + keys.length)
            const roomForTallKeys = screen.keyboardRoom >= screen.keyboardHeight + 0.5
            const roomForWideKeys = kiosk.width >= Theme.keyboardColumns * Theme.minTarget
            // Only a tablet on its side may lack the height.
            verify(roomForTallKeys || (Theme.tablet && kiosk.width > kiosk.height),
                   label + ": no room for 2 cm keys")
            let top = kiosk.height, bottom = 0, left = kiosk.width, right = 0
            for (let i = 0; i < keys.length; ++i) {
                const at = keys[i].mapToItem(kiosk, 0, 0)
                top = Math.min(top, at.y)
                bottom = Math.max(bottom, at.y + keys[i].height)
                left = Math.min(left, at.x)
                right = Math.max(right, at.x + keys[i].width)
                const name = label + ": key \"" + keys[i].displayText + "\" is "
                        + keys[i].width.toFixed(0) + "×" + keys[i].height.toFixed(0) + " px"
                verify(keys[i].height >= (roomForTallKeys ? Theme.minTarget : Theme.keyboardShortKeyMinimum) - 0.5,
                       name + (roomForTallKeys ? ", under 2 cm" : ", under 1.2 cm"))
                if (roomForWideKeys)
                    verify(keys[i].width >= Theme.minTarget - 0.5, name + ", under 2 cm")
            }
            verify(bottom <= kiosk.height + 0.5, label + ": the keyboard runs off the screen")
            if (!roomForTallKeys) {
                const form = findChild(screen, "commentForm")
                const formBottom = form.mapToItem(kiosk, 0, form.height).y
                verify(top - formBottom <= Theme.minGap + Theme.minGap,
                       label + ": the keyboard leaves " + (top - formBottom).toFixed(0) + " px unused")
            }
            if (!roomForWideKeys)
                compare(keyboard.width, kiosk.width)
            return { name: "keyboard", x: left, y: top, w: right - left, h: bottom - top }
        }

        function walkEveryScreen(label) {
            checkScreen(label + " idle")
            outboxProbe.prompt("HS-1", "ho-tich", "Cán bộ A", "2")
            tryVerify(() => findChild(kiosk, "moreTimeButton").shown, 3000)
            checkScreen(label + " question with prompt and countdown")
            tap("face-2")
            checkScreen(label + " what went wrong")
            tap("skipButton")
            checkScreen(label + " comment")
            tap("skipCommentButton")
            checkScreen(label + " thank you")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            tap("face-5")
            checkScreen(label + " what went well")
            tap("skipButton")
            tap("skipCommentButton")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
        }

        function test_targetsSpacingTextAndContrastOnEveryScreen_data() {
            return [
                { tag: "landscape", w: 1920, h: 1080, high: false },
                { tag: "landscape high contrast", w: 1920, h: 1080, high: true },
                { tag: "portrait", w: 1080, h: 1920, high: false },
                { tag: "portrait high contrast", w: 1080, h: 1920, high: true },
                { tag: "tablet landscape", w: 1280, h: 800, high: false },
                { tag: "tablet landscape high contrast", w: 1280, h: 800, high: true },
                { tag: "tablet portrait", w: 800, h: 1280, high: false },
                { tag: "tablet portrait high contrast", w: 800, h: 1280, high: true },
                { tag: "small panel", w: 1024, h: 768, high: false },
            ]
        }

        function test_targetsSpacingTextAndContrastOnEveryScreen(data) {
            kiosk.width = data.w
            kiosk.height = data.h
            kioskSession.timeoutMs = 9000 // the more-time button shows from the start
            // 2 cm and 8 mm on the assumed 21.5" 1080p panel (≈ 102 px/inch) or 10.1" 1280×800
            // tablet (≈ 150 px/inch); text at least 6.9 mm: 28 px on the panel, 41 px on the tablet.
            // A 1024×768 window is a screen at least the tablet's size: 1024 px across it are
            // its 1280, ≈ 120 px/inch.
            const tablet = Math.min(data.w, data.h) < 1000
            const small = data.w === 1024
            compare(Theme.minTarget, small ? 95 : tablet ? 118 : 81)
            compare(Theme.minGap, small ? 38 : tablet ? 48 : 33)
            compare(Theme.minBodyText, small ? 33 : tablet ? 41 : 28)
            if (data.high) {
                // High contrast lasts a session: check every screen of one session in it.
                kioskSession.wake()
                tap("contrastButton")
                verify(Theme.highContrast)
                checkScreen(data.tag + " question")
                tap("face-2")
                checkScreen(data.tag + " what went wrong")
                tap("continueButton")
                checkScreen(data.tag + " comment")
                tap("sendCommentButton")
                checkScreen(data.tag + " thank you")
                tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
                tap("contrastButton")
                checkScreen(data.tag + " idle")
                tap("face-5")
                checkScreen(data.tag + " what went well")
                tap("skipButton")
                tap("skipCommentButton")
                tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
                return
            }
            walkEveryScreen(data.tag)
        }

        // On the 21.5" panel either way round, a survey's five criteria fit on their screen
        // whole, in both languages: nothing to scroll to, and every face a 2 cm target 8 mm
        // from the next and from the buttons. A tablet's five rows are taller than its screen:
        // there the list scrolls, and every row's five faces are still within the screen.
        function test_criteriaOnEveryScreen_data() {
            return [
                { tag: "landscape, health", w: 1920, h: 1080, survey: "y-te", lang: "vi", fits: true },
                { tag: "landscape, education", w: 1920, h: 1080, survey: "giao-duc", lang: "vi", fits: true },
                { tag: "landscape, health, English", w: 1920, h: 1080, survey: "y-te", lang: "en", fits: true },
                { tag: "portrait, health", w: 1080, h: 1920, survey: "y-te", lang: "vi", fits: true },
                { tag: "tablet landscape, health", w: 1280, h: 800, survey: "y-te", lang: "vi", fits: false },
                { tag: "tablet portrait, health", w: 800, h: 1280, survey: "y-te", lang: "vi", fits: false },
            ]
        }

        function test_criteriaOnEveryScreen(data) {
            kiosk.width = data.w
            kiosk.height = data.h
            verify(serverSurvey.answer(data.survey))
            kioskSession.wake()
            kioskSession.assists.language = data.lang
            tap("face-4")
            compare(kioskSession.screen, RatingSession.Criteria)
            const list = findChild(screenNamed("criteriaScreen"), "criterionList")
            waitForRendering(kiosk)
            compare(kioskSession.criterionOptions.length, 5)
            if (data.fits) {
                verify(list.contentHeight <= list.height,
                       data.tag + ": the criteria need " + list.contentHeight.toFixed(0) + " px, "
                       + list.height.toFixed(0) + " px shown")
                verify(!list.interactive, data.tag + ": the criteria scroll")
                checkScreen(data.tag + " criteria")
            } else {
                verify(list.interactive, data.tag + ": the criteria run under the buttons")
                for (const criterion of kioskSession.criterionOptions) {
                    for (let level = 1; level <= 5; ++level) {
                        const face = findChild(list, "criterion-" + criterion.code + "-" + level)
                        const at = face.mapToItem(kiosk, 0, 0)
                        verify(at.x >= 0 && at.x + face.width <= kiosk.width + 0.5,
                               data.tag + ": " + face.objectName + " runs off the screen at "
                               + (at.x + face.width).toFixed(0) + " px")
                    }
                }
            }
            tap("skipButton")
        }

        // ---- Language packs --------------------------------------------------------------

        function test_languagePackFromTheDataFolderIsListedShownAndSpoken() {
            const names = kioskSession.assists.languages.map((l) => l.code)
            compare(names, ["vi", "en", "qaa"])
            tap("language-qaa")
            compare(kioskSession.assists.language, "qaa")
            // The idle screen's greeting comes from the pack's .qm …
            verify(textsOn(screenNamed("idleScreen"), []).indexOf("[qaa] Xin mời Ông/Bà đánh giá sự phục vụ") >= 0)
            verify(textsOn(findChild(kiosk, "assistBar"), []).indexOf("[qaa] Nghe") >= 0)
            tap("listenButton")
            compare(kioskSession.screen, RatingSession.Question)
            // … and so does the survey's question, through the "Survey" context.
            compare(kioskSession.question, "[qaa] Ông/Bà có hài lòng?")
            verify(textsOn(screenNamed("questionScreen"), []).indexOf("[qaa] Ông/Bà có hài lòng?") >= 0)
            compare(speechLog.said()[0], "survey.title|[qaa] Ông/Bà có hài lòng?")
            compare(speechLog.language, "qaa")
            keyClick(Qt.Key_4)
            verify(speechLog.said().indexOf("SpokenPrompt.selected|[qaa] Đã chọn") >= 0)
            verify(speechLog.said().indexOf("level.4|[qaa] Hài lòng") >= 0)
            keyClick(Qt.Key_Escape)
            keyClick(Qt.Key_Escape)
            compare(outboxProbe.latestSealed().lang, "qaa")
            tryCompare(kioskSession, "screen", RatingSession.Idle, 5000)
            compare(kioskSession.assists.language, "vi")
        }
    }
}
