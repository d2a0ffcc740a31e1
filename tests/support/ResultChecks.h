#pragma once

#include "core/Result.h"

#include <QTest>

// QVERIFY for a lotsen::Result: a failure shows the Result's own message.
#define LOTSEN_VERIFY_OK(expression)                                                                                   \
    do {                                                                                                               \
        const auto& lotsenResult_ = (expression);                                                                      \
        QVERIFY2(lotsenResult_.ok(), qPrintable(lotsenResult_.message()));                                             \
    } while (false)

// The Result must have failed, with a message for the user.
#define LOTSEN_VERIFY_FAILS(expression)                                                                                \
    do {                                                                                                               \
        const auto& lotsenResult_ = (expression);                                                                      \
        QVERIFY2(!lotsenResult_.ok(), "succeeded, but should have failed");                                            \
        QVERIFY(!lotsenResult_.message().isEmpty());                                                                   \
    } while (false)

namespace lotsen::test {

// The value of a Result a test relies on; a failed Result fails the test with its own message (and hands back a
// default value, so the failure is reported where it happened instead of as a crash further on).
template<typename T> T valueOf(Result<T>&& result, const char* file, int line)
{
    if (!result.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("read failed: ") + result.message()), file, line);
        return T {};
    }
    return std::move(result).value();
}

} // namespace lotsen::test

// The value of a read a test relies on: `LOTSEN_VALUE(youths.load(id))->firstName`.
#define LOTSEN_VALUE(expression) lotsen::test::valueOf((expression), __FILE__, __LINE__)
