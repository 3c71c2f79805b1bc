package com.branchmate.extraction.rules;

import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AmountsTest {

    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private static Extraction extract(String note) {
        return EXTRACTOR.extract(note, LocalDate.of(2026, 4, 15));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "客户张先生50万理财|500000", "客户张先生有30w定期|300000", "客户张先生120万元存款|1200000",
            "客户张先生1.5亿资产|150000000", "客户张先生资产三百万|3000000", "客户张先生资产一千二万|12000000",
            "客户张先生在我们这存了1,500元定期|1500", "客户张先生资产一百零五万|1050000",
            "客户张先生有3万5的定期|35000", "客户张先生账户里¥1,200,000|1200000", "客户张先生每月存五千块钱|5000"})
    void assetsAreReadWithTheOneNumeralReader(String note, String yuan) {
        assertThat(extract(note).people()).flatExtracting(ExtractedPerson::facts)
                .filteredOn(f -> f.key().equals("asset")).extracting(ExtractedFact::value).containsExactly(yuan);
    }

    @Test
    void agesInDigitsAndNumeralsButNotVagueOnes() {
        assertThat(extract("客户张先生六十五岁").people()).flatExtracting(ExtractedPerson::facts)
                .filteredOn(f -> f.key().equals("age")).extracting(ExtractedFact::value).containsExactly("65");
        assertThat(extract("客户张先生七十多岁").people()).flatExtracting(ExtractedPerson::facts)
                .extracting(ExtractedFact::key).doesNotContain("age");
    }

    @Test
    void aThousandsCommaDoesNotSplitTheClause() {
        // the product after 1,200,000元 is still held: the amount and 定期 are one clause
        assertThat(extract("客户裘女士在我们这存了1,200,000元定期").people()).flatExtracting(ExtractedPerson::facts)
                .extracting(ExtractedFact::key).contains("asset", "product");
    }
}
