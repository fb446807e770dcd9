#include "cli/BackupCommand.h"
#include "cli/CentreAddCommand.h"
#include "cli/CentreImportCommand.h"
#include "cli/CertRenewCommand.h"
#include "cli/CommandArguments.h"
#include "cli/DossierImportCommand.h"
#include "cli/ExportCommand.h"
#include "cli/InitCommand.h"
#include "cli/IntegrationAddCommand.h"
#include "cli/KioskAddCommand.h"
#include "cli/KioskRevokeCommand.h"
#include "cli/RestoreCommand.h"
#include "cli/ServeCommand.h"
#include "cli/StaffAddCommand.h"
#include "cli/SurveyAddCommand.h"
#include "cli/UnitAddCommand.h"
#include "cli/UnitRemoveCommand.h"
#include "cli/UnitRenameCommand.h"
#include "cli/UserAddCommand.h"
#include "cli/UserEnableCommand.h"
#include "cli/UserPasswordCommand.h"
#include "storage/StorageRecords.h"

#include <QGuiApplication>

namespace {
const char usage[] =
    "usage: hailong-server init|serve|export|centre add|centre import|unit add|unit rename|"
    "unit remove|kiosk add|kiosk revoke|user add|user enable|user password|survey add|cert "
    "renew|backup|restore|dossiers import|integration add|staff add "
    "--data DIR …";
} // namespace

int main(int argc, char *argv[])
{
    // The PDF report (from `export` and from the server's report route) draws its chart with
    // QPainter, which needs a QGuiApplication. A server has no display, so the platform is
    // "offscreen" unless the operator chose another; one application type for every command
    // keeps this in one place.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The serving thread posts a few events per request (TLS flushes, the commit thread's
    // answers). Qt's glib event loop wakes itself with an eventfd write for every one of them
    // (about 2.4 per single-rating request), the plain Unix loop once per turn: about a tenth
    // of a request's CPU.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hailong-server"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString command = arguments.value(0);
    const QString action = arguments.value(1);
    const bool adds = action == QLatin1String("add");
    try {
        if (command == QLatin1String("init"))
            return hailong::InitCommand::run(arguments.mid(1));
        if (command == QLatin1String("serve"))
            return hailong::ServeCommand::run(arguments.mid(1));
        if (command == QLatin1String("export"))
            return hailong::ExportCommand::run(arguments.mid(1));
        if (command == QLatin1String("survey") && adds)
            return hailong::SurveyAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("centre") && adds)
            return hailong::CentreAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("centre") && action == QLatin1String("import"))
            return hailong::CentreImportCommand::run(arguments.mid(2));
        if (command == QLatin1String("unit") && adds)
            return hailong::UnitAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("unit") && action == QLatin1String("rename"))
            return hailong::UnitRenameCommand::run(arguments.mid(2));
        if (command == QLatin1String("unit") && action == QLatin1String("remove"))
            return hailong::UnitRemoveCommand::run(arguments.mid(2));
        if (command == QLatin1String("kiosk") && adds)
            return hailong::KioskAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("kiosk") && action == QLatin1String("revoke"))
            return hailong::KioskRevokeCommand::run(arguments.mid(2));
        if (command == QLatin1String("user") && adds)
            return hailong::UserAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("user") && action == QLatin1String("enable"))
            return hailong::UserEnableCommand::run(arguments.mid(2));
        if (command == QLatin1String("user") && action == QLatin1String("password"))
            return hailong::UserPasswordCommand::run(arguments.mid(2));
        if (command == QLatin1String("cert") && action == QLatin1String("renew"))
            return hailong::CertRenewCommand::run(arguments.mid(2));
        if (command == QLatin1String("dossiers") && action == QLatin1String("import"))
            return hailong::DossierImportCommand::run(arguments.mid(2));
        if (command == QLatin1String("integration") && adds)
            return hailong::IntegrationAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("staff") && adds)
            return hailong::StaffAddCommand::run(arguments.mid(2));
        if (command == QLatin1String("backup"))
            return hailong::BackupCommand::run(arguments.mid(1));
        if (command == QLatin1String("restore"))
            return hailong::RestoreCommand::run(arguments.mid(1));
    } catch (const hailong::StorageError &error) {
        hailong::printError(QStringLiteral("storage: ") + QString::fromStdString(error.what()));
        return hailong::ExitFailure;
    }
    hailong::printError(QString::fromUtf8(usage));
    return hailong::ExitUsage;
}
