#include "dossier/Dossier.h"

#include "period/InstantText.h"

namespace hailong {

namespace {
ValidationError invalid(const QString &field, const QString &message)
{
    return {QStringLiteral("invalid-") + field, message};
}

bool isText(const QString &value, int maxLength)
{
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control)
            return false;
    return value.size() <= maxLength;
}
} // namespace

QString dossierChannelCode(DossierChannel channel)
{
    switch (channel) {
    case DossierChannel::Online:
        return QStringLiteral("online");
    case DossierChannel::Post:
        return QStringLiteral("post");
    case DossierChannel::Counter:
        break;
    }
    return QStringLiteral("counter");
}

std::optional<DossierChannel> dossierChannelFromCode(const QString &code)
{
    for (const DossierChannel channel :
         {DossierChannel::Counter, DossierChannel::Online, DossierChannel::Post})
        if (dossierChannelCode(channel) == code)
            return channel;
    return std::nullopt;
}

std::optional<QDateTime> parseDossierTime(const QString &text)
{
    if (std::optional<QDateTime> instant = parseRfc3339(text))
        return instant->toUTC();
    return parseCentreLocalTime(text);
}

const QStringList &Dossier::fieldNames()
{
    static const QStringList names = {
        QStringLiteral("code"),      QStringLiteral("unit"),        QStringLiteral("field"),
        QStringLiteral("procedure"), QStringLiteral("channel"),     QStringLiteral("received_at"),
        QStringLiteral("due_at"),    QStringLiteral("returned_at"), QStringLiteral("staff")};
    return names;
}

Result<Dossier> Dossier::fromFields(const QHash<QString, QString> &values)
{
    const auto text = [&values](const char *name) {
        return values.value(QString::fromLatin1(name)).trimmed();
    };
    Dossier dossier;
    dossier.code = text("code");
    if (dossier.code.isEmpty() || !isText(dossier.code, maxCodeLength))
        return invalid(
            QStringLiteral("code"),
            QStringLiteral("\"code\" must be 1–%1 characters on one line").arg(maxCodeLength));
    const QStringList required = {QStringLiteral("unit"), QStringLiteral("field")};
    dossier.unit = text("unit");
    dossier.field = text("field");
    dossier.procedure = text("procedure");
    dossier.staff = text("staff");
    for (const QString &name : {QStringLiteral("unit"), QStringLiteral("field"),
                                QStringLiteral("procedure"), QStringLiteral("staff")}) {
        const QString value = values.value(name).trimmed();
        if ((required.contains(name) && value.isEmpty()) || !isText(value, maxTextLength))
            return invalid(name, QStringLiteral("\"%1\" must be %2%3 characters on one line")
                                     .arg(name, required.contains(name) ? QStringLiteral("1–")
                                                                        : QStringLiteral("0–"))
                                     .arg(maxTextLength));
    }
    const std::optional<DossierChannel> channel = dossierChannelFromCode(text("channel"));
    if (!channel)
        return invalid(QStringLiteral("channel"),
                       QStringLiteral("\"channel\" must be counter, online or post"));
    dossier.channel = *channel;
    const QString timeForms =
        QStringLiteral("RFC 3339 or YYYY-MM-DD HH:MM[:SS] (UTC+7), e.g. 2026-03-14 16:30");
    const std::optional<QDateTime> received = parseDossierTime(text("received_at"));
    if (!received)
        return invalid(QStringLiteral("received_at"),
                       QStringLiteral("\"received_at\" must be ") + timeForms);
    dossier.receivedAt = *received;
    const std::optional<QDateTime> due = parseDossierTime(text("due_at"));
    if (!due)
        return invalid(QStringLiteral("due_at"), QStringLiteral("\"due_at\" must be ") + timeForms);
    dossier.dueAt = *due;
    const QString returned = text("returned_at");
    if (!returned.isEmpty()) {
        dossier.returnedAt = parseDossierTime(returned);
        if (!dossier.returnedAt)
            return invalid(QStringLiteral("returned_at"),
                           QStringLiteral("\"returned_at\" must be empty or ") + timeForms);
        if (*dossier.returnedAt < dossier.receivedAt)
            return invalid(QStringLiteral("returned_at"),
                           QStringLiteral("\"returned_at\" is before \"received_at\""));
    }
    if (dossier.dueAt < dossier.receivedAt)
        return invalid(QStringLiteral("due_at"),
                       QStringLiteral("\"due_at\" is before \"received_at\""));
    return dossier;
}

} // namespace hailong
