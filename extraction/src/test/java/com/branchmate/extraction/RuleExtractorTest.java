package com.branchmate.extraction;

import com.branchmate.extraction.rules.RuleExtractor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes written for these tests in the style of the trade; none comes from the dev set. */
class RuleExtractorTest {

    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private static Extraction extract(String text, String referenceDate) {
        return EXTRACTOR.extract(text, LocalDate.parse(referenceDate));
    }

    private static ExtractedPerson person(Extraction e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + e.people()));
    }

    private static List<ExtractedFact> facts(Extraction e, String name) {
        return person(e, name).facts();
    }

    @Test
    void domainExampleGivesTheFactsOfTheContract() {
        Extraction e = extract("今天下午去了建行城南支行，王行长下周三过生日，喜欢喝普洱；大堂经理李娜刚从河西支行调过来，"
                + "手机13812345678。客户张先生50万理财12月5日到期，想了解年金险，约了下周一再聊。", "2026-11-18");

        assertThat(e.branch()).isEqualTo(new BranchRef("建设银行", "城南支行"));
        assertThat(person(e, "王").title()).isEqualTo("行长");
        assertThat(person(e, "王").kind()).isEqualTo("STAFF");
        assertThat(facts(e, "王")).containsExactlyInAnyOrder(new ExtractedFact("role", "行长"),
                new ExtractedFact("birthday", "--11-25"), new ExtractedFact("hobby", "喝普洱"));
        assertThat(facts(e, "李娜")).containsExactlyInAnyOrder(new ExtractedFact("role", "大堂经理"),
                new ExtractedFact("previous_branch", "河西支行"), new ExtractedFact("phone", "13812345678"));
        assertThat(person(e, "张").kind()).isEqualTo("CUSTOMER");
        assertThat(facts(e, "张")).containsExactlyInAnyOrder(new ExtractedFact("asset", "500000"),
                new ExtractedFact("product", "理财"), new ExtractedFact("maturity", "2026-12-05"),
                new ExtractedFact("interest", "年金险"));
        assertThat(e.tasks()).singleElement().satisfies(t -> {
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(t.person()).isEqualTo("张");
            assertThat(t.content()).contains("再聊");
        });
    }

    @Test
    void staffNoteWithPronounsAndWechat() {
        Extraction e = extract("兴业银行滨江支行 理财经理周雨桐 人很爽快 爱打网球 微信 zyt_0812 她说客户刘阿姨有30w定期"
                + "下个月到期 想换成增额终身寿 周四下午带资料过去", "2026-03-10");

        assertThat(e.branch()).isEqualTo(new BranchRef("兴业银行", "滨江支行"));
        assertThat(facts(e, "周雨桐")).contains(new ExtractedFact("role", "理财经理"), new ExtractedFact("wechat", "zyt_0812"),
                new ExtractedFact("hobby", "打网球"), new ExtractedFact("personality", "人很爽快"));
        assertThat(facts(e, "刘")).contains(new ExtractedFact("asset", "300000"), new ExtractedFact("product", "定期"),
                new ExtractedFact("interest", "增额终身寿"));
        assertThat(e.tasks()).extracting(ExtractedTask::due, ExtractedTask::person)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 12), "刘"));
    }

    @Test
    void customerProfileWithAmountsInChineseNumerals() {
        Extraction e = extract("广发银行人民路支行 客户黄总 开建材公司的 48岁 资产大概两千万 稳健型 熟客 他女儿在英国读研 "
                + "约了8月20日下午三点见面", "2026-08-12");

        assertThat(facts(e, "黄")).contains(new ExtractedFact("age", "48"), new ExtractedFact("asset", "20000000"),
                new ExtractedFact("risk_profile", "稳健"), new ExtractedFact("stage", "熟客"));
        assertThat(facts(e, "黄")).anySatisfy(f -> assertThat(f.key() + f.value()).isEqualTo("occupation开建材公司"));
        assertThat(facts(e, "黄")).anySatisfy(f -> assertThat(f.key() + f.value()).startsWith("family女儿在英国"));
        assertThat(e.tasks()).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 8, 20));
    }

    @Test
    void lunarBirthdayAndDashedPhone() {
        Extraction e = extract("邮储新华支行 大堂经理小吴 手机 137-2233-9087 生日是农历九月初九 性格内向", "2026-09-02");

        assertThat(e.branch()).isEqualTo(new BranchRef("邮储银行", "新华支行"));
        assertThat(facts(e, "吴")).contains(new ExtractedFact("role", "大堂经理"), new ExtractedFact("phone", "13722339087"),
                new ExtractedFact("birthday", "lunar:--09-09"), new ExtractedFact("personality", "内向"));
    }

    @Test
    void sameSurnameDifferentRolesAreTwoPeople() {
        Extraction e = extract("城东支行的周行长和柜员小周是两个人 周行长爱钓鱼 小周下个月休产假", "2026-05-12");

        assertThat(e.people()).hasSize(2);
        assertThat(e.people()).extracting(p -> p.facts().get(0).value()).containsExactlyInAnyOrder("行长", "柜员");
        ExtractedPerson director = e.people().stream().filter(p -> p.facts().contains(new ExtractedFact("role", "行长")))
                .findFirst().orElseThrow();
        assertThat(director.facts()).contains(new ExtractedFact("hobby", "钓鱼"));
    }

    @Test
    void fullNameThenSurnameWithTitleIsOnePerson() {
        Extraction e = extract("农行钟楼支行营业主管范文斌，做事很细。范主管说周三下午有空，约了周三下午去找他对账", "2026-04-20");

        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("范文斌");
        assertThat(e.tasks()).extracting(ExtractedTask::person, ExtractedTask::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("范文斌", LocalDate.of(2026, 4, 22)));
    }

    @Test
    void correctionsKeepTheLastValue() {
        Extraction e = extract("幸福路网点 郝柜员 手机13306781254 说错了 是13306781245 生日不是周三是周四", "2026-11-11");

        assertThat(facts(e, "郝")).contains(new ExtractedFact("phone", "13306781245"),
                new ExtractedFact("birthday", "--11-12"));
        assertThat(facts(e, "郝")).doesNotContain(new ExtractedFact("phone", "13306781254"));
        assertThat(e.branch()).isEqualTo(new BranchRef(null, "幸福路网点"));
    }

    @Test
    void roleThenSurnameAndTitle() {
        Extraction e = extract("去了华夏银行东湖支行，保洁阿姨王姐人特别好。柜员小陈下个月结婚，6月28号，记得随礼。", "2026-06-01");

        assertThat(facts(e, "王")).contains(new ExtractedFact("role", "保洁"));
        assertThat(facts(e, "陈")).contains(new ExtractedFact("role", "柜员"));
        assertThat(facts(e, "陈")).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("anniversary");
            assertThat(f.value()).isEqualTo("2026-06-28");
        });
    }

    @Test
    void directorNamedBySurnameAfterXing() {
        Extraction e = extract("中信新城支行 柜员林晓 喜欢猫 另外她说她们主任姓罗 罗主任明天出差", "2026-04-08");

        assertThat(facts(e, "罗")).contains(new ExtractedFact("role", "网点主任"));
        assertThat(facts(e, "林晓")).contains(new ExtractedFact("role", "柜员"));
    }

    @Test
    void landlineAndPreviousDepartment() {
        Extraction e = extract("工行解放路支行新来的客户经理欧阳明 以前在总行个金部 他爱人是中学老师 电话 0571-87654321", "2026-02-02");

        assertThat(facts(e, "欧阳明")).contains(new ExtractedFact("role", "客户经理"),
                new ExtractedFact("previous_branch", "总行个金部"), new ExtractedFact("phone", "057187654321"),
                new ExtractedFact("family", "爱人是中学老师"));
    }

    @Test
    void diaryOfTodayIsNoTask() {
        Extraction e = extract("今天陪张行长吃饭 他说不是周三是周四开会 周四上午过去一趟", "2026-10-10");

        assertThat(e.tasks()).extracting(ExtractedTask::due).containsExactly(LocalDate.of(2026, 10, 15));
    }

    @Test
    void bankAndBranchNamesHoldNoPeople() {
        Extraction e = extract("今天拜访了交行长江路支行，新来的行长叫孙立新，原来在河东支行当副行长，人很随和。"
                + "月底前把二季度合作方案发给孙行长。", "2026-05-18");

        assertThat(e.branch()).isEqualTo(new BranchRef("交通银行", "长江路支行"));
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("孙立新");
        assertThat(facts(e, "孙立新")).contains(new ExtractedFact("role", "行长"),
                new ExtractedFact("previous_branch", "河东支行"));
        assertThat(e.tasks()).extracting(ExtractedTask::person, ExtractedTask::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("孙立新", LocalDate.of(2026, 5, 31)));
    }

    @Test
    void wordsAfterKehuAreNotNames() {
        Extraction e = extract("中行南湖支行 唐主任说这个月15号有个客户沙龙 让我们准备两个讲座题目", "2026-03-03");

        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("唐");
        assertThat(e.tasks()).extracting(ExtractedTask::person, ExtractedTask::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("唐", LocalDate.of(2026, 3, 15)));
    }

    @Test
    void noteWithoutPeopleOrBranchIsEmpty() {
        assertThat(extract("今天部门开会一整天 没出去跑网点 明天补上", "2026-04-15").isEmpty()).isTrue();
        assertThat(extract("", "2026-04-15").isEmpty()).isTrue();
        assertThat(EXTRACTOR.extract(null, LocalDate.of(2026, 4, 15)).isEmpty()).isTrue();
    }

    @Test
    void vagueValuesGiveNoFactAndNoTask() {
        Extraction e = extract("客户周先生资产大几百万，存款一百多万，七十多岁了，手机尾号6621，下个月初再约他聊聊", "2026-04-15");
        assertThat(e.people()).singleElement().satisfies(p -> assertThat(p.facts())
                .extracting(ExtractedFact::key).doesNotContain("asset", "age", "phone"));
        assertThat(e.tasks()).isEmpty();
        assertThat(extract("王行长说过两天请我们吃饭，节后再说", "2026-04-15").tasks()).isEmpty();
        assertThat(extract("客户吴女士的理财15号左右到期", "2026-04-15").people())
                .allSatisfy(p -> assertThat(p.facts()).extracting(ExtractedFact::key).doesNotContain("maturity"));
    }

    @Test
    void rareSurnamesMinimalFormsAndRolesAfterTheName() {
        Extraction e = extract("东湖支行 小蒋柜员 爱跑步 田姐大堂 爱喝咖啡 营业主管贲志远下周一调走", "2026-04-15");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("蒋", "田", "贲志远");
        assertThat(e.people()).allSatisfy(p -> assertThat(p.kind()).isEqualTo("STAFF"));
        assertThat(e.people().get(1).facts()).contains(new ExtractedFact("role", "大堂经理"));
    }

    @Test
    void traditionalCharactersAreReadButNamesStayAsWritten() {
        Extraction e = extract("理財經理鄭詠詩愛喝咖啡", "2026-04-15");
        assertThat(e.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("鄭詠詩");
            assertThat(p.facts()).contains(new ExtractedFact("role", "理财经理"));
        });
    }

    @Test
    void aRoleWordMisheardByVoiceInputStillNamesTheRole() {
        Extraction e = extract("理才经理小童爱喝茶", "2026-04-15");
        assertThat(e.people()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("童");
            assertThat(p.facts()).contains(new ExtractedFact("role", "理财经理"));
        });
    }

    @Test
    void aCorrectedNameReplacesTheWrongOne() {
        Extraction e = extract("副行长张明不对是张敏，爱喝茶", "2026-04-15");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("张敏");
    }

    @Test
    void extractorIsSafeToShareBetweenThreads() throws Exception {
        String note = "建行城南支行 王行长下周三过生日 喜欢喝普洱 客户张先生50万理财12月5日到期 约了下周一再聊";
        Extraction expected = extract(note, "2026-11-18");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Extraction>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> extract(note, "2026-11-18")));
            }
            for (var f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNameThatIsAlsoAWordStandsAfterARoleWordButAnOrdinaryNounDoesNot() {
        Extraction e = extract("中信银行湖滨支行 客户经理温暖推了个客户严先生 做外贸的", "2026-04-02");
        assertThat(facts(e, "温暖")).contains(new ExtractedFact("role", "客户经理"));

        Extraction titled = extract("中信银行湖滨支行 白行长爱人在医院上班", "2026-04-02");
        assertThat(titled.people()).extracting(ExtractedPerson::name).containsExactly("白");
    }

    @Test
    void anObjectPronounIsNotTheSubjectOfItsClause() {
        Extraction e = extract("光大银行北门支行 客户孔阿姨想买年金，然后柳主任说下周二带她过来", "2026-05-06");
        assertThat(e.tasks()).singleElement().satisfies(t -> {
            assertThat(t.person()).isEqualTo("孔");
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 5, 12));
        });

        Extraction mine = extract("光大银行北门支行 柳主任让我周五前把资料发给她", "2026-05-06");
        assertThat(mine.tasks()).singleElement().satisfies(t -> assertThat(t.person()).isEqualTo("柳"));
    }

    @Test
    void aCorrectedDateIsReplacedAndAnUnwantedProductIsNoInterest() {
        Extraction e = extract("浦发银行东湖支行 客户雷阿姨 她生日是三月五号不对是三月十五号 不想买理财", "2026-01-10");
        assertThat(facts(e, "雷")).contains(new ExtractedFact("birthday", "--03-15"))
                .doesNotContain(new ExtractedFact("birthday", "--03-05"))
                .noneMatch(f -> f.key().equals("interest"));
    }

    @Test
    void birthdaysWhereverTheDateStandsAndOnlyTheirOwn() {
        assertThat(facts(extract("12月1号是客户范阿姨的生日", "2026-06-10"), "范"))
                .containsExactly(new ExtractedFact("birthday", "--12-01"));
        assertThat(facts(extract("客户韦先生出生于1970年5月6日", "2026-06-10"), "韦"))
                .containsExactly(new ExtractedFact("birthday", "1970-05-06"));
        // the wife's birthday is not the customer's
        assertThat(facts(extract("客户曹先生的老婆下个月5号生日", "2026-06-10"), "曹"))
                .noneMatch(f -> f.key().equals("birthday"));
    }

    @Test
    void aFestivalWithAfterNamesNoDayButItsFirstWorkingDayDoes() {
        Extraction vague = extract("客户龚伯有张大额存单元旦后到期，具体哪天不记得了", "2026-12-24");
        assertThat(facts(vague, "龚")).contains(new ExtractedFact("product", "大额存单"))
                .noneMatch(f -> f.key().equals("maturity"));
        Extraction firstDay = extract("田行长让我国庆后第一个工作日过去对一下计划", "2026-09-17");
        assertThat(firstDay.tasks()).singleElement().satisfies(t -> assertThat(t.due()).isEqualTo(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void aTradeInsideALongDictatedClauseIsTheOccupationUnlessItIsAFamilyMembers() {
        Extraction e = extract("嗯客户解先生然后开了个装修公司四十五岁手上有两百万理财想了解一下增额终身寿", "2026-09-17");
        assertThat(facts(e, "解")).contains(new ExtractedFact("occupation", "开了个装修公司"));
        Extraction wife = extract("客户丁先生说他老婆是做服装生意的想了解年金", "2026-09-17");
        assertThat(facts(wife, "丁")).noneMatch(f -> f.key().equals("occupation"));
    }

    @Test
    void aSurnameThatIsAlsoAnAdverbStillNamesSomeoneBeforeATitle() {
        // 尚 alone is also "still"; before 行长 it is the surname
        Extraction e = extract("尚行长四十出头，人很低调，爱好书法。", "2026-12-15");
        assertThat(facts(e, "尚")).contains(new ExtractedFact("role", "行长"), new ExtractedFact("hobby", "书法"));
        assertThat(facts(extract("客户储阿姨想给老伴配个护理险", "2026-12-15"), "储"))
                .contains(new ExtractedFact("interest", "护理险"));
    }

    @Test
    void inAListOfPeopleAnItemWithoutARecognisedNameGivesNobodyItsFacts() {
        Extraction people = extract("今天的客户：\n1）客户蔡阿姨 66岁 喜欢跳广场舞\n2）那位做外卖的 35岁 爱钓鱼", "2026-06-10");
        assertThat(facts(people, "蔡")).contains(new ExtractedFact("hobby", "跳广场舞"))
                .noneMatch(f -> f.value().equals("钓鱼") || f.value().equals("35"));
        Extraction onePerson = extract("客户王先生：\n1）喜欢钓鱼\n2）女儿在读大学", "2026-06-10");
        assertThat(facts(onePerson, "王")).contains(new ExtractedFact("hobby", "钓鱼"));
    }

    @Test
    void aRoleWrittenRightAfterTheBranchNameIsStillTheRole() {
        // 东湖支行行长: 支行 belongs to the branch name, 行长 is the role
        Extraction full = extract("中信银行东湖支行行长彭志明喜欢打高尔夫。", "2026-06-10");
        assertThat(facts(full, "彭志明")).contains(new ExtractedFact("role", "行长"), new ExtractedFact("hobby", "打高尔夫"));
        Extraction surname = extract("中信银行东湖支行行长姓彭，喜欢打高尔夫。", "2026-06-10");
        assertThat(facts(surname, "彭")).contains(new ExtractedFact("role", "行长"));
    }

    @Test
    void theRole网点主任AfterABranchNameIsNotPartOfTheName() {
        Extraction e = extract("松林支行网点主任包立新 爱喝咖啡", "2026-06-10");
        assertThat(e.branch()).isEqualTo(new BranchRef(null, "松林支行"));
        assertThat(facts(e, "包立新")).contains(new ExtractedFact("role", "网点主任"));
        // a branch named by 网点 alone keeps it
        assertThat(extract("火车站网点 柜员小包 爱喝咖啡", "2026-06-10").branch()).isEqualTo(new BranchRef(null, "火车站网点"));
    }

    @Test
    void aDaughtersWeddingIsFamilyNotTheParentsAnniversary() {
        Extraction e = extract("农行东风支行 行长阎志明 女儿今年结婚 婚礼定在明年5月2日", "2026-06-10");
        assertThat(facts(e, "阎志明")).contains(new ExtractedFact("family", "女儿今年结婚"))
                .noneMatch(f -> f.key().equals("anniversary"));
    }

    @Test
    void otherNamesForTheBranchHeadAndFamilyHeldWithYou() {
        Extraction e = extract("邮储城西支行所长姓曹，爱喝酒。客户罗先生38岁，做外贸，有两个孩子。", "2026-06-10");
        assertThat(facts(e, "曹")).contains(new ExtractedFact("role", "网点主任"));
        assertThat(facts(e, "罗")).contains(new ExtractedFact("family", "两个孩子"));
    }

    @Test
    void aDeputyAddressedByTheHeadsTitleIsOnePersonAndAPolicyMaturesToo() {
        Extraction e = extract("跟城北支行的副行长马骏吃了个饭。马行长说让我下周五前出个方案。", "2026-06-10");
        assertThat(e.people()).extracting(ExtractedPerson::name).containsExactly("马骏");
        assertThat(facts(e, "马骏")).contains(new ExtractedFact("role", "副行长"));
        Extraction policy = extract("客户田阿姨有一份50万的年金险明年6月1号满期。", "2026-06-10");
        assertThat(facts(policy, "田")).contains(new ExtractedFact("maturity", "2027-06-01"));
    }

    @Test
    void followUpVerbsBeyondMeetingsMakeTasks() {
        Extraction e = extract("客户孙阿姨说月底再联系她，到时候定期就到期了。", "2026-06-10");
        assertThat(e.tasks()).singleElement().satisfies(t -> {
            assertThat(t.due()).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(t.person()).isEqualTo("孙");
        });
    }

    @Test
    void agesAfterATitleThatIsAlsoAFamilyWordAndHedgedAges() {
        assertThat(facts(extract("客户冯太太45岁", "2026-06-10"), "冯")).contains(new ExtractedFact("age", "45"));
        assertThat(facts(extract("客户张先生的太太45岁", "2026-06-10"), "张")).noneMatch(f -> f.key().equals("age"));
        assertThat(facts(extract("客户石先生五十岁左右，做装修的", "2026-06-10"), "石"))
                .noneMatch(f -> f.key().equals("age"));
    }

    @Test
    void aSpaceBetweenRoleAndNameInATerseNote() {
        Extraction e = extract("招行海岸支行 理财经理 苏晴 爱好瑜伽 下周二一起吃午饭", "2026-06-10");
        assertThat(facts(e, "苏晴")).contains(new ExtractedFact("role", "理财经理"), new ExtractedFact("hobby", "瑜伽"));
        assertThat(e.tasks()).singleElement().satisfies(t -> assertThat(t.person()).isEqualTo("苏晴"));
    }

    @Test
    void incomeAndBudgetsAreNoAssetsAndWechatCanBeThePhone() {
        assertThat(facts(extract("客户林小姐，32岁，月薪三万，想了解年金险", "2026-06-10"), "林"))
                .noneMatch(f -> f.key().equals("asset"));
        assertThat(facts(extract("客户乔先生预算一年五千以内，有50万定期", "2026-06-10"), "乔"))
                .contains(new ExtractedFact("asset", "500000"));
        assertThat(facts(extract("大堂经理小孟 手机号15012345678 微信同号", "2026-06-10"), "孟"))
                .contains(new ExtractedFact("wechat", "15012345678"));
    }

    @Test
    void dictatedPhoneDigitsABankWithDeAndAMildInterest() {
        Extraction e = extract("嗯今天去了邮储的湖东支行然后客户毛先生来了他是开出租车的手机号是一三九八八七六五四三二"
                + "嗯他对养老年金有点兴趣", "2026-06-10");
        assertThat(e.branch()).isEqualTo(new BranchRef("邮储银行", "湖东支行"));
        assertThat(facts(e, "毛")).contains(new ExtractedFact("phone", "13988765432"),
                new ExtractedFact("interest", "养老年金"));
    }

    @Test
    void aTradeBeforeAPronounInALongDictatedClauseIsStillTheCustomers() {
        Extraction e = extract("然后嗯客户那个姚大姐就是开花店的那个她说她女儿明年结婚想先给女儿存点钱", "2026-06-10");
        assertThat(facts(e, "姚")).contains(new ExtractedFact("occupation", "开花店"));
        Extraction husband = extract("农商行西门支行小吕柜员她说她老公是做生意的开了个小超市", "2026-06-10");
        assertThat(facts(husband, "吕")).noneMatch(f -> f.key().equals("occupation"));
    }
}
