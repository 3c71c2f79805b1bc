package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

import static com.branchmate.extraction.NoteProbe.read;
import static com.branchmate.extraction.NoteProbe.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a note names and which of them are people of the branch: names that run into pronouns, names corrected after a
 * pause, posts stated of a nickname, names after 叫 that are also words, full names said before any title, and our
 * own colleagues. Sentences written for these tests; none comes from the dev set.
 */
class PeopleFactsTest {

    @Test
    void aPronounRightAfterANameIsNoPartOfIt() {
        assertThat(read("大堂经理司马璐她说下周三生日").people()).extracting(ExtractedPerson::name)
                .containsExactly("司马璐");
        assertThat(values("理財經理藍欣他說下週三生日", "藍欣", "role")).containsExactly("理财经理");
    }

    @Test
    void aNameCorrectedAfterAPauseReplacesTheWrongOne() {
        Extraction e = read("柜员叫伍思雨 不对 是伍思宇 手机13912345678");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("伍思宇");
        assertThat(values("柜员叫伍思雨，说错了，伍思宇 手机13912345678", "伍思宇", "phone"))
                .containsExactly("13912345678");
    }

    @Test
    void aPostStatedOfANicknameIsItsRole() {
        assertThat(values("小蒲是新来的柜员 人很勤快", "蒲", "role")).containsExactly("柜员");
        assertThat(values("老甄是这边的保安 爱下象棋", "甄", "hobby")).containsExactly("下象棋");
    }

    @Test
    void afterJiaoAWordThatStartsWithASurnameIsTheName() {
        Extraction e = read("他们的新主任叫高山 以前在城西支行 高主任爱喝茶");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("高山");
        assertThat(values("他们的新主任叫高山 以前在城西支行 高主任爱喝茶", "高山", "hobby")).containsExactly("喝茶");
    }

    @Test
    void aFullNameSaidBeforeAnyTitleJoinsTheFirstTitledMentionOfItsSurname() {
        String note = "新来的行长是从分行过来的祁建军。祁行长人很随和，爱打乒乓球";
        assertThat(read(note).people()).extracting(ExtractedPerson::name).containsExactly("祁建军");
        assertThat(values(note, "祁建军", "hobby")).containsExactly("打乒乓球");
        // a relative named before is not the titled person
        assertThat(read("客户戴阿姨 她儿子戴伟陪着来的 戴阿姨六十八岁").people()).extracting(ExtractedPerson::name)
                .containsExactly("戴");
    }

