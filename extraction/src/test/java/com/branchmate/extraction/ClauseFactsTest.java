package com.branchmate.extraction;

import org.junit.jupiter.api.Test;

import static com.branchmate.extraction.NoteProbe.facts;
import static com.branchmate.extraction.NoteProbe.read;
import static com.branchmate.extraction.NoteProbe.values;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one clause says about a person (family, temperament, wishes, a birthday, a remark worth a note), phrased in
 * ways the development notes do not use. Notes written for these tests; none comes from the dev set.
 */
class ClauseFactsTest {


    // people

    @Test
    void aFormOfAddressBetweenRoleAndNameIsNoName() {
        assertThat(values("保安师傅老詹下周三生日", "詹", "role")).containsExactly("保安");
        assertThat(values("保安师傅老詹下周三生日", "詹", "birthday")).containsExactly("--05-20");
    }

    @Test
    void lessCommonSurnamesOfTodayStartNames() {
        assertThat(values("会计主管辜晓东下周三生日", "辜晓东", "role")).containsExactly("会计主管");
        assertThat(values("大堂经理小鹿说她下周三生日", "鹿", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aRoleBeforeAColonOrAfterAFullNameIsThatPersonsRole() {
        assertThat(values("建行城东支行 柜员：龚丽 下周三生日", "龚丽", "role")).containsExactly("柜员");
        assertThat(values("建行城东支行 龚丽是柜员 下周三生日", "龚丽", "role")).containsExactly("柜员");
        assertThat(values("建行城东支行 龚丽，柜员，下周三生日", "龚丽", "birthday")).containsExactly("--05-20");
        assertThat(values("银湖支行 孟姐 大堂 手机换了 15167832090", "孟", "role")).containsExactly("大堂经理");
    }

    @Test
    void aNameHanLpRecognisesAfterARoleNeedsNoListedSurname() {
        assertThat(values("营业主管禚国栋刚从分行调来", "禚国栋", "role")).containsExactly("营业主管");
        assertThat(values("副行长冒国强也在", "冒国强", "role")).containsExactly("副行长");
    }

    @Test
    void aGivenNameRunsOnIntoWhatHanLpReadsAsOneWord() {
        // 人 and a degree word start the description, not the name's last word (上官雨|欣|人挺随和)
        assertThat(values("理财经理上官雨欣人挺随和", "上官雨欣", "personality")).containsExactly("人挺随和");
        // two characters HanLP reads as one noun after the surname are the given name even with 月 in it
        assertThat(values("客户经理小覃就是覃晓月她说下周三生日", "覃晓月", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aNounAfterXiaoIsNoNicknameAndAVerbAfterAOneCharacterGivenNameIsNoPartOfIt() {
        Extraction e = read("理财经理苗青让我下周五帮她做场小沙龙");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("苗青");
        assertThat(e.tasks()).extracting(ExtractedTask::person).containsExactly("苗青");
    }

    @Test
    void aNameEndsBeforeTheVerbHanLpReadsIntoIt() {
        assertThat(tasks("和理财经理胡晓约好后天一起去拜访客户")).extracting(ExtractedTask::person).containsExactly("胡晓");
        assertThat(values("客户经理谈伟说他有个客户岑老板", "谈伟", "role")).containsExactly("客户经理");
    }

    @Test
    void everydayNamesOfPostsGiveTheRole() {
        assertThat(values("理财专员小柴 爱喝奶茶", "柴", "role")).containsExactly("理财经理");
        assertThat(values("柜台的小罗 爱追剧", "罗", "role")).containsExactly("柜员");
    }

    @Test
    void aFullNameInBracketsAfterANicknameNamesThePerson() {
        assertThat(values("大堂经理小韩（韩雪）下周三生日", "韩雪", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aPostStatedWithShiNamesTheRole() {
        assertThat(values("伍思思是新来的大堂经理", "伍思思", "role")).containsExactly("大堂经理");
        assertThat(values("伍姐是这里的理财经理", "伍", "role")).containsExactly("理财经理");
        assertThat(values("理财经理是伍姐 爱喝咖啡", "伍", "role")).containsExactly("理财经理");
        assertThat(values("网点的保安是老伍", "伍", "role")).containsExactly("保安");
        // after 是 only a name HanLP reads is a name: 行长是江西人 names nobody
        assertThat(read("行长是江西人").people()).isEmpty();
    }

    @Test
    void aFullNameBeforeATitleKeepsItsGivenName() {
        assertThat(values("伍海主任 爱打球", "伍海", "role")).containsExactly("网点主任");
        assertThat(values("伍海行长 爱打球", "伍海", "hobby")).containsExactly("打球");
        // the surname said after 姓 and again before the title is no full name
        assertThat(values("客户姓毕毕先生是做物流的", "毕", "occupation")).containsExactly("做物流");
    }

    @Test
    void aSurnameThatSoundsLikeFuBeforeHangzhangIsAPersonNotADeputyMistyped() {
        assertThat(values("傅行长爱钓鱼", "傅", "role")).containsExactly("行长");
        assertThat(values("傅行长爱钓鱼", "傅", "hobby")).containsExactly("钓鱼");
    }

    @Test
    void twoNamedPostsJoinedByHeStayTwoPeople() {
        Extraction e = read("行长马力和副行长牛娟都在 马行长爱打篮球 牛行长刚生完二胎");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("马力", "牛娟");
    }

    @Test
    void aRelativeJoinedToANamedPersonIsNoSecondPerson() {
        Extraction e = read("柜员小卫和老公都是本地人");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("卫");
    }

    @Test
    void aRoleWordRightAfterSurnameAndTitleIsTheirsAndNoNameFollows() {
        assertThat(values("银湖支行 温姐 柜员 农历三月初三生日", "温", "role")).containsExactly("柜员");
        assertThat(values("银湖支行 温姐 柜员 农历三月初三生日", "温", "birthday")).containsExactly("lunar:--03-03");
    }

    @Test
    void aNameEndsWhereAVerbWithWanOrADateStarts() {
        assertThat(values("柜员董佳休完婚假回来了", "董佳", "role")).containsExactly("柜员");
        assertThat(values("柜员于丹下周三生日", "于丹", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aGivenNameThatIsAlsoAWordStillNamesThePersonAfterARole() {
        assertThat(values("理财经理应晓雯下周三生日", "应晓雯", "role")).containsExactly("理财经理");
        assertThat(values("柜员安然下周三生日", "安然", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aNicknameThatIsAlsoAWordIsANameAfterARole() {
        assertThat(values("柜员小米 入职纪念日是9月1号", "米", "anniversary")).containsExactly("--09-01");
    }

    @Test
    void anEverydayWordAfterAPronounIsNoSurname() {
        Extraction e = read("客户华女士 6月18号是她和先生的结婚纪念日");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("华");
        assertThat(values("客户华女士 6月18号是她和先生的结婚纪念日", "华", "anniversary")).containsExactly("--06-18");
    }

    // holdings

    @Test
    void moreKindsOfBusinessAreTradesAndTheTradeEndsAtItsDe() {
        assertThat(values("客户景先生是开驾校的五十来岁", "景", "occupation")).containsExactly("开驾校");
        assertThat(values("客户景女士开了一所幼儿园", "景", "occupation")).containsExactly("开了一所幼儿园");
        assertThat(values("客户景先生开了家养殖场", "景", "occupation")).containsExactly("开了家养殖场");
        // driving to a school is no trade
        assertThat(values("客户景先生开车去学校接孩子", "景", "occupation")).isEmpty();
    }

    @Test
    void aYearlyPremiumIsNoAssetAndWeighingWhetherToBuyIsAWish() {
        assertThat(values("客户钱女士 上个月刚买了我们的年金险 年交五万", "钱", "asset")).isEmpty();
        assertThat(values("客户钱女士 上个月刚买了我们的年金险 年交五万", "钱", "product")).containsExactly("年金险");
        assertThat(values("客户钱先生 一直在犹豫要不要买重疾", "钱", "interest")).containsExactly("重疾");
    }

    @Test
    void moreProductsOccupationsAndWaysOfHoldingOrAskingAndComingFrom() {
        assertThat(values("客户邝女士 国企出纳 42岁", "邝", "occupation")).containsExactly("国企出纳");
        assertThat(values("客户邝女士有一百万的私募", "邝", "product")).containsExactly("私募");
        assertThat(values("客户邝先生资产八百万 大部分是理财", "邝", "product")).containsExactly("理财");
        assertThat(values("客户邝先生下周来网点 顺便聊聊年金险", "邝", "interest")).containsExactly("年金险");
        assertThat(values("大堂经理严丽 刚从对公部转过来", "严丽", "previous_branch")).containsExactly("对公部");
    }

    @Test
    void regularInvestingAndSignedPoliciesAreHeld() {
        assertThat(values("客户姜先生 定投了两年基金", "姜", "product")).containsExactly("基金");
        assertThat(values("客户姜先生 保单是前年签的分红险", "姜", "product")).containsExactly("分红险");
        assertThat(values("客户姜先生 买过我们的增额寿", "姜", "product")).containsExactly("增额寿");
    }

    @Test
    void whereAStaffMemberWasBeforeSaidWithYiQianShi() {
        assertThat(values("大堂经理小曲 以前是城东支行的柜员", "曲", "previous_branch")).containsExactly("城东支行");
    }

    // hobbies, faith

    @Test
    void aHabitWithAHobbyVerbIsAHobby() {
        assertThat(values("客户姜先生 每天早上去公园打太极", "姜", "hobby")).containsExactly("打太极");
        assertThat(values("客户姜先生 周末经常去水库钓鱼", "姜", "hobby")).containsExactly("钓鱼");
        // going somewhere every day is no hobby without a hobby verb
        assertThat(values("客户姜先生每天下午去网点", "姜", "hobby")).isEmpty();
    }

    @Test
    void keepingAPetIsAHobbyAndWhenSomeoneIsBackIsANote() {
        assertThat(values("客户应女士 养了两只猫", "应", "hobby")).containsExactly("养了两只猫");
        assertThat(values("柜员小应 过年回老家 初七才回", "应", "note")).containsExactly("初七才回");
    }

    @Test
    void faithIsANoteAndATemperamentNounIsPersonality() {
        assertThat(values("客户姜阿姨 信基督", "姜", "note")).containsExactly("信基督");
        assertThat(values("客户姜先生 是个急脾气", "姜", "personality")).singleElement().asString().contains("急脾气");
    }

    // family

    @Test
    void familyStatementsRunTogetherInDictationAreReadApart() {
        assertThat(values("客户贺大爷七十多了一个人过儿子在广州闺女在上海", "贺", "family"))
                .containsExactly("儿子在广州", "闺女在上海");
        assertThat(values("客户凌阿姨人挺好女儿在银行上班", "凌", "family")).containsExactly("女儿在银行上班");
        assertThat(values("客户凌阿姨人挺好女儿在银行上班", "凌", "personality")).containsExactly("人挺好");
        // a family word that is a verb's object or belongs to the word before starts nothing
        assertThat(values("客户龚先生老婆孩子都在国外", "龚", "family")).containsExactly("老婆孩子都在国外");
    }

    @Test
    void aRelativeBroughtAlongWithZheIsNoFamilyFactEither() {
        assertThat(values("客户韦阿姨今天带着她女儿一起来的", "韦", "family")).isEmpty();
        assertThat(values("客户韦阿姨今天带着她女儿一起来的 她女儿在银行上班", "韦", "family"))
                .containsExactly("女儿在银行上班");
    }

    @Test
    void aRelativeFallingIllOnADayAndAParentByTheOneCharacterWordAreFamily() {
        assertThat(values("柜员小许说她婆婆下周住院", "许", "family")).containsExactly("婆婆下周住院");
        assertThat(values("客户龚先生说她妈今年八十了", "龚", "family")).singleElement().asString().contains("妈今年八十");
    }

    @Test
    void inLawsAndSiblingsAreFamilyNotTheirTrade() {
        assertThat(values("客户甄阿姨 女婿是牙医", "甄", "family")).containsExactly("女婿是牙医");
        assertThat(values("客户甄阿姨 女婿是牙医", "甄", "occupation")).isEmpty();
        assertThat(values("柜员小符 弟弟在部队", "符", "family")).containsExactly("弟弟在部队");
    }

    @Test
    void aChildIntroducedWithYouGeIsFamily() {
        assertThat(values("客户韩先生 有个女儿在英国读书 想了解年金险", "韩", "family"))
                .singleElement().asString().contains("女儿在英国读书");
    }

    @Test
    void aSubjectPronounStartsANewStatementInDictatedText() {
        String text = "柜员小伊说她下个月八号结婚她老公是开出租的";
        assertThat(values(text, "伊", "family")).containsExactly("老公是开出租");
        assertThat(values(text, "伊", "anniversary")).containsExactly("2026-06-08");
    }

    @Test
    void theWriterAsSubjectStartsANewStatementInDictatedText() {
        String text = "客户闻阿姨比较谨慎说要回去商量一下我跟她约了下周二上午再来";
        assertThat(values(text, "闻", "personality")).containsExactly("比较谨慎");
        assertThat(tasks(text)).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 19));
    }

    @Test
    void aPronounOwningAPlaceIsNoNewStatement() {
        assertThat(tasks("客户诸葛先生 下周五去他公司拜访")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 22));
    }

    @Test
    void aFollowUpTakesTheDateFromTwoClausesBackInTheSameSentence() {
        assertThat(tasks("客户蒲先生说他下周六过生日然后理财经理小尤想给他订个蛋糕我说好那天一起去"))
                .extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 23));
    }

    @Test
    void aPronounAfterATimeWordOrShiIsNoNewStatement() {
        assertThat(values("保安老翁 下周四是他生日", "翁", "birthday")).containsExactly("--05-21");
        assertThat(values("客户阮先生 下周二上午他女儿回国 约了一起来", "阮", "family")).isEmpty();
    }

    @Test
    void aRelativeBroughtAlongIsNoFamilyFact() {
        assertThat(values("客户阮先生也来了 他这次带了他老婆来 想一起了解重疾险", "阮", "family")).isEmpty();
    }

    // tasks

    private static List<ExtractedTask> tasks(String text) {
        return read(text).tasks();
    }

    @Test
    void haiYouNaGeMovesOnToAnotherPerson() {
        assertThat(tasks("我答应明天把计划书发给侯先生还有那个柜员小简说她下周要考试"))
                .extracting(ExtractedTask::person, ExtractedTask::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("侯", LocalDate.of(2026, 5, 14)));
    }

    @Test
    void goingAlongDoingPaperworkAndVideoCallsAreFollowUps() {
        assertThat(tasks("客户严先生 周五陪他去体检")).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 15));
        assertThat(tasks("客户严先生 明早九点来办手续")).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 14));
        assertThat(tasks("客户严先生 下周二晚上视频")).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 19));
    }

    @Test
    void afterADateIsNoCertainDay() {
        assertThat(tasks("客户严先生 说下周一之后再约")).isEmpty();
    }

    @Test
    void whatStandsBeforeAFamilyWordBelongsToTheFact() {
        assertThat(values("客户林女士 是两个孩子的妈妈", "林", "family")).containsExactly("是两个孩子的妈妈");
        assertThat(values("客户林女士 家里就一个闺女", "林", "family")).containsExactly("家里就一个闺女");
        assertThat(values("客户林女士 她的大儿子在深圳", "林", "family")).containsExactly("大儿子在深圳");
        assertThat(values("客户林女士 没有孩子", "林", "family")).containsExactly("没有孩子");
        assertThat(values("理财经理小郑 刚生完孩子", "郑", "family")).containsExactly("刚生完孩子");
    }

    @Test
    void moreWaysToNameRelatives() {
        assertThat(values("客户林女士 儿女双全", "林", "family")).containsExactly("儿女双全");
        assertThat(values("客户林女士 她爸妈在老家", "林", "family")).containsExactly("爸妈在老家");
        assertThat(values("客户林女士 她家那位是做工程的", "林", "occupation")).isEmpty();
    }

    @Test
    void aRelativesLifeEventWithADateIsStillAFamilyFact() {
        assertThat(values("网点主任宁红说她儿子下个月结婚6月20号", "宁红", "family"))
                .singleElement().asString().contains("儿子下个月结婚");
        assertThat(values("客户阮先生 下周二上午他女儿回国 约了一起来", "阮", "family")).isEmpty();
    }

    @Test
    void aPromiseToAttendTwoClausesAfterTheInvitationIsAFollowUpOnTheDay() {
        assertThat(tasks("柜员小甘说她弟弟下周日结婚 叫我去喝喜酒 我说一定去")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 24));
    }

    @Test
    void anInvitationTheWriterAcceptsIsAFollowUpButAnInvitationAloneIsNot() {
        assertThat(tasks("客户钱阿姨的儿子下周六结婚 她请我去 我答应了")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 23));
        assertThat(tasks("柜员小钱下周六结婚 请我们去喝喜酒")).isEmpty();
    }

    @Test
    void anAppointmentRunOnAfterOtherFactsIsStillAFollowUp() {
        // one dictated clause with a maturity (an event date) and then the appointment
        assertThat(tasks("客户包先生的定期月底到期想了解年金险约了下周一来网点")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 18));
        assertThat(values("客户包先生的定期月底到期想了解年金险约了下周一来网点", "包", "maturity"))
                .containsExactly("2026-05-31");
    }

    @Test
    void aRequestToTheWriterRunOnAfterAMaturityIsAFollowUpOnThatDay() {
        assertThat(tasks("客户任先生的定期下周四到期让我那天上午过去一起聊聊")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 21));
    }

