#include "ExternalTool.h"

#include <QDir>
#include <QProcess>
#include <QUrl>

namespace ExternalTool {

Outcome run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    // LibreOffice's first start builds its profile; a slow shared machine needs minutes.
    const bool finished = process.waitForFinished(5 * 60 * 1000);
    Outcome outcome;
    outcome.ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!outcome.ok) {
        outcome.diagnostics =
            QStringLiteral("%1 %2 → %3 (exit %4): %5")
                .arg(program, arguments.join(QLatin1Char(' ')), process.errorString())
                .arg(process.exitCode())
                .arg(QString::fromUtf8(process.readAllStandardError()));
    }
    return outcome;
}

Outcome libreOfficeConvert(const QString &profileDir, const QString &input,
                           const QString &convertTo, const QString &outDir,
                           const QString &inputFilter)
{
    QStringList arguments = {QStringLiteral("-env:UserInstallation=") +
                                 QUrl::fromLocalFile(profileDir).toString(),
                             QStringLiteral("--headless"), QStringLiteral("--norestore")};
    if (!inputFilter.isEmpty())
        arguments << QStringLiteral("--infilter=") + inputFilter;
    arguments << QStringLiteral("--convert-to") << convertTo << QStringLiteral("--outdir") << outDir
              << input;
    return run(QStringLiteral("soffice"), arguments);
}

} // namespace ExternalTool
