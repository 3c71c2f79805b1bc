package com.branchmate.extraction;

import com.branchmate.extraction.rules.RuleExtractor;
import com.branchmate.extraction.vocabulary.FactKey;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RuleExtractorProperties {

    private static final RuleExtractor EXTRACTOR = new RuleExtractor();
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 15);

    @Property(tries = 200)
    void neverThrowsAndAnswersWithinASecond(@ForAll("anyText") String text) {
        long start = System.nanoTime();
        Extraction e = EXTRACTOR.extract(text, REFERENCE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(e).isNotNull();
        e.people().forEach(p -> {
            assertThat(p.kind()).isIn("STAFF", "CUSTOMER");
            p.facts().forEach(f -> assertThat(FactKey.of(f.key())).isPresent());
        });
    }

    @Property(tries = 100)
    void rolesStayInsideTheVocabulary(@ForAll("noteLikeText") String text) {
        EXTRACTOR.extract(text, REFERENCE).people().forEach(p -> p.facts().stream()
                .filter(f -> f.key().equals("role"))
                .forEach(f -> assertThat(FactKey.ROLES).contains(f.value())));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(5_000),
                Arbitraries.strings().ofMinLength(4_000).ofMaxLength(5_000).withChars("王行长客户先生小老姐他她，。 下周三1234567890万岁"),
                Arbitraries.of("😀🎉👍🏻👨‍👩‍👧 王行长 🎂", "'; DROP TABLE fact; --", "<script>alert('王行长')</script>",
                        "\u0000\uFFFF\uD83D", "　　全角１３８１２３４５６７８　", "小".repeat(5_000), "他".repeat(5_000)),
                noteLikeText());
    }

    @Provide
    Arbitrary<String> noteLikeText() {
        Arbitrary<String> piece = Arbitraries.of("建行", "城南支行", "王行长", "大堂经理李娜", "柜员小卢", "客户张先生", "他", "她",
                "下周三", "生日", "喜欢喝茶", "50万", "理财", "到期", "想了解", "年金险", "约了", "再聊", "手机13812345678",
                "说错了", "是", "，", "。", " ", "农历八月十五", "老婆", "人很热情", "保守", "熟客", "从河西支行调过来");
        return piece.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
