#pragma once

#include "services/SurveyProvider.h"
#include "storage/Storage.h"
#include "wire/CounterPrompt.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <optional>

namespace hailong {

// Pending prompts per counter of a centre, in memory only (a dossier code is never written to
// disk). Counters are named within their centre ("1" in every commune), so a prompt goes only
// to the kiosk at that counter of the same centre. A newer prompt for a counter replaces an
// older one; prompts nobody fetched expire.
class PromptQueue : public QObject
{
    Q_OBJECT

public:
    PromptQueue(Storage &storage, const SurveyProvider &surveys, QObject *parent = nullptr);

    // Queues what staff sent for `counter` of `centre` ({"dossier", "field", "staff"}, each
    // optional text) when a kiosk that is not revoked stands at that counter. Errors:
    // "unknown-counter", then "wrong-type", "text-too-long", "unknown-field" (a field the
    // default survey lacks).
    Result<CounterPrompt> queue(const QString &centre, const QString &counter,
                                const QJsonObject &fields);
    std::optional<CounterPrompt> take(const QString &centre, const QString &counter);

signals:
    void queued(const QString &centre, const QString &counter);

private:
    bool hasKioskAt(const QString &centre, const QString &counter);

    Storage &m_storage;
    const SurveyProvider &m_surveys;
    QHash<std::pair<QString, QString>, CounterPrompt> m_pending; // by (centre, counter)
};

} // namespace hailong
