#include "ScreenshotTour.h"

#include "session/RatingSession.h"

#include <QDir>
#include <QImage>
#include <QMetaObject>
#include <QQuickWindow>

namespace hailong {

namespace {

// Long enough for the screens' transitions to finish before the grab.
constexpr int kSettleMs = 900;

} // namespace

ScreenshotTour::ScreenshotTour(QQuickWindow *window, RatingSession *session, QString directory,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_directory(std::move(directory))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ScreenshotTour::capture);

    m_steps = {
        {QStringLiteral("idle"), [] {}},
        {QStringLiteral("question"), [this] { m_session->wake(); }},
        {QStringLiteral("question-english"),
         [this] { m_session->assists().setLanguage(QStringLiteral("en")); }},
        {QStringLiteral("question-prompted"),
         [this] {
             m_session->skip();
             m_session->applyPrompt({QStringLiteral("HS-2026-000123"),
                                     QStringLiteral("ho-tich"),
                                     QStringLiteral("Nguyễn Thị Lan"),
                                     QStringLiteral("2"),
                                     {}});
         }},
        {QStringLiteral("follow-up-went-well"),
         [this] {
             m_session->chooseLevel(5);
             const QVariantList options = m_session->reasonOptions();
             if (!options.isEmpty())
                 m_session->toggleReason(
                     options.first().toMap().value(QStringLiteral("code")).toString());
         }},
        {QStringLiteral("comment"),
         [this] {
             m_session->confirm();
             m_session->setComment(QStringLiteral("Cán bộ hướng dẫn rất tận tình, cảm ơn!"));
         }},
        {QStringLiteral("thank-you"), [this] { m_session->confirm(); }},
        {QStringLiteral("idle-high-contrast"),
         [this] { m_session->assists().toggleHighContrast(); }},
        {QStringLiteral("question-high-contrast"), [this] { m_session->wake(); }},
        {QStringLiteral("follow-up-high-contrast"),
         [this] {
             m_session->chooseLevel(2);
             m_session->toggleReason(m_session->reasonOptions()
                                         .first()
                                         .toMap()
                                         .value(QStringLiteral("code"))
                                         .toString());
         }},
        {QStringLiteral("comment-high-contrast"), [this] { m_session->confirm(); }},
        {QStringLiteral("thank-you-high-contrast"), [this] { m_session->confirm(); }},
        {QStringLiteral("idle-english"),
         [this] { m_session->assists().setLanguage(QStringLiteral("en")); }},
        {QStringLiteral("follow-up-english"),
         [this] {
             m_session->wake();
             m_session->chooseLevel(4);
         }},
        {QStringLiteral("comment-english"), [this] { m_session->confirm(); }},
        {QStringLiteral("thank-you-english"), [this] { m_session->confirm(); }},
        {QStringLiteral("follow-up-went-wrong"),
         [this] {
             m_session->chooseLevel(2);
             const QVariantList options = m_session->reasonOptions();
             for (int i = 0; i < std::min<int>(2, int(options.size())); ++i)
                 m_session->toggleReason(
                     options[i].toMap().value(QStringLiteral("code")).toString());
         }},
        {QStringLiteral("staff-status"),
         [this] { QMetaObject::invokeMethod(m_window, "openStaffStatus"); }},
        // The went-wrong screen's last seconds: a timeout within the warning time warns at once.
        {QStringLiteral("time-warning"),
         [this] {
             QMetaObject::invokeMethod(m_window, "closeStaffStatus");
             m_session->setTimeoutMs(9000);
         }},
    };
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_session->setTimeoutMs(60000); // no warning but in its own shot, the last
    // The thank-you screen outlasts its grab; capture() waits for it to end before going on.
    m_session->setThankYouMs(2 * kSettleMs);
    runNextStep();
}

void ScreenshotTour::runNextStep()
{
    if (m_next >= m_steps.size() || !m_window) {
        emit finished(m_ok && m_window);
        return;
    }
    m_steps[m_next].action();
    m_settle.start();
}

void ScreenshotTour::capture()
{
    const QString orientation = m_window->width() >= m_window->height()
                                    ? QStringLiteral("landscape")
                                    : QStringLiteral("portrait");
    const QString file = QStringLiteral("%1/kiosk-%2-%3-%4.png")
                             .arg(m_directory, orientation)
                             .arg(m_next + 1, 2, 10, QLatin1Char('0'))
                             .arg(m_steps[m_next].name);
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(file))
        m_ok = false;
    // The faces must be told apart without colour: the question once more, in grey.
    if (m_steps[m_next].name == QStringLiteral("question")) {
        const QString grey =
            QStringLiteral("%1/kiosk-%2-question-greyscale.png").arg(m_directory, orientation);
        if (!image.convertToFormat(QImage::Format_Grayscale8).save(grey))
            m_ok = false;
    }
    const bool thankYou = m_steps[m_next].name.startsWith(QLatin1String("thank-you"));
    ++m_next;
    // A new session can only start once the thank-you screen (faces locked) is gone.
    if (thankYou)
        QTimer::singleShot(kSettleMs + 300, this, &ScreenshotTour::runNextStep);
    else
        runNextStep();
}

} // namespace hailong
