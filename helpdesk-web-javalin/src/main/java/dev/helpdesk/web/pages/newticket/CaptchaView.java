package dev.helpdesk.web.pages.newticket;

import java.util.Map;

/**
 * The captcha as the form carries it: the verifier's hidden fields, the puzzle for the page's script, and the
 * question people answer when the script cannot run (no JavaScript, or no Web Crypto on a plain-HTTP page).
 *
 * @param nonceField  where the script puts its answer
 * @param answerField where a person types theirs
 */
public record CaptchaView(Map<String, String> fields, String kind, String puzzle, String question, String nonceField,
        String answerField) {
    public CaptchaView {
        fields = Map.copyOf(fields);
    }

    public boolean hasQuestion() {
        return !question.isEmpty();
    }
}
