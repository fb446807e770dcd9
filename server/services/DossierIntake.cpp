#include "services/DossierIntake.h"

#include <QJsonObject>

namespace hailong {

DossierIntake::DossierIntake(Storage &storage, const QByteArray &secretKey, RatingLinks links)
    : m_storage(storage)
    , m_keyedDigest(secretKey)
    , m_links(std::move(links))
{}

QString DossierIntake::codeHash(const QString &code) const
{
    return m_keyedDigest.hex(code.toUtf8());
}

std::optional<ValidationError> DossierIntake::checkUnit(const Dossier &dossier,
                                                        const QString &centre)
{
    // Another centre's unit is as unknown as none: a centre's system files its own dossiers.
    const std::optional<UnitRecord> unit = m_storage.unit(dossier.unit);
    if (unit && unit->centreId == centre)
        return std::nullopt;
    return ValidationError{QStringLiteral("unknown-unit"),
                           QStringLiteral("no unit \"%1\"").arg(dossier.unit)};
}

StoredDossier DossierIntake::toStore(const Dossier &dossier, const QString &centre,
                                     const QDateTime &now) const
{
    StoredDossier stored;
    stored.dossier = dossier;
    stored.centreId = centre;
    stored.dossier.code.clear();
    stored.codeHash = codeHash(dossier.code);
    // Kept only when the dossier is new: a link's life runs from the first time it arrived.
    stored.linkDigest = m_links.digest(m_links.token(centre, stored.codeHash));
    stored.linkExpiresAt = m_links.expiry(now);
    return stored;
}

Result<DossierImportSummary> DossierIntake::importCsv(const QByteArray &content, const Actor &actor,
                                                      const QString &centre)
{
    const Result<QList<DossierCsvRow>> rows = DossierCsv::read(content);
    if (!rows)
        return rows.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, bool> knownUnits;
    QList<StoredDossier> dossiers;
    dossiers.reserve(rows.value().size());
    for (const DossierCsvRow &row : rows.value()) {
        auto known = knownUnits.find(row.dossier.unit);
        if (known == knownUnits.end())
            known = knownUnits.insert(row.dossier.unit, !checkUnit(row.dossier, centre));
        if (!*known)
            return ValidationError{
                QStringLiteral("invalid-csv"),
                QStringLiteral("line %1: no unit \"%2\"").arg(row.line).arg(row.dossier.unit)};
        dossiers.append(toStore(row.dossier, centre, now));
    }
    DossierImportSummary summary;
    for (const DossierOutcome outcome : m_storage.storeDossiers(dossiers))
        ++(outcome == DossierOutcome::Accepted ? summary.imported : summary.updated);
    m_storage.audit(QStringLiteral("dossiers-import"), actor.user,
                    QStringLiteral("%1 new, %2 updated").arg(summary.imported).arg(summary.updated),
                    actor.address, centre);
    return summary;
}

QList<DossierSubmission> DossierIntake::submit(const QJsonArray &dossiers, const QString &centre)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<DossierSubmission> answers;
    QList<StoredDossier> toStore;
    QList<qsizetype> storedAnswer;
    for (const QJsonValue &value : dossiers) {
        DossierSubmission answer;
        const QJsonObject object = value.toObject();
        answer.code = object.value(QLatin1String("code")).isString()
                          ? object.value(QLatin1String("code"))
                          : QJsonValue(QJsonValue::Null);
        QHash<QString, QString> fields;
        std::optional<ValidationError> refusal;
        if (!value.isObject())
            refusal = ValidationError{QStringLiteral("invalid-dossier"),
                                      QStringLiteral("each dossier must be a JSON object")};
        for (auto it = object.begin(); !refusal && it != object.end(); ++it) {
            if (it.value().isString())
                fields.insert(it.key(), it.value().toString());
            else if (!it.value().isNull())
                refusal = ValidationError{QStringLiteral("invalid-") + it.key(),
                                          QStringLiteral("\"%1\" must be text").arg(it.key())};
        }
        std::optional<Dossier> dossier;
        if (!refusal) {
            Result<Dossier> read = Dossier::fromFields(fields);
            if (read)
                dossier = std::move(read).value();
            else
                refusal = read.error();
        }
        if (!refusal)
            refusal = checkUnit(*dossier, centre);
        if (refusal) {
            answer.error = *refusal;
        } else {
            storedAnswer.append(answers.size());
            toStore.append(this->toStore(*dossier, centre, now));
        }
        answers.append(answer);
    }
    if (toStore.isEmpty())
        return answers;
    const QList<DossierOutcome> outcomes = m_storage.storeDossiers(toStore);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        DossierSubmission &answer = answers[storedAnswer.at(i)];
        answer.outcome = outcomes.at(i);
        // An updated dossier keeps the link it was first given.
        const std::optional<StoredDossier> stored =
            outcomes.at(i) == DossierOutcome::Updated
                ? m_storage.dossier(toStore.at(i).codeHash, centre)
                : std::optional<StoredDossier>(toStore.at(i));
        if (stored)
            answer.ratingUrl = m_links.url(m_links.tokenOf(*stored));
    }
    return answers;
}

} // namespace hailong
