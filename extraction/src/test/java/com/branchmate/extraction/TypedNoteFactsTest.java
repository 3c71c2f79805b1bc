package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

import static com.branchmate.extraction.NoteProbe.read;
import static com.branchmate.extraction.NoteProbe.values;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts and follow-ups of typed notes (punctuation, several people) phrased in ways the development notes do not
 * use. Notes written for these tests; none comes from an eval file.
 */
class TypedNoteFactsTest {


    private static List<String> tasks(String text) {
        return read(text).tasks().stream().map(t -> t.person() + " " + t.due()).toList();
    }

    @Test
    void whatSomeoneOnceWasIsANote() {
        assertThat(values("保安老曹 年轻时当过海员 人很和气", "曹", "note")).singleElement().asString().contains("当过海员");
    }

    @Test
    void thePersonsOwnLeaveIsANoteAndNoFollowUp() {
        String text = "营业主管邢磊说他下个月5号开始休婚假。";
        assertThat(values(text, "邢磊", "note")).singleElement().asString().contains("休婚假");
        assertThat(tasks(text)).isEmpty();
        assertThat(tasks("建行城东支行 韩行长说他请假陪老人看病，周五回来。")).isEmpty();
        // back from leave is no leave: 休完 says nothing to keep
        assertThat(values("柜员小符 刚休完陪产假", "符", "note")).isEmpty();
    }

    @Test
    void goingWithSomeoneOrToThePersonsPlaceIsAFollowUp() {
        assertThat(tasks("客户万先生 做建材的 下周一下午去他店里看看")).containsExactly("万 2026-05-18");
        assertThat(tasks("客户聂总 开服装厂的 下周五和大堂经理小莫一起去聂总厂里")).containsExactly("聂 2026-05-22");
    }

    @Test
    void aDepositWithItsTermIsHeld() {
        assertThat(values("客户温阿姨 存款30万 是三年期定期 下个月20号到期", "温", "product")).containsExactly("定期");
    }

    @Test
    void theHeadOfACompanyOrOfAPartOfItIsAnOccupation() {
        assertThat(values("客户阮先生，上市公司财务总监，四十岁", "阮", "occupation")).singleElement().asString()
                .contains("财务总监");
    }

    @Test
    void raisingAChildAloneIsFamilyButBringingOneAlongIsNot() {
        assertThat(values("客户邵女士 丈夫常驻国外，一个人带孩子", "邵", "family")).contains("一个人带孩子");
        assertThat(values("客户邵女士 自己带着孩子来存钱", "邵", "family")).isEmpty();
    }

    @Test
    void aNicknameHanLPKeepsAsOneWordStillNamesThePerson() {
        // 小王 and 老李 are single nz words to HanLP; alone, without a role before them, they are still nicknames
        assertThat(values("工行城东支行 小王说她下周五生日", "王", "birthday")).containsExactly("--05-22");
        assertThat(values("工行城东支行 柜员小唐 爱喝奶茶 老李微信 li_fishing", "李", "wechat")).containsExactly("li_fishing");
    }

    @Test
    void aSurnameThatIsAlsoAFormalNumeralStartsAName() {
        assertThat(values("招行城北支行 理财经理陆一帆推了个客户", "陆一帆", "role")).containsExactly("理财经理");
        assertThat(values("招行城北支行 保安伍一平 爱下象棋", "伍一平", "hobby")).containsExactly("下象棋");
    }

    @Test
    void theEndOfAMonthNamedByItsNumberIsItsLastDay() {
        assertThat(values("客户鲍先生 有笔大额存单6月底到期 30万", "鲍", "maturity")).containsExactly("2026-06-30");
        // a month already past is next year's
        assertThat(values("客户鲍先生 有笔定期3月底到期 30万", "鲍", "maturity")).containsExactly("2027-03-31");
    }

    @Test
    void aDateCorrectedWithNotButTakesTheWrongOnesPlace() {
        assertThat(values("客户鲍先生 定期不是6月8号到期 是6月18号 20万", "鲍", "maturity")).containsExactly("2026-06-18");
    }

    @Test
    void anAppointmentWithThePersonTakesTheDayJustSaidUnlessPutOff() {
        assertThat(tasks("客户芮阿姨 退休老师 下周二上午她在家 约她上门聊聊")).containsExactly("芮 2026-05-19");
        assertThat(tasks("客户芮阿姨 定期下周二到期 节后再约她")).isEmpty();
    }

