package com.branchmate.extraction.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedTextTest {

    @Test
    void traditionalIsReadSimplifiedAndShownAsWritten() {
        NormalizedText t = NormalizedText.of("鄧詠琪是櫃員，週三過生日");
        assertThat(t.text()).isEqualTo("邓咏琪是柜员,周三过生日");
        int at = t.text().indexOf("邓咏琪");
        assertThat(t.originalSpan(at, at + 3)).isEqualTo("鄧詠琪");
    }

    @Test
    void aVocabularyWordMistypedByItsSoundIsReadAsTheWordAndShownAsWritten() {
        NormalizedText t = NormalizedText.of("风险偏好温健，理才经理小贾推荐的，想了解重急险").repairedBySound();
        assertThat(t.text()).isEqualTo("风险偏好稳健,理财经理小贾推荐的,想了解重疾险");
        int at = t.text().indexOf("重疾险");
        assertThat(t.originalSpan(at, at + 3)).isEqualTo("重急险");
    }

    @Test
    void wordsThatSoundLikeAVocabularyWordButShareNoCharacterStayAsTheyAre() {
        assertThat(NormalizedText.of("带上文件进去看看").repairedBySound().text()).isEqualTo("带上文件进去看看");
        assertThat(NormalizedText.of("建行张经理").repairedBySound().text()).isEqualTo("建行张经理");
        // dates need no repair: the plain reading keeps what was written
        assertThat(NormalizedText.of("风险偏好温健").text()).isEqualTo("风险偏好温健");
    }

    @Test
    void fullWidthDigitsAndLettersBecomeAscii() {
        NormalizedText t = NormalizedText.of("手机１３８００１３８０００，微信ＡＢＣ１２３");
        assertThat(t.text()).isEqualTo("手机13800138000,微信ABC123");
        int at = t.text().indexOf("ABC");
        assertThat(t.originalSpan(at, at + 6)).isEqualTo("ＡＢＣ１２３");
    }

    @Test
    void spacesAndDashesInsideNumbersGoAway() {
        assertThat(NormalizedText.of("手机 136-0571-2283。").text()).isEqualTo("手机 13605712283。");
        assertThat(NormalizedText.of("电话139 1111 5555").text()).isEqualTo("电话13911115555");
        assertThat(NormalizedText.of("存了4 000 000元").text()).isEqualTo("存了4000000元");
        // two separate numbers stay apart
        assertThat(NormalizedText.of("3 5个").text()).isEqualTo("3 5个");
        NormalizedText t = NormalizedText.of("手机136-0571-2283");
        assertThat(t.originalSpan(2, 13)).isEqualTo("136-0571-2283");
    }

    @Test
    void fillersGoWhereTheyAreFillers() {
        NormalizedText t = NormalizedText.of("嗯今天在农行那个理财经理给我推了个客户然后就是她六十五岁嗯约了下周一");
        assertThat(t.text()).isEqualTo("今天在农行那个理财经理给我推了个客户,她六十五岁。约了下周一");
        assertThat(NormalizedText.of("就是说她就是行长").text()).isEqualTo("她就是行长");
        assertThat(NormalizedText.of("那个客户姓王，那个人挺好").text()).isEqualTo("客户姓王,人挺好");
    }

    @Property(tries = 500)
    void everyCharPointsIntoTheOriginal(@ForAll String text) {
        NormalizedText t = NormalizedText.of(text);
        for (int k = 0; k <= t.text().length(); k++) {
            assertThat(t.originalIndex(k)).isBetween(0, text.length());
        }
        assertThat(t.originalSpan(0, t.text().length()).length()).isLessThanOrEqualTo(text.length());
    }
}
