#include "SceneGraphRenderer.h"

#include <QDir>

namespace hailong {

SceneGraphRenderer chooseSceneGraphRenderer(const QString &driFolder,
                                            const QProcessEnvironment &environment)
{
    for (const char *chosenByOperator : {"QT_QUICK_BACKEND", "QSG_RHI_BACKEND"}) {
        if (!environment.value(QString::fromLatin1(chosenByOperator)).isEmpty())
            return SceneGraphRenderer::Default;
    }
    const QStringList renderNodes =
        QDir(driFolder).entryList({QStringLiteral("renderD*")}, QDir::System | QDir::Files);
    return renderNodes.isEmpty() ? SceneGraphRenderer::Software : SceneGraphRenderer::Default;
}

} // namespace hailong
