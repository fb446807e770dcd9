#include "AttackedCentre.h"

namespace hailong::testing {

AttackedCentre::AttackedCentre()
    : m_server(std::make_unique<TestServer>(QStringLiteral(HAILONG_SERVER_BINARY)))
{}

bool AttackedCentre::prepare()
{
    if (!m_server->init() || !m_server->addUnit(QStringLiteral("ubnd"), QStringLiteral("admin"),
                                                QStringLiteral("UBND xã")))
        return false;
    m_kioskToken =
        m_server->addKiosk(QStringLiteral("k1"), QStringLiteral("ubnd"), QStringLiteral("1"))
            .toLatin1();
    m_streamToken = m_server->addKiosk(streamKiosk, QStringLiteral("ubnd"), QStringLiteral("9"));
    m_stored = std::make_unique<StoredRatings>(m_server->databasePath());
    return !m_kioskToken.isEmpty() && !m_streamToken.isEmpty();
}

bool AttackedCentre::start(const QStringList &arguments)
{
    if (!m_server->start(arguments))
        return false;
    m_sender = std::make_unique<KioskStream>(
        QStringLiteral(HAILONG_PACED_KIOSK),
        QStringList{m_server->url(QStringLiteral("/api/v1/ratings")).toString(), m_streamToken,
                    m_server->caPath()});
    return m_sender->started();
}

QString AttackedCentre::senderProblem(int minimumAcked)
{
    m_sender->finish();
    if (!m_sender->failures().isEmpty())
        return m_sender->failures().join(QLatin1Char('\n'));
    if (m_sender->acked().size() < minimumAcked)
        return QStringLiteral("only %1 ratings acknowledged").arg(m_sender->acked().size());
    const QHash<QString, int> counts = m_stored->countsById();
    for (const QString &id : m_sender->acked()) {
        if (counts.value(id) != 1)
            return QStringLiteral("rating %1 stored %2 times").arg(id).arg(counts.value(id));
    }
    return {};
}

} // namespace hailong::testing
