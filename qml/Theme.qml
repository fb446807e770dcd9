pragma Singleton
import QtQuick

// Colours, type and sizes shared by every screen, in two palettes: the calm normal one and a
// black/white/yellow high-contrast one. Every text/background pair used on screen is listed in
// textPairs; the tests hold each to WCAG 2.2's 4.5:1 in both palettes.
//
// Every length is given in millimetres and turned into pixels at the density of the device the
// window stands for: a window 1000 px or more on its short side is the 21.5" 1920×1080 panel the
// kiosk is sold with (≈ 102 px/inch, 4.03 px/mm), a smaller one the 10.1" 1280×800 tablet
// (≈ 150 px/inch, 5.88 px/mm). So 2 cm is 81 px on the panel and 118 px on the tablet. A window
// smaller than the tablet's 1280×800 (either way round) stands for a screen at least the
// tablet's size with bigger pixels, such as a 15" 1024×768 panel: everything shrinks with it.
//
// Text rule: a font's pixel size is its em height, and no text is under 6.9 mm — the 28 px of
// the panel, 41 px on the tablet. Larger roles (labels, questions, greetings) are larger on the
// panel, which is twice the tablet's size each way and is read standing at a counter, and one
// step above the minimum on the tablet, which is read from closer and has a third of the room.
QtObject {
    id: theme

    property bool highContrast: false
    property real windowWidth: 1920
    property real windowHeight: 1080

    readonly property bool tablet: Math.min(windowWidth, windowHeight) < 1000
    readonly property real belowTablet: Math.min(1, Math.max(windowWidth, windowHeight) / 1280,
                                                 Math.min(windowWidth, windowHeight) / 800)
    readonly property real pixelsPerMm: (tablet ? Math.sqrt(1280 * 1280 + 800 * 800) / 10.1 * belowTablet
                                                : Math.sqrt(1920 * 1920 + 1080 * 1080) / 21.5) / 25.4
    readonly property real widthMm: windowWidth / pixelsPerMm
    readonly property real heightMm: windowHeight / pixelsPerMm

    function mm(length) { return length * pixelsPerMm }
    // A font pixel size for a text `panelMm` tall on the panel and `tabletMm` on the tablet.
    function textSize(panelMm, tabletMm) { return Math.ceil((tablet ? tabletMm : panelMm) * pixelsPerMm) }

    readonly property real minTarget: Math.ceil(mm(20)) // every touch target, both ways
    readonly property real minGap: Math.ceil(mm(8))     // between two targets
    readonly property int minBodyText: textSize(6.9, 6.9)

    readonly property int textSmall: minBodyText               // counters, keypad numbers, bar labels
    readonly property int textBody: textSize(8.5, 6.9)         // hints and details
    readonly property int textLabel: textSize(9.5, 7.2)        // buttons, faces' words, reasons
    readonly property int textHeading: textSize(14, 8.5)       // the questions
    readonly property int textDisplay: textSize(16, 9.5)       // the idle greeting
    readonly property int textHero: textSize(24, 13)           // the thank-you

    // Margins and spacing that are not between two targets.
    readonly property real edge: Math.round(mm(tablet ? 3 : 8))
    readonly property real spaceSmall: Math.round(mm(tablet ? 1.5 : 5))
    readonly property real spaceLarge: Math.round(mm(tablet ? 3 : 10))
    readonly property real radius: Math.round(mm(tablet ? 2.5 : 5))
    readonly property real borderWidth: Math.max(2, Math.round(mm(0.75)))

    // The on-screen keyboard (vi_VN and en_US layouts: four rows of at most ten and a half
    // keys). Its keys are as tall as any target, 2 cm, wherever that fits under the comment
    // box: on the panel either way round and on a tablet held upright. A tablet on its side
    // (135 mm high) keeps a two-line comment box, with the question beside its hint, above the
    // keyboard, which leaves ≈ 1.4 cm a key (measured: 84 px at 1280×800); there the keyboard
    // takes all the room it has,
    // and its keys are held to keyboardShortKeyMinimum, because a citizen must see what they type
    // and may skip the comment anyway. Ten keys of 2 cm a row need 1300 px on the tablet, more
    // than it has either way round, so there the keyboard is as wide as the screen.
    readonly property int keyboardRows: 4
    readonly property real keyboardColumns: 11 // ten and a half keys and the margins
    readonly property real keyboardKeyHeight: minTarget
    readonly property real keyboardShortKeyMinimum: Math.ceil(mm(12))

    readonly property color background: highContrast ? "#000000" : "#F5F7FA"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color pressedSurface: highContrast ? "#333333" : "#E3E8EF"
    readonly property color selectedSurface: highContrast ? "#000000" : "#DCE8F7"
    readonly property color infoSurface: highContrast ? "#000000" : "#E8F0FE"
    readonly property color ink: highContrast ? "#FFFFFF" : "#1A1A1A"
    readonly property color inkSoft: highContrast ? "#FFFFFF" : "#3D4451"
    readonly property color placeholder: highContrast ? "#D0D0D0" : "#5F6673"
    readonly property color accent: highContrast ? "#FFFF00" : "#0B5394"
    readonly property color accentInk: highContrast ? "#000000" : "#FFFFFF"
    readonly property color border: highContrast ? "#FFFFFF" : "#6E7A8A"
    readonly property color track: highContrast ? "#333333" : "#DDE3EA"
    readonly property color warning: highContrast ? "#FFFF00" : "#B3261E"
    readonly property color warningInk: highContrast ? "#000000" : "#FFFFFF"
    // Dark line icons need a light chip under them on a black background.
    readonly property color iconChip: highContrast ? "#FFFFFF" : "transparent"
    readonly property string fontFamily: "Noto Sans"

    // Face colours, sad to happy; each face also differs by shape and carries its word, so
    // they are told apart without colour.
    readonly property var faceColors: ["#D32F2F", "#F57C00", "#FBC02D", "#8BC34A", "#2E7D32"]
    readonly property var faceTints: highContrast ? ["#000000", "#000000", "#000000", "#000000", "#000000"]
                                                  : ["#FDECEA", "#FFF1E0", "#FFF8DC", "#F1F8E9", "#E3F2E4"]

    readonly property var textPairs: [
        { name: "ink on background", text: ink, back: background },
        { name: "ink on surface", text: ink, back: surface },
        { name: "ink on pressed", text: ink, back: pressedSurface },
        { name: "ink on selected", text: ink, back: selectedSurface },
        { name: "ink on info", text: ink, back: infoSurface },
        { name: "soft ink on background", text: inkSoft, back: background },
        { name: "soft ink on surface", text: inkSoft, back: surface },
        { name: "placeholder on surface", text: placeholder, back: surface },
        { name: "accent on surface", text: accent, back: surface },
        { name: "accent ink on accent", text: accentInk, back: accent },
        { name: "warning ink on warning", text: warningInk, back: warning },
        { name: "warning on surface", text: warning, back: surface },
        { name: "ink on face 1", text: ink, back: faceTints[0] },
        { name: "ink on face 2", text: ink, back: faceTints[1] },
        { name: "ink on face 3", text: ink, back: faceTints[2] },
        { name: "ink on face 4", text: ink, back: faceTints[3] },
        { name: "ink on face 5", text: ink, back: faceTints[4] }
    ]

    function faceColor(face) { return faceColors[Math.max(0, Math.min(4, face - 1))] }
    function faceTint(face) { return faceTints[Math.max(0, Math.min(4, face - 1))] }
    function faceSource(face) { return "qrc:/hailong/faces/face-" + face + ".svg" }
    function iconSource(name) { return "qrc:/hailong/icons/" + (name && name.length > 0 ? name : "more") + ".svg" }
}
