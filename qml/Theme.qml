pragma Singleton
import QtQuick

// Colours, type and target sizes shared by every screen, in two palettes: the calm normal
// one and a black/white/yellow high-contrast one. Every text/background pair used on screen
// is listed in textPairs; the tests hold each to WCAG 2.2's 4.5:1 in both palettes.
//
// Sizes follow the panel the kiosk is sold with, assumed from the window: a 21.5" panel at
// 1920×1080 (either way round) is ≈ 102 px/inch, so 2 cm ≈ 81 px and 8 mm ≈ 33 px; a
// smaller window is taken for a 10.1" 1280×800 tablet (≈ 150 px/inch, 2 cm ≈ 118 px).
QtObject {
    id: theme

    property bool highContrast: false
    property real windowWidth: 1920
    property real windowHeight: 1080

    readonly property real assumedDiagonalInches: Math.min(windowWidth, windowHeight) >= 1000 ? 21.5 : 10.1
    readonly property real pixelsPerMm: Math.sqrt(windowWidth * windowWidth + windowHeight * windowHeight)
                                        / assumedDiagonalInches / 25.4
    readonly property real minTarget: Math.ceil(20 * pixelsPerMm) // every touch target, both ways
    readonly property real minGap: Math.ceil(8 * pixelsPerMm)     // between two targets
    readonly property real minBodyText: 28 * Math.min(windowWidth, windowHeight) / 1080

    // The on-screen keyboard (vi_VN and en_US layouts: four rows of at most ten and a half
    // keys). Its keys are as tall as any target, 2 cm, wherever that fits under the comment
    // box: on the 1080p panel either way round, and on a tablet held upright. A tablet on its
    // side (800 px high) has room for about 1.3 cm under the comment box; there the keyboard
    // takes all the room it has rather than cover the box or the send button, because a
    // citizen must see what they type. Ten keys of 2 cm a row need 1180 px, more than an
    // upright tablet's 800, so there the keys are as wide as the screen allows (≈ 1.3 cm).
    readonly property int keyboardRows: 4
    readonly property real keyboardColumns: 11 // ten and a half keys and the margins
    readonly property real keyboardKeyHeight: minTarget

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
