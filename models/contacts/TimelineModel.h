#pragma once

#include "contacts/Contact.h"
#include "contacts/TimelineQuery.h"

#include "core/Result.h"
#include "core/TableModelBase.h"
#include <QDateTime>
#include <QList>

#include <optional>

namespace lotsen {

class Workspace;

// One youth's timeline, newest first: every contact and contact attempt (struck-out ones included) merged with
// the events the program writes itself (registered, status and mentor changes, snoozes on Today). Refreshes
// itself when the youth's contacts or record change.
// Not on TableModel<Row>: its rows are a private merge of two kinds, and events have no id of their own. A failed
// read clears the rows and emits loadFailed, like the TableModels.
class TimelineModel : public TableModelBase
{
    Q_OBJECT

public:
    // Staff: who had the contact or did the step (a field); RegisteredBy: the account that wrote the entry.
    enum Column { When, Kind, WithWhom, Staff, RegisteredBy, Note, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ContactIdRole = Qt::UserRole + 1, // 0 for an event
        IsContactRole,
        StruckRole, // struck out: shown struck through, with who/when/why in the tooltip
        StruckInfoRole, // "Struck out 2026-11-27 10:00 by A: reason"
        CorrectsRole, // "Corrects the entry of 2026-11-20 14:00", or empty
        CorrectedByRole, // "Corrected on 2026-11-27", or empty
        EditableRole, // may be changed now (edit window, or the author)
        AttemptRole, // an attempt without answer
        EventKindRole // youth_event.kind for events, empty for contacts
    };
    Q_ENUM(Role)

    explicit TimelineModel(Workspace& workspace, QObject* parent = nullptr);

    void setYouthId(qint64 youthId);
    qint64 youthId() const { return m_youthId; }

    std::optional<Contact> contactAt(int row) const;
    bool isEditable(int row) const;
    int rowOfContact(qint64 contactId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Reads the entries again; a failed read clears them and emits loadFailed.
    Result<void> refresh();

private:
    // A contact, or an event the program wrote.
    struct Entry
    {
        QDateTime at;
        bool isContact = false;
        Contact contact;
        QString eventKind;
        QString eventDetail;
        QString eventStaff;
        QString eventRegisteredBy;
        QString correctsText;
        QString correctedByText;
        QString struckText;
        QString relativeName; // a contact with a named relative
        bool editable = false;
    };

    Result<QList<Entry>> loadEntries(const QList<TimelineQuery::Event>& youthEvents) const;
    QString registeredByText(const QString& name) const;
    QString eventKindText(const Entry& entry) const;
    QString eventText(const Entry& entry) const;
    QString noteText(const Entry& entry) const;
    QVariant display(const Entry& entry, int column) const;

    Workspace& m_workspace;
    qint64 m_youthId = 0;
    QList<Entry> m_entries;
};

} // namespace lotsen
