package io.github.briefings.taxonomy;

import io.github.briefings.content.Briefing;
import io.github.briefings.content.Located;
import io.github.briefings.content.Problems;
import java.util.HashSet;
import java.util.Set;

/** Checks that a briefing's countries are known and its topics declared, reporting each at its line. */
public final class TermCheck {

    private final Countries countries;
    private final Topics topics;

    public TermCheck(Countries countries, Topics topics) {
        this.countries = countries;
        this.topics = topics;
    }

    /** Reports every unknown country, undeclared topic and repeated term; returns whether all are valid. */
    public boolean check(Briefing briefing, Problems problems) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        for (Located<String> c : briefing.countries()) {
            if (!countries.isKnown(c.value())) {
                problems.error(briefing.path(), c.line(), c.column(), countries.unknownMessage(c.value()));
                ok = false;
            } else if (!seen.add(c.value())) {
                problems.warning(briefing.path(), c.line(), c.column(), "country " + c.value() + " is listed twice");
            }
        }
        seen.clear();
        for (Located<String> t : briefing.topics()) {
            if (!topics.isDeclared(t.value())) {
                problems.error(briefing.path(), t.line(), t.column(), topics.undeclaredMessage(t.value()));
                ok = false;
            } else if (!seen.add(t.value())) {
                problems.warning(briefing.path(), t.line(), t.column(), "topic " + t.value() + " is listed twice");
            }
        }
        return ok;
    }
}
