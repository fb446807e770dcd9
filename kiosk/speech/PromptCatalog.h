#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace hailong {

// The kiosk's spoken prompts: id, Vietnamese text, English text (assets/audio/prompts.tsv).
// The same file is rendered to recordings at build time, so the words heard are the words
// written here; tests check that these are the words on screen.
//
// An id "Context.name" whose context is a QML file (IdleScreen, …) or "SpokenPrompt" is a
// fixed text: for a language pack it is translated through the pack's .qm with that context
// and the Vietnamese text as source, as qsTr() does on screen.
class PromptCatalog
{
public:
    struct Entry
    {
        QString vi;
        QString en;
    };

    // Errors: "invalid-prompts" naming the line at fault.
    static Result<PromptCatalog> fromFile(const QString &path);
    // The catalogue built into the kiosk; empty when the build lacks it.
    static PromptCatalog builtIn();

    bool contains(const QString &id) const { return m_entries.contains(id); }
    QStringList ids() const { return m_order; }
    Entry entry(const QString &id) const { return m_entries.value(id); }
    // The text of a fixed prompt in `language` ("vi", "en" or a pack's code).
    QString text(const QString &id, const QString &language) const;

private:
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace hailong
