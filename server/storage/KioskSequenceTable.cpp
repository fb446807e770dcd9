#include "storage/KioskSequenceTable.h"

namespace hailong {

KioskSequenceTable::KioskSequenceTable(const QSqlDatabase &db)
    // A no-op update still locks the row in PostgreSQL; CASE rather than MIN/LEAST runs on both.
    : m_lock(db, QStringLiteral("INSERT INTO kiosk_sequences (kiosk_id, low, high, seqs) VALUES "
                                "(?, 0, 0, 0) ON CONFLICT (kiosk_id) DO UPDATE SET seqs = "
                                "kiosk_sequences.seqs"))
    // A row with no numbers yet (seqs = 0) only holds the lock: its range is taken as given.
    , m_add(db, QStringLiteral("UPDATE kiosk_sequences SET low = CASE WHEN seqs = 0 OR ? < low "
                               "THEN ? ELSE low END, high = CASE WHEN seqs = 0 OR ? > high THEN ? "
                               "ELSE high END, seqs = seqs + ? WHERE kiosk_id = ?"))
    , m_all(db, QStringLiteral("SELECT kiosk_id, low, high, seqs FROM kiosk_sequences WHERE "
                               "seqs > 0"))
{}

void KioskSequenceTable::lock(const QString &kioskId)
{
    m_lock.run({kioskId});
}

void KioskSequenceTable::add(const QString &kioskId, qint64 low, qint64 high, qint64 newSeqs)
{
    m_add.run({low, low, high, high, newSeqs, kioskId});
}

QHash<QString, KioskRatingStats> KioskSequenceTable::all()
{
    QHash<QString, KioskRatingStats> stats;
    SqlRows rows = m_all.run();
    while (rows.next()) {
        const qint64 low = rows.value(1).toLongLong();
        const qint64 high = rows.value(2).toLongLong();
        KioskRatingStats &entry = stats[rows.value(0).toString()];
        entry.lastSeq = high;
        entry.seqGaps = (high - low + 1) - rows.value(3).toLongLong();
    }
    return stats;
}

} // namespace hailong
