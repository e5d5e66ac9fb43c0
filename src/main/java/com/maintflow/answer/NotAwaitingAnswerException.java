package com.maintflow.answer;

/** The ticket's process is not waiting for this answer (already answered, or at another step). */
public class NotAwaitingAnswerException extends RuntimeException {

    public NotAwaitingAnswerException(String ticket, String message) {
        super("Request " + ticket + " is not waiting for " + message);
    }
}
