#include "RawSqlite.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lotsen::RawSqlite {

QStringList scriptStatements(const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_s) || (trimmed.isEmpty() && current.isEmpty())) {
            continue;
        }
        current += line + u'\n';
        if (trimmed.startsWith(u"CREATE TRIGGER"_s, Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        if (inTrigger ? trimmed.compare(u"END;"_s, Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

bool exec(const QString& path, const QStringList& statements, QString* error, bool readOnly)
{
    const QString name = u"raw"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        ok = db.open();
        if (!ok) {
            *error = db.lastError().text();
        }
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement)) {
                ok = false;
                *error = statement + u": "_s + query.lastError().text();
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList column(const QString& path, const QString& sql)
{
    const QString name = u"raw-read"_s;
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    result.append(query.value(0).toString());
                }
            } else {
                result.append(u"query failed: "_s + query.lastError().text());
            }
        } else {
            result.append(u"open failed: "_s + db.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace lotsen::RawSqlite
