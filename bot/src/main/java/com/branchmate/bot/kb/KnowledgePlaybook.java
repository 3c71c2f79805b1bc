package com.branchmate.bot.kb;

import java.util.List;

import com.branchmate.bot.access.Caller;
import com.branchmate.knowledge.answer.Answer;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.answer.Citation;

/** The playbook the conversation asks: answers and scripts from the knowledge base, short enough for a phone. */
class KnowledgePlaybook implements Playbook {

    private final Answerer answerer;
    private final CustomerScripts scripts;
    KnowledgePlaybook(Answerer answerer, CustomerScripts scripts) {
        this.answerer = answerer;
        this.scripts = scripts;
    }

    @Override
    public Answer ask(Caller caller, String question, String channel) {
        com.branchmate.knowledge.answer.Answer answer = answerer.ask(question, maxChars(channel));
        return new Answer(answer.text(), sources(answer.citations()));
    }

    @Override
    public Answer script(Caller caller, String request, String channel) {
        CustomerScripts.Result result = scripts.write(caller, request, null, channel);
        String text = result.script().text();
        if (result.mentioned() != null && result.customer().isEmpty()) {
            text = "没有找到你能查看的「" + result.mentioned() + "」，下面是不带客户信息的通用话术。\n\n" + text;
        }
        return new Answer(text, sources(result.script().citations()));
    }

    /** Chat apps on a phone get short answers; the web chat has room for more. */
    static int maxChars(String channel) {
        return "web".equals(channel) || "api".equals(channel) ? 360 : 200;
    }

    static List<Source> sources(List<Citation> citations) {
        return citations.stream().map(c -> new Source(c.documentId(), c.title(), c.section())).distinct().toList();
    }
}
