#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace hailong {

// Which Qt Quick renderer draws the kiosk's screens.
enum class SceneGraphRenderer {
    Default,  // Qt's choice: OpenGL (or another GPU interface) through the graphics driver
    Software, // Qt Quick's own CPU renderer, drawing into the window's backing store
};

// Without a GPU the driver would emulate one on the CPU (Mesa's llvmpipe): it loads LLVM,
// compiles shaders and keeps colour and depth buffers of the whole screen, about 85 MB more
// than Qt Quick's software renderer drawing the same flat screens (no shader effects are used).
// A GPU shows as a DRM render node (renderD*) in `driFolder` (/dev/dri); a card node alone is a
// display without rendering (simpledrm). A renderer the operator chose through Qt's own
// variables (QT_QUICK_BACKEND, QSG_RHI_BACKEND) is left to Qt.
SceneGraphRenderer chooseSceneGraphRenderer(const QString &driFolder,
                                            const QProcessEnvironment &environment);

} // namespace hailong
