#pragma once

#include "cases/CaseStatus.h"
#include "storage/StorageRecords.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace hailong {

// A complaint case as stored: opened by a rating (its id is the rating's) in the transaction
// that stored the rating, and moved on by the centre's staff. Never any contact data: where
// the rating is tied to a dossier the centre reaches the citizen through its one-stop system.
struct CaseRecord
{
    QString id;
    QDateTime openedAt; // when the server received the rating
    CaseStatus status = CaseStatus::Open;
    QString handler; // the staff member who last moved it; empty while open
    QString note;
    QString action;
    std::optional<QDateTime> updatedAt;
    std::optional<QDateTime> answeredAt; // when it was first answered or closed
    StoredRating rating;
};

// A staff member's move of a case: its new status, and a note and action when given (else
// the case keeps those it had).
struct CaseMove
{
    CaseStatus status = CaseStatus::InProgress;
    std::optional<QString> note;
    std::optional<QString> action;
    QString handler;
    QDateTime at;
};

// Cases opened in a period, when each was opened and answered: what the report counts.
struct CaseTiming
{
    QDateTime openedAt;
    std::optional<QDateTime> answeredAt;
    CaseStatus status = CaseStatus::Open;
};

} // namespace hailong
