package org.otklik.dashboard;

/** A case action the actor may not take now (wrong role, department, municipality or step); the reason is shown to the user. */
public final class ActionRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ActionRefusedException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