    @Test
    void ourOwnColleaguesAreNoPeople() {
        Extraction e = read("今天和同事小贺去了建行东城支行 大堂经理于倩爱跳舞 我们团队的孟主管负责带礼品");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("于倩");
        assertThat(read("跟我们部门的经理老喻一起见了客户蔡先生 五十岁").people()).extracting(ExtractedPerson::name)
                .containsExactly("蔡");
        // the branch's own colleagues are people
        assertThat(values("他们网点的同事小贺下周三生日", "贺", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aPronounOfTheOtherSexIsTheLastPersonOfThatSex() {
        String note = "网点主任卞玉洁说她们任务重 她推了个客户宁先生 做茶叶生意 卞主任说下周三上午他会来网点";
        assertThat(read(note).tasks()).extracting(ExtractedTask::person).containsExactly("宁");
        // a note that writes 他 for everyone (voice input) keeps 他 on the person just named
        assertThat(read("客户宁先生做茶叶生意 大堂经理小伏说他下周三生日").people().stream()
                .filter(p -> p.name().equals("伏")).findFirst().orElseThrow().facts())
                .extracting(ExtractedFact::key).contains("birthday");
    }

    @Test
    void aPronounNamingAPlaceIsNotWhomTheClauseIsAbout() {
        String note = "理财经理方敏推了两个客户 一个是蔡阿姨 另一个是熊先生 做装修的 之前在她那买过基金";
        assertThat(values(note, "熊", "product")).containsExactly("基金");
    }

    @Test
    void titlesOfTheTwoSexesNameTwoPeopleOfOneSurname() {
        String note = "两个姓施的客户 施先生四十岁 开花店 施女士在税务局上班 想了解教育金";
        assertThat(read(note).people()).extracting(ExtractedPerson::name).containsExactly("施", "施");
        assertThat(read(note).people().get(1).facts()).extracting(ExtractedFact::value).contains("教育金");
    }

    @Test
    void theNextPersonOfARunOnListTakesWhatFollowsTheirName() {
        String note = "理财经理介绍了两个客户一个是甘阿姨六十岁想给外孙存教育金另一个是樊总开酒楼的想了解一下家族信托";
        assertThat(values(note, "樊", "interest")).containsExactly("家族信托");
        assertThat(values(note, "甘", "interest")).containsExactly("教育金");
    }

    @Test
    void xJieAfterAStaffMemberOfTheSurnameIsThatStaffMember() {
        Extraction e = read("大堂经理小蒋 爱跑步 蒋姐说她下周三生日");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("蒋");
        assertThat(values("大堂经理小蒋 爱跑步 蒋姐说她下周三生日", "蒋", "birthday")).containsExactly("--05-20");
        // said of a customer it is someone else
        assertThat(read("大堂经理蒋丽 推了客户蒋姐 开花店").people()).extracting(ExtractedPerson::kind)
                .containsExactly("STAFF", "CUSTOMER");
    }

    @Test
    void aNicknameCorrectedAfterAPauseReplacesTheWrongOne() {
        Extraction e = read("柜员小葛 说错了 是小盖 下周三生日");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("盖");
        assertThat(values("柜员小葛 说错了 是小盖 下周三生日", "盖", "role")).containsExactly("柜员");
    }

    @Test
    void aVerbOfRecommendingAfterAGivenNameIsNoPartOfIt() {
        assertThat(read("理财经理司马瑶推了个客户").people()).extracting(ExtractedPerson::name)
                .containsExactly("司马瑶");
    }

    @Test
    void ourOwnTitleSaidAsOursMarksAColleague() {
        assertThat(read("今天我们经理老滕带我去了农行北门支行 大堂经理小乔爱唱歌").people())
                .extracting(ExtractedPerson::name).containsExactly("乔");
    }

    @Test
    void otherNamesOfThePostsAreTheirRoles() {
        assertThat(values("支行长潘建国爱打高尔夫", "潘建国", "role")).containsExactly("行长");
        assertThat(values("低柜小鄢下周三生日", "鄢", "role")).containsExactly("柜员");
        assertThat(values("财富经理贺敏爱喝茶", "贺敏", "role")).containsExactly("理财经理");
        assertThat(values("營運主管梁淑儀 做事認真", "梁淑儀", "role")).containsExactly("营业主管");
    }

    @Test
    void aCompoundSurnameAloneAfterARoleNamesThePerson() {
        assertThat(values("大堂经理司徒 说她下周三生日", "司徒", "birthday")).containsExactly("--05-20");
        assertThat(values("大堂经理司徒 说她下周三生日", "司徒", "role")).containsExactly("大堂经理");
    }

    @Test
    void aSurnameSaidAfterARoleAndAPauseIsThePersons() {
        assertThat(values("会计主管 姓阮 人很细心", "阮", "role")).containsExactly("会计主管");
    }

    @Test
    void aPostWordBeforeOrAfterAnUnspecificTitleGivesTheRole() {
        assertThat(values("理财的严经理 爱打羽毛球", "严", "role")).containsExactly("理财经理");
        assertThat(values("严经理（会计）爱打羽毛球", "严", "role")).isEmpty();
        assertThat(values("严主管（会计）爱打羽毛球", "严", "role")).containsExactly("会计主管");
        // a customer's manager is no post at the branch
        assertThat(values("客户严经理 开贸易公司", "严", "role")).isEmpty();
    }

    @Test
    void anEnglishNameAfterARoleIsTheName() {
        String note = "理财经理Cindy 爱喝咖啡 Cindy说她下周三生日";
        assertThat(read(note).people()).extracting(ExtractedPerson::name).containsExactly("Cindy");
        assertThat(values(note, "Cindy", "birthday")).containsExactly("--05-20");
        // letters in capitals are abbreviations, not names
        assertThat(read("理财经理VIP客户多").people()).isEmpty();
    }

    @Test
    void aPostSaidAloneAsWhoSpeaksIsTheOnePersonOfThatPost() {
        String note = "网点主任说这个月任务重 让我下周五前交方案 主任姓阎 爱喝酒";
        assertThat(read(note).tasks()).extracting(ExtractedTask::person).containsExactly("阎");
        // our own manager is not the branch's
        String ours = "我们的客户经理说下周五前交方案 客户经理小阎爱喝酒";
        assertThat(read(ours).tasks()).extracting(ExtractedTask::person).doesNotContain("阎");
    }

    @Test
    void aRoleInBracketsAfterTheNameIsTheRole() {
        assertThat(values("今天见了：\n1、小隗（柜员）爱追剧\n2、蒋姐（大堂经理）手机13912345678", "隗", "role"))
                .containsExactly("柜员");
        assertThat(values("今天见了：\n1、小隗（柜员）爱追剧\n2、蒋姐（大堂经理）手机13912345678", "蒋", "role"))
                .containsExactly("大堂经理");
    }

    @Test
    void aNameRightAfterAFamilyWordIsARelativeNotAPerson() {
        assertThat(read("客户庞先生 开汽修厂 他老婆叫姚琳 在中学教书").people()).extracting(ExtractedPerson::name)
                .containsExactly("庞");
        assertThat(read("柜员小邬的老公老蔡是消防员").people()).extracting(ExtractedPerson::name)
                .containsExactly("邬");
        assertThat(values("柜员小邬的老公老蔡是消防员", "邬", "family")).isNotEmpty();
    }

    @Test
    void aRelativeWithThePersonsSurnameDoesNotTakeThePersonAway() {
        String note = "客户欧阳阿姨说她儿子下个月回国 想了解教育金 她儿子叫欧阳帆";
        assertThat(read(note).people()).extracting(ExtractedPerson::name).containsExactly("欧阳");
        assertThat(values(note, "欧阳", "interest")).containsExactly("教育金");
    }

    @Test
    void ourOwnRoleHolderIsAColleague() {
        assertThat(read("今天跟我们的理财经理小童一起去的 大堂经理邝丽爱喝茶").people())
                .extracting(ExtractedPerson::name).containsExactly("邝丽");
    }
}
