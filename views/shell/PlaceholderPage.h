#pragma once

#include <QWidget>

namespace lotsen {

// An honest empty page for a part of Lotsen that a later version builds: what it will do, and that it is not here yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace lotsen
