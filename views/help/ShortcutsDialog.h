#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QTableWidget;

namespace lotsen {

// Help › Keyboard shortcuts: every shortcut of Lotsen with where it works and what it does, the keys in the
// system's own words (QKeySequence::NativeText). The list is one table in code; a test compares it with the
// actions, shortcuts and buttons the main window really has, so a new shortcut without an entry fails it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString area; // where it works: "Everywhere", "Action plan", …
        QString action;
        QList<QKeySequence> keys; // every binding (a standard key may have several)
    };

    explicit ShortcutsDialog(QWidget* parent = nullptr);

    // The table, translated.
    static QList<Shortcut> shortcuts();
    // Whether the table has an entry with `keys`.
    static bool lists(const QKeySequence& keys);

private:
    QTableWidget* m_table = nullptr;
};

} // namespace lotsen
