#pragma once

#include "wire/CounterPrompt.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <optional>

namespace hailong {

// Pending prompts per counter, in memory only (a dossier code is never written to disk).
// A newer prompt for a counter replaces an older one; prompts nobody fetched expire.
class PromptQueue : public QObject
{
    Q_OBJECT

public:
    explicit PromptQueue(QObject *parent = nullptr);

    void push(const CounterPrompt &prompt);
    std::optional<CounterPrompt> take(const QString &counter);

signals:
    void queued(const QString &counter);

private:
    QHash<QString, CounterPrompt> m_pending;
};

} // namespace hailong
