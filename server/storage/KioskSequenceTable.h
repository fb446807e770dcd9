#pragma once

#include "storage/SqlStatement.h"
#include "storage/StorageRecords.h"

#include <QHash>

namespace hailong {

// kiosk_sequences: per kiosk, the lowest and highest sequence number stored and how many
// distinct ones, so the kiosk list shows gaps without reading every rating.
class KioskSequenceTable
{
public:
    explicit KioskSequenceTable(const QSqlDatabase &db);

    // Takes the kiosk's row for the rest of the transaction (creating an empty one), so two
    // processes storing the same kiosk's ratings count each sequence number once.
    void lock(const QString &kioskId);
    // Widens the kiosk's range to [low, high] and adds `newSeqs` (> 0) distinct numbers.
    void add(const QString &kioskId, qint64 low, qint64 high, qint64 newSeqs);
    // Every kiosk's last sequence number and gap count.
    QHash<QString, KioskRatingStats> all();

private:
    SqlStatement m_lock;
    SqlStatement m_add;
    SqlStatement m_all;
};

} // namespace hailong
