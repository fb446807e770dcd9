#include "KioskStream.h"

namespace hailong::testing {

KioskStream::KioskStream(const QString &program, const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program, arguments);
    m_process.waitForStarted();
}

KioskStream::~KioskStream()
{
    finish();
}

void KioskStream::collect(int waitMs)
{
    if (waitMs > 0 && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(waitMs);
    parse(m_process.readAllStandardOutput());
}

void KioskStream::finish()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(30'000))
            m_process.kill();
        m_process.waitForFinished();
    }
    parse(m_process.readAllStandardOutput());
}

bool KioskStream::waitForExit(int timeoutMs)
{
    const bool exited =
        m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    parse(m_process.readAllStandardOutput());
    return exited;
}

void KioskStream::parse(const QByteArray &bytes)
{
    m_pending += bytes;
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (line.startsWith("acked "))
            m_acked.append(QString::fromUtf8(line.mid(6)));
        else if (line.startsWith("failed "))
            m_failures.append(QString::fromUtf8(line.mid(7)));
    }
}

} // namespace hailong::testing
