#include "access/Keychain.h"

#include <QEventLoop>
#include <QString>

#include <qt6keychain/keychain.h>

namespace lotsen::Keychain {

namespace {

const QString kService = QStringLiteral("Lotsen");
const QString kKey = QStringLiteral("access-log-key");

void runAndWait(QKeychain::Job& job, const QString& entry = kKey)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text "keychain" in the settings
    job.setKey(entry);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Read read()
{
    return read(kKey);
}

bool write(const QByteArray& secret)
{
    return write(kKey, secret);
}

Read read(const QString& entry)
{
    QKeychain::ReadPasswordJob job(kService);
    runAndWait(job, entry);
    Read result;
    if (job.error() == QKeychain::NoError) {
        result.available = true;
        result.secret = job.binaryData();
    } else if (job.error() == QKeychain::EntryNotFound) {
        result.available = true;
    }
    return result;
}

bool write(const QString& entry, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setBinaryData(secret);
    runAndWait(job, entry);
    return job.error() == QKeychain::NoError;
}

} // namespace lotsen::Keychain