    @Test
    void aTitledProfessionalIsAnOccupation() {
        assertThat(values("客户温先生 在区医院当药师 五十岁", "温", "occupation")).singleElement().asString()
                .contains("药师");
    }

    @Test
    void aSurnameReadAsAConjunctionBeforeATitleJoinsNotNames() {
        Extraction e = read("客户鲍先生 做外贸 他和太太都爱爬山 想给太太买份重疾");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("鲍");
        assertThat(values("客户鲍先生 做外贸 他和太太都爱爬山 想给太太买份重疾", "鲍", "interest")).containsExactly("重疾");
    }

    @Test
    void aBareNumberAfterThisYearIsTheAge() {
        assertThat(values("客户鲍先生，做外贸的，今年52，稳健", "鲍", "age")).containsExactly("52");
        assertThat(values("客户鲍先生，今年30万的定期到期", "鲍", "age")).isEmpty();
    }

    @Test
    void openingSeveralShopsIsTheTrade() {
        assertThat(values("客户滕女士 开了三家花店 四十岁", "滕", "occupation")).singleElement().asString()
                .contains("开了三家花店");
    }

    @Test
    void justMarriedIsFamilyAndAWeddingOnADayIsAnAnniversary() {
        assertThat(values("客户鲍先生 28岁 刚结婚 想了解重疾", "鲍", "family")).containsExactly("刚结婚");
        assertThat(values("柜员小滕 下周六结婚", "滕", "family")).isEmpty();
        assertThat(values("柜员小滕 下周六结婚", "滕", "anniversary")).containsExactly("2026-05-23");
    }

    @Test
    void goingAwayToStudyIsANote() {
        assertThat(values("副行长苗青 说她下个月要去省行进修", "苗青", "note")).singleElement().asString()
                .contains("去省行进修");
    }

    @Test
    void theFirstWorkingDayAfterAHolidayIsNeverAWeekend() {
        // New Year's Day 2027 is a Friday: the first working day after it is Monday the 4th
        Extraction e = read("客户鲍先生 想了解年金险 元旦后第一个工作日约他来网点", LocalDate.parse("2026-12-23"));
        assertThat(e.tasks()).extracting(ExtractedTask::due).containsExactly(LocalDate.parse("2027-01-04"));
    }

    @Test
    void caringAboutAProductIsAWish() {
        assertThat(values("客户滕女士 对增额终身寿挺关心的 稳健", "滕", "interest")).containsExactly("增额终身寿");
    }

    @Test
    void retiringNextYearIsAPlanNotTheOccupation() {
        String text = "客户鲍老师 小学数学老师 明年退休 稳健";
        assertThat(values(text, "鲍", "occupation")).singleElement().asString().contains("数学老师");
        assertThat(values(text, "鲍", "note")).singleElement().asString().contains("明年退休");
    }

    @Test
    void aWeChatIdStillTheSameIsTheId() {
        assertThat(values("工行城东支行 柜员小滕 手机换了 微信还是 teng_88", "滕", "wechat")).containsExactly("teng_88");
    }

    @Test
    void aPresentGivenOnTheDayJustSaidIsAFollowUp() {
        assertThat(tasks("网点主任苗青 下周一生日 到时候给她送束花")).containsExactly("苗青 2026-05-18");
    }

    @Test
    void aTitleThatOnlyQualifiesAnInstitutionNamesNoOne() {
        String text = "客户鲍先生 开了家律师事务所 50岁 进取";
        assertThat(read(text).people()).extracting(ExtractedPerson::name).containsExactly("鲍");
        assertThat(values(text, "鲍", "age")).containsExactly("50");
    }

    @Test
    void aWeddingToComeOnALunarDayIsItsSolarDay() {
        // 2027: the lunar new year falls on February 6, so 正月初六 is February 11
        assertThat(values("柜员小滕说她正月初六结婚", "滕", "anniversary")).containsExactly("2027-02-11");
    }

    @Test
    void someonesLeaveLendsNoDayToWhatFollows() {
        assertThat(tasks("大堂经理小滕 下周一开始休年假 她让我有事找柜员小苗")).isEmpty();
    }

    @Test
    void aMobileNumberAfterTheCountryCodeIsThePhone() {
        assertThat(values("工行城东支行 柜员小滕 手机 +86 139 0000 1234", "滕", "phone")).containsExactly("13900001234");
    }

    @Test
    void eitherOfTwoDaysNamesNoDay() {
        assertThat(tasks("客户鲍先生 想了解年金险 明后天带资料去找他")).isEmpty();
    }

