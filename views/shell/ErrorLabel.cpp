#include "shell/ErrorLabel.h"

namespace lotsen {

namespace {
constexpr QLatin1StringView kErrorColour("#c0392b");
} // namespace

ErrorLabel::ErrorLabel(const QString& objectName, QWidget* parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(kErrorColour));
    hide();
}

QString ErrorLabel::textStyle()
{
    return QStringLiteral("color: %1;").arg(kErrorColour);
}

QString ErrorLabel::fieldStyle()
{
    return QStringLiteral("border: 2px solid %1;").arg(kErrorColour);
}

void ErrorLabel::setFailure(const QObject* model, const QString& message)
{
    m_failures.removeIf([model](const QPair<const QObject*, QString>& failure) { return failure.first == model; });
    if (!message.isEmpty()) {
        m_failures.append({ model, message });
    }
    QStringList messages;
    for (const auto& failure : std::as_const(m_failures)) {
        if (!messages.contains(failure.second)) {
            messages.append(failure.second);
        }
    }
    setText(messages.join(u'\n'));
    setVisible(!messages.isEmpty());
}

} // namespace lotsen
