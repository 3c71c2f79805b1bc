package com.branchmate.knowledge;

import com.branchmate.knowledge.EvalQuestions.Question;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.search.Hit;

/** Prints the best hit's figures for answerable and unanswerable questions, to calibrate the relevance decision. */
final class RelevanceReport {

    /** Off-topic chat a member might send; more unanswerable examples for fitting, beside the eval's own. */
    static final java.util.List<String> OFF_TOPIC = java.util.List.of("红烧肉怎么做才好吃？", "明天北京会下雨吗？",
            "怎么给手机换电池？", "世界杯冠军是哪个国家？", "Python 的列表怎么排序？", "猫咪不吃饭怎么办？", "高铁上能带宠物吗？",
            "怎么学好英语口语？", "今天天气怎么样", "你好", "帮我订一张去北京的机票", "股票明天会涨吗");

    private RelevanceReport() {
    }

    /**
     * The decision as /api/kb/ask makes it (offline answers): per part, the share of answerable questions answered
     * with citations, and of unanswerable ones told "知识库里没有找到" with no citation.
     */
    static void printDecisions(KnowledgeBase knowledge, EvalQuestions questions) {
        Answerer answerer = new Answerer(knowledge, null);
        for (boolean held : new boolean[] {false, true}) {
            long answered = questions.answerable(held).stream().map(q -> answerer.ask(q.question(), 300))
                    .filter(a -> a.found() && !a.citations().isEmpty()).count();
            var unanswerable = questions.unanswerable(held).stream().map(EvalQuestions.Question::question).distinct().toList();
            long refused = unanswerable.stream().map(q -> answerer.ask(q, 300))
                    .filter(a -> !a.found() && a.citations().isEmpty() && a.text().startsWith("知识库里没有找到")).count();
            System.out.printf("Relevance decision, %s: answerable answered with citations %d/%d (%.2f); unanswerable "
                            + "told nothing found %d/%d (%.2f)%n", held ? "held out" : "tuning", answered,
                    questions.answerable(held).size(), (double) answered / questions.answerable(held).size(), refused,
                    unanswerable.size(), unanswerable.isEmpty() ? 0 : (double) refused / unanswerable.size());
        }
        long offRefused = OFF_TOPIC.stream().map(q -> answerer.ask(q, 300)).filter(a -> !a.found()).count();
        System.out.printf("Relevance decision, off-topic chat: told nothing found %d/%d%n", offRefused, OFF_TOPIC.size());
    }

    static void print(KnowledgeBase knowledge, EvalQuestions questions) {
        System.out.println("\nBest hit per question: part, answerable, similarity, coverage, relevance, id, question");
        for (Question q : questions.all()) {
            Hit best = knowledge.search(q.question(), 1).get(0);
            System.out.printf("REL %s %s %.3f %.3f %.3f %s %s%n", q.heldOut() ? "held" : "tune", q.answerable() ? "A" : "U",
                    best.similarity(), best.coverage(), best.relevance(), q.id(), q.question());
        }
        for (String q : OFF_TOPIC) {
            Hit best = knowledge.search(q, 1).get(0);
            System.out.printf("REL tune O %.3f %.3f %.3f off %s%n", best.similarity(), best.coverage(), best.relevance(), q);
        }
    }
}
