#pragma once

#include <QObject>

class QAbstractItemView;

namespace lotsen {

// A cell whose text is cut off ("Gå igenom brev från myndigheter tillsamman…") shows the whole text as its tooltip,
// so narrow columns on a small screen lose nothing. A tooltip the model gives itself is left as it is.
class ElidedToolTips : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView* view);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ElidedToolTips(QAbstractItemView* view);

    QAbstractItemView* m_view;
};

} // namespace lotsen
