// The kiosk draws with Qt Quick's software renderer only where there is no GPU to draw with.
#include "SceneGraphRenderer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using hailong::chooseSceneGraphRenderer;
using hailong::SceneGraphRenderer;

namespace {

void addNode(const QTemporaryDir &folder, const QString &name)
{
    QFile node(folder.filePath(name));
    QVERIFY(node.open(QIODevice::WriteOnly));
}

} // namespace

class TestSceneGraphRenderer : public QObject
{
    Q_OBJECT

private slots:
    void noGraphicsDeviceDrawsInSoftware()
    {
        const QTemporaryDir dri;
        QCOMPARE(chooseSceneGraphRenderer(dri.path() + QStringLiteral("/missing"), {}),
                 SceneGraphRenderer::Software);
    }

    void displayWithoutRenderingDrawsInSoftware()
    {
        const QTemporaryDir dri;
        addNode(dri, QStringLiteral("card0"));
        QCOMPARE(chooseSceneGraphRenderer(dri.path(), {}), SceneGraphRenderer::Software);
    }

    void gpuKeepsQtsRenderer()
    {
        const QTemporaryDir dri;
        addNode(dri, QStringLiteral("card0"));
        addNode(dri, QStringLiteral("renderD128"));
        QCOMPARE(chooseSceneGraphRenderer(dri.path(), {}), SceneGraphRenderer::Default);
    }

    void operatorsChoiceIsLeftToQt()
    {
        const QTemporaryDir dri;
        for (const QString &variable :
             {QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("QSG_RHI_BACKEND")}) {
            QProcessEnvironment environment;
            environment.insert(variable, QStringLiteral("opengl"));
            QCOMPARE(chooseSceneGraphRenderer(dri.path(), environment),
                     SceneGraphRenderer::Default);
        }
    }
};

QTEST_GUILESS_MAIN(TestSceneGraphRenderer)
#include "tst_scene_graph_renderer.moc"
