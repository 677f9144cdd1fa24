package dev.helpdesk.web.captcha;

/** Plays the person who reads the picture: the sum of a puzzle, which only the captcha that made it can tell. */
public final class CaptchaReader {
    private CaptchaReader() {
    }

    public static int sumOf(ProofOfWorkCaptcha captcha, String puzzle) {
        return captcha.sumOf(puzzle);
    }
}
