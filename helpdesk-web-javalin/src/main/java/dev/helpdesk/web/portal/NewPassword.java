package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.account.ProfileRules;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.i18n.Translator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks of a new password typed twice, made before the account service is called: the repeat is the web's own
 * rule, and checking the password's rules here too shows every problem at once rather than one per attempt (the
 * service checks them again, with the e-mail address).
 */
final class NewPassword {
    static final String FIELD = "newPassword";
    static final String REPEAT = "repeatPassword";

    private NewPassword() {
    }

    /** The translated problems by field ({@code newPassword}, {@code repeatPassword}); empty when all is well. */
    static Map<String, String> problems(Translator t, String password, String repeat) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            ProfileRules.password(FIELD, password, null);
        } catch (InvalidInputException e) {
            problems.putAll(ErrorMapping.fieldMessages(e, t));
        }
        if (!password.equals(repeat)) {
            problems.put(REPEAT, t.t("field.passwords_differ"));
        }
        return problems;
    }
}
