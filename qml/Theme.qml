pragma Singleton
import QtQuick

// Colours and type shared by every screen: high contrast on a calm background.
QtObject {
    readonly property color background: "#F5F7FA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#1A1A1A"
    readonly property color inkSoft: "#3D4451"
    readonly property color accent: "#0B5394"
    readonly property color accentInk: "#FFFFFF"
    readonly property color border: "#9AA5B4"
    readonly property color warning: "#B3261E"
    readonly property string fontFamily: "Noto Sans"

    // Face colours, sad to happy; each face also differs by shape and carries its word.
    readonly property var faceColors: ["#D32F2F", "#F57C00", "#FBC02D", "#8BC34A", "#2E7D32"]
    readonly property var faceTints: ["#FDECEA", "#FFF1E0", "#FFF8DC", "#F1F8E9", "#E3F2E4"]

    function faceColor(face) { return faceColors[Math.max(0, Math.min(4, face - 1))] }
    function faceTint(face) { return faceTints[Math.max(0, Math.min(4, face - 1))] }
    function faceSource(face) { return "qrc:/hailong/faces/face-" + face + ".svg" }
    function iconSource(name) { return "qrc:/hailong/icons/" + (name && name.length > 0 ? name : "more") + ".svg" }
}
