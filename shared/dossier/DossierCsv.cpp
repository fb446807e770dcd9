#include "dossier/DossierCsv.h"

#include <QStringDecoder>

namespace hailong {

namespace {
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

ValidationError atLine(int line, const QString &reason)
{
    return {QStringLiteral("invalid-csv"), QStringLiteral("line %1: %2").arg(line).arg(reason)};
}

// Splits the text into records, each with the line it starts on; blank lines are left out.
Result<QList<CsvRecord>> records(const QString &text)
{
    QList<CsvRecord> all;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (nothing may follow its end quote)
    bool anything = false;  // the record so far holds some character
    int line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        if (anything) {
            endField();
            all.append(record);
        }
        record = CsvRecord{line, {}};
        field.clear();
        wasQuoted = false;
        anything = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
            continue;
        }
        anything = true;
        if (c == u',') {
            endField();
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (wasQuoted) {
            return atLine(line, QStringLiteral("text after a closing quote"));
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return atLine(record.line, QStringLiteral("a quoted field is never closed"));
    endRecord();
    return all;
}
} // namespace

Result<QList<DossierCsvRow>> DossierCsv::read(const QByteArray &content)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(content);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    if (utf8.hasError())
        return ValidationError{QStringLiteral("invalid-csv"),
                               QStringLiteral("the file is not UTF-8 text")};
    const Result<QList<CsvRecord>> read = records(text);
    if (!read)
        return read.error();
    const QList<CsvRecord> &all = read.value();
    if (all.isEmpty())
        return atLine(1, QStringLiteral("no header row"));
    const CsvRecord &header = all.first();
    QStringList columns;
    for (const QString &name : header.fields) {
        const QString column = name.trimmed().toLower();
        if (!Dossier::fieldNames().contains(column))
            return atLine(header.line, QStringLiteral("unknown column \"%1\" (columns: %2)")
                                           .arg(name, Dossier::fieldNames().join(u',')));
        if (columns.contains(column))
            return atLine(header.line, QStringLiteral("column \"%1\" twice").arg(column));
        columns.append(column);
    }
    for (const char *needed : {"code", "unit", "field", "channel", "received_at", "due_at"})
        if (!columns.contains(QLatin1String(needed)))
            return atLine(header.line,
                          QStringLiteral("no column \"%1\"").arg(QLatin1String(needed)));
    QList<DossierCsvRow> rows;
    rows.reserve(all.size() - 1);
    for (qsizetype r = 1; r < all.size(); ++r) {
        const CsvRecord &record = all.at(r);
        if (record.fields.size() != columns.size())
            return atLine(record.line, QStringLiteral("%1 fields where the header has %2")
                                           .arg(record.fields.size())
                                           .arg(columns.size()));
        QHash<QString, QString> values;
        for (qsizetype c = 0; c < columns.size(); ++c)
            values.insert(columns.at(c), record.fields.at(c));
        Result<Dossier> dossier = Dossier::fromFields(values);
        if (!dossier)
            return atLine(record.line, dossier.error().message);
        rows.append({record.line, std::move(dossier).value()});
    }
    return rows;
}

} // namespace hailong
