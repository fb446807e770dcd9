#include "speech/PromptCatalog.h"

#include <QCoreApplication>
#include <QFile>

namespace hailong {

Result<PromptCatalog> PromptCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ValidationError{QStringLiteral("invalid-prompts"),
                               QStringLiteral("cannot read %1").arg(path)};
    PromptCatalog catalog;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 1 is the header
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList columns = lines[i].split(QLatin1Char('\t'));
        if (columns.size() != 3 || columns[0].isEmpty() || columns[1].isEmpty() ||
            catalog.m_entries.contains(columns[0]))
            return ValidationError{QStringLiteral("invalid-prompts"),
                                   QStringLiteral("%1:%2: want a new id, a Vietnamese and an "
                                                  "English text, separated by tabs")
                                       .arg(path)
                                       .arg(i + 1)};
        catalog.m_entries.insert(columns[0], {columns[1], columns[2]});
        catalog.m_order.append(columns[0]);
    }
    return catalog;
}

PromptCatalog PromptCatalog::builtIn()
{
    auto loaded = fromFile(QStringLiteral(":/hailong/audio/prompts.tsv"));
    return loaded ? std::move(loaded).value() : PromptCatalog{};
}

QString PromptCatalog::text(const QString &id, const QString &language) const
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.cend())
        return {};
    if (language == QStringLiteral("vi"))
        return found->vi;
    if (language == QStringLiteral("en"))
        return found->en;
    const QByteArray context = id.section(QLatin1Char('.'), 0, 0).toUtf8();
    return QCoreApplication::translate(context.constData(), found->vi.toUtf8().constData());
}

} // namespace hailong
