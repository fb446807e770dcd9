#include "cli/CommandArguments.h"

#include <cstdio>

namespace hailong {

CommandArguments::CommandArguments(const QString &usage, const QList<QCommandLineOption> &options,
                                   int positionalCount)
    : m_usage(usage)
    , m_positionalCount(positionalCount)
{
    m_parser.addOption({QStringLiteral("data"), QStringLiteral("The server's data folder."),
                        QStringLiteral("DIR")});
    m_parser.addOptions(options);
}

bool CommandArguments::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("hailong-server")} + arguments)) {
        printError(m_parser.errorText() + QStringLiteral("\nusage: ") + m_usage);
        return false;
    }
    if (m_parser.value(QStringLiteral("data")).isEmpty()) {
        printError(QStringLiteral("--data DIR is required\nusage: ") + m_usage);
        return false;
    }
    if (m_parser.positionalArguments().size() != m_positionalCount) {
        printError(QStringLiteral("wrong number of arguments\nusage: ") + m_usage);
        return false;
    }
    return true;
}

void printLine(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &message)
{
    std::fputs(message.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

int printRefusal(const ValidationError &refusal, const QHash<QString, QString> &wordings)
{
    printError(wordings.value(refusal.code, refusal.message));
    return ExitUsage;
}

} // namespace hailong
