#include "access/Keychain.h"

#include <QEventLoop>
#include <QString>

#include <qt6keychain/keychain.h>

namespace lotsen::Keychain {

namespace {

const QString kService = QStringLiteral("Lotsen");
const QString kKey = QStringLiteral("access-log-key");

void runAndWait(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text "keychain" in the settings
    job.setKey(kKey);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Read read()
{
    QKeychain::ReadPasswordJob job(kService);
    runAndWait(job);
    Read result;
    if (job.error() == QKeychain::NoError) {
        result.available = true;
        result.secret = job.binaryData();
    } else if (job.error() == QKeychain::EntryNotFound) {
        result.available = true;
    }
    return result;
}

bool write(const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setBinaryData(secret);
    runAndWait(job);
    return job.error() == QKeychain::NoError;
}

} // namespace lotsen::Keychain
