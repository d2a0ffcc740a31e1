#pragma once

#include <QObject>

#include <functional>

class QPushButton;
class QWidget;

namespace lotsen {

class Workspace;

// "Register extract…" on the youth card (GDPR art. 15 and 20): asks where to save the extract, as a PDF for the
// youth or as a JSON file for another system, writes it through RegisterExtractExport (which checks the permission
// and logs it) and says how it went. The button shows only for those who may produce extracts (coordinators and
// administrators) and only on a saved youth's card.
class RegisterExtractCommand : public QObject
{
    Q_OBJECT

public:
    // `youthId` gives the card's youth (0 for a new, unsaved one); `parent` owns this and the button.
    RegisterExtractCommand(Workspace& workspace, std::function<qint64()> youthId, QWidget* parent);

    QPushButton* button() const { return m_button; }
    // Asks for the file, writes the extract and says how it went. True when an extract was written.
    bool run();

private:
    void updateVisible();

    Workspace& m_workspace;
    std::function<qint64()> m_youthId;
    QWidget* m_parent;
    QPushButton* m_button;
};

} // namespace lotsen
