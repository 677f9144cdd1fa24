package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.port.CaptchaVerifier;
import java.util.Map;

/**
 * The captcha as the form carries it: the verifier's hidden fields, the puzzle for the page's script, and the
 * question people answer (text or a picture) when the script cannot run (no JavaScript, or no Web Crypto on a plain-HTTP page).
 *
 * @param nonceField  where the script puts its answer
 * @param answerField where a person types theirs
 */
public record CaptchaView(Map<String, String> fields, String kind, String puzzle, String question,
        String questionImage, String nonceField, String answerField) {
    public CaptchaView {
        fields = Map.copyOf(fields);
    }

    /** The view of a fresh challenge of {@code verifier}, answered in the given fields. */
    public static CaptchaView of(CaptchaVerifier verifier, String nonceField, String answerField) {
        CaptchaVerifier.Challenge challenge = verifier.challenge();
        return new CaptchaView(challenge.fields(), challenge.kind(), challenge.puzzle(), challenge.question(),
                challenge.questionImage(), nonceField, answerField);
    }

    public boolean hasQuestion() {
        return !question.isEmpty() || hasPicture();
    }

    /** The question is a picture (a sum to type), not text. */
    public boolean hasPicture() {
        return !questionImage.isEmpty();
    }
}
