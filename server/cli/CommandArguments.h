#pragma once

#include "Result.h"
#include "config/DataDirectory.h"

#include <QCommandLineParser>
#include <QHash>
#include <QStringList>

namespace hailong {

// Exit codes of every command: 2 for a mistake in what was asked (bad option, unknown unit,
// duplicate id), 1 for a failure of the machine (disk, TLS).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// The options of one subcommand, parsed with QCommandLineParser; `--data DIR` is required by
// all of them.
class CommandArguments
{
public:
    CommandArguments(const QString &usage, const QList<QCommandLineOption> &options,
                     int positionalCount);

    // `arguments` are what follows the command words. Prints the problem on stderr when false.
    bool parse(const QStringList &arguments);

    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of an option that may be given more than once.
    QStringList values(const QString &name) const { return m_parser.values(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    DataDirectory dataDirectory() const
    {
        return DataDirectory(m_parser.value(QStringLiteral("data")));
    }

private:
    QString m_usage;
    int m_positionalCount;
    QCommandLineParser m_parser;
};

// Messages for the operator: results on stdout (flushed at once, scripts wait for lines),
// problems on stderr.
void printLine(const QString &line);
void printError(const QString &message);
// A service's refusal of what the command was asked: printed in the command's own words for
// the codes `wordings` names (they speak of its options), in the service's otherwise. Returns
// ExitUsage.
int printRefusal(const ValidationError &refusal, const QHash<QString, QString> &wordings = {});

} // namespace hailong
