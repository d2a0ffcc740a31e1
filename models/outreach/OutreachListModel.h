#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace lotsen {

class Database;

// The outreach list: every prospect with how often and when someone tried to reach them, so that a mentor sees
// who still waits for a first contact. Prospects are at most some thousands, so the rows are held and sorted here.
class OutreachListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        PersonalNumber,
        Phone,
        Municipality,
        Source,
        Registered,
        Attempts,
        Unanswered,
        LastAttempt,
        LastContact,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    struct Prospect
    {
        qint64 id = 0;
        QString name; // "Last, First"
        QString personalNumber; // 12 digits or empty
        QString phone;
        QString municipality;
        QString referralSource; // code
        QDate registered;
        int attempts = 0; // every attempt without answer, struck-out entries excluded
        int unanswered = 0; // attempts since the last successful contact
        QDateTime lastAttempt;
        QDateTime lastContact;
    };

    explicit OutreachListModel(Database& database, QObject* parent = nullptr);

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Prospect& prospect(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Reads the prospects again, e.g. after a contact was logged or a youth enrolled.
    void refresh();

signals:
    void queryFailed(const QString& message);

private:
    void sortRows();

    Database& m_database;
    QList<Prospect> m_rows;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace lotsen
