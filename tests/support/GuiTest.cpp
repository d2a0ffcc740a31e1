#include "GuiTest.h"

#include "contacts/ContactDialog.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"

#include <QCoreApplication>

namespace lotsen {

void GuiTest::closeModalWidgets()
{
    while (QWidget* modal = QApplication::activeModalWidget()) {
        modal->close();
        QCoreApplication::processEvents();
    }
}

void GuiTest::resetSeams()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    FileDialog::setNextFileName({});
}

} // namespace lotsen
