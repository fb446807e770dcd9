#pragma once

#include "KioskStream.h"
#include "StoredRatings.h"
#include "TestServer.h"

#include <QStringList>
#include <memory>

namespace hailong::testing {

// The centre a fault test attacks: a server with one unit ("ubnd"), a kiosk "k1" at counter 1
// for the test's own requests, and a kiosk "stream" whose real sender rates throughout the
// attack, so that the test can show the kiosks stayed served.
class AttackedCentre
{
public:
    AttackedCentre();

    // Initialises the server's data and enrols both kiosks; false (see lastOutput) on failure.
    bool prepare();
    // Starts the server with `arguments`, then the paced sender.
    bool start(const QStringList &arguments = {});
    // Stops the sender; empty when it saw no failure and at least `minimumAcked` ratings were
    // acknowledged, each stored exactly once; otherwise what went wrong.
    QString senderProblem(int minimumAcked);

    TestServer &server() { return *m_server; }
    const TestServer &server() const { return *m_server; }
    StoredRatings &stored() { return *m_stored; }
    KioskStream &sender() { return *m_sender; }
    QByteArray kioskToken() const { return m_kioskToken; }
    QString lastOutput() const { return m_server->lastOutput(); }

    static inline const QString streamKiosk = QStringLiteral("stream");

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<StoredRatings> m_stored;
    std::unique_ptr<KioskStream> m_sender;
    QByteArray m_kioskToken;
    QString m_streamToken;
};

} // namespace hailong::testing
