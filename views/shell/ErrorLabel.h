#pragma once

#include <QLabel>

namespace lotsen {

// The line in a dialog or form that says what is wrong: one red for every such message and for the frame of the
// field it is about, so that an error looks the same everywhere.
class ErrorLabel : public QLabel
{
public:
    // Bold and word-wrapped; hidden until there is something to say.
    ErrorLabel(const QString& objectName, QWidget* parent);

    // The colour alone, for a message that is not always an error or a hint beside one field.
    static QString textStyle();
    // A red frame around a field the message is about.
    static QString fieldStyle();
};

} // namespace lotsen
