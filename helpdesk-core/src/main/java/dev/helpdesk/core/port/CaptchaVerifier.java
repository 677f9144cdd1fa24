package dev.helpdesk.core.port;

import java.util.Map;

/**
 * A check that a form was sent by a person's browser, not a script: the web adapter asks for a challenge when it
 * renders a form and verifies the answer when the form comes back. Implementations must work offline (no call to
 * a third-party service is required by the portal); a host may plug in its own.
 */
public interface CaptchaVerifier {

    /** A new challenge to embed in a form. */
    Challenge challenge();

    /**
     * Whether the submitted form fields answer a challenge issued by this verifier, correctly and in time. A
     * challenge is answered once: a replay of the same answer fails.
     *
     * @param fields the submitted form fields (the verifier reads the ones it named in its challenge)
     */
    boolean verify(Map<String, String> fields);

    /**
     * What the form carries.
     *
     * @param fields hidden fields to put in the form, by name
     * @param kind   how the browser answers it, such as {@code proof-of-work}; the page's script reads it
     * @param puzzle the data the browser's script works on, shown to no one
     * @param question a question a person answers when scripts are off, or empty when there is none
     * @param questionImage the question as a picture ({@code data:} URI), for a question scripts should not read
     *                      as text; empty when the question is text
     */
    record Challenge(Map<String, String> fields, String kind, String puzzle, String question, String questionImage) {
        public Challenge {
            fields = Map.copyOf(fields);
            java.util.Objects.requireNonNull(question, "question");
            java.util.Objects.requireNonNull(questionImage, "questionImage");
        }

        /** A challenge whose question, if any, is text. */
        public Challenge(Map<String, String> fields, String kind, String puzzle, String question) {
            this(fields, kind, puzzle, question, "");
        }
    }
}
