#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace lotsen {

class Workspace;

// Settings › Database (administrators): where this PC's data lives, a file or the shared database on a server,
// and a change of it, which takes effect at the next start (the open database stays open until then).
class DatabaseLocationWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit DatabaseLocationWidget(Workspace& workspace, QWidget* parent = nullptr);

    void chooseFile();
    void chooseServer();

private:
    void refresh();
    void updateEnabled();

    Workspace& m_workspace;
    QLabel* m_current = nullptr;
    QLabel* m_next = nullptr;
    QPushButton* m_change = nullptr;
};

} // namespace lotsen
