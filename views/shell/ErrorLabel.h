#pragma once

#include <QAbstractItemModel>
#include <QLabel>
#include <QList>
#include <QPair>

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

    // Shows the message of every failed refresh of `model` (its loadFailed signal) and hides it again once the
    // model has read its rows: a list that could not be read says so instead of looking empty. One label may
    // follow several models; it shows while any of them could not be read.
    template<typename Model> void follow(Model* model)
    {
        connect(model, &Model::loadFailed, this, [this, model](const QString& message) { setFailure(model, message); });
        connect(model, &QAbstractItemModel::modelReset, this, [this, model] { setFailure(model, QString()); });
    }

private:
    // The message of `model`'s last failed read; an empty message clears it.
    void setFailure(const QObject* model, const QString& message);

    QList<QPair<const QObject*, QString>> m_failures;
};

} // namespace lotsen
