#include "services/PromptQueue.h"

namespace hailong {

namespace {
// A prompt older than this belongs to a citizen who has left the counter.
constexpr qint64 promptLifetimeSeconds = 10 * 60;
} // namespace

PromptQueue::PromptQueue(QObject *parent)
    : QObject(parent)
{}

void PromptQueue::push(const CounterPrompt &prompt)
{
    m_pending.insert(prompt.counter, prompt);
    emit queued(prompt.counter);
}

std::optional<CounterPrompt> PromptQueue::take(const QString &counter)
{
    const auto it = m_pending.find(counter);
    if (it == m_pending.end())
        return std::nullopt;
    const CounterPrompt prompt = it.value();
    m_pending.erase(it);
    if (prompt.promptedAt.secsTo(QDateTime::currentDateTimeUtc()) > promptLifetimeSeconds)
        return std::nullopt;
    return prompt;
}

} // namespace hailong
