#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace lotsen {

class YouthsPage;

// Which section of the user guide belongs to what is on screen (context help, F1): a page, the outreach list, or the
// tab of the youth card in front. The section names are the anchors of resources/help/*/guide.html.
class HelpTopics
{
public:
    // "page-" + the page's key ("today", "meeting-place", …).
    static QString forPage(const QString& pageKey);
    // The card's tab in front, the outreach list, or the Youths page itself.
    static QString forYouthsPage(const YouthsPage* page);
    // The section of one tab of the youth card, or an empty string for a widget that is none.
    static QString forCardTab(const QWidget* tab);
    // Every section forCardTab and forYouthsPage can name, for the test that the guide has them all.
    static QStringList youthsTopics();
};

} // namespace lotsen
