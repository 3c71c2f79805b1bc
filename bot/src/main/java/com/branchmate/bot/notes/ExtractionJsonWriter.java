package com.branchmate.bot.notes;

import org.springframework.stereotype.Component;

import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.vocabulary.FactKey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The extraction JSON of the contract (shared/domain.md): age and asset as numbers, the rest as strings. */
@Component
public class ExtractionJsonWriter {

    private final ObjectMapper objectMapper;

    ExtractionJsonWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public JsonNode toJson(Extraction extraction) {
        ObjectNode root = objectMapper.createObjectNode();
        if (extraction.branch() == null) {
            root.putNull("branch");
        } else {
            ObjectNode branch = root.putObject("branch");
            branch.put("bank", extraction.branch().bank());
            branch.put("name", extraction.branch().name());
        }
        ArrayNode people = root.putArray("people");
        for (ExtractedPerson person : extraction.people()) {
            ObjectNode p = people.addObject();
            p.put("name", person.name());
            p.put("title", person.title());
            p.put("kind", person.kind());
            ArrayNode facts = p.putArray("facts");
            for (ExtractedFact fact : person.facts()) {
                ObjectNode f = facts.addObject();
                f.put("key", fact.key());
                putValue(f, fact);
                if (fact.note() != null) {
                    f.put("note", fact.note());
                }
            }
        }
        ArrayNode tasks = root.putArray("tasks");
        for (ExtractedTask task : extraction.tasks()) {
            ObjectNode t = tasks.addObject();
            t.put("due", task.due() == null ? null : task.due().toString());
            t.put("person", task.person());
            t.put("content", task.content());
        }
        return root;
    }

    String write(Extraction extraction) {
        return objectMapper.writeValueAsString(toJson(extraction));
    }

    private static void putValue(ObjectNode node, ExtractedFact fact) {
        if (FactKey.of(fact.key()).map(k -> k.form() == FactKey.Form.INTEGER).orElse(false) && fact.value() != null && fact.value().matches("\\d{1,15}")) {
            node.put("value", Long.parseLong(fact.value()));
        } else {
            node.put("value", fact.value());
        }
    }
}