    @Test
    void ofSeveralDatesTheOneBeforeTheEventWordIsTheEvents() {
        assertThat(values("保洁任姨今天跟我说她下周四过五十岁生日", "任", "birthday")).containsExactly("--05-21");
    }

    @Test
    void aRelativesWeddingOnADayWithAPromiseIsFamilyAndAFollowUp() {
        assertThat(values("城西支行任行长 这周六女儿出嫁 请我去 我说一定到", "任", "family")).containsExactly("女儿出嫁");
        assertThat(tasks("城西支行任行长 这周六女儿出嫁 请我去 我说一定到")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 16));
    }

    @Test
    void aDeadlineAfterTheRequestGivesItsDueDay() {
        // NoteProbe.DAY is Wednesday 2026-05-13
        assertThat(tasks("客户詹先生让我把计划书发给他 最迟下周三")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 20));
        assertThat(tasks("柜员小韦说她下周一休假，休假前让我把资料给她，最晚这周五"))
                .extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 5, 15));
    }

    // corrections

    @Test
    void thisYearsAgeNeedNotSayItsUnit() {
        assertThat(values("客户罗先生 今年65了", "罗", "age")).containsExactly("65");
        assertThat(values("客户罗先生 属马的 今年48", "罗", "age")).containsExactly("48");
        // a month or a sum after 今年 is no age
        assertThat(values("客户罗先生 定期今年3月到期", "罗", "age")).isEmpty();
    }

    @Test
    void aCorrectedAgeNeedNotRepeatItsUnit() {
        assertThat(values("客户郜先生55岁，说错了，应该是58", "郜", "age")).containsExactly("58");
        assertThat(values("客户郜先生 三十六岁 不对 是三十九", "郜", "age")).containsExactly("39");
        // a sum after the correction is money, not the age
        assertThat(values("客户郜先生55岁 不对 是55万", "郜", "age")).containsExactly("55");
    }

    @Test
    void aCorrectedDateInTheNextClauseTakesThePlaceOfTheWrongOne() {
        assertThat(values("客户汤先生 生日3月5号 记错了 是3月6号", "汤", "birthday")).containsExactly("--03-06");
        assertThat(values("客户汤先生 定期下个月8号到期 更正一下 是9号", "汤", "maturity")).containsExactly("2026-06-09");
    }

    @Test
    void aClauseThatOnlyMovesTheFollowUpGivesItTheNewDate() {
        assertThat(tasks("客户汤先生 约了周四 改到周五了")).extracting(ExtractedTask::due)
                .containsExactly(LocalDate.of(2026, 5, 15));
    }

    @Test
    void aCorrectedWechatIdReplacesTheWrongOne() {
        assertThat(values("客户汤先生 微信tang123 写错了 是tang321", "汤", "wechat")).containsExactly("tang321");
    }

    // birthdays

    @Test
    void aBirthDateWithATwoDigitYearAndColloquialDaysAreBirthdays() {
        assertThat(values("柜员小钟 85年3月2号生", "钟", "birthday")).containsExactly("1985-03-02");
        assertThat(values("柜员小钟 明儿生日", "钟", "birthday")).containsExactly("--05-14");
        assertThat(values("柜员小钟 后天就是她生日了", "钟", "birthday")).containsExactly("--05-15");
    }

    @Test
    void aBigBirthdayOfAnOlderPersonIsTheBirthday() {
        assertThat(values("客户郝先生 下周三六十大寿", "郝", "birthday")).containsExactly("--05-20");
    }

    @Test
    void aDateClosingTheClauseBeforeIsTheBirthdayOfTheNext() {
        assertThat(values("客户鲁先生 下周二 生日", "鲁", "birthday")).containsExactly("--05-19");
    }

    @Test
    void aLunarDateAfterASpaceIsReadInItsOwnClause() {
        assertThat(values("客户邢阿姨 腊月十八生日", "邢", "birthday")).containsExactly("lunar:--12-18");
    }

    @Test
    void aBirthdayDayMayOpenTheNextClauseAfterJiu() {
        assertThat(values("柜员小葛说她生日快到了 就这周六", "葛", "birthday")).containsExactly("--05-16");
    }

    @Test
    void aBirthdayOnALunarFestivalRecursOnTheLunarDay() {
        assertThat(values("柜员小温 中秋节那天生日", "温", "birthday")).containsExactly("lunar:--08-15");
    }

    // temperament

    @Test
    void aSecondTraitAfterAContrastAndADegreeWordIsAFactOfItsOwn() {
        assertThat(values("客户祁阿姨人很随和不过有点固执", "祁", "personality")).containsExactly("人很随和", "有点固执");
        // without a degree word after it the contrast stays inside one value
        assertThat(values("柜员小祁话不多但做事认真", "祁", "personality")).containsExactly("话不多但做事认真");
    }

    @Test
    void afterTheWordCharacterADegreeAndATraitAreTheValueWithoutWhatFollows() {
        assertThat(values("客户祁先生性格比较急躁的不好约", "祁", "personality")).containsExactly("比较急躁");
        assertThat(values("客户祁先生性格外向", "祁", "personality")).containsExactly("外向");
    }

    @Test
    void aDegreeWordMakesPersonalityOnlyBeforeACharacterWordOfTheList() {
        assertThat(values("客户葛先生 为人比较随和", "葛", "personality")).containsExactly("为人比较随和");
        assertThat(values("客户葛先生 比较稳重", "葛", "personality")).containsExactly("比较稳重");
        // a state of the moment, not a temperament: the thesaurus class of virtues and abilities is not read here
        assertThat(values("客户葛先生 最近比较忙", "葛", "personality")).isEmpty();
        assertThat(values("客户葛先生 资金比较充裕", "葛", "personality")).isEmpty();
    }

    @Test
    void aClauseThatIsOnlyATemperamentWordIsPersonality() {
        assertThat(values("客户阎先生 心直口快", "阎", "personality")).containsExactly("心直口快");
        assertThat(values("客户阎先生 人老实", "阎", "personality")).containsExactly("人老实");
        assertThat(values("客户阎先生 女儿在银行上班 懂行", "阎", "personality")).isEmpty();
    }

    @Test
    void howMuchSomeoneTalksAndHowEasyTheyAreToDealWithIsPersonality() {
        assertThat(values("客户阎先生 话不多", "阎", "personality")).containsExactly("话不多");
        assertThat(values("客户阎先生 比较好打交道", "阎", "personality")).containsExactly("比较好打交道");
        assertThat(values("客户阎先生 说话很客气", "阎", "personality")).containsExactly("说话很客气");
    }

    @Test
    void aDegreeWordBeforeARiskWordIsNoPersonality() {
        assertThat(values("客户葛先生 比较保守", "葛", "personality")).isEmpty();
    }

    // wishes

    @Test
    void whatACustomerWantsToBuyForSomeoneIsTheInterestEvenWithoutAProductWord() {
        assertThat(values("客户包先生打算给爸妈配个百万医疗", "包", "interest")).containsExactly("百万医疗");
        assertThat(values("客户鲍女士想帮儿子买份留学保险", "鲍", "interest")).containsExactly("留学保险");
        // a relative's wish is not the customer's
        assertThat(values("客户包先生他女儿想给他买个按摩椅", "包", "interest")).isEmpty();
    }

    @Test
    void aProductToBeSignedOnADayToComeIsWantedOnceSignedItIsHeld() {
        assertThat(values("客户包先生的年金险月底签", "包", "interest")).containsExactly("年金险");
        assertThat(values("客户包先生的年金险月底签", "包", "product")).isEmpty();
        assertThat(values("客户包先生的年金险上周签了", "包", "product")).containsExactly("年金险");
        assertThat(values("客户包先生的年金险上周签了", "包", "interest")).isEmpty();
    }

    @Test
    void productsAfterOtherWishVerbsAreInterests() {
        assertThat(values("客户冯女士 在看增额寿", "冯", "interest")).containsExactly("增额寿");
        assertThat(values("客户邹女士 需要一份医疗险", "邹", "interest")).containsExactly("医疗险");
        assertThat(values("客户余阿姨 打听了一下分红险", "余", "interest")).containsExactly("分红险");
        assertThat(values("客户常先生 想配置点美元保单", "常", "interest")).containsExactly("美元保单");
    }

    @Test
    void beingKeenOnSomethingAndLookingForAProductAreInterests() {
        assertThat(values("客户柳先生 对养老这块比较上心", "柳", "interest")).containsExactly("养老");
        assertThat(values("客户柳先生 在找稳一点的理财", "柳", "interest")).containsExactly("理财");
        assertThat(values("客户柳先生 有意向配置美元资产", "柳", "interest")).containsExactly("美元资产");
    }

    @Test
    void whatADepositIsSwitchedToIsTheInterest() {
        assertThat(values("客户贺先生 想把定期转成年金险", "贺", "interest")).containsExactly("年金险");
    }

    @Test
    void aProductNamedBeforeGanXingQuIsTheInterest() {
        assertThat(values("客户孟女士 养老社区挺感兴趣", "孟", "interest")).containsExactly("养老社区");
        assertThat(values("客户孟女士 重疾险不感兴趣", "孟", "interest")).isEmpty();
    }

    // notes

    @Test
    void aHobbyRunOnAfterAClosedStatementLeavesThatStatementItsOwnFact() {
        assertThat(values("副行长葛志远他酒量很好爱喝白酒", "葛志远", "note")).containsExactly("酒量很好");
        assertThat(values("副行长葛志远他酒量很好爱喝白酒", "葛志远", "hobby")).containsExactly("喝白酒");
    }

    @Test
    void retiringSoonIsANoteNotAnOccupationAndHerHusbandIsFamily() {
        assertThat(values("大堂经理老任 下个月退休", "任", "note")).containsExactly("下个月退休");
        assertThat(values("营业主管任佳说她先生在外地工作", "任佳", "family")).containsExactly("先生在外地工作");
        assertThat(values("柜员小任 爱烘焙", "任", "hobby")).containsExactly("烘焙");
    }

    @Test
    void aProductOfThePersonsIsHeldButAPaperAboutOneIsNot() {
        assertThat(values("客户倪先生的基金 去年买的 亏了15%", "倪", "product")).containsExactly("基金");
        assertThat(values("客户倪先生 周五前发给他年金险方案", "倪", "product")).isEmpty();
        assertThat(values("下周给倪先生的年金险方案", "倪", "product")).isEmpty();
    }

    @Test
    void whatIsTakenOutIsHeldNotWantedAndBeingBullishIsAWish() {
        assertThat(values("客户邓先生 准备买房 想把理财赎回", "邓", "product")).containsExactly("理财");
        assertThat(values("客户邓先生 准备买房 想把理财赎回", "邓", "interest")).isEmpty();
        assertThat(values("客户邓先生 看好黄金 想多配点", "邓", "interest")).containsExactly("黄金");
    }

    @Test
    void workingSomewhereAsSomethingIsTheOccupationAndRenewingIsAWish() {
        assertThat(values("客户甄女士 在医院当护士长 四十岁", "甄", "occupation")).singleElement().asString().contains("护士长");
        assertThat(values("客户甄女士 老公在医院当护士长", "甄", "occupation")).isEmpty();
        assertThat(values("客户魏阿姨说想续存 不想买保险", "魏", "interest")).containsExactly("续存");
    }

    @Test
    void raisingChildrenAloneIsFamilyTakingThemSomewhereIsNot() {
        assertThat(values("客户甄女士 一个人带两个孩子", "甄", "family")).containsExactly("一个人带两个孩子");
        assertThat(values("客户甄先生 带孩子去体检", "甄", "family")).isEmpty();
    }

    @Test
    void aRoleWordIsNoProductAndNoWish() {
        assertThat(values("客户任女士想换个理财经理", "任", "interest")).isEmpty();
    }

    @Test
    void careerMovesTrustTiesAndPlansAreNotes() {
        assertThat(values("大堂经理小蒋 下周开始轮岗去对公", "蒋", "note")).containsExactly("下周开始轮岗去对公");
        assertThat(values("网点主任柯明 明年可能要提副行长", "柯明", "note")).containsExactly("明年可能要提副行长");
        assertThat(values("客户蒋先生 不太会用智能手机", "蒋", "note")).containsExactly("不太会用智能手机");
        assertThat(values("客户蒋阿姨 只相信银行 不信保险公司", "蒋", "note")).containsExactly("只相信银行", "不信保险公司");
        assertThat(values("客户蒋先生 最近在装修新房", "蒋", "note")).containsExactly("最近在装修新房");
        assertThat(values("客户蒋先生 是行长的亲戚", "蒋", "note")).singleElement().asString().contains("行长的亲戚");
        // a date moved earlier is no promotion, and not being relatives says nothing about either
        assertThat(values("行长帅立说明年开门红要提前到1月5号", "帅立", "note")).isEmpty();
        assertThat(values("石行长和柜员小石不是亲戚", "石", "note")).isEmpty();
    }

    @Test
    void moneyEventsContactWishesAndTripsAreNotes() {
        assertThat(values("客户陶阿姨 刚拆迁拿了一笔补偿款", "陶", "note")).containsExactly("刚拆迁拿了一笔补偿款");
        assertThat(values("客户陶先生 这笔钱明年要用", "陶", "note")).containsExactly("这笔钱明年要用");
        assertThat(values("客户陶先生 喜欢微信沟通 不爱接电话", "陶", "note")).containsExactly("喜欢微信沟通", "不爱接电话");
        assertThat(values("客户陶先生 喜欢微信沟通 不爱接电话", "陶", "hobby")).isEmpty();
        assertThat(values("客户陶阿姨 腿脚不便 最好上门", "陶", "note")).containsExactly("腿脚不便");
    }

    @Test
    void howAStaffMemberStandsWithUsAndAStudySpellAreNotes() {
        assertThat(values("营业主管付强 对我们很支持", "付强", "note")).containsExactly("对我们很支持");
        assertThat(values("客户经理小付 业绩是全行第一", "付", "note")).containsExactly("业绩是全行第一");
        assertThat(values("行长付军 人在外地学习 下个月回来", "付军", "note")).singleElement().asString().contains("在外地学习");
    }

    @Test
    void pressureAtWorkIsANote() {
        assertThat(values("网点主任项伟 最近考核压力挺大", "项伟", "note")).singleElement().asString().contains("压力挺大");
        assertThat(values("理财经理小戚说这季度压力很大", "戚", "note")).singleElement().asString().contains("压力很大");
    }

    @Test
    void aShortfallAStudyTripAndAJobChangeAreNotes() {
        assertThat(values("柜员小邝说这季度理财指标还差很多", "邝", "note")).containsExactly("这季度理财指标还差很多");
        assertThat(values("网点主任童海下周要去省行学习半个月", "童海", "note")).containsExactly("下周要去省行学习半个月");
        assertThat(values("客户顾先生 年后打算跳槽", "顾", "note")).containsExactly("年后打算跳槽");
        assertThat(values("理财经理小汤 上个月去考了银行从业", "汤", "note")).containsExactly("上个月去考了银行从业");
    }

    @Test
    void anIllnessOrABodilyConditionIsANote() {
        assertThat(values("客户尤先生 有痛风 不能喝啤酒", "尤", "note")).singleElement().asString().contains("痛风");
        assertThat(values("客户尤先生 有哮喘 换季要注意", "尤", "note")).singleElement().asString().contains("哮喘");
        assertThat(values("客户姚大爷 腿脚不方便 一般让儿子陪着来", "姚", "note")).contains("腿脚不方便");
        assertThat(values("理财经理小谭 怀孕五个月了", "谭", "note")).singleElement().asString().contains("怀孕五个月");
        assertThat(values("客户覃阿姨 记性不太好", "覃", "note")).containsExactly("记性不太好");
    }

    @Test
    void aRequestNotToDoSomethingWithThePersonIsTheNoteEvenWithThePersonAsObject() {
        assertThat(values("客户倪女士 千万别给她打推销电话", "倪", "note")).containsExactly("千万别给她打推销电话");
        assertThat(values("营业主管柴敏 开会的时候别找她", "柴敏", "note")).containsExactly("开会的时候别找她");
    }

    @Test
    void whereThePersonUsuallyIsAndCareerStepsAreNotes() {
        assertThat(values("客户冉先生 常年在外地跑业务", "冉", "note")).containsExactly("常年在外地跑业务");
        assertThat(values("大堂经理小许 周末不上班", "许", "note")).containsExactly("周末不上班");
        assertThat(values("行长汪伟 下个月调走", "汪伟", "note")).containsExactly("下个月调走");
        assertThat(values("柜员小项 月底离职", "项", "note")).containsExactly("月底离职");
    }

    @Test
    void attitudesAndMoneyPlansAreNotes() {
        assertThat(values("客户冉先生 对保险有抵触", "冉", "note")).containsExactly("对保险有抵触");
        assertThat(values("客户冉先生 打算明年移民加拿大", "冉", "note")).containsExactly("打算明年移民加拿大");
        assertThat(values("客户冉先生 不会用手机银行", "冉", "note")).containsExactly("不会用手机银行");
    }

    @Test
    void drivingACarIsNoTrade() {
        assertThat(values("客户冉先生 开的奔驰", "冉", "occupation")).isEmpty();
    }

    @Test
    void askingToKeepContactLowIsANote() {
        assertThat(values("副行长骆敏 让我们这段时间少约晚上", "骆敏", "note")).singleElement().asString().contains("少约晚上");
    }

    @Test
    void theTradeBeforeRetiringIsTheOccupation() {
        assertThat(values("客户温阿姨 退休前是小学老师 今年六十二岁", "温", "occupation")).containsExactly("小学老师");
    }

    @Test
    void caringMuchAboutSomethingIsPersonality() {
        assertThat(values("网点主任邰丽 特别看重细节要提前准备", "邰丽", "personality")).containsExactly("特别看重细节");
    }

    @Test
    void whatAStaffMemberIsInChargeOfIsANoteButNotTheOneInCharge() {
        assertThat(values("副行长雷刚 分管个金和对公", "雷刚", "note")).containsExactly("分管个金和对公");
        assertThat(values("客户经理杭敏 负责小微企业", "杭敏", "note")).containsExactly("负责小微企业");
        assertThat(values("营业主管姜丽 是网点负责人", "姜丽", "note")).isEmpty();
    }

    @Test
    void aNoteEndsWhereAnotherSentenceAboutThePersonStarts() {
        assertThat(values("柜员小宁就是主抓开户的她说下周要搬家", "宁", "note")).containsExactly("主抓开户");
    }

    @Test
    void retiringSittingAnExamDrinkingBudgetAndLivingAloneAreNotes() {
        assertThat(values("会计主管严红 明年就退休", "严红", "note")).singleElement().asString().contains("退休");
        assertThat(values("柜员小葛 下个月要考中级职称", "葛", "note")).singleElement().asString().contains("要考中级职称");
        assertThat(values("客户洪先生 白酒基本不喝", "洪", "note")).containsExactly("白酒基本不喝");
        assertThat(values("行长周强 最近在控糖", "周强", "note")).singleElement().asString().contains("在控糖");
        assertThat(values("客户洪先生 预算每年两万左右", "洪", "note")).singleElement().asString().contains("预算每年两万");
        assertThat(values("客户秦大爷 一个人住 儿女都在外地", "秦", "note")).singleElement().asString().contains("一个人住");
    }

    // facts of the harder notes (notes-fresh10 round)

    @Test
    void aNumberStandingAloneAfterACustomerIsTheAge() {
        assertThat(values("客户邝先生 47 开修车行", "邝", "age")).containsExactly("47");
        assertThat(values("邝女士五十三 做服装批发的", "邝", "age")).containsExactly("53");
        assertThat(values("客户邝阿姨 六十八了 退休工人", "邝", "age")).containsExactly("68");
        // parts of a phone number and numbers with a unit are no age
        assertThat(values("客户邝先生 手机 138 0013 8000", "邝", "age")).isEmpty();
        assertThat(values("客户邝先生 30万 开修车行", "邝", "age")).isEmpty();
    }

    @Test
    void whatACustomerTurnsDownIsANoteNotAnInterest() {
        assertThat(values("客户易先生对万能险没什么兴趣", "易", "interest")).isEmpty();
        assertThat(values("客户易先生对万能险没什么兴趣", "易", "note")).containsExactly("对万能险没什么兴趣");
        assertThat(values("客户易先生对万能险很感兴趣", "易", "interest")).containsExactly("万能险");
        assertThat(values("客户易女士今年不打算加保了", "易", "note")).containsExactly("今年不打算加保");
    }

    @Test
    void theLunarCalendarSaidAfterTheDayMakesTheBirthdayLunar() {
        assertThat(values("理财经理易敏生日是8月12号 农历", "易敏", "birthday")).containsExactly("lunar:--08-12");
        assertThat(values("理财经理易敏生日是8月12号（阴历）", "易敏", "birthday")).containsExactly("lunar:--08-12");
        assertThat(values("理财经理易敏生日是8月12号", "易敏", "birthday")).containsExactly("--08-12");
    }

    @Test
    void bdayIsABirthday() {
        assertThat(values("柜员小易 bday 10/3 爱喝咖啡", "易", "birthday")).containsExactly("--10-03");
    }

    @Test
    void aFollowUpPutOffTakesTheNewDay() {
        Extraction e = read("客户易先生 约了明天下午见面 推迟到下周二上午");
        assertThat(e.tasks()).extracting(t -> t.due().toString()).containsExactly("2026-05-19");
    }

    @Test
    void aPresentRightAfterARelativesDayIsAFollowUpOnThatDay() {
        Extraction e = read("保洁王姨外孙下周四满月 给她包个红包");
        assertThat(e.tasks()).extracting(t -> t.due().toString() + " " + t.person()).containsExactly("2026-05-21 王");
    }

    @Test
    void aDayRuledOutIsNoFollowUpButANote() {
        Extraction e = read("柜员小易说周四最忙 别那天找她");
        assertThat(e.tasks()).isEmpty();
        assertThat(values("柜员小易说周四最忙 别那天找她", "易", "note")).isNotEmpty();
    }

    @Test
    void howToReachAndTalkToThePersonAndFixedHoursAreNotes() {
        assertThat(values("会计主管易红 有事微信找她", "易红", "note")).containsExactly("有事微信找她");
        assertThat(values("客户易大爷 打电话得大声点", "易", "note")).containsExactly("打电话得大声点");
        assertThat(values("柜员小易 晚上要上课", "易", "note")).containsExactly("晚上要上课");
        assertThat(values("客户易小姐 收入不稳定", "易", "note")).containsExactly("收入不稳定");
        assertThat(values("营业主管易红 很能喝", "易红", "note")).containsExactly("很能喝");
        assertThat(values("柜员小易 想以后转做客户经理", "易", "note")).containsExactly("想以后转做客户经理");
    }

    @Test
    void aHomeBoughtForARelativeIsAMoneyPlanNotAProductWanted() {
        assertThat(values("客户易先生想给女儿买套房", "易", "interest")).isEmpty();
        assertThat(values("客户易先生想给女儿买套房", "易", "note")).containsExactly("想给女儿买套房");
        assertThat(values("客户易先生想给女儿买份重疾", "易", "interest")).containsExactly("重疾");
    }

    @Test
    void whatARelativeDoesOrWhoComesAlongIsNoFactOfThePerson() {
        assertThat(values("客户易先生说他儿子要回国", "易", "note")).isEmpty();
        assertThat(values("客户易先生说他和太太要回国", "易", "note")).isNotEmpty();
        assertThat(values("客户易阿姨下周二来 她老伴要一起来", "易", "family")).isEmpty();
        assertThat(values("客户易阿姨现在跟女儿女婿住", "易", "family")).singleElement().asString().contains("跟女儿女婿住");
    }

    @Test
    void aStaffMembersFormerTradeOrRetirementDayIsANote() {
        assertThat(values("保安老简 以前当过厨师", "简", "note")).singleElement().asString().contains("当过厨师");
        assertThat(values("保安老简 下周五退休", "简", "note")).containsExactly("下周五退休");
    }

    @Test
    void examsPassedMoneyShortTimeAwayAndStandingsAreNotes() {
        assertThat(values("柜员小简 刚考过了CFP", "简", "note")).containsExactly("刚考过了CFP");
        assertThat(values("客户简先生 最近资金紧张", "简", "note")).containsExactly("最近资金紧张");
        assertThat(values("大堂经理简丽 过年要回去半个月", "简丽", "note")).containsExactly("过年要回去半个月");
        assertThat(values("行长简国华对保险很认可", "简国华", "note")).containsExactly("对保险很认可");
    }

    @Test
    void aDaySaidFarBeforeMaturesInALongClauseIsNoMaturity() {
        assertThat(values("今天那个客户简先生来了说他想把手上的五十万定期到期以后转成年金", "简", "maturity")).isEmpty();
        assertThat(values("客户简先生的定期下周五到期", "简", "maturity")).containsExactly("2026-05-22");
    }

    @Test
    void wishesJoinedAreEachKeptAndHowOftenIsNoWish() {
        assertThat(values("客户简女士想了解重疾和医疗", "简", "interest")).containsExactly("重疾", "医疗");
        assertThat(values("客户简总想做资产隔离和传承", "简", "interest")).containsExactly("资产隔离", "传承");
        assertThat(values("客户简先生说等他回来后再聊家族信托", "简", "interest")).containsExactly("家族信托");
        assertThat(values("客户简女士很谨慎 合同问了一遍又一遍", "简", "interest")).isEmpty();
    }

    @Test
    void whatThePersonDoesNotEatOrIsBusyWithAndFixedHomeHoursAreNotes() {
        assertThat(values("柜员小柯 不吃辣", "柯", "note")).containsExactly("不吃辣");
        assertThat(values("行长柯明远 不喝白酒只喝红酒", "柯明远", "note")).containsExactly("不喝白酒只喝红酒");
        assertThat(values("理财经理柯丽 最近在忙季度考核", "柯丽", "note")).containsExactly("最近在忙季度考核");
        assertThat(values("大堂经理柯丽 中午得回家看孩子", "柯丽", "note")).containsExactly("中午得回家看孩子");
    }

    @Test
    void aPronounAfterAVerbOfGoingIsWhereOneGoesNotANewSubject() {
        Extraction e = read("客户柯总 下周二去他办公室");
        assertThat(e.tasks()).extracting(t -> t.due().toString() + " " + t.person()).containsExactly("2026-05-19 柯");
    }

    @Test
    void aRelativeAfterAConjunctionOrMarriedOffIsAFamilyFact() {
        assertThat(values("客户柯先生对年金险很感兴趣 但是太太不同意", "柯", "family")).singleElement().asString()
                .contains("太太不同意");
        assertThat(values("保洁柯阿姨 下周六嫁女儿", "柯", "family")).singleElement().asString().contains("嫁女儿");
    }

    @Test
    void aSingleBusinessTripOrARequestToUsIsNoNote() {
        assertThat(values("行长简国华下周一出差", "简国华", "note")).isEmpty();
        assertThat(values("行长简国华经常出差", "简国华", "note")).isNotEmpty();
        assertThat(values("行长简国华希望我们配合做场沙龙", "简国华", "note")).isEmpty();
        assertThat(values("营业主管简红 一直很配合", "简红", "note")).isNotEmpty();
    }

    @Test
    void aOneCharacterQualityWantedKeepsItsDe() {
        assertThat(values("客户简先生 想买点稳的", "简", "interest")).containsExactly("稳的");
    }

    @Test
    void aTaskWordInsideTheBankNameOrInsideAnotherWordMakesNoFollowUp() {
        assertThat(read("广发银行北城支行的行长卢志刚说下周二省行领导来检查").tasks()).isEmpty();
        assertThat(read("行长卢志刚说月底开一次业务交流会").tasks()).isEmpty();
        assertThat(read("行长卢志刚说月底开一次业务交流会 让我去讲讲").tasks()).extracting(t -> t.due().toString())
                .containsExactly("2026-05-31");
    }

    @Test
    void aPresentPlannedForTheDayJustSaidIsAFollowUpOnThatDay() {
        Extraction same = read("客户卢先生这周六过生日理财经理说一起给他送个蛋糕");
        assertThat(same.tasks()).extracting(t -> t.due().toString() + " " + t.person()).containsExactly("2026-05-16 卢");
        Extraction next = read("行长卢志刚 下周二生日 我们准备送两盒茶叶");
        assertThat(next.tasks()).extracting(t -> t.due().toString() + " " + t.person()).containsExactly("2026-05-19 卢志刚");
        assertThat(read("客户卢先生这周六过生日 他想给自己买份保险").tasks()).isEmpty();
    }

    @Test
    void aRelativeDescribedBeforeTheWordOrRaisedAloneIsAFamilyFact() {
        assertThat(values("客户戈女士 家里有个读初中的女儿", "戈", "family")).singleElement().asString().contains("读初中的女儿");
        assertThat(values("客户戈女士 离异 带一个女儿", "戈", "family")).contains("带一个女儿");
        assertThat(values("客户戈女士带着女儿来办业务", "戈", "family")).isEmpty();
    }

    @Test
    void turningAnAgeOnADayMakesItTheBirthdayButNotARelativesOrAProducts() {
        assertThat(values("客户戈先生下周三满六十", "戈", "birthday")).containsExactly("--05-20");
        assertThat(values("客户戈先生的孙子下周三满三岁", "戈", "birthday")).isEmpty();
        assertThat(values("客户戈先生的定期下周三满一年", "戈", "birthday")).isEmpty();
    }

    @Test
    void aReminderRightAfterADayIsAFollowUpOnIt() {
        assertThat(read("柜员小戈 生日下周四 记得送花").tasks()).extracting(t -> t.due().toString())
                .containsExactly("2026-05-21");
    }

    @Test
    void wishesSaidInOtherWaysAndSmallInterestAsANote() {
        assertThat(values("客户戈先生 看中了一款养老险", "戈", "interest")).containsExactly("养老险");
        assertThat(values("客户戈先生 想了解一下 少儿险和重疾", "戈", "interest")).containsExactly("少儿险", "重疾");
        assertThat(values("客户戈先生 需求是养老和传承", "戈", "interest")).containsExactly("养老", "传承");
        assertThat(values("客户戈先生 对分红险兴趣不大", "戈", "interest")).isEmpty();
        assertThat(values("客户戈先生 对分红险兴趣不大", "戈", "note")).containsExactly("对分红险兴趣不大");
    }

    @Test
    void learningToDriveAndDailyDutiesAreNoHobbyButAGuitarIs() {
        assertThat(values("大堂经理小池 最近在学车", "池", "hobby")).isEmpty();
        assertThat(values("大堂经理小池 最近在学车", "池", "note")).containsExactly("最近在学车");
        assertThat(values("网点主任池丽 每天下班都要去接孩子", "池丽", "hobby")).isEmpty();
        assertThat(values("大堂经理小池 最近在学吉他", "池", "hobby")).containsExactly("吉他");
        assertThat(values("大堂经理小池 喜欢猫", "池", "hobby")).containsExactly("猫");
    }

    @Test
    void hundredsOfMillionsSaidWithAMeasureWord() {
        assertThat(values("客户池总 资产两个亿", "池", "asset")).containsExactly("200000000");
    }

    @Test
    void whenAndHowThePersonCanBeReachedAreNotes() {
        assertThat(values("客户池先生 上班时间不能看手机", "池", "note")).containsExactly("上班时间不能看手机");
        assertThat(values("客户池先生 只回微信", "池", "note")).containsExactly("只回微信");
        assertThat(values("客户池先生 打电话别太早", "池", "note")).containsExactly("打电话别太早");
        assertThat(values("客户池先生 下午四点以后才有空", "池", "note")).containsExactly("下午四点以后才有空");
        assertThat(values("客户池先生 周末不回工作消息", "池", "note")).containsExactly("周末不回工作消息");
    }

    @Test
    void lifeChangesAreNotesNotWishesForAProduct() {
        assertThat(values("客户池先生 想换工作", "池", "interest")).isEmpty();
        assertThat(values("客户池先生 想换工作", "池", "note")).containsExactly("想换工作");
        assertThat(values("客户池先生 刚买了车", "池", "note")).containsExactly("刚买了车");
        assertThat(values("客户池女士 在坐月子", "池", "note")).containsExactly("在坐月子");
        assertThat(values("客户池先生 最近手头有点紧", "池", "note")).containsExactly("最近手头有点紧");
    }

    @Test
    void keepingTimeIsTemperamentAndAWeeklyHabitIsAHobby() {
        assertThat(values("客户池先生 很守时", "池", "personality")).containsExactly("很守时");
        assertThat(values("客户池先生 每周三下午都在打球", "池", "hobby")).containsExactly("打球");
    }

    @Test
    void aDayRuledOutWithTheDayInsideIsNoFollowUpButAReminderIs() {
        assertThat(read("行长池建国让我别周一去").tasks()).isEmpty();
        assertThat(read("行长池建国说下周一有空 别忘了约他").tasks()).extracting(t -> t.due().toString())
                .containsExactly("2026-05-18");
        assertThat(values("行长池建国 最近睡不好", "池建国", "note")).containsExactly("最近睡不好");
    }

    @Test
    void theWifesFatherAndTheHouseholdAreFamily() {
        assertThat(values("客户池先生 老丈人跟他们一起住", "池", "family")).singleElement().asString().contains("老丈人");
        assertThat(values("客户池先生 一家五口", "池", "family")).containsExactly("一家五口");
        assertThat(values("客户池先生 家里老人身体不好", "池", "family")).containsExactly("家里老人身体不好");
    }

    @Test
    void howToTalkToThePersonAnExamJustTakenAndWhatTheyTrustMoreAreNotes() {
        assertThat(values("客户池大爷 说话得慢一点", "池", "personality")).isEmpty();
        assertThat(values("客户池大爷 说话得慢一点", "池", "note")).containsExactly("说话得慢一点");
        assertThat(values("客户池大爷 说话很直", "池", "personality")).containsExactly("说话很直");
        assertThat(values("柜员小池 刚考完银行从业", "池", "note")).containsExactly("刚考完银行从业");
        assertThat(values("客户池先生 更相信存款", "池", "note")).containsExactly("更相信存款");
    }

    @Test
    void aWishSaidByItsQualityAndAWishEndingWhereSomeoneIsNamed() {
        assertThat(values("客户池先生 想换点稳一点的产品", "池", "interest")).containsExactly("稳一点的产品");
        assertThat(values("客户池阿姨 只要保本的", "池", "interest")).containsExactly("保本");
        assertThat(values("客户池阿姨 不想要保本的", "池", "interest")).isEmpty();
        assertThat(values("客户池阿姨想给自己买份养老的池阿姨人很和气", "池", "interest")).containsExactly("养老");
    }

    @Test
    void theOneProductSomeoneHasIsHeldEvenWhenAskedAbout() {
        assertThat(values("客户池阿姨今天来问她那份年金险怎么领钱", "池", "product")).containsExactly("年金险");
        assertThat(values("客户池阿姨今天来问她那份年金险怎么领钱", "池", "interest")).isEmpty();
    }

    @Test
    void downToEarthAndDrivenAreTemperament() {
        assertThat(values("营业主管池海 挺务实", "池海", "personality")).containsExactly("挺务实");
        assertThat(values("营业主管池海 人很踏实", "池海", "personality")).containsExactly("人很踏实");
    }

    @Test
    void aDegreeWordThenATemperamentWordIsPersonalityButPrideInAChildIsNot() {
        assertThat(values("营业主管池海 挺沉稳", "池海", "personality")).containsExactly("挺沉稳");
        assertThat(values("营业主管池海 比较内敛", "池海", "personality")).containsExactly("比较内敛");
        assertThat(values("营业主管池海 女儿考上了研究生 他挺自豪的", "池海", "personality")).isEmpty();
    }

    @Test
    void aPronounAfterSendIsItsObjectSoTheDeadlineReachesTheRequest() {
        Extraction e = read("会计主管池芳让我把考试资料整理好发她，最晚这周五。");
        assertThat(e.tasks()).extracting(t -> t.due().toString() + " " + t.person()).containsExactly("2026-05-15 池芳");
    }

    @Test
    void orderingAPresentForTheDayAndConfirmingAreFollowUps() {
        assertThat(read("客户池先生 下周四他生日 给他订个蛋糕").tasks()).extracting(t -> t.due().toString())
                .containsExactly("2026-05-21");
        assertThat(read("客户池先生 月底前要跟他确认一下").tasks()).extracting(t -> t.due().toString())
                .containsExactly("2026-05-31");
    }

    @Test
    void aProductPaidIntoOrStuckInIsHeld() {
        assertThat(values("客户池先生 年金险已经交了五年", "池", "product")).containsExactly("年金险");
        assertThat(values("客户池先生 增额寿交满了", "池", "product")).containsExactly("增额寿");
        assertThat(values("客户池先生 基金套了", "池", "product")).containsExactly("基金");
    }

    @Test
    void aDigitAfterWanThatStartsADateIsNoPartOfTheSum() {
        assertThat(values("客户池先生 有一笔20万5月30号到期的定期", "池", "asset")).containsExactly("200000");
        assertThat(values("客户池先生 有一笔20万5月30号到期的定期", "池", "maturity")).containsExactly("2026-05-30");
        assertThat(values("客户池先生 定期3万5", "池", "asset")).containsExactly("35000");
        assertThat(values("客户池先生 两笔定期", "池", "product")).containsExactly("定期");
    }

    @Test
    void aRelativesWishToBuyIsNoPartOfTheFamilyFact() {
        assertThat(values("客户池先生 他有三个外孙想提前准备点教育金", "池", "family")).containsExactly("三个外孙");
        assertThat(values("客户池阿姨说她姐姐也想买", "池", "family")).isEmpty();
        assertThat(values("客户池阿姨 姐姐在国外", "池", "family")).containsExactly("姐姐在国外");
    }

    @Test
    void aProductWordStandingAloneTakesItsMeaningFromTheNextOrPreviousClause() {
        assertThat(values("客户池先生 大额存单 六十万 下周五到期", "池", "product")).containsExactly("大额存单");
        assertThat(values("客户池先生 增额寿 想了解一下", "池", "interest")).containsExactly("增额寿");
        assertThat(values("客户池先生 增额寿 想了解一下", "池", "product")).isEmpty();
    }

    @Test
    void aDictatedSelfCorrectionBetweenTwoDaysKeepsTheSecond() {
        assertThat(values("客户池先生 定期下周三到期 哦不是 是下周四", "池", "maturity")).containsExactly("2026-05-21");
        assertThat(values("柜员小池 生日6月8号 口误 是7月8号", "池", "birthday")).containsExactly("--07-08");
    }
}