    @Test
    void theBanksMainOfficeIsABranch() {
        assertThat(read("建行营业部 柜员小滕 下周五生日").branch()).isEqualTo(new BranchRef("建设银行", "营业部"));
    }

    @Test
    void aSurnameSaidApartFromTheTitleNamesThePerson() {
        String text = "客户里有个姓滕的大姐，开花店的，想了解年金险，滕大姐手机 139 0000 1234";
        assertThat(values(text, "滕", "occupation")).singleElement().asString().contains("开花店");
        assertThat(values(text, "滕", "interest")).containsExactly("年金险");
    }

    @Test
    void whatSomeoneWantsToDoIsNotTheirTrade() {
        assertThat(values("客户鲍总 开印刷厂 想做企业的资产隔离", "鲍", "occupation")).singleElement().asString()
                .contains("开印刷厂");
    }

    @Test
    void justTurnedThisYearIsTheAge() {
        assertThat(values("客户鲍阿姨 今年刚满65 退休教师", "鲍", "age")).containsExactly("65");
    }

    @Test
    void havingJustBoughtAFlatIsANoteAndTermLifeIsAProduct() {
        String text = "客户鲍先生 刚买了房 想配个定寿";
        assertThat(values(text, "鲍", "note")).singleElement().asString().contains("买了房");
        assertThat(values(text, "鲍", "interest")).containsExactly("定寿");
    }

    @Test
    void aGivenNameStartingWithXiaoStaysWithItsSurname() {
        String text = "工行城东支行 大堂经理刘小燕 下周五生日 刘小燕的手机 139 0000 1234";
        assertThat(read(text).people()).extracting(ExtractedPerson::name).containsExactly("刘小燕");
        assertThat(values(text, "刘小燕", "phone")).containsExactly("13900001234");
        // a nickname HanLP keeps whole is still one where no surname stands before it
        assertThat(values("工行城东支行 小燕说她下周五生日", "燕", "birthday")).containsExactly("--05-22");
    }

    @Test
    void oneOfTwoDaysIsNoDay() {
        assertThat(tasks("客户鲍先生 想了解年金险 下周三或周四去他公司")).isEmpty();
    }

    @Test
    void meetingAfterSomeoneIsBackIsNotOnTheDayTheyReturn() {
        assertThat(tasks("客户鲍先生 想了解年金险 他下周一回来 回来后约他")).isEmpty();
    }

    @Test
    void theDayADepositMaturesIsTheFollowUpsDay() {
        assertThat(tasks("客户鲍阿姨 有30万定期6月8号到期 保守 到期那天约她来网点")).containsExactly("鲍 2026-06-08");
    }

    @Test
    void aLandlineWithItsLocalNumberInTwoGroupsIsThePhone() {
        assertThat(values("客户鲍大爷 不会用手机 家里电话 0571-8765 4321", "鲍", "phone")).containsExactly("057187654321");
    }

    @Test
    void whoseRelativeOrFriendSomeoneIsDoesNotBecomeTheTopic() {
        String text = "行长滕建国爱下棋。柜员小苗刚来，是滕行长的老乡，人很腼腆。";
        assertThat(values(text, "苗", "personality")).singleElement().asString().contains("腼腆");
        assertThat(values(text, "滕建国", "personality")).isEmpty();
    }

    @Test
    void aNicknameThatIsAlsoAWordNamesThePersonOnceARoleGaveIt() {
        String text = "理财经理小钱推荐了客户滕阿姨，小钱的微信 qian_88";
        assertThat(values(text, "钱", "wechat")).containsExactly("qian_88");
        // with no role before it, 小钱 stays small money
        assertThat(read("客户滕阿姨 想存点小钱").people()).extracting(ExtractedPerson::name).containsExactly("滕");
    }

    @Test
    void aFamilyWordInsideANameSaysNothingAboutARelative() {
        String text = "客户孙女士 大学老师 孙女士生日是6月3号 孙女士资产三百万";
        assertThat(values(text, "孙", "birthday")).containsExactly("--06-03");
        assertThat(values(text, "孙", "family")).isEmpty();
        assertThat(values("客户孙女士 下个月20号结婚", "孙", "anniversary")).containsExactly("2026-06-20");
    }

    @Test
    void anInvitationToTheEventOfTheDayJustSaidIsAFollowUp() {
        assertThat(tasks("行长滕建国说下周五行里搞客户答谢会 邀请我们参加")).containsExactly("滕建国 2026-05-22");
    }
}
