#pragma once

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
