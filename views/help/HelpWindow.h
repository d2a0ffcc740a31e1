#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace lotsen {

// The user guide, shipped inside the program (resources/help, no network): one non-modal window with the guide's
// own table of contents, Back/Forward/Contents and a search field. F1 opens it at the section of the page in front.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    // Shows the one help window (created on first use as a window of parent's top-level window) at the section
    // `anchor` of the guide ("page-today"; empty: the contents), raises it and returns it.
    static HelpWindow* showTopic(QWidget* parent, const QString& anchor);
    // The help window if one is open, else nullptr.
    static HelpWindow* instance();

    // The guide's language: "sv" when Lotsen runs in Swedish, otherwise "en".
    static QString guideLanguage();
    // The resource of the guide in `language` ("qrc:/help/sv/guide.html").
    static QUrl guideUrl(const QString& language);

    // The section shown (the fragment of the browser's source).
    QString currentTopic() const;

public slots:
    void showAnchor(const QString& anchor);
    // Finds the search text after the cursor, from the top again after the last match.
    bool findNext();

private:
    explicit HelpWindow(QWidget* parent);

    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_searchStatus = nullptr;
    QUrl m_guide;
    static QPointer<HelpWindow> s_instance;
};

} // namespace lotsen
