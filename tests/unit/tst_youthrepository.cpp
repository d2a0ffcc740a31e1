#include <QTest>
class Tst : public QObject { Q_OBJECT private slots: void todo() { QSKIP("not written yet"); } };
QTEST_GUILESS_MAIN(Tst)
#include "tst_youthrepository.moc"
