// SharedList (core/util/SharedList.h): a list of shared items whose copies share
// their chunks of pointers until one of them writes. A copy must never see
// another copy's writes, across chunk boundaries, growing and shrinking.

#include "core/util/SharedList.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <numeric>
#include <vector>

using mc::SharedList;

class tst_SharedList : public QObject
{
    Q_OBJECT

    static constexpr size_t kChunk = SharedList<int>::kChunk;

    static std::vector<int> values(const SharedList<int> &list) { return { list.begin(), list.end() }; }

    static std::vector<int> iota(size_t n)
    {
        std::vector<int> v(n);
        std::iota(v.begin(), v.end(), 0);
        return v;
    }

private slots:
    void readsLikeAVector()
    {
        const std::vector<int> expected = iota(3 * kChunk + 5);
        const SharedList<int> list(expected);
        QCOMPARE(list.size(), expected.size());
        QCOMPARE(values(list), expected);
        QCOMPARE(list.front(), 0);
        QCOMPARE(list.back(), int(expected.size()) - 1);
        QCOMPARE(list.at(kChunk), int(kChunk));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)list.at(expected.size()));
        QCOMPARE(list.end() - list.begin(), std::ptrdiff_t(expected.size()));
        QCOMPARE(*(list.begin() + std::ptrdiff_t(kChunk + 1)), int(kChunk + 1));
        QVERIFY(std::is_sorted(list.begin(), list.end()));
        QVERIFY(SharedList<int>().empty());
    }

    void aCopyNeverSeesTheOthersWrites()
    {
        SharedList<int> original(iota(2 * kChunk + 3));
        const SharedList<int> copy = original;
        QVERIFY(copy.sharesChunkWith(original, 0));
        original.set(1, 100); // chunk 0
        original.set(kChunk * 2 + 1, 200); // the last chunk
        original.push_back(300);
        QCOMPARE(copy.size(), 2 * kChunk + 3);
        QCOMPARE(values(copy), iota(2 * kChunk + 3));
        QCOMPARE(original[1], 100);
        QCOMPARE(original[kChunk * 2 + 1], 200);
        QCOMPARE(original.back(), 300);
        QVERIFY(!copy.sharesChunkWith(original, 0)); // written: copied
        QVERIFY(copy.sharesChunkWith(original, kChunk)); // untouched: still shared
        QVERIFY(copy.ptr(kChunk) == original.ptr(kChunk)); // the same item
        QVERIFY(copy.ptr(0) == original.ptr(0)); // an unchanged item in a copied chunk too
        QVERIFY(copy.ptr(1) != original.ptr(1));
        QVERIFY(!(copy == original));
    }

    void growsAndShrinksAcrossChunks()
    {
        SharedList<int> list;
        std::vector<int> mirror;
        for (int i = 0; i < int(3 * kChunk); ++i) {
            list.push_back(i);
            mirror.push_back(i);
        }
        const SharedList<int> before = list;
        for (size_t i = 0; i < kChunk + 2; ++i) {
            list.pop_back();
            mirror.pop_back();
        }
        QCOMPARE(values(list), mirror);
        QCOMPARE(values(before), iota(3 * kChunk));
        list.push_back(-1);
        mirror.push_back(-1);
        QCOMPARE(values(list), mirror);
        while (!list.empty())
            list.pop_back();
        QCOMPARE(list.size(), size_t(0));
        QCOMPARE(before.size(), 3 * kChunk);
        list.clear();
        list.push_back(7);
        QCOMPARE(values(list), std::vector<int> { 7 });
    }

    void equalByValue()
    {
        const SharedList<int> a(iota(kChunk + 1));
        SharedList<int> b(iota(kChunk + 1));
        QVERIFY(a == b);
        b.set(kChunk, 999);
        QVERIFY(!(a == b));
        b.set(kChunk, int(kChunk));
        QVERIFY(a == b); // another object, the same value
        b.pop_back();
        QVERIFY(!(a == b));
    }

    // Readers on other threads hold copies while the owner writes (the stream's
    // worker publishes a list, the models read it): each copy keeps its items.
    void copiesReadOnOtherThreadsWhileTheOwnerWrites()
    {
        SharedList<int> owner(iota(8 * kChunk));
        std::vector<QThread *> readers;
        std::atomic<int> wrong { 0 };
        // Before round r's writes, every third item is i + r * 1000, the others i.
        const auto expected = [](size_t i, int round) { return i % 3 == 0 ? int(i) + round * 1000 : int(i); };
        for (int round = 0; round < 20; ++round) {
            const SharedList<int> copy = owner;
            readers.push_back(QThread::create([copy, round, expected, &wrong] {
                for (int pass = 0; pass < 50; ++pass) {
                    for (size_t i = 0; i < copy.size(); ++i) {
                        if (copy[i] != expected(i, round))
                            ++wrong;
                    }
                }
            }));
            readers.back()->start();
            for (size_t i = 0; i < owner.size(); i += 3)
                owner.set(i, expected(i, round + 1));
        }
        for (QThread *t : readers) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(wrong.load(), 0);
        for (size_t i = 0; i < owner.size(); ++i)
            QCOMPARE(owner[i], expected(i, 20));
    }
};

QTEST_GUILESS_MAIN(tst_SharedList)
#include "tst_SharedList.moc"
