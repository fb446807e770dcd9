#pragma once

#include <QProcess>
#include <QStringList>

namespace hailong::testing {

// A sender process (hailong-batch-streamer or hailong-paced-kiosk) and what it reported:
// the ids the server acknowledged and the batches that failed.
class KioskStream
{
public:
    KioskStream(const QString &program, const QStringList &arguments);
    ~KioskStream();

    bool started() const { return m_process.state() == QProcess::Running; }
    // Reads what the sender printed so far; waits up to `waitMs` for more.
    void collect(int waitMs = 0);
    // Terminates the sender (if still running) and collects the rest of its output.
    void finish();
    // Waits for the sender to stop by itself (the streamer does when the server is gone).
    bool waitForExit(int timeoutMs);

    const QStringList &acked() const { return m_acked; }
    const QStringList &failures() const { return m_failures; }

private:
    void parse(const QByteArray &bytes);

    QProcess m_process;
    QByteArray m_pending;
    QStringList m_acked;
    QStringList m_failures;
};

} // namespace hailong::testing
