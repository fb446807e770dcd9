#pragma once

#include <QString>
#include <QStringList>

// Runs the real programs that read the exports back (LibreOffice, pdftotext).
namespace ExternalTool {

struct Outcome
{
    bool ok = false;
    QString diagnostics; // the command, exit code and stderr when it failed
};

Outcome run(const QString &program, const QStringList &arguments);

// LibreOffice headless with a profile of its own in `profileDir`, so parallel runs and a
// read-only HOME do not interfere. Writes into `outDir`.
Outcome libreOfficeConvert(const QString &profileDir, const QString &input,
                           const QString &convertTo, const QString &outDir,
                           const QString &inputFilter = QString());

} // namespace ExternalTool
