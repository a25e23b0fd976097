package io.github.briefings.scaffold;

import java.util.List;

/** Why {@link BriefingScaffold} wrote nothing: every reason, each with what to do. */
public final class ScaffoldRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public ScaffoldRefused(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
