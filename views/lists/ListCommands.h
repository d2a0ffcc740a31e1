#pragma once

#include "lists/ListExport.h"

#include <QObject>
#include <QToolButton> // callers add the buttons to their layouts

#include <functional>

class QAction;
class QTableView;
class QWidget;

namespace lotsen {

class Workspace;

// Export… and Print list… for one list view: what the table shows (its rows in their order, its visible columns
// in their on-screen order) goes to a spreadsheet or onto A4 landscape pages. The actions' shortcuts work while
// the keyboard is anywhere on `page`.
class ListCommands : public QObject
{
    Q_OBJECT

public:
    using TextSource = std::function<QString()>;

    ListCommands(Workspace& workspace, QTableView* table, ListExport::List list, QWidget* page);

    // The list's title when it depends on what is shown ("Meeting place visits 2026-12-04"); default: its name.
    void setTitle(TextSource title) { m_title = std::move(title); }
    // The filters in force, as a sentence for the file's heading; default: none.
    void setFilterText(TextSource filterText) { m_filterText = std::move(filterText); }
    // Runs before the list is read, e.g. to apply a search still waiting for the typist to pause.
    void setPrepare(std::function<void()> prepare) { m_prepare = std::move(prepare); }

    QAction* exportAction() const { return m_export; }
    QAction* printAction() const { return m_print; }
    // Buttons showing the two actions, for the page's button row.
    QToolButton* makeExportButton(QWidget* parent) const;
    QToolButton* makePrintButton(QWidget* parent) const;

    // What the table shows now, as written out; an error when its rows could not all be read.
    Result<ListExport::Request> request() const;

    bool exportList();
    void printList();

private:
    Workspace& m_workspace;
    QTableView* m_table;
    ListExport::List m_list;
    QWidget* m_page;
    TextSource m_title;
    TextSource m_filterText;
    std::function<void()> m_prepare;
    QAction* m_export = nullptr;
    QAction* m_print = nullptr;
};

} // namespace lotsen
