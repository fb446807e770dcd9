#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class QQuickWindow;

namespace hailong {

class RatingSession;

// Walks the real kiosk through every screen and saves each as
// DIR/kiosk-<landscape|portrait>-NN-<screen>.png, for the README and for review.
// Run it against a throw-away --data folder: the tour's ratings are real ratings.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(QQuickWindow *window, RatingSession *session, QString directory,
                   QObject *parent = nullptr);

    void start();

signals:
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<void()> action;
    };

    QPointer<QQuickWindow> m_window;
    RatingSession *m_session;
    QString m_directory;
    QList<Step> m_steps;
    int m_next = 0;
    bool m_ok = true;
    QTimer m_settle;

    void runNextStep();
    void capture();
};

} // namespace hailong
