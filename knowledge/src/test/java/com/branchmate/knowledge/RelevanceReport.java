package com.branchmate.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.branchmate.knowledge.EvalQuestions.Question;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.answer.Relevance;
import com.branchmate.knowledge.search.Hit;

/** Prints the best hit's figures for answerable and unanswerable questions, to calibrate the relevance decision. */
final class RelevanceReport {

    /** Off-topic chat a member might send; more unanswerable examples for fitting, beside the eval's own. */
    static final List<String> OFF_TOPIC = List.of("红烧肉怎么做才好吃？", "明天北京会下雨吗？",
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
        List<String> fresh = freshUnanswerable();
        long freshRefused = fresh.stream().map(q -> answerer.ask(q, 300)).filter(a -> !a.found()).count();
        System.out.printf("Relevance decision, our own unanswerable questions (eval/kb-unanswerable-fresh.jsonl, "
                + "written after the model was fitted): told nothing found %d/%d%n", freshRefused, fresh.size());
        printModelReading(knowledge, questions);
    }

    /** Questions of our own that the seeds do not answer (other products' terms, HR, rates of the day, chat). */
    static List<String> freshUnanswerable() {
        try (InputStream in = RelevanceReport.class.getClassLoader().getResourceAsStream("eval/kb-unanswerable-fresh.jsonl")) {
            return EvalQuestions.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()).stream()
                    .map(Question::question).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With a language model configured it reads the first Answerer.MODEL_PASSAGES hits down to Relevance.MODEL_FLOOR
     * and decides itself: how often the answer is among them, and how many questions without one reach the model.
     */
    static void printModelReading(KnowledgeBase knowledge, EvalQuestions questions) {
        for (boolean held : new boolean[] {false, true}) {
            List<Question> answerable = questions.answerable(held);
            long among = answerable.stream().filter(q -> EvalQuestions.firstHit(Relevance.worthReading(
                    knowledge.search(q.question(), Answerer.MODEL_PASSAGES)), q.mustContain()) >= 0).count();
            List<String> without = new ArrayList<>(questions.unanswerable(held).stream().map(Question::question).toList());
            if (!held) {
                without.addAll(OFF_TOPIC);
            }
            long reach = without.stream()
                    .filter(q -> !Relevance.worthReading(knowledge.search(q, Answerer.MODEL_PASSAGES)).isEmpty()).count();
            System.out.printf("With a model, %s: the answer is among the passages it reads for %d/%d (%.2f); %d/%d "
                            + "questions without an answer%s reach it%n", held ? "held out" : "tuning", among,
                    answerable.size(), (double) among / answerable.size(), reach, without.size(),
                    held ? "" : " (unanswerable and off-topic)");
        }
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
