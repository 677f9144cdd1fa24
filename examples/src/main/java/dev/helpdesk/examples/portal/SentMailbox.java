package dev.helpdesk.examples.portal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The last {@value #CAPACITY} demo e-mails, newest first, in memory only. */
public final class SentMailbox {
    static final int CAPACITY = 100;

    private final Deque<SentMail> mails = new ArrayDeque<>();

    synchronized void add(SentMail mail) {
        mails.addFirst(mail);
        while (mails.size() > CAPACITY) {
            mails.removeLast();
        }
    }

    /** Newest first. */
    public synchronized List<SentMail> mails() {
        return List.copyOf(mails);
    }
}
